/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateWatch($input: WatchInput!) {\n    createWatch(input: $input) { webhookSecret watch { id kind label bioguideId letterId filter webhookUrl } }\n  }\n": typeof types.CreateWatchDocument,
    "mutation SetWebhook($url: String) { setWebhook(url: $url) }": typeof types.SetWebhookDocument,
    "\n  query Notifications($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, first: 50) { totalCount edges { node { id message letterId watchId readAt letter { title } } } }\n  }\n": typeof types.NotificationsDocument,
    "mutation MarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }": typeof types.MarkReadDocument,
    "\n  query Deliveries($status: DeliveryStatus) { webhookDeliveries(status: $status) { totalCount edges { node { id status attempts lastError url } } } }\n": typeof types.DeliveriesDocument,
    "query Counts { watchCounts { email watches webhooks } }": typeof types.CountsDocument,
    "\n  mutation AuthImport($text: String!) { importLetter(text: $text) { created letter { id databaseId } } }\n": typeof types.AuthImportDocument,
    "query AuthPreview($text: String!) { previewImport(text: $text) { needsReview } }": typeof types.AuthPreviewDocument,
    "query AuthQueue { reviewQueue { totalCount } }": typeof types.AuthQueueDocument,
    "\n  mutation AuthResolve($id: ID!, $bioguideId: String!) { resolveSignature(id: $id, bioguideId: $bioguideId) { status } }\n": typeof types.AuthResolveDocument,
    "mutation AuthTopics($letterId: ID!, $topics: [String!]!) { setLetterTopics(letterId: $letterId, topics: $topics) }": typeof types.AuthTopicsDocument,
    "\n  mutation AuthCreateUser($email: String!, $password: String!, $role: Role!) { createUser(email: $email, password: $password, role: $role) { id email role } }\n": typeof types.AuthCreateUserDocument,
    "mutation AuthSetRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }": typeof types.AuthSetRoleDocument,
    "query AuthUsers { users { totalCount edges { node { email role } } } }": typeof types.AuthUsersDocument,
    "\n  query AuthAudit($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor action targetType targetId outcome detail } } }\n  }\n": typeof types.AuthAuditDocument,
    "mutation AuthCreateToken($name: String!) { createApiToken(name: $name) { token apiToken { id prefix revokedAt } } }": typeof types.AuthCreateTokenDocument,
    "mutation AuthRevokeToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }": typeof types.AuthRevokeTokenDocument,
    "query AuthMe { me { email role } }": typeof types.AuthMeDocument,
    "query AuthLetters { letters { totalCount } }": typeof types.AuthLettersDocument,
    "\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      sentOn\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { member { bioguideId } side title }\n        notSigned { member { bioguideId fullName } state district party side title }\n        notServing { member { bioguideId } }\n      }\n      delegation(state: \"CA\") { serving notSigned { bioguideId } }\n    }\n  }\n": typeof types.LetterGapDocument,
    "\n  query CommitteeRoster($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id name chamber\n      members(on: $on) { member { bioguideId } side rank title from to }\n      subcommittees { id name }\n      letters(first: 3) { signers letter { sentOn } }\n    }\n  }\n": typeof types.CommitteeRosterDocument,
    "\n  query CommitteeFilters($id: ID!) {\n    letter(id: $id) { signatures(filter: { committees: [\"HSFA\"] }) { totalCount } }\n    letters(filter: { committees: [\"HSFA\"] }) { totalCount }\n    committees(chamber: HOUSE, current: true) { id }\n    member(bioguideId: \"S000344\") { committees(on: \"2020-10-23\") { committee { id } side } }\n  }\n": typeof types.CommitteeFiltersDocument,
    "\n  query MatchList($text: String!, $chamber: Chamber, $on: Date) {\n    matchMemberList(text: $text, chamber: $chamber, on: $on) {\n      matched needsReview\n      entries { line text status member { bioguideId } candidates { bioguideId } }\n    }\n  }\n": typeof types.MatchListDocument,
    "\n  mutation CreateGroup($input: GroupInput!) {\n    createGroup(input: $input) { id name chamber memberCount members { bioguideId } }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation EditGroup($id: ID!, $add: [String!]!, $remove: [String!]!) {\n    a: addGroupMembers(id: $id, bioguideIds: $add) { memberCount }\n    r: removeGroupMembers(id: $id, bioguideIds: $remove) { memberCount }\n  }\n": typeof types.EditGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: GroupInput!) {\n    updateGroup(id: $id, input: $input) { chamber }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  query GroupGap($letter: ID!, $group: ID!) {\n    letter(id: $letter) {\n      gap(of: { group: $group }) { name serving signedCount notSignedCount notServingCount notServing { member { bioguideId } } }\n      signatures(filter: { groups: [$group] }) { totalCount }\n    }\n    letters(filter: { groups: [$group] }) { totalCount }\n    group(id: $group) { name memberCount record { letters { sentOn } members { member { bioguideId } eligible signed } } }\n    groups { id }\n  }\n": typeof types.GroupGapDocument,
    "\n  query PreviewFileImport($file: DocumentFileInput!) {\n    previewFileImport(file: $file) {\n      document { kind pages ocrPages sha256 signatures { position page ocr url } }\n      preview { sentOn chamber needsReview signatures { position printedName status bioguideId } }\n    }\n  }\n": typeof types.PreviewFileImportDocument,
    "\n  query PreviewFileWithProgress($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) { document { pages } }\n  }\n": typeof types.PreviewFileWithProgressDocument,
    "\n  mutation ImportFile($file: DocumentFileInput!) {\n    importFile(file: $file) {\n      created\n      needsReview\n      letter { databaseId signerCount sourceName original { fileName mediaType byteSize sha256 pages url signatureCrops { position page url } } }\n    }\n  }\n": typeof types.ImportFileDocument,
    "\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n": typeof types.ImportLetterDocument,
    "\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n": typeof types.ResolveSignatureDocument,
    "\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n": typeof types.SetLetterTopicsDocument,
    "\n  mutation ImportResolved($text: String!, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, resolutions: $resolutions) {\n      created\n      needsReview\n      letter { signatures(filter: { statuses: [CONFIRMED] }) { edges { node { printedName status state district member { bioguideId } } } } }\n    }\n  }\n": typeof types.ImportResolvedDocument,
    "\n  query LetterList($filter: LetterFilter, $first: Int, $after: String, $orderBy: LetterOrder) {\n    letters(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id databaseId sentOn chamber signerCount } }\n    }\n  }\n": typeof types.LetterListDocument,
    "\n  query LetterDetail($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      databaseId\n      topics\n      mentions { kind text role normalized count }\n      breakdown { bipartisan byParty { party count } byState { state count } byRole { role count } }\n      delegation(state: $state) {\n        state\n        date\n        serving\n        signed { bioguideId }\n        notSigned { bioguideId fullName }\n        members { member { bioguideId } chamber district party signed }\n      }\n    }\n  }\n": typeof types.LetterDetailDocument,
    "\n  query LetterSignatures($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position state district party status member { bioguideId } } }\n      }\n    }\n  }\n": typeof types.LetterSignaturesDocument,
    "\n  query SeedPages($id: ID!) {\n    letter(id: $id) {\n      signatures(first: 5) { edges { node { position } } }\n      b: signatures(first: 5) { totalCount edges { node { position } } }\n      c: signatures(first: 5, filter: { parties: [REPUBLICAN] }) { totalCount }\n    }\n    one: letter(id: $id) { signatures(first: 5) { edges { node { position } } } }\n    letters(first: 20) { edges { node { databaseId signatures(first: 5) { totalCount edges { node { position } } } } } }\n  }\n": typeof types.SeedPagesDocument,
    "\n  query StatsQuery($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty { party count }\n      byState { state count }\n      byMonth { month letters signatures }\n      topSigners { letters member { bioguideId } }\n      byTopic { topic letters }\n    }\n  }\n": typeof types.StatsQueryDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n": typeof types.LetterSignersDocument,
    "\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n": typeof types.LettersDocument,
    "query OneStatementStats { stats { byParty { party count } byState { state count } } }": typeof types.OneStatementStatsDocument,
    "\n  query OneStatementDelegation($id: ID!) { letter(id: $id) { title delegation(state: \"CA\") { serving notSigned { bioguideId } } } }\n": typeof types.OneStatementDelegationDocument,
    "query OneStatementPage { letters(first: 5) { edges { node { title } } pageInfo { hasNextPage } } }": typeof types.OneStatementPageDocument,
    "\n  query NestedPage($first: Int!, $signers: Int!) {\n    letters(first: $first) {\n      edges {\n        node {\n          id\n          title\n          topics\n          breakdown { bipartisan byParty { party count } }\n          signatures(first: $signers) { totalCount edges { node { position party member { bioguideId fullName } } } }\n        }\n      }\n    }\n  }\n": typeof types.NestedPageDocument,
    "\n  query TooDeep($id: ID!) {\n    letter(id: $id) {\n      signatures { edges { node { letter { signatures { edges { node { letter { signatures { edges { node { position } } } } } } } } } } }\n    }\n  }\n": typeof types.TooDeepDocument,
    "\n  query TooCostly($first: Int) {\n    letters(first: $first) { edges { node { signatures(first: 100) { edges { node { member { fullName } } } } } } }\n  }\n": typeof types.TooCostlyDocument,
    "\n  query PageSizes($letters: Int, $members: Int, $coSigners: Int) {\n    letters(first: $letters) { totalCount }\n    members(first: $members) { totalCount }\n    member(bioguideId: \"S000344\") { coSigners(first: $coSigners) { count } }\n  }\n": typeof types.PageSizesDocument,
    "\n  mutation EditLetterDate($id: ID!, $sentOn: Date!) {\n    editLetter(id: $id, input: { sentOn: $sentOn }) { changed letter { sentOn } }\n  }\n": typeof types.EditLetterDateDocument,
    "\n  query MemberLetterOrder($id: String!, $first: Int, $after: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after, filter: { dateFrom: $from, dateTo: $to }) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id letter { databaseId sentOn } } }\n      }\n    }\n  }\n": typeof types.MemberLetterOrderDocument,
    "query MemberLettersBare($id: String!) { member(bioguideId: $id) { signatures(first: 2) { edges { node { id } } } } }": typeof types.MemberLettersBareDocument,
    "\n  query MemberDataCoverage {\n    memberData { coversFrom coversTo termCount }\n  }\n": typeof types.MemberDataCoverageDocument,
    "\n  query MemberList($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { bioguideId fullName } }\n    }\n  }\n": typeof types.MemberListDocument,
    "\n  query MemberProfile($id: String!, $topic: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      id\n      bioguideId\n      fullName\n      party\n      state\n      district\n      currentTerm { chamber state district party }\n      r: termOn(date: \"2019-03-05\") { party state district chamber start }\n      i: termOn(date: \"2019-09-10\") { party }\n      l: termOn(date: \"2020-06-10\") { party }\n      before: termOn(date: \"1990-01-01\") { party }\n      terms { start party }\n      letterCount\n      signatures(filter: { topic: $topic, dateFrom: $from, dateTo: $to }, first: 2) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position party letter { sentOn } } }\n      }\n      coSigners(first: 3) { member { bioguideId } count }\n      record(topic: $topic) { eligible signed letters { signed letter { sentOn } } }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query MemberSignaturesPage($id: String!, $first: Int, $after: String) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { letter { sentOn } } }\n      }\n    }\n  }\n": typeof types.MemberSignaturesPageDocument,
    "\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Letter { databaseId sentOn }\n      ... on Member { bioguideId }\n      ... on Signature { printedName }\n    }\n  }\n": typeof types.NodeQueryDocument,
    "\n  query LetterIds($id: ID!) {\n    letter(id: $id) { id databaseId signatures(first: 1) { edges { node { id member { id } } } } }\n  }\n": typeof types.LetterIdsDocument,
    "\n  mutation ScCreate($input: ScorecardInput!) {\n    createScorecard(input: $input) { id name published gradeScale { grade min max } }\n  }\n": typeof types.ScCreateDocument,
    "\n  mutation ScEdit($id: ID!, $input: ScorecardInput!) { editScorecard(id: $id, input: $input) { id name } }\n": typeof types.ScEditDocument,
    "\n  mutation ScPublish($id: ID!, $published: Boolean!) { publishScorecard(id: $id, published: $published) { id published } }\n": typeof types.ScPublishDocument,
    "mutation ScDelete($id: ID!) { deleteScorecard(id: $id) }": typeof types.ScDeleteDocument,
    "\n  query ScPublic($id: ID!) { scorecard(id: $id) { id name letters { stance weight letter { sentOn } } } scorecards { id } }\n": typeof types.ScPublicDocument,
    "\n  query ScEditable($id: ID!, $bioguideId: String!) {\n    editableScorecard(id: $id) {\n      score(bioguideId: $bioguideId) {\n        grade score earned possible eligibleLetters state party chamber\n        explanation { letter { sentOn } stance signed earned possible note }\n      }\n    }\n  }\n": typeof types.ScEditableDocument,
    "\n  query ScMembers($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $first: Int, $after: String) {\n    editableScorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { member { bioguideId lastName } grade score earned possible eligibleLetters state party chamber } }\n      }\n      byState { state average averageGrade members grades { grade count } }\n    }\n  }\n": typeof types.ScMembersDocument,
    "\n  query ScMemberScores($bioguideId: String!) { member(bioguideId: $bioguideId) { scores { grade earned possible scorecard { name } } } }\n": typeof types.ScMemberScoresDocument,
    "\n  query LetterSeries($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      sentOn\n      series { id name letters { databaseId sentOn } }\n      previousVersion { databaseId sentOn }\n      possibleVersions { score method status letter { databaseId } }\n      compareWith(letterId: $other) {\n        other { databaseId }\n        signedBoth { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyThis { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyOther { bioguideId member { fullName } onThis { signed serving party state } onOther { signed serving party state } }\n        notServingNow { bioguideId onThis { signed serving party state district } onOther { signed serving party state district date } }\n      }\n    }\n  }\n": typeof types.LetterSeriesDocument,
    "\n  query SeriesMatrix($id: ID!) {\n    series(id: $id) {\n      name\n      matrix { versions { databaseId sentOn } rows { bioguideId signedCount cells { letterId signed serving party state } } }\n    }\n  }\n": typeof types.SeriesMatrixDocument,
    "mutation RenameSeries($id: ID!, $name: String!) { renameSeries(id: $id, name: $name) { id name } }": typeof types.RenameSeriesDocument,
    "mutation SplitSeries($ids: [ID!]!) { splitSeries(letterIds: $ids) { id name letters { databaseId } } }": typeof types.SplitSeriesDocument,
    "mutation MergeSeries($id: ID!, $into: ID!) { mergeSeries(id: $id, intoId: $into) { id letters { databaseId } } }": typeof types.MergeSeriesDocument,
    "mutation ConfirmVersion($a: ID!, $b: ID!) { confirmVersion(letterId: $a, otherId: $b) { id letters { databaseId } } }": typeof types.ConfirmVersionDocument,
};
const documents: Documents = {
    "\n  mutation CreateWatch($input: WatchInput!) {\n    createWatch(input: $input) { webhookSecret watch { id kind label bioguideId letterId filter webhookUrl } }\n  }\n": types.CreateWatchDocument,
    "mutation SetWebhook($url: String) { setWebhook(url: $url) }": types.SetWebhookDocument,
    "\n  query Notifications($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, first: 50) { totalCount edges { node { id message letterId watchId readAt letter { title } } } }\n  }\n": types.NotificationsDocument,
    "mutation MarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }": types.MarkReadDocument,
    "\n  query Deliveries($status: DeliveryStatus) { webhookDeliveries(status: $status) { totalCount edges { node { id status attempts lastError url } } } }\n": types.DeliveriesDocument,
    "query Counts { watchCounts { email watches webhooks } }": types.CountsDocument,
    "\n  mutation AuthImport($text: String!) { importLetter(text: $text) { created letter { id databaseId } } }\n": types.AuthImportDocument,
    "query AuthPreview($text: String!) { previewImport(text: $text) { needsReview } }": types.AuthPreviewDocument,
    "query AuthQueue { reviewQueue { totalCount } }": types.AuthQueueDocument,
    "\n  mutation AuthResolve($id: ID!, $bioguideId: String!) { resolveSignature(id: $id, bioguideId: $bioguideId) { status } }\n": types.AuthResolveDocument,
    "mutation AuthTopics($letterId: ID!, $topics: [String!]!) { setLetterTopics(letterId: $letterId, topics: $topics) }": types.AuthTopicsDocument,
    "\n  mutation AuthCreateUser($email: String!, $password: String!, $role: Role!) { createUser(email: $email, password: $password, role: $role) { id email role } }\n": types.AuthCreateUserDocument,
    "mutation AuthSetRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }": types.AuthSetRoleDocument,
    "query AuthUsers { users { totalCount edges { node { email role } } } }": types.AuthUsersDocument,
    "\n  query AuthAudit($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor action targetType targetId outcome detail } } }\n  }\n": types.AuthAuditDocument,
    "mutation AuthCreateToken($name: String!) { createApiToken(name: $name) { token apiToken { id prefix revokedAt } } }": types.AuthCreateTokenDocument,
    "mutation AuthRevokeToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }": types.AuthRevokeTokenDocument,
    "query AuthMe { me { email role } }": types.AuthMeDocument,
    "query AuthLetters { letters { totalCount } }": types.AuthLettersDocument,
    "\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      sentOn\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { member { bioguideId } side title }\n        notSigned { member { bioguideId fullName } state district party side title }\n        notServing { member { bioguideId } }\n      }\n      delegation(state: \"CA\") { serving notSigned { bioguideId } }\n    }\n  }\n": types.LetterGapDocument,
    "\n  query CommitteeRoster($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id name chamber\n      members(on: $on) { member { bioguideId } side rank title from to }\n      subcommittees { id name }\n      letters(first: 3) { signers letter { sentOn } }\n    }\n  }\n": types.CommitteeRosterDocument,
    "\n  query CommitteeFilters($id: ID!) {\n    letter(id: $id) { signatures(filter: { committees: [\"HSFA\"] }) { totalCount } }\n    letters(filter: { committees: [\"HSFA\"] }) { totalCount }\n    committees(chamber: HOUSE, current: true) { id }\n    member(bioguideId: \"S000344\") { committees(on: \"2020-10-23\") { committee { id } side } }\n  }\n": types.CommitteeFiltersDocument,
    "\n  query MatchList($text: String!, $chamber: Chamber, $on: Date) {\n    matchMemberList(text: $text, chamber: $chamber, on: $on) {\n      matched needsReview\n      entries { line text status member { bioguideId } candidates { bioguideId } }\n    }\n  }\n": types.MatchListDocument,
    "\n  mutation CreateGroup($input: GroupInput!) {\n    createGroup(input: $input) { id name chamber memberCount members { bioguideId } }\n  }\n": types.CreateGroupDocument,
    "\n  mutation EditGroup($id: ID!, $add: [String!]!, $remove: [String!]!) {\n    a: addGroupMembers(id: $id, bioguideIds: $add) { memberCount }\n    r: removeGroupMembers(id: $id, bioguideIds: $remove) { memberCount }\n  }\n": types.EditGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: GroupInput!) {\n    updateGroup(id: $id, input: $input) { chamber }\n  }\n": types.UpdateGroupDocument,
    "\n  query GroupGap($letter: ID!, $group: ID!) {\n    letter(id: $letter) {\n      gap(of: { group: $group }) { name serving signedCount notSignedCount notServingCount notServing { member { bioguideId } } }\n      signatures(filter: { groups: [$group] }) { totalCount }\n    }\n    letters(filter: { groups: [$group] }) { totalCount }\n    group(id: $group) { name memberCount record { letters { sentOn } members { member { bioguideId } eligible signed } } }\n    groups { id }\n  }\n": types.GroupGapDocument,
    "\n  query PreviewFileImport($file: DocumentFileInput!) {\n    previewFileImport(file: $file) {\n      document { kind pages ocrPages sha256 signatures { position page ocr url } }\n      preview { sentOn chamber needsReview signatures { position printedName status bioguideId } }\n    }\n  }\n": types.PreviewFileImportDocument,
    "\n  query PreviewFileWithProgress($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) { document { pages } }\n  }\n": types.PreviewFileWithProgressDocument,
    "\n  mutation ImportFile($file: DocumentFileInput!) {\n    importFile(file: $file) {\n      created\n      needsReview\n      letter { databaseId signerCount sourceName original { fileName mediaType byteSize sha256 pages url signatureCrops { position page url } } }\n    }\n  }\n": types.ImportFileDocument,
    "\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n": types.PreviewImportDocument,
    "\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n": types.ImportLetterDocument,
    "\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n": types.ResolveSignatureDocument,
    "\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n": types.SetLetterTopicsDocument,
    "\n  mutation ImportResolved($text: String!, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, resolutions: $resolutions) {\n      created\n      needsReview\n      letter { signatures(filter: { statuses: [CONFIRMED] }) { edges { node { printedName status state district member { bioguideId } } } } }\n    }\n  }\n": types.ImportResolvedDocument,
    "\n  query LetterList($filter: LetterFilter, $first: Int, $after: String, $orderBy: LetterOrder) {\n    letters(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id databaseId sentOn chamber signerCount } }\n    }\n  }\n": types.LetterListDocument,
    "\n  query LetterDetail($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      databaseId\n      topics\n      mentions { kind text role normalized count }\n      breakdown { bipartisan byParty { party count } byState { state count } byRole { role count } }\n      delegation(state: $state) {\n        state\n        date\n        serving\n        signed { bioguideId }\n        notSigned { bioguideId fullName }\n        members { member { bioguideId } chamber district party signed }\n      }\n    }\n  }\n": types.LetterDetailDocument,
    "\n  query LetterSignatures($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position state district party status member { bioguideId } } }\n      }\n    }\n  }\n": types.LetterSignaturesDocument,
    "\n  query SeedPages($id: ID!) {\n    letter(id: $id) {\n      signatures(first: 5) { edges { node { position } } }\n      b: signatures(first: 5) { totalCount edges { node { position } } }\n      c: signatures(first: 5, filter: { parties: [REPUBLICAN] }) { totalCount }\n    }\n    one: letter(id: $id) { signatures(first: 5) { edges { node { position } } } }\n    letters(first: 20) { edges { node { databaseId signatures(first: 5) { totalCount edges { node { position } } } } } }\n  }\n": types.SeedPagesDocument,
    "\n  query StatsQuery($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty { party count }\n      byState { state count }\n      byMonth { month letters signatures }\n      topSigners { letters member { bioguideId } }\n      byTopic { topic letters }\n    }\n  }\n": types.StatsQueryDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n": types.LetterSignersDocument,
    "\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n": types.LettersDocument,
    "query OneStatementStats { stats { byParty { party count } byState { state count } } }": types.OneStatementStatsDocument,
    "\n  query OneStatementDelegation($id: ID!) { letter(id: $id) { title delegation(state: \"CA\") { serving notSigned { bioguideId } } } }\n": types.OneStatementDelegationDocument,
    "query OneStatementPage { letters(first: 5) { edges { node { title } } pageInfo { hasNextPage } } }": types.OneStatementPageDocument,
    "\n  query NestedPage($first: Int!, $signers: Int!) {\n    letters(first: $first) {\n      edges {\n        node {\n          id\n          title\n          topics\n          breakdown { bipartisan byParty { party count } }\n          signatures(first: $signers) { totalCount edges { node { position party member { bioguideId fullName } } } }\n        }\n      }\n    }\n  }\n": types.NestedPageDocument,
    "\n  query TooDeep($id: ID!) {\n    letter(id: $id) {\n      signatures { edges { node { letter { signatures { edges { node { letter { signatures { edges { node { position } } } } } } } } } } }\n    }\n  }\n": types.TooDeepDocument,
    "\n  query TooCostly($first: Int) {\n    letters(first: $first) { edges { node { signatures(first: 100) { edges { node { member { fullName } } } } } } }\n  }\n": types.TooCostlyDocument,
    "\n  query PageSizes($letters: Int, $members: Int, $coSigners: Int) {\n    letters(first: $letters) { totalCount }\n    members(first: $members) { totalCount }\n    member(bioguideId: \"S000344\") { coSigners(first: $coSigners) { count } }\n  }\n": types.PageSizesDocument,
    "\n  mutation EditLetterDate($id: ID!, $sentOn: Date!) {\n    editLetter(id: $id, input: { sentOn: $sentOn }) { changed letter { sentOn } }\n  }\n": types.EditLetterDateDocument,
    "\n  query MemberLetterOrder($id: String!, $first: Int, $after: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after, filter: { dateFrom: $from, dateTo: $to }) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id letter { databaseId sentOn } } }\n      }\n    }\n  }\n": types.MemberLetterOrderDocument,
    "query MemberLettersBare($id: String!) { member(bioguideId: $id) { signatures(first: 2) { edges { node { id } } } } }": types.MemberLettersBareDocument,
    "\n  query MemberDataCoverage {\n    memberData { coversFrom coversTo termCount }\n  }\n": types.MemberDataCoverageDocument,
    "\n  query MemberList($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { bioguideId fullName } }\n    }\n  }\n": types.MemberListDocument,
    "\n  query MemberProfile($id: String!, $topic: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      id\n      bioguideId\n      fullName\n      party\n      state\n      district\n      currentTerm { chamber state district party }\n      r: termOn(date: \"2019-03-05\") { party state district chamber start }\n      i: termOn(date: \"2019-09-10\") { party }\n      l: termOn(date: \"2020-06-10\") { party }\n      before: termOn(date: \"1990-01-01\") { party }\n      terms { start party }\n      letterCount\n      signatures(filter: { topic: $topic, dateFrom: $from, dateTo: $to }, first: 2) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position party letter { sentOn } } }\n      }\n      coSigners(first: 3) { member { bioguideId } count }\n      record(topic: $topic) { eligible signed letters { signed letter { sentOn } } }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query MemberSignaturesPage($id: String!, $first: Int, $after: String) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { letter { sentOn } } }\n      }\n    }\n  }\n": types.MemberSignaturesPageDocument,
    "\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Letter { databaseId sentOn }\n      ... on Member { bioguideId }\n      ... on Signature { printedName }\n    }\n  }\n": types.NodeQueryDocument,
    "\n  query LetterIds($id: ID!) {\n    letter(id: $id) { id databaseId signatures(first: 1) { edges { node { id member { id } } } } }\n  }\n": types.LetterIdsDocument,
    "\n  mutation ScCreate($input: ScorecardInput!) {\n    createScorecard(input: $input) { id name published gradeScale { grade min max } }\n  }\n": types.ScCreateDocument,
    "\n  mutation ScEdit($id: ID!, $input: ScorecardInput!) { editScorecard(id: $id, input: $input) { id name } }\n": types.ScEditDocument,
    "\n  mutation ScPublish($id: ID!, $published: Boolean!) { publishScorecard(id: $id, published: $published) { id published } }\n": types.ScPublishDocument,
    "mutation ScDelete($id: ID!) { deleteScorecard(id: $id) }": types.ScDeleteDocument,
    "\n  query ScPublic($id: ID!) { scorecard(id: $id) { id name letters { stance weight letter { sentOn } } } scorecards { id } }\n": types.ScPublicDocument,
    "\n  query ScEditable($id: ID!, $bioguideId: String!) {\n    editableScorecard(id: $id) {\n      score(bioguideId: $bioguideId) {\n        grade score earned possible eligibleLetters state party chamber\n        explanation { letter { sentOn } stance signed earned possible note }\n      }\n    }\n  }\n": types.ScEditableDocument,
    "\n  query ScMembers($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $first: Int, $after: String) {\n    editableScorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { member { bioguideId lastName } grade score earned possible eligibleLetters state party chamber } }\n      }\n      byState { state average averageGrade members grades { grade count } }\n    }\n  }\n": types.ScMembersDocument,
    "\n  query ScMemberScores($bioguideId: String!) { member(bioguideId: $bioguideId) { scores { grade earned possible scorecard { name } } } }\n": types.ScMemberScoresDocument,
    "\n  query LetterSeries($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      sentOn\n      series { id name letters { databaseId sentOn } }\n      previousVersion { databaseId sentOn }\n      possibleVersions { score method status letter { databaseId } }\n      compareWith(letterId: $other) {\n        other { databaseId }\n        signedBoth { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyThis { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyOther { bioguideId member { fullName } onThis { signed serving party state } onOther { signed serving party state } }\n        notServingNow { bioguideId onThis { signed serving party state district } onOther { signed serving party state district date } }\n      }\n    }\n  }\n": types.LetterSeriesDocument,
    "\n  query SeriesMatrix($id: ID!) {\n    series(id: $id) {\n      name\n      matrix { versions { databaseId sentOn } rows { bioguideId signedCount cells { letterId signed serving party state } } }\n    }\n  }\n": types.SeriesMatrixDocument,
    "mutation RenameSeries($id: ID!, $name: String!) { renameSeries(id: $id, name: $name) { id name } }": types.RenameSeriesDocument,
    "mutation SplitSeries($ids: [ID!]!) { splitSeries(letterIds: $ids) { id name letters { databaseId } } }": types.SplitSeriesDocument,
    "mutation MergeSeries($id: ID!, $into: ID!) { mergeSeries(id: $id, intoId: $into) { id letters { databaseId } } }": types.MergeSeriesDocument,
    "mutation ConfirmVersion($a: ID!, $b: ID!) { confirmVersion(letterId: $a, otherId: $b) { id letters { databaseId } } }": types.ConfirmVersionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWatch($input: WatchInput!) {\n    createWatch(input: $input) { webhookSecret watch { id kind label bioguideId letterId filter webhookUrl } }\n  }\n"): (typeof documents)["\n  mutation CreateWatch($input: WatchInput!) {\n    createWatch(input: $input) { webhookSecret watch { id kind label bioguideId letterId filter webhookUrl } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetWebhook($url: String) { setWebhook(url: $url) }"): (typeof documents)["mutation SetWebhook($url: String) { setWebhook(url: $url) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, first: 50) { totalCount edges { node { id message letterId watchId readAt letter { title } } } }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, first: 50) { totalCount edges { node { id message letterId watchId readAt letter { title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }"): (typeof documents)["mutation MarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($status: DeliveryStatus) { webhookDeliveries(status: $status) { totalCount edges { node { id status attempts lastError url } } } }\n"): (typeof documents)["\n  query Deliveries($status: DeliveryStatus) { webhookDeliveries(status: $status) { totalCount edges { node { id status attempts lastError url } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Counts { watchCounts { email watches webhooks } }"): (typeof documents)["query Counts { watchCounts { email watches webhooks } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthImport($text: String!) { importLetter(text: $text) { created letter { id databaseId } } }\n"): (typeof documents)["\n  mutation AuthImport($text: String!) { importLetter(text: $text) { created letter { id databaseId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthPreview($text: String!) { previewImport(text: $text) { needsReview } }"): (typeof documents)["query AuthPreview($text: String!) { previewImport(text: $text) { needsReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthQueue { reviewQueue { totalCount } }"): (typeof documents)["query AuthQueue { reviewQueue { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthResolve($id: ID!, $bioguideId: String!) { resolveSignature(id: $id, bioguideId: $bioguideId) { status } }\n"): (typeof documents)["\n  mutation AuthResolve($id: ID!, $bioguideId: String!) { resolveSignature(id: $id, bioguideId: $bioguideId) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthTopics($letterId: ID!, $topics: [String!]!) { setLetterTopics(letterId: $letterId, topics: $topics) }"): (typeof documents)["mutation AuthTopics($letterId: ID!, $topics: [String!]!) { setLetterTopics(letterId: $letterId, topics: $topics) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateUser($email: String!, $password: String!, $role: Role!) { createUser(email: $email, password: $password, role: $role) { id email role } }\n"): (typeof documents)["\n  mutation AuthCreateUser($email: String!, $password: String!, $role: Role!) { createUser(email: $email, password: $password, role: $role) { id email role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSetRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }"): (typeof documents)["mutation AuthSetRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthUsers { users { totalCount edges { node { email role } } } }"): (typeof documents)["query AuthUsers { users { totalCount edges { node { email role } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthAudit($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor action targetType targetId outcome detail } } }\n  }\n"): (typeof documents)["\n  query AuthAudit($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor action targetType targetId outcome detail } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateToken($name: String!) { createApiToken(name: $name) { token apiToken { id prefix revokedAt } } }"): (typeof documents)["mutation AuthCreateToken($name: String!) { createApiToken(name: $name) { token apiToken { id prefix revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRevokeToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }"): (typeof documents)["mutation AuthRevokeToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { email role } }"): (typeof documents)["query AuthMe { me { email role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthLetters { letters { totalCount } }"): (typeof documents)["query AuthLetters { letters { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      sentOn\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { member { bioguideId } side title }\n        notSigned { member { bioguideId fullName } state district party side title }\n        notServing { member { bioguideId } }\n      }\n      delegation(state: \"CA\") { serving notSigned { bioguideId } }\n    }\n  }\n"): (typeof documents)["\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      sentOn\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { member { bioguideId } side title }\n        notSigned { member { bioguideId fullName } state district party side title }\n        notServing { member { bioguideId } }\n      }\n      delegation(state: \"CA\") { serving notSigned { bioguideId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeRoster($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id name chamber\n      members(on: $on) { member { bioguideId } side rank title from to }\n      subcommittees { id name }\n      letters(first: 3) { signers letter { sentOn } }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeRoster($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id name chamber\n      members(on: $on) { member { bioguideId } side rank title from to }\n      subcommittees { id name }\n      letters(first: 3) { signers letter { sentOn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeFilters($id: ID!) {\n    letter(id: $id) { signatures(filter: { committees: [\"HSFA\"] }) { totalCount } }\n    letters(filter: { committees: [\"HSFA\"] }) { totalCount }\n    committees(chamber: HOUSE, current: true) { id }\n    member(bioguideId: \"S000344\") { committees(on: \"2020-10-23\") { committee { id } side } }\n  }\n"): (typeof documents)["\n  query CommitteeFilters($id: ID!) {\n    letter(id: $id) { signatures(filter: { committees: [\"HSFA\"] }) { totalCount } }\n    letters(filter: { committees: [\"HSFA\"] }) { totalCount }\n    committees(chamber: HOUSE, current: true) { id }\n    member(bioguideId: \"S000344\") { committees(on: \"2020-10-23\") { committee { id } side } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchList($text: String!, $chamber: Chamber, $on: Date) {\n    matchMemberList(text: $text, chamber: $chamber, on: $on) {\n      matched needsReview\n      entries { line text status member { bioguideId } candidates { bioguideId } }\n    }\n  }\n"): (typeof documents)["\n  query MatchList($text: String!, $chamber: Chamber, $on: Date) {\n    matchMemberList(text: $text, chamber: $chamber, on: $on) {\n      matched needsReview\n      entries { line text status member { bioguideId } candidates { bioguideId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: GroupInput!) {\n    createGroup(input: $input) { id name chamber memberCount members { bioguideId } }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: GroupInput!) {\n    createGroup(input: $input) { id name chamber memberCount members { bioguideId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditGroup($id: ID!, $add: [String!]!, $remove: [String!]!) {\n    a: addGroupMembers(id: $id, bioguideIds: $add) { memberCount }\n    r: removeGroupMembers(id: $id, bioguideIds: $remove) { memberCount }\n  }\n"): (typeof documents)["\n  mutation EditGroup($id: ID!, $add: [String!]!, $remove: [String!]!) {\n    a: addGroupMembers(id: $id, bioguideIds: $add) { memberCount }\n    r: removeGroupMembers(id: $id, bioguideIds: $remove) { memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $input: GroupInput!) {\n    updateGroup(id: $id, input: $input) { chamber }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($id: ID!, $input: GroupInput!) {\n    updateGroup(id: $id, input: $input) { chamber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupGap($letter: ID!, $group: ID!) {\n    letter(id: $letter) {\n      gap(of: { group: $group }) { name serving signedCount notSignedCount notServingCount notServing { member { bioguideId } } }\n      signatures(filter: { groups: [$group] }) { totalCount }\n    }\n    letters(filter: { groups: [$group] }) { totalCount }\n    group(id: $group) { name memberCount record { letters { sentOn } members { member { bioguideId } eligible signed } } }\n    groups { id }\n  }\n"): (typeof documents)["\n  query GroupGap($letter: ID!, $group: ID!) {\n    letter(id: $letter) {\n      gap(of: { group: $group }) { name serving signedCount notSignedCount notServingCount notServing { member { bioguideId } } }\n      signatures(filter: { groups: [$group] }) { totalCount }\n    }\n    letters(filter: { groups: [$group] }) { totalCount }\n    group(id: $group) { name memberCount record { letters { sentOn } members { member { bioguideId } eligible signed } } }\n    groups { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewFileImport($file: DocumentFileInput!) {\n    previewFileImport(file: $file) {\n      document { kind pages ocrPages sha256 signatures { position page ocr url } }\n      preview { sentOn chamber needsReview signatures { position printedName status bioguideId } }\n    }\n  }\n"): (typeof documents)["\n  query PreviewFileImport($file: DocumentFileInput!) {\n    previewFileImport(file: $file) {\n      document { kind pages ocrPages sha256 signatures { position page ocr url } }\n      preview { sentOn chamber needsReview signatures { position printedName status bioguideId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewFileWithProgress($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) { document { pages } }\n  }\n"): (typeof documents)["\n  query PreviewFileWithProgress($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) { document { pages } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFile($file: DocumentFileInput!) {\n    importFile(file: $file) {\n      created\n      needsReview\n      letter { databaseId signerCount sourceName original { fileName mediaType byteSize sha256 pages url signatureCrops { position page url } } }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFile($file: DocumentFileInput!) {\n    importFile(file: $file) {\n      created\n      needsReview\n      letter { databaseId signerCount sourceName original { fileName mediaType byteSize sha256 pages url signatureCrops { position page url } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n"): (typeof documents)["\n  query PreviewImport($text: String!) {\n    previewImport(text: $text) {\n      sentOn\n      chamber\n      title\n      needsReview\n      recipients { name title organization }\n      signatures { position printedName role status bioguideId state party candidates { bioguideId score member { fullName } } }\n      existingLetter { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n"): (typeof documents)["\n  mutation ImportLetter($text: String!, $sourceName: String) {\n    importLetter(text: $text, sourceName: $sourceName) { created needsReview letter { id signerCount sourceName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue { totalCount edges { node { id printedName status candidates { bioguideId } letter { sentOn } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n"): (typeof documents)["\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) { status bioguideId state district party confidence member { fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n"): (typeof documents)["\n  mutation SetLetterTopics($letterId: ID!, $topics: [String!]!) {\n    setLetterTopics(letterId: $letterId, topics: $topics)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportResolved($text: String!, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, resolutions: $resolutions) {\n      created\n      needsReview\n      letter { signatures(filter: { statuses: [CONFIRMED] }) { edges { node { printedName status state district member { bioguideId } } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportResolved($text: String!, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, resolutions: $resolutions) {\n      created\n      needsReview\n      letter { signatures(filter: { statuses: [CONFIRMED] }) { edges { node { printedName status state district member { bioguideId } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterList($filter: LetterFilter, $first: Int, $after: String, $orderBy: LetterOrder) {\n    letters(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id databaseId sentOn chamber signerCount } }\n    }\n  }\n"): (typeof documents)["\n  query LetterList($filter: LetterFilter, $first: Int, $after: String, $orderBy: LetterOrder) {\n    letters(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id databaseId sentOn chamber signerCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterDetail($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      databaseId\n      topics\n      mentions { kind text role normalized count }\n      breakdown { bipartisan byParty { party count } byState { state count } byRole { role count } }\n      delegation(state: $state) {\n        state\n        date\n        serving\n        signed { bioguideId }\n        notSigned { bioguideId fullName }\n        members { member { bioguideId } chamber district party signed }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterDetail($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      databaseId\n      topics\n      mentions { kind text role normalized count }\n      breakdown { bipartisan byParty { party count } byState { state count } byRole { role count } }\n      delegation(state: $state) {\n        state\n        date\n        serving\n        signed { bioguideId }\n        notSigned { bioguideId fullName }\n        members { member { bioguideId } chamber district party signed }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSignatures($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position state district party status member { bioguideId } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterSignatures($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position state district party status member { bioguideId } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPages($id: ID!) {\n    letter(id: $id) {\n      signatures(first: 5) { edges { node { position } } }\n      b: signatures(first: 5) { totalCount edges { node { position } } }\n      c: signatures(first: 5, filter: { parties: [REPUBLICAN] }) { totalCount }\n    }\n    one: letter(id: $id) { signatures(first: 5) { edges { node { position } } } }\n    letters(first: 20) { edges { node { databaseId signatures(first: 5) { totalCount edges { node { position } } } } } }\n  }\n"): (typeof documents)["\n  query SeedPages($id: ID!) {\n    letter(id: $id) {\n      signatures(first: 5) { edges { node { position } } }\n      b: signatures(first: 5) { totalCount edges { node { position } } }\n      c: signatures(first: 5, filter: { parties: [REPUBLICAN] }) { totalCount }\n    }\n    one: letter(id: $id) { signatures(first: 5) { edges { node { position } } } }\n    letters(first: 20) { edges { node { databaseId signatures(first: 5) { totalCount edges { node { position } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsQuery($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty { party count }\n      byState { state count }\n      byMonth { month letters signatures }\n      topSigners { letters member { bioguideId } }\n      byTopic { topic letters }\n    }\n  }\n"): (typeof documents)["\n  query StatsQuery($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty { party count }\n      byState { state count }\n      byMonth { month letters signatures }\n      topSigners { letters member { bioguideId } }\n      byTopic { topic letters }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {\n    letter(id: $id) {\n      id\n      title\n      sentOn\n      chamber\n      signerCount\n      isDemo\n      recipients { name title organization }\n      signatures(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n"): (typeof documents)["\n  query Letters($first: Int, $after: String, $filter: LetterFilter) {\n    letters(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id sentOn title isDemo } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneStatementStats { stats { byParty { party count } byState { state count } } }"): (typeof documents)["query OneStatementStats { stats { byParty { party count } byState { state count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneStatementDelegation($id: ID!) { letter(id: $id) { title delegation(state: \"CA\") { serving notSigned { bioguideId } } } }\n"): (typeof documents)["\n  query OneStatementDelegation($id: ID!) { letter(id: $id) { title delegation(state: \"CA\") { serving notSigned { bioguideId } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneStatementPage { letters(first: 5) { edges { node { title } } pageInfo { hasNextPage } } }"): (typeof documents)["query OneStatementPage { letters(first: 5) { edges { node { title } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedPage($first: Int!, $signers: Int!) {\n    letters(first: $first) {\n      edges {\n        node {\n          id\n          title\n          topics\n          breakdown { bipartisan byParty { party count } }\n          signatures(first: $signers) { totalCount edges { node { position party member { bioguideId fullName } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedPage($first: Int!, $signers: Int!) {\n    letters(first: $first) {\n      edges {\n        node {\n          id\n          title\n          topics\n          breakdown { bipartisan byParty { party count } }\n          signatures(first: $signers) { totalCount edges { node { position party member { bioguideId fullName } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TooDeep($id: ID!) {\n    letter(id: $id) {\n      signatures { edges { node { letter { signatures { edges { node { letter { signatures { edges { node { position } } } } } } } } } } }\n    }\n  }\n"): (typeof documents)["\n  query TooDeep($id: ID!) {\n    letter(id: $id) {\n      signatures { edges { node { letter { signatures { edges { node { letter { signatures { edges { node { position } } } } } } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TooCostly($first: Int) {\n    letters(first: $first) { edges { node { signatures(first: 100) { edges { node { member { fullName } } } } } } }\n  }\n"): (typeof documents)["\n  query TooCostly($first: Int) {\n    letters(first: $first) { edges { node { signatures(first: 100) { edges { node { member { fullName } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageSizes($letters: Int, $members: Int, $coSigners: Int) {\n    letters(first: $letters) { totalCount }\n    members(first: $members) { totalCount }\n    member(bioguideId: \"S000344\") { coSigners(first: $coSigners) { count } }\n  }\n"): (typeof documents)["\n  query PageSizes($letters: Int, $members: Int, $coSigners: Int) {\n    letters(first: $letters) { totalCount }\n    members(first: $members) { totalCount }\n    member(bioguideId: \"S000344\") { coSigners(first: $coSigners) { count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditLetterDate($id: ID!, $sentOn: Date!) {\n    editLetter(id: $id, input: { sentOn: $sentOn }) { changed letter { sentOn } }\n  }\n"): (typeof documents)["\n  mutation EditLetterDate($id: ID!, $sentOn: Date!) {\n    editLetter(id: $id, input: { sentOn: $sentOn }) { changed letter { sentOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberLetterOrder($id: String!, $first: Int, $after: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after, filter: { dateFrom: $from, dateTo: $to }) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id letter { databaseId sentOn } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberLetterOrder($id: String!, $first: Int, $after: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after, filter: { dateFrom: $from, dateTo: $to }) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id letter { databaseId sentOn } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberLettersBare($id: String!) { member(bioguideId: $id) { signatures(first: 2) { edges { node { id } } } } }"): (typeof documents)["query MemberLettersBare($id: String!) { member(bioguideId: $id) { signatures(first: 2) { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDataCoverage {\n    memberData { coversFrom coversTo termCount }\n  }\n"): (typeof documents)["\n  query MemberDataCoverage {\n    memberData { coversFrom coversTo termCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberList($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { bioguideId fullName } }\n    }\n  }\n"): (typeof documents)["\n  query MemberList($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { bioguideId fullName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($id: String!, $topic: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      id\n      bioguideId\n      fullName\n      party\n      state\n      district\n      currentTerm { chamber state district party }\n      r: termOn(date: \"2019-03-05\") { party state district chamber start }\n      i: termOn(date: \"2019-09-10\") { party }\n      l: termOn(date: \"2020-06-10\") { party }\n      before: termOn(date: \"1990-01-01\") { party }\n      terms { start party }\n      letterCount\n      signatures(filter: { topic: $topic, dateFrom: $from, dateTo: $to }, first: 2) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position party letter { sentOn } } }\n      }\n      coSigners(first: 3) { member { bioguideId } count }\n      record(topic: $topic) { eligible signed letters { signed letter { sentOn } } }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($id: String!, $topic: String, $from: Date, $to: Date) {\n    member(bioguideId: $id) {\n      id\n      bioguideId\n      fullName\n      party\n      state\n      district\n      currentTerm { chamber state district party }\n      r: termOn(date: \"2019-03-05\") { party state district chamber start }\n      i: termOn(date: \"2019-09-10\") { party }\n      l: termOn(date: \"2020-06-10\") { party }\n      before: termOn(date: \"1990-01-01\") { party }\n      terms { start party }\n      letterCount\n      signatures(filter: { topic: $topic, dateFrom: $from, dateTo: $to }, first: 2) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { position party letter { sentOn } } }\n      }\n      coSigners(first: 3) { member { bioguideId } count }\n      record(topic: $topic) { eligible signed letters { signed letter { sentOn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSignaturesPage($id: String!, $first: Int, $after: String) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { letter { sentOn } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberSignaturesPage($id: String!, $first: Int, $after: String) {\n    member(bioguideId: $id) {\n      signatures(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { letter { sentOn } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Letter { databaseId sentOn }\n      ... on Member { bioguideId }\n      ... on Signature { printedName }\n    }\n  }\n"): (typeof documents)["\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Letter { databaseId sentOn }\n      ... on Member { bioguideId }\n      ... on Signature { printedName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterIds($id: ID!) {\n    letter(id: $id) { id databaseId signatures(first: 1) { edges { node { id member { id } } } } }\n  }\n"): (typeof documents)["\n  query LetterIds($id: ID!) {\n    letter(id: $id) { id databaseId signatures(first: 1) { edges { node { id member { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScCreate($input: ScorecardInput!) {\n    createScorecard(input: $input) { id name published gradeScale { grade min max } }\n  }\n"): (typeof documents)["\n  mutation ScCreate($input: ScorecardInput!) {\n    createScorecard(input: $input) { id name published gradeScale { grade min max } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScEdit($id: ID!, $input: ScorecardInput!) { editScorecard(id: $id, input: $input) { id name } }\n"): (typeof documents)["\n  mutation ScEdit($id: ID!, $input: ScorecardInput!) { editScorecard(id: $id, input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScPublish($id: ID!, $published: Boolean!) { publishScorecard(id: $id, published: $published) { id published } }\n"): (typeof documents)["\n  mutation ScPublish($id: ID!, $published: Boolean!) { publishScorecard(id: $id, published: $published) { id published } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScDelete($id: ID!) { deleteScorecard(id: $id) }"): (typeof documents)["mutation ScDelete($id: ID!) { deleteScorecard(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScPublic($id: ID!) { scorecard(id: $id) { id name letters { stance weight letter { sentOn } } } scorecards { id } }\n"): (typeof documents)["\n  query ScPublic($id: ID!) { scorecard(id: $id) { id name letters { stance weight letter { sentOn } } } scorecards { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScEditable($id: ID!, $bioguideId: String!) {\n    editableScorecard(id: $id) {\n      score(bioguideId: $bioguideId) {\n        grade score earned possible eligibleLetters state party chamber\n        explanation { letter { sentOn } stance signed earned possible note }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScEditable($id: ID!, $bioguideId: String!) {\n    editableScorecard(id: $id) {\n      score(bioguideId: $bioguideId) {\n        grade score earned possible eligibleLetters state party chamber\n        explanation { letter { sentOn } stance signed earned possible note }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScMembers($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $first: Int, $after: String) {\n    editableScorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { member { bioguideId lastName } grade score earned possible eligibleLetters state party chamber } }\n      }\n      byState { state average averageGrade members grades { grade count } }\n    }\n  }\n"): (typeof documents)["\n  query ScMembers($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $first: Int, $after: String) {\n    editableScorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { member { bioguideId lastName } grade score earned possible eligibleLetters state party chamber } }\n      }\n      byState { state average averageGrade members grades { grade count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScMemberScores($bioguideId: String!) { member(bioguideId: $bioguideId) { scores { grade earned possible scorecard { name } } } }\n"): (typeof documents)["\n  query ScMemberScores($bioguideId: String!) { member(bioguideId: $bioguideId) { scores { grade earned possible scorecard { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSeries($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      sentOn\n      series { id name letters { databaseId sentOn } }\n      previousVersion { databaseId sentOn }\n      possibleVersions { score method status letter { databaseId } }\n      compareWith(letterId: $other) {\n        other { databaseId }\n        signedBoth { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyThis { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyOther { bioguideId member { fullName } onThis { signed serving party state } onOther { signed serving party state } }\n        notServingNow { bioguideId onThis { signed serving party state district } onOther { signed serving party state district date } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterSeries($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      sentOn\n      series { id name letters { databaseId sentOn } }\n      previousVersion { databaseId sentOn }\n      possibleVersions { score method status letter { databaseId } }\n      compareWith(letterId: $other) {\n        other { databaseId }\n        signedBoth { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyThis { bioguideId onThis { signed serving party state } onOther { signed serving party state } }\n        signedOnlyOther { bioguideId member { fullName } onThis { signed serving party state } onOther { signed serving party state } }\n        notServingNow { bioguideId onThis { signed serving party state district } onOther { signed serving party state district date } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesMatrix($id: ID!) {\n    series(id: $id) {\n      name\n      matrix { versions { databaseId sentOn } rows { bioguideId signedCount cells { letterId signed serving party state } } }\n    }\n  }\n"): (typeof documents)["\n  query SeriesMatrix($id: ID!) {\n    series(id: $id) {\n      name\n      matrix { versions { databaseId sentOn } rows { bioguideId signedCount cells { letterId signed serving party state } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameSeries($id: ID!, $name: String!) { renameSeries(id: $id, name: $name) { id name } }"): (typeof documents)["mutation RenameSeries($id: ID!, $name: String!) { renameSeries(id: $id, name: $name) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SplitSeries($ids: [ID!]!) { splitSeries(letterIds: $ids) { id name letters { databaseId } } }"): (typeof documents)["mutation SplitSeries($ids: [ID!]!) { splitSeries(letterIds: $ids) { id name letters { databaseId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeSeries($id: ID!, $into: ID!) { mergeSeries(id: $id, intoId: $into) { id letters { databaseId } } }"): (typeof documents)["mutation MergeSeries($id: ID!, $into: ID!) { mergeSeries(id: $id, intoId: $into) { id letters { databaseId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmVersion($a: ID!, $b: ID!) { confirmVersion(letterId: $a, otherId: $b) { id letters { databaseId } } }"): (typeof documents)["mutation ConfirmVersion($a: ID!, $b: ID!) { confirmVersion(letterId: $a, otherId: $b) { id letters { databaseId } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;