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
    "\n  subscription LetterImported {\n    letterImported { id title sentOn signerCount }\n  }\n": typeof types.LetterImportedDocument,
    "\n  query Alerts {\n    unreadNotificationCount\n    notifications(first: 50) { totalCount edges { node { id message letterId createdAt readAt } } }\n    watches(first: 100) { totalCount edges { node { id kind label webhookUrl createdAt } } }\n    myWebhook\n    webhookDeliveries(status: DEAD, first: 20) { totalCount edges { node { id url attempts lastError createdAt } } }\n  }\n": typeof types.AlertsDocument,
    "\n  subscription NotificationAdded { notificationAdded { id } }\n": typeof types.NotificationAddedDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }": typeof types.MarkNotificationsReadDocument,
    "mutation DeleteWatch($id: ID!) { deleteWatch(id: $id) }": typeof types.DeleteWatchDocument,
    "mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) { id status } }": typeof types.RetryDeliveryDocument,
    "\n  mutation CreateWatchFromPage($input: WatchInput!) {\n    createWatch(input: $input) { watch { id kind label } }\n  }\n": typeof types.CreateWatchFromPageDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CommitteeHead($id: ID!) {\n    committee(id: $id) {\n      id name chamber url jurisdiction\n      parent { id name }\n      subcommittees { id name }\n      ...CommitteeLetters_committee\n    }\n  }\n": typeof types.CommitteeHeadDocument,
    "\n  query CommitteeRosterOn($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id\n      members(on: $on) {\n        ...CommitteeRoster_seat\n      }\n    }\n  }\n": typeof types.CommitteeRosterOnDocument,
    "\n  fragment CommitteeRoster_seat on CommitteeSeat {\n    side\n    rank\n    title\n    from\n    to\n    member {\n      bioguideId\n      fullName\n      party\n      state\n      district\n    }\n  }\n": typeof types.CommitteeRoster_SeatFragmentDoc,
    "\n  fragment CommitteeLetters_committee on Committee {\n    id\n    letters(first: 10) {\n      signers\n      letter {\n        id\n        title\n        sentOn\n        signerCount\n      }\n    }\n  }\n": typeof types.CommitteeLetters_CommitteeFragmentDoc,
    "\n  query CommitteesList($chamber: CommitteeChamber) {\n    committees(chamber: $chamber, current: true) { id name chamber }\n  }\n": typeof types.CommitteesListDocument,
    "\n  query DeletedLetters {\n    deletedLetters(first: 100) {\n      id\n      databaseId\n      title\n      sentOn\n      deletedAt\n      deletedBy\n      reason\n      restorableUntil\n    }\n  }\n": typeof types.DeletedLettersDocument,
    "\n  mutation RestoreLetter($id: ID!) {\n    restoreLetter(id: $id) {\n      id\n      databaseId\n    }\n  }\n": typeof types.RestoreLetterDocument,
    "\n  fragment LetterEditPanel_letter on Letter {\n    id\n    databaseId\n    title\n    sentOn\n    chamber\n    sourceName\n    topics\n    recipients {\n      name\n      title\n      organization\n      address\n    }\n  }\n": typeof types.LetterEditPanel_LetterFragmentDoc,
    "\n  mutation EditLetter($id: ID!, $input: LetterEditInput!) {\n    editLetter(id: $id, input: $input) {\n      changed\n      rematched\n      kept\n      flagged {\n        position\n        printedName\n        wasBioguideId\n      }\n      letter {\n        id\n        ...LetterEditPanel_letter\n      }\n    }\n  }\n": typeof types.EditLetterDocument,
    "\n  mutation DeleteLetter($id: ID!, $reason: String) {\n    deleteLetter(id: $id, reason: $reason) {\n      id\n      databaseId\n      title\n    }\n  }\n": typeof types.DeleteLetterDocument,
    "\n  mutation MergeLetters($intoId: ID!, $fromId: ID!) {\n    mergeLetters(intoId: $intoId, fromId: $fromId) {\n      textFrom\n      decisionsKept\n      signaturesAdded\n      letter {\n        id\n        signerCount\n      }\n    }\n  }\n": typeof types.MergeLettersDocument,
    "\n  query LetterHistory($id: ID!) {\n    letter(id: $id) {\n      id\n      history(first: 50) {\n        id\n        at\n        actor\n        action\n        before\n        after\n        detail\n      }\n    }\n  }\n": typeof types.LetterHistoryDocument,
    "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id name description chamber memberCount\n      ...GroupRecord_group\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  mutation AddGroupMembersPage($id: ID!, $ids: [String!]!) {\n    addGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n": typeof types.AddGroupMembersPageDocument,
    "\n  mutation RemoveGroupMembersPage($id: ID!, $ids: [String!]!) {\n    removeGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n": typeof types.RemoveGroupMembersPageDocument,
    "\n  fragment GroupRecord_group on MemberGroup {\n    id\n    record(first: 12) {\n      letters { id databaseId title sentOn }\n      members { eligible signed signedLetterIds member { bioguideId fullName party } }\n    }\n  }\n": typeof types.GroupRecord_GroupFragmentDoc,
    "\n  query GroupsList {\n    groups { id name description chamber memberCount updatedAt }\n  }\n": typeof types.GroupsListDocument,
    "\n  mutation CreateGroupPage($input: GroupInput!) {\n    createGroup(input: $input) { id name memberCount }\n  }\n": typeof types.CreateGroupPageDocument,
    "\n  query MatchMemberListPage($text: String!, $chamber: Chamber) {\n    matchMemberList(text: $text, chamber: $chamber) {\n      matched needsReview\n      entries {\n        line text status\n        member { bioguideId fullName }\n        candidates { bioguideId fullName }\n      }\n    }\n  }\n": typeof types.MatchMemberListPageDocument,
    "\n  fragment DocumentSummary_document on DocumentInfo {\n    kind\n    pages\n    ocrPages\n  }\n": typeof types.DocumentSummary_DocumentFragmentDoc,
    "\n  query ImportPreview($text: String!) {\n    previewImport(text: $text) {\n      ...ImportPreview_preview\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  query ImportFilePreview($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) {\n      document {\n        ...DocumentSummary_document\n      }\n      preview {\n        ...ImportPreview_preview\n      }\n    }\n  }\n": typeof types.ImportFilePreviewDocument,
    "\n  mutation ImportLetter($text: String!, $sourceName: String, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, sourceName: $sourceName, resolutions: $resolutions) {\n      ...ImportResult_result\n    }\n  }\n": typeof types.ImportLetterDocument,
    "\n  mutation ImportFile($file: DocumentFileInput!, $resolutions: [ResolutionInput!], $progressId: String) {\n    importFile(file: $file, resolutions: $resolutions, progressId: $progressId) {\n      ...ImportResult_result\n    }\n  }\n": typeof types.ImportFileDocument,
    "\n  fragment ImportPreview_preview on ImportPreview {\n    title\n    sentOn\n    chamber\n    needsReview\n    warnings\n    topics\n    recipients {\n      name\n      title\n    }\n    existingLetter {\n      id\n      title\n    }\n    signatures {\n      position\n    }\n    ...PreviewSigners_preview\n  }\n": typeof types.ImportPreview_PreviewFragmentDoc,
    "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      stage\n      page\n      pages\n      ocr\n      ocrPages\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  fragment ImportResult_result on ImportResult {\n    created\n    needsReview\n    letter {\n      id\n      title\n      signatures(first: 100, filter: { statuses: [CONFIRMED] }) {\n        edges {\n          node {\n            id\n            printedName\n            status\n            member {\n              bioguideId\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportResult_ResultFragmentDoc,
    "\n  query MemberPickerSearch($filter: MemberFilter!) {\n    members(first: 20, filter: $filter) {\n      edges {\n        node {\n          bioguideId\n          fullName\n          party\n          state\n          district\n        }\n      }\n    }\n  }\n": typeof types.MemberPickerSearchDocument,
    "\n  fragment PreviewSigners_preview on ImportPreview {\n    sentOn\n    chamber\n    signatures {\n      position\n      printedName\n      role\n      status\n      confidence\n      party\n      state\n      district\n      member {\n        bioguideId\n        fullName\n      }\n      candidates {\n        bioguideId\n        score\n        member {\n          bioguideId\n          fullName\n          party\n          state\n        }\n      }\n    }\n  }\n": typeof types.PreviewSigners_PreviewFragmentDoc,
    "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) {\n      id\n      position\n      printedName\n      status\n      confidence\n      bioguideId\n      party\n      state\n      member {\n        bioguideId\n        fullName\n      }\n    }\n  }\n": typeof types.ResolveSignatureDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          printedName\n          status\n          confidence\n          candidates {\n            bioguideId\n            score\n            member {\n              bioguideId\n              fullName\n              party\n              state\n            }\n          }\n          letter {\n            id\n            title\n            sentOn\n            chamber\n            original {\n              signatureCrops {\n                position\n                url\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query LetterDelegation($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      delegation(state: $state) {\n        state\n        date\n        serving\n        members {\n          chamber\n          district\n          party\n          signed\n          member {\n            bioguideId\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.LetterDelegationDocument,
    "\n  fragment ExportCsv_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": typeof types.ExportCsv_SignatureFragmentDoc,
    "\n  query LetterGapChoices {\n    committees(subcommittees: true) { id name chamber parentId }\n    groups { id name memberCount }\n  }\n": typeof types.LetterGapChoicesDocument,
    "\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      id\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { signed serving chamber state district party side title member { bioguideId fullName } }\n        notSigned { signed serving chamber state district party side title member { bioguideId fullName } }\n        notServing { signed serving chamber state district party side title member { bioguideId fullName } }\n      }\n    }\n  }\n": typeof types.LetterGapDocument,
    "\n  fragment LetterCharts_letter on Letter {\n    id\n    breakdown {\n      bipartisan\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n    }\n  }\n": typeof types.LetterCharts_LetterFragmentDoc,
    "\n  fragment LetterFiltersForm_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n": typeof types.LetterFiltersForm_StatsFragmentDoc,
    "\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    original {\n      url\n      fileName\n      mediaType\n    }\n    topics\n    mentions {\n      kind\n      text\n      role\n      count\n    }\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n": typeof types.LetterHeader_LetterFragmentDoc,
    "\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      sentOn\n      breakdown {\n        byState {\n          state\n          count\n        }\n      }\n      ...LetterHeader_letter\n      ...LetterCharts_letter\n      ...LetterEditPanel_letter\n      ...SignerFilters_letter\n    }\n  }\n": typeof types.LetterPageDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n            ...ExportCsv_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LetterSignersDocument,
    "\n  query LettersPage($first: Int!, $after: String, $filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LettersPageDocument,
    "\n  query LetterTopics {\n    stats(filter: {}) {\n      ...LetterFiltersForm_stats\n    }\n  }\n": typeof types.LetterTopicsDocument,
    "\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    breakdown {\n      byParty {\n        party\n        count\n      }\n    }\n    recipients {\n      name\n      title\n    }\n  }\n": typeof types.LettersTable_LetterFragmentDoc,
    "\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n": typeof types.PartyCounts_SignatureFragmentDoc,
    "\n  fragment SignerFilters_letter on Letter {\n    id\n    breakdown {\n      byState {\n        state\n        count\n      }\n      byParty {\n        party\n        count\n      }\n      byRole {\n        role\n        count\n      }\n    }\n  }\n": typeof types.SignerFilters_LetterFragmentDoc,
    "\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": typeof types.SignersTable_SignatureFragmentDoc,
    "\n  fragment SignedLetters_member on Member {\n    bioguideId\n    letterCount\n    signatures(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          printedName\n          letter {\n            id\n            title\n            sentOn\n            chamber\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignedLetters_MemberFragmentDoc,
    "\n  fragment CoSigners_member on Member {\n    bioguideId\n    coSigners(first: 10) {\n      count\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n": typeof types.CoSigners_MemberFragmentDoc,
    "\n  query MemberPage($bioguideId: String!, $topic: String) {\n    member(bioguideId: $bioguideId) {\n      bioguideId\n      fullName\n      officialFull\n      party\n      state\n      district\n      currentTerm {\n        chamber\n        end\n      }\n      ...SignedLetters_member\n      ...CoSigners_member\n      ...MemberScorecards_member\n      ...MemberRecord_member\n      ...MemberTerms_member\n    }\n    memberTopics: stats(filter: { signedBy: [$bioguideId] }) {\n      ...MemberRecord_stats\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  fragment MemberRecord_member on Member {\n    bioguideId\n    record(topic: $topic, first: 100) {\n      eligible\n      signed\n      letters {\n        signed\n        letter {\n          id\n          title\n          sentOn\n        }\n      }\n    }\n  }\n": typeof types.MemberRecord_MemberFragmentDoc,
    "\n  fragment MemberRecord_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n": typeof types.MemberRecord_StatsFragmentDoc,
    "\n  fragment MemberTerms_member on Member {\n    bioguideId\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n      url\n    }\n  }\n": typeof types.MemberTerms_MemberFragmentDoc,
    "\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n": typeof types.MembersTable_MemberFragmentDoc,
    "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersPageDocument,
    "\n  fragment RecentLetters_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n  }\n": typeof types.RecentLetters_LetterFragmentDoc,
    "\n  fragment TopSigners_stats on Stats {\n    topSigners {\n      letters\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n": typeof types.TopSigners_StatsFragmentDoc,
    "\n  query Overview($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n      ...TopSigners_stats\n    }\n    letters(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          isDemo\n          ...RecentLetters_letter\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  fragment MemberScorecards_member on Member {\n    bioguideId\n    scores {\n      grade\n      score\n      earned\n      possible\n      eligibleLetters\n      scorecard { id name }\n    }\n  }\n": typeof types.MemberScorecards_MemberFragmentDoc,
    "\n  fragment ReportCard_score on MemberScore {\n    ...ScoreTable_score\n    explanation { stance signed earned possible note letter { id title sentOn } }\n  }\n": typeof types.ReportCard_ScoreFragmentDoc,
    "\n  query ReportCards($id: ID!, $states: [String!], $bioguideId: String!, $byMember: Boolean!) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      members(filter: { states: $states }, orderBy: NAME, first: 100) @skip(if: $byMember) {\n        edges { node { ...ReportCard_score } }\n      }\n      score(bioguideId: $bioguideId) @include(if: $byMember) { ...ReportCard_score }\n    }\n  }\n": typeof types.ReportCardsDocument,
    "\n  fragment ScoreTable_score on MemberScore {\n    grade\n    score\n    earned\n    possible\n    eligibleLetters\n    state\n    party\n    chamber\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": typeof types.ScoreTable_ScoreFragmentDoc,
    "\n  query ScorecardEditor($id: ID!) {\n    editableScorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      congress\n      dateFrom\n      dateTo\n      published\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      items { points outOf note member { bioguideId fullName } }\n      members(first: 10) {\n        totalCount\n        edges { node { ...ScoreTable_score } }\n      }\n      byState { grades { grade count } }\n    }\n  }\n": typeof types.ScorecardEditorDocument,
    "\n  query ScorecardLetterSearch($filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(filter: $filter, orderBy: $orderBy, first: 10) {\n      edges { node { id title sentOn chamber signerCount } }\n    }\n  }\n": typeof types.ScorecardLetterSearchDocument,
    "\n  mutation EditScorecard($id: ID!, $input: ScorecardInput!) {\n    editScorecard(id: $id, input: $input) { id }\n  }\n": typeof types.EditScorecardDocument,
    "\n  mutation PublishScorecard($id: ID!, $published: Boolean!) {\n    publishScorecard(id: $id, published: $published) { id published }\n  }\n": typeof types.PublishScorecardDocument,
    "\n  mutation DeleteScorecard($id: ID!) { deleteScorecard(id: $id) }\n": typeof types.DeleteScorecardDocument,
    "\n  query ScorecardPage($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      dateFrom\n      dateTo\n      publishedAt\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      byState { state average averageGrade members grades { grade count } }\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...ScoreTable_score } }\n      }\n    }\n  }\n": typeof types.ScorecardPageDocument,
    "\n  query ScorecardCsv($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { grade score earned possible eligibleLetters state party chamber member { bioguideId fullName } } }\n      }\n    }\n  }\n": typeof types.ScorecardCsvDocument,
    "\n  query Scorecards {\n    scorecards { id name description publishedAt }\n  }\n": typeof types.ScorecardsDocument,
    "\n  query ScorecardDrafts {\n    editableScorecards { id name published updatedAt }\n  }\n": typeof types.ScorecardDraftsDocument,
    "\n  mutation CreateScorecard($input: ScorecardInput!) {\n    createScorecard(input: $input) { id }\n  }\n": typeof types.CreateScorecardDocument,
    "\n  query SeriesPage($id: ID!) {\n    series(id: $id) {\n      id\n      name\n      matrix {\n        versions {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n        rows {\n          bioguideId\n          signedCount\n          member {\n            bioguideId\n            fullName\n          }\n          cells {\n            signed\n            serving\n            party\n            state\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeriesPageDocument,
    "\n  mutation RenameSeriesFromPage($id: ID!, $name: String!) {\n    renameSeries(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameSeriesFromPageDocument,
    "\n  query LetterVersions($id: ID!) {\n    letter(id: $id) {\n      id\n      databaseId\n      sentOn\n      series {\n        id\n        name\n        letters {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n      }\n      previousVersion {\n        id\n      }\n      possibleVersions {\n        score\n        method\n        phrase\n        letter {\n          id\n          databaseId\n          title\n          sentOn\n        }\n      }\n    }\n  }\n": typeof types.LetterVersionsDocument,
    "\n  fragment ComparedMember_fields on ComparedMember {\n    bioguideId\n    member {\n      bioguideId\n      fullName\n    }\n    onThis {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n    onOther {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n  }\n": typeof types.ComparedMember_FieldsFragmentDoc,
    "\n  query LetterComparison($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      id\n      sentOn\n      compareWith(letterId: $other) {\n        other {\n          id\n          sentOn\n        }\n        signedBoth {\n          ...ComparedMember_fields\n        }\n        signedOnlyThis {\n          ...ComparedMember_fields\n        }\n        signedOnlyOther {\n          ...ComparedMember_fields\n        }\n        notServingNow {\n          ...ComparedMember_fields\n        }\n      }\n    }\n  }\n": typeof types.LetterComparisonDocument,
    "\n  mutation ConfirmVersionFromLetter($a: ID!, $b: ID!) {\n    confirmVersion(letterId: $a, otherId: $b) {\n      id\n    }\n  }\n": typeof types.ConfirmVersionFromLetterDocument,
    "\n  mutation RejectVersionFromLetter($a: ID!, $b: ID!) {\n    rejectVersion(letterId: $a, otherId: $b)\n  }\n": typeof types.RejectVersionFromLetterDocument,
    "\n  fragment DelegationTable_member on Member {\n    bioguideId\n    fullName\n    letterCount\n    termOn(date: $on) {\n      chamber\n      district\n      party\n    }\n    signatures(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          letter {\n            id\n            title\n            sentOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.DelegationTable_MemberFragmentDoc,
    "\n  query StateDelegation($state: String!, $on: Date!) {\n    members(first: 60, filter: { states: [$state], servingOn: $on }) {\n      totalCount\n      edges {\n        node {\n          bioguideId\n          ...DelegationTable_member\n        }\n      }\n    }\n  }\n": typeof types.StateDelegationDocument,
    "\n  query MemberDataCoverage {\n    memberData {\n      coversFrom\n      coversTo\n    }\n  }\n": typeof types.MemberDataCoverageDocument,
};
const documents: Documents = {
    "\n  subscription LetterImported {\n    letterImported { id title sentOn signerCount }\n  }\n": types.LetterImportedDocument,
    "\n  query Alerts {\n    unreadNotificationCount\n    notifications(first: 50) { totalCount edges { node { id message letterId createdAt readAt } } }\n    watches(first: 100) { totalCount edges { node { id kind label webhookUrl createdAt } } }\n    myWebhook\n    webhookDeliveries(status: DEAD, first: 20) { totalCount edges { node { id url attempts lastError createdAt } } }\n  }\n": types.AlertsDocument,
    "\n  subscription NotificationAdded { notificationAdded { id } }\n": types.NotificationAddedDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }": types.MarkNotificationsReadDocument,
    "mutation DeleteWatch($id: ID!) { deleteWatch(id: $id) }": types.DeleteWatchDocument,
    "mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) { id status } }": types.RetryDeliveryDocument,
    "\n  mutation CreateWatchFromPage($input: WatchInput!) {\n    createWatch(input: $input) { watch { id kind label } }\n  }\n": types.CreateWatchFromPageDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query CommitteeHead($id: ID!) {\n    committee(id: $id) {\n      id name chamber url jurisdiction\n      parent { id name }\n      subcommittees { id name }\n      ...CommitteeLetters_committee\n    }\n  }\n": types.CommitteeHeadDocument,
    "\n  query CommitteeRosterOn($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id\n      members(on: $on) {\n        ...CommitteeRoster_seat\n      }\n    }\n  }\n": types.CommitteeRosterOnDocument,
    "\n  fragment CommitteeRoster_seat on CommitteeSeat {\n    side\n    rank\n    title\n    from\n    to\n    member {\n      bioguideId\n      fullName\n      party\n      state\n      district\n    }\n  }\n": types.CommitteeRoster_SeatFragmentDoc,
    "\n  fragment CommitteeLetters_committee on Committee {\n    id\n    letters(first: 10) {\n      signers\n      letter {\n        id\n        title\n        sentOn\n        signerCount\n      }\n    }\n  }\n": types.CommitteeLetters_CommitteeFragmentDoc,
    "\n  query CommitteesList($chamber: CommitteeChamber) {\n    committees(chamber: $chamber, current: true) { id name chamber }\n  }\n": types.CommitteesListDocument,
    "\n  query DeletedLetters {\n    deletedLetters(first: 100) {\n      id\n      databaseId\n      title\n      sentOn\n      deletedAt\n      deletedBy\n      reason\n      restorableUntil\n    }\n  }\n": types.DeletedLettersDocument,
    "\n  mutation RestoreLetter($id: ID!) {\n    restoreLetter(id: $id) {\n      id\n      databaseId\n    }\n  }\n": types.RestoreLetterDocument,
    "\n  fragment LetterEditPanel_letter on Letter {\n    id\n    databaseId\n    title\n    sentOn\n    chamber\n    sourceName\n    topics\n    recipients {\n      name\n      title\n      organization\n      address\n    }\n  }\n": types.LetterEditPanel_LetterFragmentDoc,
    "\n  mutation EditLetter($id: ID!, $input: LetterEditInput!) {\n    editLetter(id: $id, input: $input) {\n      changed\n      rematched\n      kept\n      flagged {\n        position\n        printedName\n        wasBioguideId\n      }\n      letter {\n        id\n        ...LetterEditPanel_letter\n      }\n    }\n  }\n": types.EditLetterDocument,
    "\n  mutation DeleteLetter($id: ID!, $reason: String) {\n    deleteLetter(id: $id, reason: $reason) {\n      id\n      databaseId\n      title\n    }\n  }\n": types.DeleteLetterDocument,
    "\n  mutation MergeLetters($intoId: ID!, $fromId: ID!) {\n    mergeLetters(intoId: $intoId, fromId: $fromId) {\n      textFrom\n      decisionsKept\n      signaturesAdded\n      letter {\n        id\n        signerCount\n      }\n    }\n  }\n": types.MergeLettersDocument,
    "\n  query LetterHistory($id: ID!) {\n    letter(id: $id) {\n      id\n      history(first: 50) {\n        id\n        at\n        actor\n        action\n        before\n        after\n        detail\n      }\n    }\n  }\n": types.LetterHistoryDocument,
    "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id name description chamber memberCount\n      ...GroupRecord_group\n    }\n  }\n": types.GroupPageDocument,
    "\n  mutation AddGroupMembersPage($id: ID!, $ids: [String!]!) {\n    addGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n": types.AddGroupMembersPageDocument,
    "\n  mutation RemoveGroupMembersPage($id: ID!, $ids: [String!]!) {\n    removeGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n": types.RemoveGroupMembersPageDocument,
    "\n  fragment GroupRecord_group on MemberGroup {\n    id\n    record(first: 12) {\n      letters { id databaseId title sentOn }\n      members { eligible signed signedLetterIds member { bioguideId fullName party } }\n    }\n  }\n": types.GroupRecord_GroupFragmentDoc,
    "\n  query GroupsList {\n    groups { id name description chamber memberCount updatedAt }\n  }\n": types.GroupsListDocument,
    "\n  mutation CreateGroupPage($input: GroupInput!) {\n    createGroup(input: $input) { id name memberCount }\n  }\n": types.CreateGroupPageDocument,
    "\n  query MatchMemberListPage($text: String!, $chamber: Chamber) {\n    matchMemberList(text: $text, chamber: $chamber) {\n      matched needsReview\n      entries {\n        line text status\n        member { bioguideId fullName }\n        candidates { bioguideId fullName }\n      }\n    }\n  }\n": types.MatchMemberListPageDocument,
    "\n  fragment DocumentSummary_document on DocumentInfo {\n    kind\n    pages\n    ocrPages\n  }\n": types.DocumentSummary_DocumentFragmentDoc,
    "\n  query ImportPreview($text: String!) {\n    previewImport(text: $text) {\n      ...ImportPreview_preview\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  query ImportFilePreview($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) {\n      document {\n        ...DocumentSummary_document\n      }\n      preview {\n        ...ImportPreview_preview\n      }\n    }\n  }\n": types.ImportFilePreviewDocument,
    "\n  mutation ImportLetter($text: String!, $sourceName: String, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, sourceName: $sourceName, resolutions: $resolutions) {\n      ...ImportResult_result\n    }\n  }\n": types.ImportLetterDocument,
    "\n  mutation ImportFile($file: DocumentFileInput!, $resolutions: [ResolutionInput!], $progressId: String) {\n    importFile(file: $file, resolutions: $resolutions, progressId: $progressId) {\n      ...ImportResult_result\n    }\n  }\n": types.ImportFileDocument,
    "\n  fragment ImportPreview_preview on ImportPreview {\n    title\n    sentOn\n    chamber\n    needsReview\n    warnings\n    topics\n    recipients {\n      name\n      title\n    }\n    existingLetter {\n      id\n      title\n    }\n    signatures {\n      position\n    }\n    ...PreviewSigners_preview\n  }\n": types.ImportPreview_PreviewFragmentDoc,
    "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      stage\n      page\n      pages\n      ocr\n      ocrPages\n    }\n  }\n": types.ImportProgressDocument,
    "\n  fragment ImportResult_result on ImportResult {\n    created\n    needsReview\n    letter {\n      id\n      title\n      signatures(first: 100, filter: { statuses: [CONFIRMED] }) {\n        edges {\n          node {\n            id\n            printedName\n            status\n            member {\n              bioguideId\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ImportResult_ResultFragmentDoc,
    "\n  query MemberPickerSearch($filter: MemberFilter!) {\n    members(first: 20, filter: $filter) {\n      edges {\n        node {\n          bioguideId\n          fullName\n          party\n          state\n          district\n        }\n      }\n    }\n  }\n": types.MemberPickerSearchDocument,
    "\n  fragment PreviewSigners_preview on ImportPreview {\n    sentOn\n    chamber\n    signatures {\n      position\n      printedName\n      role\n      status\n      confidence\n      party\n      state\n      district\n      member {\n        bioguideId\n        fullName\n      }\n      candidates {\n        bioguideId\n        score\n        member {\n          bioguideId\n          fullName\n          party\n          state\n        }\n      }\n    }\n  }\n": types.PreviewSigners_PreviewFragmentDoc,
    "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) {\n      id\n      position\n      printedName\n      status\n      confidence\n      bioguideId\n      party\n      state\n      member {\n        bioguideId\n        fullName\n      }\n    }\n  }\n": types.ResolveSignatureDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          printedName\n          status\n          confidence\n          candidates {\n            bioguideId\n            score\n            member {\n              bioguideId\n              fullName\n              party\n              state\n            }\n          }\n          letter {\n            id\n            title\n            sentOn\n            chamber\n            original {\n              signatureCrops {\n                position\n                url\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query LetterDelegation($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      delegation(state: $state) {\n        state\n        date\n        serving\n        members {\n          chamber\n          district\n          party\n          signed\n          member {\n            bioguideId\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.LetterDelegationDocument,
    "\n  fragment ExportCsv_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": types.ExportCsv_SignatureFragmentDoc,
    "\n  query LetterGapChoices {\n    committees(subcommittees: true) { id name chamber parentId }\n    groups { id name memberCount }\n  }\n": types.LetterGapChoicesDocument,
    "\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      id\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { signed serving chamber state district party side title member { bioguideId fullName } }\n        notSigned { signed serving chamber state district party side title member { bioguideId fullName } }\n        notServing { signed serving chamber state district party side title member { bioguideId fullName } }\n      }\n    }\n  }\n": types.LetterGapDocument,
    "\n  fragment LetterCharts_letter on Letter {\n    id\n    breakdown {\n      bipartisan\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n    }\n  }\n": types.LetterCharts_LetterFragmentDoc,
    "\n  fragment LetterFiltersForm_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n": types.LetterFiltersForm_StatsFragmentDoc,
    "\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    original {\n      url\n      fileName\n      mediaType\n    }\n    topics\n    mentions {\n      kind\n      text\n      role\n      count\n    }\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n": types.LetterHeader_LetterFragmentDoc,
    "\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      sentOn\n      breakdown {\n        byState {\n          state\n          count\n        }\n      }\n      ...LetterHeader_letter\n      ...LetterCharts_letter\n      ...LetterEditPanel_letter\n      ...SignerFilters_letter\n    }\n  }\n": types.LetterPageDocument,
    "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n            ...ExportCsv_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LetterSignersDocument,
    "\n  query LettersPage($first: Int!, $after: String, $filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LettersPageDocument,
    "\n  query LetterTopics {\n    stats(filter: {}) {\n      ...LetterFiltersForm_stats\n    }\n  }\n": types.LetterTopicsDocument,
    "\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    breakdown {\n      byParty {\n        party\n        count\n      }\n    }\n    recipients {\n      name\n      title\n    }\n  }\n": types.LettersTable_LetterFragmentDoc,
    "\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n": types.PartyCounts_SignatureFragmentDoc,
    "\n  fragment SignerFilters_letter on Letter {\n    id\n    breakdown {\n      byState {\n        state\n        count\n      }\n      byParty {\n        party\n        count\n      }\n      byRole {\n        role\n        count\n      }\n    }\n  }\n": types.SignerFilters_LetterFragmentDoc,
    "\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": types.SignersTable_SignatureFragmentDoc,
    "\n  fragment SignedLetters_member on Member {\n    bioguideId\n    letterCount\n    signatures(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          printedName\n          letter {\n            id\n            title\n            sentOn\n            chamber\n          }\n        }\n      }\n    }\n  }\n": types.SignedLetters_MemberFragmentDoc,
    "\n  fragment CoSigners_member on Member {\n    bioguideId\n    coSigners(first: 10) {\n      count\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n": types.CoSigners_MemberFragmentDoc,
    "\n  query MemberPage($bioguideId: String!, $topic: String) {\n    member(bioguideId: $bioguideId) {\n      bioguideId\n      fullName\n      officialFull\n      party\n      state\n      district\n      currentTerm {\n        chamber\n        end\n      }\n      ...SignedLetters_member\n      ...CoSigners_member\n      ...MemberScorecards_member\n      ...MemberRecord_member\n      ...MemberTerms_member\n    }\n    memberTopics: stats(filter: { signedBy: [$bioguideId] }) {\n      ...MemberRecord_stats\n    }\n  }\n": types.MemberPageDocument,
    "\n  fragment MemberRecord_member on Member {\n    bioguideId\n    record(topic: $topic, first: 100) {\n      eligible\n      signed\n      letters {\n        signed\n        letter {\n          id\n          title\n          sentOn\n        }\n      }\n    }\n  }\n": types.MemberRecord_MemberFragmentDoc,
    "\n  fragment MemberRecord_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n": types.MemberRecord_StatsFragmentDoc,
    "\n  fragment MemberTerms_member on Member {\n    bioguideId\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n      url\n    }\n  }\n": types.MemberTerms_MemberFragmentDoc,
    "\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n": types.MembersTable_MemberFragmentDoc,
    "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersPageDocument,
    "\n  fragment RecentLetters_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n  }\n": types.RecentLetters_LetterFragmentDoc,
    "\n  fragment TopSigners_stats on Stats {\n    topSigners {\n      letters\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n": types.TopSigners_StatsFragmentDoc,
    "\n  query Overview($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n      ...TopSigners_stats\n    }\n    letters(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          isDemo\n          ...RecentLetters_letter\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  fragment MemberScorecards_member on Member {\n    bioguideId\n    scores {\n      grade\n      score\n      earned\n      possible\n      eligibleLetters\n      scorecard { id name }\n    }\n  }\n": types.MemberScorecards_MemberFragmentDoc,
    "\n  fragment ReportCard_score on MemberScore {\n    ...ScoreTable_score\n    explanation { stance signed earned possible note letter { id title sentOn } }\n  }\n": types.ReportCard_ScoreFragmentDoc,
    "\n  query ReportCards($id: ID!, $states: [String!], $bioguideId: String!, $byMember: Boolean!) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      members(filter: { states: $states }, orderBy: NAME, first: 100) @skip(if: $byMember) {\n        edges { node { ...ReportCard_score } }\n      }\n      score(bioguideId: $bioguideId) @include(if: $byMember) { ...ReportCard_score }\n    }\n  }\n": types.ReportCardsDocument,
    "\n  fragment ScoreTable_score on MemberScore {\n    grade\n    score\n    earned\n    possible\n    eligibleLetters\n    state\n    party\n    chamber\n    member {\n      bioguideId\n      fullName\n    }\n  }\n": types.ScoreTable_ScoreFragmentDoc,
    "\n  query ScorecardEditor($id: ID!) {\n    editableScorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      congress\n      dateFrom\n      dateTo\n      published\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      items { points outOf note member { bioguideId fullName } }\n      members(first: 10) {\n        totalCount\n        edges { node { ...ScoreTable_score } }\n      }\n      byState { grades { grade count } }\n    }\n  }\n": types.ScorecardEditorDocument,
    "\n  query ScorecardLetterSearch($filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(filter: $filter, orderBy: $orderBy, first: 10) {\n      edges { node { id title sentOn chamber signerCount } }\n    }\n  }\n": types.ScorecardLetterSearchDocument,
    "\n  mutation EditScorecard($id: ID!, $input: ScorecardInput!) {\n    editScorecard(id: $id, input: $input) { id }\n  }\n": types.EditScorecardDocument,
    "\n  mutation PublishScorecard($id: ID!, $published: Boolean!) {\n    publishScorecard(id: $id, published: $published) { id published }\n  }\n": types.PublishScorecardDocument,
    "\n  mutation DeleteScorecard($id: ID!) { deleteScorecard(id: $id) }\n": types.DeleteScorecardDocument,
    "\n  query ScorecardPage($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      dateFrom\n      dateTo\n      publishedAt\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      byState { state average averageGrade members grades { grade count } }\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...ScoreTable_score } }\n      }\n    }\n  }\n": types.ScorecardPageDocument,
    "\n  query ScorecardCsv($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { grade score earned possible eligibleLetters state party chamber member { bioguideId fullName } } }\n      }\n    }\n  }\n": types.ScorecardCsvDocument,
    "\n  query Scorecards {\n    scorecards { id name description publishedAt }\n  }\n": types.ScorecardsDocument,
    "\n  query ScorecardDrafts {\n    editableScorecards { id name published updatedAt }\n  }\n": types.ScorecardDraftsDocument,
    "\n  mutation CreateScorecard($input: ScorecardInput!) {\n    createScorecard(input: $input) { id }\n  }\n": types.CreateScorecardDocument,
    "\n  query SeriesPage($id: ID!) {\n    series(id: $id) {\n      id\n      name\n      matrix {\n        versions {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n        rows {\n          bioguideId\n          signedCount\n          member {\n            bioguideId\n            fullName\n          }\n          cells {\n            signed\n            serving\n            party\n            state\n          }\n        }\n      }\n    }\n  }\n": types.SeriesPageDocument,
    "\n  mutation RenameSeriesFromPage($id: ID!, $name: String!) {\n    renameSeries(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameSeriesFromPageDocument,
    "\n  query LetterVersions($id: ID!) {\n    letter(id: $id) {\n      id\n      databaseId\n      sentOn\n      series {\n        id\n        name\n        letters {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n      }\n      previousVersion {\n        id\n      }\n      possibleVersions {\n        score\n        method\n        phrase\n        letter {\n          id\n          databaseId\n          title\n          sentOn\n        }\n      }\n    }\n  }\n": types.LetterVersionsDocument,
    "\n  fragment ComparedMember_fields on ComparedMember {\n    bioguideId\n    member {\n      bioguideId\n      fullName\n    }\n    onThis {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n    onOther {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n  }\n": types.ComparedMember_FieldsFragmentDoc,
    "\n  query LetterComparison($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      id\n      sentOn\n      compareWith(letterId: $other) {\n        other {\n          id\n          sentOn\n        }\n        signedBoth {\n          ...ComparedMember_fields\n        }\n        signedOnlyThis {\n          ...ComparedMember_fields\n        }\n        signedOnlyOther {\n          ...ComparedMember_fields\n        }\n        notServingNow {\n          ...ComparedMember_fields\n        }\n      }\n    }\n  }\n": types.LetterComparisonDocument,
    "\n  mutation ConfirmVersionFromLetter($a: ID!, $b: ID!) {\n    confirmVersion(letterId: $a, otherId: $b) {\n      id\n    }\n  }\n": types.ConfirmVersionFromLetterDocument,
    "\n  mutation RejectVersionFromLetter($a: ID!, $b: ID!) {\n    rejectVersion(letterId: $a, otherId: $b)\n  }\n": types.RejectVersionFromLetterDocument,
    "\n  fragment DelegationTable_member on Member {\n    bioguideId\n    fullName\n    letterCount\n    termOn(date: $on) {\n      chamber\n      district\n      party\n    }\n    signatures(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          letter {\n            id\n            title\n            sentOn\n          }\n        }\n      }\n    }\n  }\n": types.DelegationTable_MemberFragmentDoc,
    "\n  query StateDelegation($state: String!, $on: Date!) {\n    members(first: 60, filter: { states: [$state], servingOn: $on }) {\n      totalCount\n      edges {\n        node {\n          bioguideId\n          ...DelegationTable_member\n        }\n      }\n    }\n  }\n": types.StateDelegationDocument,
    "\n  query MemberDataCoverage {\n    memberData {\n      coversFrom\n      coversTo\n    }\n  }\n": types.MemberDataCoverageDocument,
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
export function graphql(source: "\n  subscription LetterImported {\n    letterImported { id title sentOn signerCount }\n  }\n"): (typeof documents)["\n  subscription LetterImported {\n    letterImported { id title sentOn signerCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts {\n    unreadNotificationCount\n    notifications(first: 50) { totalCount edges { node { id message letterId createdAt readAt } } }\n    watches(first: 100) { totalCount edges { node { id kind label webhookUrl createdAt } } }\n    myWebhook\n    webhookDeliveries(status: DEAD, first: 20) { totalCount edges { node { id url attempts lastError createdAt } } }\n  }\n"): (typeof documents)["\n  query Alerts {\n    unreadNotificationCount\n    notifications(first: 50) { totalCount edges { node { id message letterId createdAt readAt } } }\n    watches(first: 100) { totalCount edges { node { id kind label webhookUrl createdAt } } }\n    myWebhook\n    webhookDeliveries(status: DEAD, first: 20) { totalCount edges { node { id url attempts lastError createdAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded { notificationAdded { id } }\n"): (typeof documents)["\n  subscription NotificationAdded { notificationAdded { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWatch($id: ID!) { deleteWatch(id: $id) }"): (typeof documents)["mutation DeleteWatch($id: ID!) { deleteWatch(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) { id status } }"): (typeof documents)["mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWatchFromPage($input: WatchInput!) {\n    createWatch(input: $input) { watch { id kind label } }\n  }\n"): (typeof documents)["\n  mutation CreateWatchFromPage($input: WatchInput!) {\n    createWatch(input: $input) { watch { id kind label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeHead($id: ID!) {\n    committee(id: $id) {\n      id name chamber url jurisdiction\n      parent { id name }\n      subcommittees { id name }\n      ...CommitteeLetters_committee\n    }\n  }\n"): (typeof documents)["\n  query CommitteeHead($id: ID!) {\n    committee(id: $id) {\n      id name chamber url jurisdiction\n      parent { id name }\n      subcommittees { id name }\n      ...CommitteeLetters_committee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeRosterOn($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id\n      members(on: $on) {\n        ...CommitteeRoster_seat\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeRosterOn($id: ID!, $on: Date) {\n    committee(id: $id) {\n      id\n      members(on: $on) {\n        ...CommitteeRoster_seat\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeRoster_seat on CommitteeSeat {\n    side\n    rank\n    title\n    from\n    to\n    member {\n      bioguideId\n      fullName\n      party\n      state\n      district\n    }\n  }\n"): (typeof documents)["\n  fragment CommitteeRoster_seat on CommitteeSeat {\n    side\n    rank\n    title\n    from\n    to\n    member {\n      bioguideId\n      fullName\n      party\n      state\n      district\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeLetters_committee on Committee {\n    id\n    letters(first: 10) {\n      signers\n      letter {\n        id\n        title\n        sentOn\n        signerCount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommitteeLetters_committee on Committee {\n    id\n    letters(first: 10) {\n      signers\n      letter {\n        id\n        title\n        sentOn\n        signerCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteesList($chamber: CommitteeChamber) {\n    committees(chamber: $chamber, current: true) { id name chamber }\n  }\n"): (typeof documents)["\n  query CommitteesList($chamber: CommitteeChamber) {\n    committees(chamber: $chamber, current: true) { id name chamber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedLetters {\n    deletedLetters(first: 100) {\n      id\n      databaseId\n      title\n      sentOn\n      deletedAt\n      deletedBy\n      reason\n      restorableUntil\n    }\n  }\n"): (typeof documents)["\n  query DeletedLetters {\n    deletedLetters(first: 100) {\n      id\n      databaseId\n      title\n      sentOn\n      deletedAt\n      deletedBy\n      reason\n      restorableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreLetter($id: ID!) {\n    restoreLetter(id: $id) {\n      id\n      databaseId\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreLetter($id: ID!) {\n    restoreLetter(id: $id) {\n      id\n      databaseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterEditPanel_letter on Letter {\n    id\n    databaseId\n    title\n    sentOn\n    chamber\n    sourceName\n    topics\n    recipients {\n      name\n      title\n      organization\n      address\n    }\n  }\n"): (typeof documents)["\n  fragment LetterEditPanel_letter on Letter {\n    id\n    databaseId\n    title\n    sentOn\n    chamber\n    sourceName\n    topics\n    recipients {\n      name\n      title\n      organization\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditLetter($id: ID!, $input: LetterEditInput!) {\n    editLetter(id: $id, input: $input) {\n      changed\n      rematched\n      kept\n      flagged {\n        position\n        printedName\n        wasBioguideId\n      }\n      letter {\n        id\n        ...LetterEditPanel_letter\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditLetter($id: ID!, $input: LetterEditInput!) {\n    editLetter(id: $id, input: $input) {\n      changed\n      rematched\n      kept\n      flagged {\n        position\n        printedName\n        wasBioguideId\n      }\n      letter {\n        id\n        ...LetterEditPanel_letter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLetter($id: ID!, $reason: String) {\n    deleteLetter(id: $id, reason: $reason) {\n      id\n      databaseId\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLetter($id: ID!, $reason: String) {\n    deleteLetter(id: $id, reason: $reason) {\n      id\n      databaseId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeLetters($intoId: ID!, $fromId: ID!) {\n    mergeLetters(intoId: $intoId, fromId: $fromId) {\n      textFrom\n      decisionsKept\n      signaturesAdded\n      letter {\n        id\n        signerCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeLetters($intoId: ID!, $fromId: ID!) {\n    mergeLetters(intoId: $intoId, fromId: $fromId) {\n      textFrom\n      decisionsKept\n      signaturesAdded\n      letter {\n        id\n        signerCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterHistory($id: ID!) {\n    letter(id: $id) {\n      id\n      history(first: 50) {\n        id\n        at\n        actor\n        action\n        before\n        after\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterHistory($id: ID!) {\n    letter(id: $id) {\n      id\n      history(first: 50) {\n        id\n        at\n        actor\n        action\n        before\n        after\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id name description chamber memberCount\n      ...GroupRecord_group\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id name description chamber memberCount\n      ...GroupRecord_group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMembersPage($id: ID!, $ids: [String!]!) {\n    addGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n"): (typeof documents)["\n  mutation AddGroupMembersPage($id: ID!, $ids: [String!]!) {\n    addGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMembersPage($id: ID!, $ids: [String!]!) {\n    removeGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMembersPage($id: ID!, $ids: [String!]!) {\n    removeGroupMembers(id: $id, bioguideIds: $ids) { id memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupRecord_group on MemberGroup {\n    id\n    record(first: 12) {\n      letters { id databaseId title sentOn }\n      members { eligible signed signedLetterIds member { bioguideId fullName party } }\n    }\n  }\n"): (typeof documents)["\n  fragment GroupRecord_group on MemberGroup {\n    id\n    record(first: 12) {\n      letters { id databaseId title sentOn }\n      members { eligible signed signedLetterIds member { bioguideId fullName party } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsList {\n    groups { id name description chamber memberCount updatedAt }\n  }\n"): (typeof documents)["\n  query GroupsList {\n    groups { id name description chamber memberCount updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupPage($input: GroupInput!) {\n    createGroup(input: $input) { id name memberCount }\n  }\n"): (typeof documents)["\n  mutation CreateGroupPage($input: GroupInput!) {\n    createGroup(input: $input) { id name memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchMemberListPage($text: String!, $chamber: Chamber) {\n    matchMemberList(text: $text, chamber: $chamber) {\n      matched needsReview\n      entries {\n        line text status\n        member { bioguideId fullName }\n        candidates { bioguideId fullName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchMemberListPage($text: String!, $chamber: Chamber) {\n    matchMemberList(text: $text, chamber: $chamber) {\n      matched needsReview\n      entries {\n        line text status\n        member { bioguideId fullName }\n        candidates { bioguideId fullName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentSummary_document on DocumentInfo {\n    kind\n    pages\n    ocrPages\n  }\n"): (typeof documents)["\n  fragment DocumentSummary_document on DocumentInfo {\n    kind\n    pages\n    ocrPages\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($text: String!) {\n    previewImport(text: $text) {\n      ...ImportPreview_preview\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($text: String!) {\n    previewImport(text: $text) {\n      ...ImportPreview_preview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportFilePreview($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) {\n      document {\n        ...DocumentSummary_document\n      }\n      preview {\n        ...ImportPreview_preview\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportFilePreview($file: DocumentFileInput!, $progressId: String) {\n    previewFileImport(file: $file, progressId: $progressId) {\n      document {\n        ...DocumentSummary_document\n      }\n      preview {\n        ...ImportPreview_preview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLetter($text: String!, $sourceName: String, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, sourceName: $sourceName, resolutions: $resolutions) {\n      ...ImportResult_result\n    }\n  }\n"): (typeof documents)["\n  mutation ImportLetter($text: String!, $sourceName: String, $resolutions: [ResolutionInput!]) {\n    importLetter(text: $text, sourceName: $sourceName, resolutions: $resolutions) {\n      ...ImportResult_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFile($file: DocumentFileInput!, $resolutions: [ResolutionInput!], $progressId: String) {\n    importFile(file: $file, resolutions: $resolutions, progressId: $progressId) {\n      ...ImportResult_result\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFile($file: DocumentFileInput!, $resolutions: [ResolutionInput!], $progressId: String) {\n    importFile(file: $file, resolutions: $resolutions, progressId: $progressId) {\n      ...ImportResult_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPreview_preview on ImportPreview {\n    title\n    sentOn\n    chamber\n    needsReview\n    warnings\n    topics\n    recipients {\n      name\n      title\n    }\n    existingLetter {\n      id\n      title\n    }\n    signatures {\n      position\n    }\n    ...PreviewSigners_preview\n  }\n"): (typeof documents)["\n  fragment ImportPreview_preview on ImportPreview {\n    title\n    sentOn\n    chamber\n    needsReview\n    warnings\n    topics\n    recipients {\n      name\n      title\n    }\n    existingLetter {\n      id\n      title\n    }\n    signatures {\n      position\n    }\n    ...PreviewSigners_preview\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      stage\n      page\n      pages\n      ocr\n      ocrPages\n    }\n  }\n"): (typeof documents)["\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      stage\n      page\n      pages\n      ocr\n      ocrPages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportResult_result on ImportResult {\n    created\n    needsReview\n    letter {\n      id\n      title\n      signatures(first: 100, filter: { statuses: [CONFIRMED] }) {\n        edges {\n          node {\n            id\n            printedName\n            status\n            member {\n              bioguideId\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ImportResult_result on ImportResult {\n    created\n    needsReview\n    letter {\n      id\n      title\n      signatures(first: 100, filter: { statuses: [CONFIRMED] }) {\n        edges {\n          node {\n            id\n            printedName\n            status\n            member {\n              bioguideId\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPickerSearch($filter: MemberFilter!) {\n    members(first: 20, filter: $filter) {\n      edges {\n        node {\n          bioguideId\n          fullName\n          party\n          state\n          district\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPickerSearch($filter: MemberFilter!) {\n    members(first: 20, filter: $filter) {\n      edges {\n        node {\n          bioguideId\n          fullName\n          party\n          state\n          district\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreviewSigners_preview on ImportPreview {\n    sentOn\n    chamber\n    signatures {\n      position\n      printedName\n      role\n      status\n      confidence\n      party\n      state\n      district\n      member {\n        bioguideId\n        fullName\n      }\n      candidates {\n        bioguideId\n        score\n        member {\n          bioguideId\n          fullName\n          party\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PreviewSigners_preview on ImportPreview {\n    sentOn\n    chamber\n    signatures {\n      position\n      printedName\n      role\n      status\n      confidence\n      party\n      state\n      district\n      member {\n        bioguideId\n        fullName\n      }\n      candidates {\n        bioguideId\n        score\n        member {\n          bioguideId\n          fullName\n          party\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) {\n      id\n      position\n      printedName\n      status\n      confidence\n      bioguideId\n      party\n      state\n      member {\n        bioguideId\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveSignature($id: ID!, $bioguideId: String!) {\n    resolveSignature(id: $id, bioguideId: $bioguideId) {\n      id\n      position\n      printedName\n      status\n      confidence\n      bioguideId\n      party\n      state\n      member {\n        bioguideId\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          printedName\n          status\n          confidence\n          candidates {\n            bioguideId\n            score\n            member {\n              bioguideId\n              fullName\n              party\n              state\n            }\n          }\n          letter {\n            id\n            title\n            sentOn\n            chamber\n            original {\n              signatureCrops {\n                position\n                url\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          position\n          printedName\n          status\n          confidence\n          candidates {\n            bioguideId\n            score\n            member {\n              bioguideId\n              fullName\n              party\n              state\n            }\n          }\n          letter {\n            id\n            title\n            sentOn\n            chamber\n            original {\n              signatureCrops {\n                position\n                url\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterDelegation($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      delegation(state: $state) {\n        state\n        date\n        serving\n        members {\n          chamber\n          district\n          party\n          signed\n          member {\n            bioguideId\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterDelegation($id: ID!, $state: String!) {\n    letter(id: $id) {\n      id\n      delegation(state: $state) {\n        state\n        date\n        serving\n        members {\n          chamber\n          district\n          party\n          signed\n          member {\n            bioguideId\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportCsv_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ExportCsv_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterGapChoices {\n    committees(subcommittees: true) { id name chamber parentId }\n    groups { id name memberCount }\n  }\n"): (typeof documents)["\n  query LetterGapChoices {\n    committees(subcommittees: true) { id name chamber parentId }\n    groups { id name memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      id\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { signed serving chamber state district party side title member { bioguideId fullName } }\n        notSigned { signed serving chamber state district party side title member { bioguideId fullName } }\n        notServing { signed serving chamber state district party side title member { bioguideId fullName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterGap($id: ID!, $of: GapOf!) {\n    letter(id: $id) {\n      id\n      gap(of: $of) {\n        kind key name date serving signedCount notSignedCount notServingCount\n        signed { signed serving chamber state district party side title member { bioguideId fullName } }\n        notSigned { signed serving chamber state district party side title member { bioguideId fullName } }\n        notServing { signed serving chamber state district party side title member { bioguideId fullName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterCharts_letter on Letter {\n    id\n    breakdown {\n      bipartisan\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LetterCharts_letter on Letter {\n    id\n    breakdown {\n      bipartisan\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterFiltersForm_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n"): (typeof documents)["\n  fragment LetterFiltersForm_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    original {\n      url\n      fileName\n      mediaType\n    }\n    topics\n    mentions {\n      kind\n      text\n      role\n      count\n    }\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n"): (typeof documents)["\n  fragment LetterHeader_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    salutation\n    body\n    sourceName\n    original {\n      url\n      fileName\n      mediaType\n    }\n    topics\n    mentions {\n      kind\n      text\n      role\n      count\n    }\n    recipients {\n      name\n      title\n      organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      sentOn\n      breakdown {\n        byState {\n          state\n          count\n        }\n      }\n      ...LetterHeader_letter\n      ...LetterCharts_letter\n      ...LetterEditPanel_letter\n      ...SignerFilters_letter\n    }\n  }\n"): (typeof documents)["\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      title\n      isDemo\n      signerCount\n      sentOn\n      breakdown {\n        byState {\n          state\n          count\n        }\n      }\n      ...LetterHeader_letter\n      ...LetterCharts_letter\n      ...LetterEditPanel_letter\n      ...SignerFilters_letter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n            ...ExportCsv_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {\n    letter(id: $id) {\n      id\n      signatures(first: 100, after: $after, filter: $filter) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...SignersTable_signature\n            ...PartyCounts_signature\n            ...ExportCsv_signature\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersPage($first: Int!, $after: String, $filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LettersPage($first: Int!, $after: String, $filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          isDemo\n          ...LettersTable_letter\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterTopics {\n    stats(filter: {}) {\n      ...LetterFiltersForm_stats\n    }\n  }\n"): (typeof documents)["\n  query LetterTopics {\n    stats(filter: {}) {\n      ...LetterFiltersForm_stats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    breakdown {\n      byParty {\n        party\n        count\n      }\n    }\n    recipients {\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment LettersTable_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n    breakdown {\n      byParty {\n        party\n        count\n      }\n    }\n    recipients {\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n"): (typeof documents)["\n  fragment PartyCounts_signature on Signature {\n    id\n    party\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignerFilters_letter on Letter {\n    id\n    breakdown {\n      byState {\n        state\n        count\n      }\n      byParty {\n        party\n        count\n      }\n      byRole {\n        role\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SignerFilters_letter on Letter {\n    id\n    breakdown {\n      byState {\n        state\n        count\n      }\n      byParty {\n        party\n        count\n      }\n      byRole {\n        role\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment SignersTable_signature on Signature {\n    id\n    position\n    printedName\n    role\n    party\n    state\n    district\n    status\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedLetters_member on Member {\n    bioguideId\n    letterCount\n    signatures(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          printedName\n          letter {\n            id\n            title\n            sentOn\n            chamber\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SignedLetters_member on Member {\n    bioguideId\n    letterCount\n    signatures(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          printedName\n          letter {\n            id\n            title\n            sentOn\n            chamber\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoSigners_member on Member {\n    bioguideId\n    coSigners(first: 10) {\n      count\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CoSigners_member on Member {\n    bioguideId\n    coSigners(first: 10) {\n      count\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($bioguideId: String!, $topic: String) {\n    member(bioguideId: $bioguideId) {\n      bioguideId\n      fullName\n      officialFull\n      party\n      state\n      district\n      currentTerm {\n        chamber\n        end\n      }\n      ...SignedLetters_member\n      ...CoSigners_member\n      ...MemberScorecards_member\n      ...MemberRecord_member\n      ...MemberTerms_member\n    }\n    memberTopics: stats(filter: { signedBy: [$bioguideId] }) {\n      ...MemberRecord_stats\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($bioguideId: String!, $topic: String) {\n    member(bioguideId: $bioguideId) {\n      bioguideId\n      fullName\n      officialFull\n      party\n      state\n      district\n      currentTerm {\n        chamber\n        end\n      }\n      ...SignedLetters_member\n      ...CoSigners_member\n      ...MemberScorecards_member\n      ...MemberRecord_member\n      ...MemberTerms_member\n    }\n    memberTopics: stats(filter: { signedBy: [$bioguideId] }) {\n      ...MemberRecord_stats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRecord_member on Member {\n    bioguideId\n    record(topic: $topic, first: 100) {\n      eligible\n      signed\n      letters {\n        signed\n        letter {\n          id\n          title\n          sentOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRecord_member on Member {\n    bioguideId\n    record(topic: $topic, first: 100) {\n      eligible\n      signed\n      letters {\n        signed\n        letter {\n          id\n          title\n          sentOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRecord_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRecord_stats on Stats {\n    byTopic {\n      topic\n      letters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberTerms_member on Member {\n    bioguideId\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment MemberTerms_member on Member {\n    bioguideId\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment MembersTable_member on Member {\n    bioguideId\n    fullName\n    terms {\n      chamber\n      state\n      district\n      party\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {\n    members(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          bioguideId\n          isDemo\n          ...MembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentLetters_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n  }\n"): (typeof documents)["\n  fragment RecentLetters_letter on Letter {\n    id\n    title\n    sentOn\n    chamber\n    signerCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopSigners_stats on Stats {\n    topSigners {\n      letters\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TopSigners_stats on Stats {\n    topSigners {\n      letters\n      member {\n        bioguideId\n        fullName\n        party\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n      ...TopSigners_stats\n    }\n    letters(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          isDemo\n          ...RecentLetters_letter\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview($filter: LetterFilter) {\n    stats(filter: $filter) {\n      letters\n      signatures\n      uniqueSigners\n      byParty {\n        party\n        count\n      }\n      byState {\n        state\n        count\n      }\n      ...TopSigners_stats\n    }\n    letters(first: 5, filter: $filter) {\n      edges {\n        node {\n          id\n          isDemo\n          ...RecentLetters_letter\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberScorecards_member on Member {\n    bioguideId\n    scores {\n      grade\n      score\n      earned\n      possible\n      eligibleLetters\n      scorecard { id name }\n    }\n  }\n"): (typeof documents)["\n  fragment MemberScorecards_member on Member {\n    bioguideId\n    scores {\n      grade\n      score\n      earned\n      possible\n      eligibleLetters\n      scorecard { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCard_score on MemberScore {\n    ...ScoreTable_score\n    explanation { stance signed earned possible note letter { id title sentOn } }\n  }\n"): (typeof documents)["\n  fragment ReportCard_score on MemberScore {\n    ...ScoreTable_score\n    explanation { stance signed earned possible note letter { id title sentOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCards($id: ID!, $states: [String!], $bioguideId: String!, $byMember: Boolean!) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      members(filter: { states: $states }, orderBy: NAME, first: 100) @skip(if: $byMember) {\n        edges { node { ...ReportCard_score } }\n      }\n      score(bioguideId: $bioguideId) @include(if: $byMember) { ...ReportCard_score }\n    }\n  }\n"): (typeof documents)["\n  query ReportCards($id: ID!, $states: [String!], $bioguideId: String!, $byMember: Boolean!) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      members(filter: { states: $states }, orderBy: NAME, first: 100) @skip(if: $byMember) {\n        edges { node { ...ReportCard_score } }\n      }\n      score(bioguideId: $bioguideId) @include(if: $byMember) { ...ReportCard_score }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreTable_score on MemberScore {\n    grade\n    score\n    earned\n    possible\n    eligibleLetters\n    state\n    party\n    chamber\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreTable_score on MemberScore {\n    grade\n    score\n    earned\n    possible\n    eligibleLetters\n    state\n    party\n    chamber\n    member {\n      bioguideId\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardEditor($id: ID!) {\n    editableScorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      congress\n      dateFrom\n      dateTo\n      published\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      items { points outOf note member { bioguideId fullName } }\n      members(first: 10) {\n        totalCount\n        edges { node { ...ScoreTable_score } }\n      }\n      byState { grades { grade count } }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardEditor($id: ID!) {\n    editableScorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      congress\n      dateFrom\n      dateTo\n      published\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      items { points outOf note member { bioguideId fullName } }\n      members(first: 10) {\n        totalCount\n        edges { node { ...ScoreTable_score } }\n      }\n      byState { grades { grade count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardLetterSearch($filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(filter: $filter, orderBy: $orderBy, first: 10) {\n      edges { node { id title sentOn chamber signerCount } }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardLetterSearch($filter: LetterFilter, $orderBy: LetterOrder) {\n    letters(filter: $filter, orderBy: $orderBy, first: 10) {\n      edges { node { id title sentOn chamber signerCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditScorecard($id: ID!, $input: ScorecardInput!) {\n    editScorecard(id: $id, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation EditScorecard($id: ID!, $input: ScorecardInput!) {\n    editScorecard(id: $id, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishScorecard($id: ID!, $published: Boolean!) {\n    publishScorecard(id: $id, published: $published) { id published }\n  }\n"): (typeof documents)["\n  mutation PublishScorecard($id: ID!, $published: Boolean!) {\n    publishScorecard(id: $id, published: $published) { id published }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScorecard($id: ID!) { deleteScorecard(id: $id) }\n"): (typeof documents)["\n  mutation DeleteScorecard($id: ID!) { deleteScorecard(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardPage($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      dateFrom\n      dateTo\n      publishedAt\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      byState { state average averageGrade members grades { grade count } }\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...ScoreTable_score } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardPage($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      id\n      name\n      description\n      chamber\n      dateFrom\n      dateTo\n      publishedAt\n      gradeScale { grade min max }\n      letters { stance weight letter { id title sentOn chamber } }\n      byState { state average averageGrade members grades { grade count } }\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...ScoreTable_score } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardCsv($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { grade score earned possible eligibleLetters state party chamber member { bioguideId fullName } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardCsv($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {\n    scorecard(id: $id) {\n      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { node { grade score earned possible eligibleLetters state party chamber member { bioguideId fullName } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecards {\n    scorecards { id name description publishedAt }\n  }\n"): (typeof documents)["\n  query Scorecards {\n    scorecards { id name description publishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardDrafts {\n    editableScorecards { id name published updatedAt }\n  }\n"): (typeof documents)["\n  query ScorecardDrafts {\n    editableScorecards { id name published updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScorecard($input: ScorecardInput!) {\n    createScorecard(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateScorecard($input: ScorecardInput!) {\n    createScorecard(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesPage($id: ID!) {\n    series(id: $id) {\n      id\n      name\n      matrix {\n        versions {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n        rows {\n          bioguideId\n          signedCount\n          member {\n            bioguideId\n            fullName\n          }\n          cells {\n            signed\n            serving\n            party\n            state\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesPage($id: ID!) {\n    series(id: $id) {\n      id\n      name\n      matrix {\n        versions {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n        rows {\n          bioguideId\n          signedCount\n          member {\n            bioguideId\n            fullName\n          }\n          cells {\n            signed\n            serving\n            party\n            state\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameSeriesFromPage($id: ID!, $name: String!) {\n    renameSeries(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameSeriesFromPage($id: ID!, $name: String!) {\n    renameSeries(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterVersions($id: ID!) {\n    letter(id: $id) {\n      id\n      databaseId\n      sentOn\n      series {\n        id\n        name\n        letters {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n      }\n      previousVersion {\n        id\n      }\n      possibleVersions {\n        score\n        method\n        phrase\n        letter {\n          id\n          databaseId\n          title\n          sentOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterVersions($id: ID!) {\n    letter(id: $id) {\n      id\n      databaseId\n      sentOn\n      series {\n        id\n        name\n        letters {\n          id\n          databaseId\n          title\n          sentOn\n          signerCount\n        }\n      }\n      previousVersion {\n        id\n      }\n      possibleVersions {\n        score\n        method\n        phrase\n        letter {\n          id\n          databaseId\n          title\n          sentOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparedMember_fields on ComparedMember {\n    bioguideId\n    member {\n      bioguideId\n      fullName\n    }\n    onThis {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n    onOther {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n  }\n"): (typeof documents)["\n  fragment ComparedMember_fields on ComparedMember {\n    bioguideId\n    member {\n      bioguideId\n      fullName\n    }\n    onThis {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n    onOther {\n      date\n      serving\n      signed\n      party\n      state\n      district\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterComparison($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      id\n      sentOn\n      compareWith(letterId: $other) {\n        other {\n          id\n          sentOn\n        }\n        signedBoth {\n          ...ComparedMember_fields\n        }\n        signedOnlyThis {\n          ...ComparedMember_fields\n        }\n        signedOnlyOther {\n          ...ComparedMember_fields\n        }\n        notServingNow {\n          ...ComparedMember_fields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterComparison($id: ID!, $other: ID!) {\n    letter(id: $id) {\n      id\n      sentOn\n      compareWith(letterId: $other) {\n        other {\n          id\n          sentOn\n        }\n        signedBoth {\n          ...ComparedMember_fields\n        }\n        signedOnlyThis {\n          ...ComparedMember_fields\n        }\n        signedOnlyOther {\n          ...ComparedMember_fields\n        }\n        notServingNow {\n          ...ComparedMember_fields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmVersionFromLetter($a: ID!, $b: ID!) {\n    confirmVersion(letterId: $a, otherId: $b) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmVersionFromLetter($a: ID!, $b: ID!) {\n    confirmVersion(letterId: $a, otherId: $b) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectVersionFromLetter($a: ID!, $b: ID!) {\n    rejectVersion(letterId: $a, otherId: $b)\n  }\n"): (typeof documents)["\n  mutation RejectVersionFromLetter($a: ID!, $b: ID!) {\n    rejectVersion(letterId: $a, otherId: $b)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DelegationTable_member on Member {\n    bioguideId\n    fullName\n    letterCount\n    termOn(date: $on) {\n      chamber\n      district\n      party\n    }\n    signatures(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          letter {\n            id\n            title\n            sentOn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DelegationTable_member on Member {\n    bioguideId\n    fullName\n    letterCount\n    termOn(date: $on) {\n      chamber\n      district\n      party\n    }\n    signatures(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          letter {\n            id\n            title\n            sentOn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateDelegation($state: String!, $on: Date!) {\n    members(first: 60, filter: { states: [$state], servingOn: $on }) {\n      totalCount\n      edges {\n        node {\n          bioguideId\n          ...DelegationTable_member\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StateDelegation($state: String!, $on: Date!) {\n    members(first: 60, filter: { states: [$state], servingOn: $on }) {\n      totalCount\n      edges {\n        node {\n          bioguideId\n          ...DelegationTable_member\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDataCoverage {\n    memberData {\n      coversFrom\n      coversTo\n    }\n  }\n"): (typeof documents)["\n  query MemberDataCoverage {\n    memberData {\n      coversFrom\n      coversTo\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;