export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD (no time, no time zone). */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** A token for scripts: `Authorization: Bearer <token>` acts as its owner. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The token's id (pass it to `revokeApiToken`). */
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute); null if never. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the token is for. */
  name: Scalars['String']['output'];
  /** The first characters of the token, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** One audited action: who, what, on which record, when, and how it ended. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. `letter.import`, `signature.resolve`, `user.create`. */
  action: Scalars['String']['output'];
  /** The acting user's email at the time, or `cli:<os user>`. */
  actor: Scalars['String']['output'];
  /** The acting user's id; null for the command line or a deleted user. */
  actorId: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** Details as a JSON object. */
  detail: Maybe<Scalars['String']['output']>;
  /** The entry's id (increasing). */
  id: Scalars['ID']['output'];
  /** How it ended. */
  outcome: AuditOutcome;
  /** The request id (also in the server log). */
  requestId: Maybe<Scalars['String']['output']>;
  /** The record's id. */
  targetId: Maybe<Scalars['String']['output']>;
  /** The kind of record acted on, e.g. `Letter`. */
  targetType: Maybe<Scalars['String']['output']>;
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items of this page, in order. */
  edges: Array<AuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry in a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** How an audited action ended. */
export type AuditOutcome =
  /** The user's role does not allow the action. */
  | 'DENIED'
  /** The change was refused (bad input, wrong password); nothing was stored. */
  | 'FAILURE'
  /** The change was stored. */
  | 'SUCCESS';

/** A chamber of Congress. */
export type Chamber =
  | 'HOUSE'
  | 'SENATE';

/** A member who signed letters together with another, and how often. */
export type CoSigner = {
  __typename?: 'CoSigner';
  /** How many letters both signed. */
  count: Scalars['Int']['output'];
  /** The other member. */
  member: Member;
};

/** A congressional committee or subcommittee (congress-legislators data). */
export type Committee = {
  __typename?: 'Committee';
  /** HOUSE, SENATE or JOINT. */
  chamber: CommitteeChamber;
  /** The committee id, e.g. "HSFA"; a subcommittee adds its number: "HSFA13". */
  id: Scalars['ID']['output'];
  /** True when the committee is in the current committees file (not abolished or renamed). */
  isCurrent: Scalars['Boolean']['output'];
  /** What the committee has jurisdiction over. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** The letters the most of its members signed (membership on each letter's date), most first. */
  letters: Array<CommitteeLetter>;
  /** Who sat on the committee on a date (default today): chair and ranking member first. BAD_USER_INPUT (reason NO_DATA) for a date before the data begins. */
  members: Array<CommitteeSeat>;
  /** The committee's name. */
  name: Scalars['String']['output'];
  /** The parent committee of a subcommittee. */
  parent: Maybe<Committee>;
  /** The parent committee's id, for a subcommittee. */
  parentId: Maybe<Scalars['ID']['output']>;
  /** The committee's subcommittees, by name. */
  subcommittees: Array<Committee>;
  /** The committee's website. */
  url: Maybe<Scalars['String']['output']>;
};


/** A congressional committee or subcommittee (congress-legislators data). */
export type CommitteeLettersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubcommittees?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A congressional committee or subcommittee (congress-legislators data). */
export type CommitteeMembersArgs = {
  includeSubcommittees?: InputMaybe<Scalars['Boolean']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** The chamber a committee belongs to; JOINT committees have members of both. */
export type CommitteeChamber =
  | 'HOUSE'
  | 'JOINT'
  | 'SENATE';

/** A letter that a committee's members signed, and how many of them did. */
export type CommitteeLetter = {
  __typename?: 'CommitteeLetter';
  /** The letter. */
  letter: Letter;
  /** How many members of the committee (on the letter's date) signed it. */
  signers: Scalars['Int']['output'];
};

/** A stretch of a member's seat on a committee: dates are those of the data's versions. */
export type CommitteeSeat = {
  __typename?: 'CommitteeSeat';
  /** The committee or subcommittee. */
  committee: Committee;
  /** First day of the stretch. */
  from: Scalars['Date']['output'];
  /** The member. */
  member: Member;
  /** Rank on the side (1 = most senior); only known from the current file. */
  rank: Maybe<Scalars['Int']['output']>;
  /** Majority or minority side. */
  side: Maybe<CommitteeSide>;
  /** Title, e.g. "Chair", "Ranking Member", "Ex Officio". */
  title: Maybe<Scalars['String']['output']>;
  /** The day the stretch ended (exclusive); null while it lasts. */
  to: Maybe<Scalars['Date']['output']>;
};

/** The side of the committee a member sits on. */
export type CommitteeSide =
  | 'MAJORITY'
  | 'MINORITY';

/** A member who signed one or both of two compared letters. */
export type ComparedMember = {
  __typename?: 'ComparedMember';
  /** The member's bioguide id. */
  bioguideId: Scalars['String']['output'];
  /** The member. */
  member: Member;
  /** On the other letter's date. */
  onOther: MemberOnDate;
  /** On this letter's date. */
  onThis: MemberOnDate;
};

/** A saved watch and, with a webhook, the secret that signs its requests (shown only now). */
export type CreateWatchPayload = {
  __typename?: 'CreateWatchPayload';
  /** The watch. */
  watch: Watch;
  /** HMAC-SHA256 key of the `Signatory-Signature` header (`t=<unix seconds>,v1=<hex of HMAC(key, t + "." + body)>`); null without a webhook. */
  webhookSecret: Maybe<Scalars['String']['output']>;
};

/** A new API token; the secret is shown this once and stored only as a hash. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** The token's record. */
  apiToken: ApiToken;
  /** The secret to send as `Authorization: Bearer <token>`. It cannot be shown again. */
  token: Scalars['String']['output'];
};

/** The members serving a state in a letter's chamber(s) on its date, split into signers and non-signers. */
export type Delegation = {
  __typename?: 'Delegation';
  /** The letter's date: the day the delegation is taken. */
  date: Scalars['Date']['output'];
  /** Every serving member with chamber, district and party of that day, and whether they signed. */
  members: Array<DelegationMember>;
  /** Serving members who did not sign, senators first, then by district. */
  notSigned: Array<Member>;
  /** How many members served the state that day. */
  serving: Scalars['Int']['output'];
  /** Serving members who signed, senators first, then by district. */
  signed: Array<Member>;
  /** Two-letter state code. */
  state: Scalars['String']['output'];
};

/** A member of a state's delegation on a letter's date, and whether they signed. */
export type DelegationMember = {
  __typename?: 'DelegationMember';
  /** The chamber the member served in that day. */
  chamber: Chamber;
  /** House district that day (0 at-large); null for senators. */
  district: Maybe<Scalars['Int']['output']>;
  /** The member. */
  member: Member;
  /** Party that day. */
  party: Maybe<Party>;
  /** True when the member signed the letter. */
  signed: Scalars['Boolean']['output'];
};

/** A deleted letter, restorable until `restorableUntil`. */
export type DeletedLetter = {
  __typename?: 'DeletedLetter';
  /** The letter's uuid. */
  databaseId: Scalars['String']['output'];
  /** When it was deleted. */
  deletedAt: Scalars['DateTimeISO']['output'];
  /** Who deleted it (email, or cli:<os user>). */
  deletedBy: Scalars['String']['output'];
  /** The letter's global id (as it had before deletion). */
  id: Scalars['ID']['output'];
  /** Why, e.g. "merged into <id>". */
  reason: Maybe<Scalars['String']['output']>;
  /** After this it is purged and can no longer be restored. */
  restorableUntil: Scalars['DateTimeISO']['output'];
  /** Its date. */
  sentOn: Scalars['Date']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Where a webhook delivery stands. */
export type DeliveryStatus =
  /** Every attempt failed (dead letter); `retryDelivery` queues it again. */
  | 'DEAD'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Not yet accepted; retried with exponential backoff. */
  | 'PENDING';

/** A file sent inline: its name and its bytes as base64 (at most DOCUMENT_MAX_MB, default 20 MB, before encoding). */
export type DocumentFileInput = {
  /** The file's bytes, base64-encoded (a data: URL prefix is accepted). */
  contentBase64: Scalars['String']['input'];
  /** The file's name, e.g. "letter.pdf" (kept as the letter's source). */
  fileName: Scalars['String']['input'];
};

/** What was read from a file before parsing. */
export type DocumentInfo = {
  __typename?: 'DocumentInfo';
  /** PDF, DOCX or TEXT. */
  kind: DocumentKind;
  /** Pages without a text layer, read by OCR. */
  ocrPages: Array<Scalars['Int']['output']>;
  /** Pages in the file (1 for text and Word). */
  pages: Scalars['Int']['output'];
  /** sha256 of the file's bytes. */
  sha256: Scalars['String']['output'];
  /** Page of each signature, by position. */
  signatures: Array<SignatureCrop>;
  /** Anything odd noticed while reading the file (text left out of signature blocks...). */
  warnings: Array<Scalars['String']['output']>;
};

/** What a file was read as: PDF, Word (.docx) or plain text / markdown. */
export type DocumentKind =
  | 'DOCX'
  | 'PDF'
  | 'TEXT';

/** A file's parse and match, without storing anything. */
export type FilePreview = {
  __typename?: 'FilePreview';
  /** How the file was read. */
  document: DocumentInfo;
  /** The letter as it would be stored. */
  preview: ImportPreview;
};

/** A signature whose person-confirmed member was not serving on the letter's new date or in its new chamber. */
export type FlaggedSignature = {
  __typename?: 'FlaggedSignature';
  /** The signature's place in the document. */
  position: Scalars['Int']['output'];
  /** The name as printed. */
  printedName: Scalars['String']['output'];
  /** The member a person had confirmed (bioguide id). */
  wasBioguideId: Scalars['String']['output'];
};

/** Who of a state, committee or group could have signed a letter (serving in its chamber on its date), who did, and who did not. */
export type Gap = {
  __typename?: 'Gap';
  /** The letter's chamber. */
  chamber: LetterChamber;
  /** The letter's date: the day the set is taken. */
  date: Scalars['Date']['output'];
  /** The state code, committee id or group id. */
  key: Scalars['String']['output'];
  /** STATE, COMMITTEE or GROUP. */
  kind: GapKind;
  /** The state code, the committee's or the group's name. */
  name: Scalars['String']['output'];
  /** Members of the set who could not sign (not serving in the letter's chamber that day). */
  notServing: Array<GapMember>;
  /** Members of the set not serving in the letter's chamber(s) that day (left office, other chamber). */
  notServingCount: Scalars['Int']['output'];
  /** Serving members who did not sign: the call list. */
  notSigned: Array<GapMember>;
  /** How many of those did not sign. */
  notSignedCount: Scalars['Int']['output'];
  /** How many of the set could have signed (serving in the letter's chamber(s) that day). */
  serving: Scalars['Int']['output'];
  /** Serving members who signed, senators first, then by state, district and name. */
  signed: Array<GapMember>;
  /** How many of those signed. */
  signedCount: Scalars['Int']['output'];
};

/** What a gap is taken over: a state's delegation, a committee's members, or a group's. */
export type GapKind =
  | 'COMMITTEE'
  | 'GROUP'
  | 'STATE';

/** One member of a gap's set, as of the letter's date. */
export type GapMember = {
  __typename?: 'GapMember';
  /** The chamber served in that day; null when not serving. */
  chamber: Maybe<Chamber>;
  /** House district that day (0 at-large). */
  district: Maybe<Scalars['Int']['output']>;
  /** The member. */
  member: Member;
  /** Party that day. */
  party: Maybe<Party>;
  /** True when the member served in the letter's chamber(s) on its date (and in the group's chamber, when it has one). */
  serving: Scalars['Boolean']['output'];
  /** For a committee: majority or minority side that day. */
  side: Maybe<CommitteeSide>;
  /** True when the member signed the letter. */
  signed: Scalars['Boolean']['output'];
  /** State served that day. */
  state: Maybe<Scalars['String']['output']>;
  /** For a committee: the title that day (Chair, Ranking Member, …). */
  title: Maybe<Scalars['String']['output']>;
};

/** Whose gap to take: exactly one of `state`, `committee` or `group`. */
export type GapOf = {
  /** A committee or subcommittee id, e.g. "HSFA": its members on the letter's date. */
  committee?: InputMaybe<Scalars['String']['input']>;
  /** A member group's id: its members. */
  group?: InputMaybe<Scalars['ID']['input']>;
  /** With `committee`: also the members of its subcommittees. */
  includeSubcommittees?: InputMaybe<Scalars['Boolean']['input']>;
  /** A two-letter state code: its delegation in the letter's chamber(s) on its date. */
  state?: InputMaybe<Scalars['String']['input']>;
};

/** A band of a grade scale: the grade of scores from `min`% (included) to `max`% (excluded; 100 included). */
export type GradeBand = {
  __typename?: 'GradeBand';
  /** The grade, e.g. A+. */
  grade: Scalars['String']['output'];
  /** Highest percentage, excluded unless it is 100. */
  max: Scalars['Float']['output'];
  /** Lowest percentage, included. */
  min: Scalars['Float']['output'];
};

/** A grade band. */
export type GradeBandInput = {
  /** The grade, 1 to 8 characters. */
  grade: Scalars['String']['input'];
  /** Highest percentage, excluded unless 100. */
  max: Scalars['Float']['input'];
  /** Lowest percentage, included. */
  min: Scalars['Float']['input'];
};

/** How many members of a state (or in all) got a grade. */
export type GradeCount = {
  __typename?: 'GradeCount';
  /** How many members. */
  count: Scalars['Int']['output'];
  /** The grade. */
  grade: Scalars['String']['output'];
};

/** A new group, or the fields of one to change. */
export type GroupInput = {
  /** Bioguide ids of the first members (create only). */
  bioguideIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Limit gaps to members serving in this chamber. */
  chamber?: InputMaybe<Chamber>;
  /** What the group is for (up to 2,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1 to 120 characters, unique (case-insensitive). */
  name: Scalars['String']['input'];
};

/** A group member's record on the group's letters (letters any member of the group signed). */
export type GroupMemberRecord = {
  __typename?: 'GroupMemberRecord';
  /** Of the group's letters, how many the member could have signed (serving in the letter's chamber on its date). */
  eligible: Scalars['Int']['output'];
  /** The member. */
  member: Member;
  /** How many of the group's letters the member signed. */
  signed: Scalars['Int']['output'];
  /** Database ids of the group's letters the member signed. */
  signedLetterIds: Array<Scalars['ID']['output']>;
};

/** Each member's record on the letters the group's members signed, newest letters first. */
export type GroupRecord = {
  __typename?: 'GroupRecord';
  /** The group's letters: the newest letters any member of the group signed. */
  letters: Array<Letter>;
  /** Each member, most letters signed first. */
  members: Array<GroupMemberRecord>;
};

/** The full parse and match of a letter's text, without writing anything. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** Body text. */
  body: Scalars['String']['output'];
  /** HOUSE, SENATE or BICAMERAL. */
  chamber: LetterChamber;
  /** The stored letter with the same content, if it was imported before. */
  existingLetter: Maybe<Letter>;
  /** Signatures that a person must review (AMBIGUOUS or UNMATCHED). */
  needsReview: Scalars['Int']['output'];
  /** Addressees. */
  recipients: Array<Recipient>;
  /** Salutation line. */
  salutation: Maybe<Scalars['String']['output']>;
  /** The letter's date. */
  sentOn: Scalars['Date']['output'];
  /** Signatures in document order. */
  signatures: Array<PreviewSignature>;
  /** Subject or short title. */
  title: Scalars['String']['output'];
  /** Suggested topic tags (stored with the letter; editable later). */
  topics: Array<Scalars['String']['output']>;
  /** Anything odd the parser noticed. */
  warnings: Array<Scalars['String']['output']>;
};

/** How far the server has read a file sent with a progressId (per page; OCR takes seconds a page). */
export type ImportProgress = {
  __typename?: 'ImportProgress';
  /** True when the page being read is a scan, read by OCR. */
  ocr: Scalars['Boolean']['output'];
  /** Pages read by OCR so far, the current one included. */
  ocrPages: Scalars['Int']['output'];
  /** The page being read (1-based); 0 before the first page, and for Word and text files. */
  page: Scalars['Int']['output'];
  /** Pages in the file, once known (0 before). */
  pages: Scalars['Int']['output'];
  /** READING, MATCHING, DONE or FAILED. */
  stage: ImportStage;
};

/** What an import stored. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** False when the same letter was already stored: nothing new was written. */
  created: Scalars['Boolean']['output'];
  /** The stored letter (the existing one when `created` is false). */
  letter: Letter;
  /** Signatures that a person must review. */
  needsReview: Scalars['Int']['output'];
};

/** Where a file import is: READING the file (page by page), MATCHING the signers (and storing), DONE, or FAILED. */
export type ImportStage =
  | 'DONE'
  | 'FAILED'
  | 'MATCHING'
  | 'READING';

/** A letter sent by Members of Congress, with its signers. */
export type Letter = Node & {
  __typename?: 'Letter';
  /** The letter's text between salutation and closing. */
  body: Maybe<Scalars['String']['output']>;
  /** Signatures counted by party, state and role, as of the letter's date. */
  breakdown: LetterBreakdown;
  /** HOUSE, SENATE or BICAMERAL. */
  chamber: LetterChamber;
  /** Who signed this letter and another (e.g. `previousVersion`): both, only one, or the other but no longer serving. */
  compareWith: LetterComparison;
  /** When the letter was imported. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The letter's uuid in the database (as the CLI prints it); `letter(id)` accepts it too. */
  databaseId: Scalars['String']['output'];
  /** A state's members serving in the letter's chamber(s) on its date, split into signers and non-signers. */
  delegation: Delegation;
  /** Who of a state's delegation, a committee's members or a group could have signed (serving in the letter's chamber on its date), who did and who did not. One statement per gap. */
  gap: Gap;
  /** Who changed this letter, when, and what it was before and after; newest first (EDITOR). */
  history: Array<LetterChange>;
  /** Globally unique id (Node); use it with `letter(id)` or `node(id)`. */
  id: Scalars['ID']['output'];
  /** True for the built-in demo letter shown on an empty database. */
  isDemo: Scalars['Boolean']['output'];
  /** People, laws, organisations, places and dates the letter names, most mentioned first. */
  mentions: Array<LetterMention>;
  /** The file the letter was imported from ("Original PDF"); null for letters imported before files were kept. */
  original: Maybe<LetterOriginal>;
  /** Possible other versions found on import below the confidence threshold, for staff to confirm or reject; never merged automatically. */
  possibleVersions: Array<VersionSuggestion>;
  /** The previous version: the latest letter of its series dated before it. */
  previousVersion: Maybe<Letter>;
  /** Addressees in the order printed. */
  recipients: Array<Recipient>;
  /** The salutation line, e.g. "Dear Secretary Pompeo:". */
  salutation: Maybe<Scalars['String']['output']>;
  /** The date printed on the letter. */
  sentOn: Scalars['Date']['output'];
  /** The series of recurring letters this letter belongs to; null when none is known. */
  series: Maybe<Series>;
  /** Signatures in document order. */
  signatures: SignatureConnection;
  /** Number of signatures. */
  signerCount: Scalars['Int']['output'];
  /** Where the letter came from (file name or URL) when imported. */
  sourceName: Maybe<Scalars['String']['output']>;
  /** Every source the letter came from (file names or URLs): its own, then those of letters merged into it. */
  sources: Array<Scalars['String']['output']>;
  /** Subject or short title. */
  title: Scalars['String']['output'];
  /** Topic tags, alphabetical. */
  topics: Array<Scalars['String']['output']>;
};


/** A letter sent by Members of Congress, with its signers. */
export type LetterCompareWithArgs = {
  letterId: Scalars['ID']['input'];
};


/** A letter sent by Members of Congress, with its signers. */
export type LetterDelegationArgs = {
  state: Scalars['String']['input'];
};


/** A letter sent by Members of Congress, with its signers. */
export type LetterGapArgs = {
  of: GapOf;
};


/** A letter sent by Members of Congress, with its signers. */
export type LetterHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A letter sent by Members of Congress, with its signers. */
export type LetterMentionsArgs = {
  kinds?: InputMaybe<Array<MentionKind>>;
};


/** A letter sent by Members of Congress, with its signers. */
export type LetterSignaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SignatureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A letter's signatures counted by party, state and role (as of the letter's date). */
export type LetterBreakdown = {
  __typename?: 'LetterBreakdown';
  /** True when at least one Democrat and one Republican signed. */
  bipartisan: Scalars['Boolean']['output'];
  /** Signatures per party, largest first. */
  byParty: Array<PartyCount>;
  /** Signatures per role: LEAD, COSIGNER, SIGNER. */
  byRole: Array<RoleCount>;
  /** Signatures per state, largest first, then by state code. */
  byState: Array<StateCount>;
};

/** Who sent the letter: House members, senators, or both (BICAMERAL). */
export type LetterChamber =
  | 'BICAMERAL'
  | 'HOUSE'
  | 'SENATE';

/** One audited change of a letter: who, when, what before and after. */
export type LetterChange = {
  __typename?: 'LetterChange';
  /** What: letter.import, letter.edit, letter.delete, letter.restore, letter.merge, letter.purge, letter.setTopics. */
  action: Scalars['String']['output'];
  /** Who: the user's email, or cli:<os user>. */
  actor: Scalars['String']['output'];
  /** The changed fields after, as a JSON object (null when the letter went away). */
  after: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The changed fields before, as a JSON object (null when there was no letter). */
  before: Maybe<Scalars['String']['output']>;
  /** Anything else recorded, as JSON (re-resolved signatures, merge counts, source). */
  detail: Maybe<Scalars['String']['output']>;
  /** The audit entry's id. */
  id: Scalars['ID']['output'];
};

/** Who signed this letter and another (usually an earlier version), member by member. */
export type LetterComparison = {
  __typename?: 'LetterComparison';
  /** Signed the other letter, not this one, and not serving in this letter's chamber(s) on its date (left office or changed chamber). */
  notServingNow: Array<ComparedMember>;
  /** The other letter. */
  other: Letter;
  /** Signed both. */
  signedBoth: Array<ComparedMember>;
  /** Signed the other letter, not this one, and serving in this letter's chamber(s) on its date: the call list. */
  signedOnlyOther: Array<ComparedMember>;
  /** Signed this letter only. */
  signedOnlyThis: Array<ComparedMember>;
};

/** A page of letters. */
export type LetterConnection = {
  __typename?: 'LetterConnection';
  /** The items of this page, in order. */
  edges: Array<LetterEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Letter in a page, with its cursor. */
export type LetterEdge = {
  __typename?: 'LetterEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Letter. */
  node: Letter;
};

/** Corrections to a letter; fields left out (or null) stay as they are. */
export type LetterEditInput = {
  /** HOUSE, SENATE or BICAMERAL; a new chamber re-resolves every signature. */
  chamber?: InputMaybe<LetterChamber>;
  /** All the addressees, in order (replaces the list). */
  recipients?: InputMaybe<Array<RecipientInput>>;
  /** The letter's date; a new date re-resolves every signature against the members serving then. */
  sentOn?: InputMaybe<Scalars['Date']['input']>;
  /** Where the letter came from (file name or URL); an empty string clears it. */
  sourceName?: InputMaybe<Scalars['String']['input']>;
  /** A short descriptive title (1 to 300 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** All the topic tags (replaces them), normalised to slugs such as "human-rights". */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What an edit changed. */
export type LetterEditResult = {
  __typename?: 'LetterEditResult';
  /** The fields that changed (empty: nothing was written). */
  changed: Array<Scalars['String']['output']>;
  /** Person-confirmed picks no longer valid: back in the review queue. */
  flagged: Array<FlaggedSignature>;
  /** Person-confirmed picks kept (still valid on the new date and chamber). */
  kept: Scalars['Int']['output'];
  /** The letter as it is now. */
  letter: Letter;
  /** Signatures matched again after a date or chamber change. */
  rematched: Scalars['Int']['output'];
};

/** Which letters to list or count; all given conditions must hold. */
export type LetterFilter = {
  /** True: at least one Democrat and one Republican signed (parties of the letter's date); false: not so. */
  bipartisan?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only letters from this chamber. */
  chamber?: InputMaybe<LetterChamber>;
  /** At least one signer sat on one of these committees or subcommittees (ids such as "HSFA") on the letter's date. */
  committees?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only letters sent on or after this date. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only letters sent on or before this date. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** At least one signer is a member of one of these member groups. */
  groups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Part of the name of a person, law, organisation, place or date the letter mentions, case- and accent-insensitive, e.g. "Ilham Aliyev" or "Global Magnitsky". */
  mention?: InputMaybe<Scalars['String']['input']>;
  /** At least this many signatures. */
  minSigners?: InputMaybe<Scalars['Int']['input']>;
  /** Part of a recipient's name or organisation, case- and accent-insensitive, e.g. "Pompeo" or "Department of State". */
  recipient?: InputMaybe<Scalars['String']['input']>;
  /** Full-text search over title and body (English stemming; web-search syntax: words, "a phrase", -excluded, or). Enables `orderBy: RELEVANCE`. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Bioguide ids of members who all signed, e.g. ["S000344"]. */
  signedBy?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At least one signer belonged to one of these parties on the letter's date. */
  signerParties?: InputMaybe<Array<Party>>;
  /** At least one signer represented one of these states on the letter's date. */
  signerStates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A topic tag (see `Letter.topics`), case-insensitive. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Something a letter names: a person, law, organisation, place or date. */
export type LetterMention = {
  __typename?: 'LetterMention';
  /** How many times the letter mentions it. */
  count: Scalars['Int']['output'];
  /** What sort of thing it is. */
  kind: MentionKind;
  /** Normalised form used for matching across letters. */
  normalized: Scalars['String']['output'];
  /** The role given in the letter, e.g. "President of Azerbaijan". */
  role: Maybe<Scalars['String']['output']>;
  /** As written in the letter, e.g. "Ilham Aliyev". */
  text: Scalars['String']['output'];
};

/** How to order letters; each order is descending and ties break on the date, then the id. */
export type LetterOrder =
  /** Newest first (the default). */
  | 'DATE'
  /** Best full-text match first; only with `filter.search`. */
  | 'RELEVANCE'
  /** Most signers first. */
  | 'SIGNER_COUNT';

/** The file a letter was imported from, kept with it. */
export type LetterOriginal = {
  __typename?: 'LetterOriginal';
  /** Size in bytes. */
  byteSize: Scalars['Int']['output'];
  /** The file's name as imported. */
  fileName: Scalars['String']['output'];
  /** Media type, e.g. application/pdf. */
  mediaType: Scalars['String']['output'];
  /** Pages in the file. */
  pages: Scalars['Int']['output'];
  /** sha256 of the bytes. */
  sha256: Scalars['String']['output'];
  /** Where each signature was read, with its page crop. */
  signatureCrops: Array<SignatureCrop>;
  /** Where to download it (GET). */
  url: Scalars['String']['output'];
};

/** One entry of a pasted list or CSV and the member it matched, or the choices to pick from. */
export type ListMatch = {
  __typename?: 'ListMatch';
  /** Members to choose from, best first (never picked for you). */
  candidates: Array<Member>;
  /** 1-based line of the input. */
  line: Scalars['Int']['output'];
  /** The member, when MATCHED. */
  member: Maybe<Member>;
  /** MATCHED (one member), AMBIGUOUS (pick from `candidates`) or UNMATCHED (see `candidates` for suggestions). */
  status: MatchStatus;
  /** The entry as written. */
  text: Scalars['String']['output'];
};

/** A pasted list matched against members: every entry matched or offered as choices. */
export type ListMatchResult = {
  __typename?: 'ListMatchResult';
  /** The entries in input order. */
  entries: Array<ListMatch>;
  /** Entries matched to one member. */
  matched: Scalars['Int']['output'];
  /** Entries needing a person: AMBIGUOUS or UNMATCHED. */
  needsReview: Scalars['Int']['output'];
};

/** A member considered for a printed name, with a score from 0 to 1. */
export type MatchCandidateInfo = {
  __typename?: 'MatchCandidateInfo';
  /** Bioguide id of the candidate. */
  bioguideId: Scalars['String']['output'];
  /** The candidate member. */
  member: Maybe<Member>;
  /** How well the printed name fits, 0 to 1. */
  score: Scalars['Float']['output'];
};

/** How the printed name was tied to a member: MATCHED automatically, AMBIGUOUS (several candidates, none picked), UNMATCHED (no candidate), or CONFIRMED by a person. */
export type MatchStatus =
  | 'AMBIGUOUS'
  | 'CONFIRMED'
  | 'MATCHED'
  | 'UNMATCHED';

/** A Member of Congress (House or Senate), past or present. */
export type Member = Node & {
  __typename?: 'Member';
  /** The Biographical Directory id, e.g. S000344. */
  bioguideId: Scalars['String']['output'];
  /** Date of birth (YYYY-MM-DD). */
  birthday: Maybe<Scalars['String']['output']>;
  /** Members who most often signed the same letters, most shared letters first. */
  coSigners: Array<CoSigner>;
  /** The committees and subcommittees the member sat on on a date (default today). */
  committees: Array<CommitteeSeat>;
  /** The latest term, with the latest party. */
  currentTerm: Maybe<Term>;
  /** House district of the latest term (0 at-large); null for senators. */
  district: Maybe<Scalars['Int']['output']>;
  /** Legal first name. */
  firstName: Scalars['String']['output'];
  /** The name the member goes by, e.g. "Brad Sherman". */
  fullName: Scalars['String']['output'];
  /** Gender as recorded in the data (M or F). */
  gender: Maybe<Scalars['String']['output']>;
  /** Globally unique id (Node); `bioguideId` is the key people use. */
  id: Scalars['ID']['output'];
  /** True for the built-in demo data shown on an empty database. */
  isDemo: Scalars['Boolean']['output'];
  /** Last name (surname), e.g. "Holmes Norton". */
  lastName: Scalars['String']['output'];
  /** How many letters the member signed. */
  letterCount: Scalars['Int']['output'];
  /** Middle name or initial. */
  middleName: Maybe<Scalars['String']['output']>;
  /** Nickname, e.g. "Chuy". */
  nickname: Maybe<Scalars['String']['output']>;
  /** Official full name as the House or Senate prints it. */
  officialFull: Maybe<Scalars['String']['output']>;
  /** Party in the latest term (the latest affiliation). */
  party: Maybe<Party>;
  /** Letters (on a topic) the member could have signed while serving, against those signed. */
  record: MemberRecord;
  /** Grades on every published scorecard the member could be graded on, newest scorecard first. */
  scores: Array<MemberScore>;
  /** The member's signatures, newest letter first. */
  signatures: SignatureConnection;
  /** State of the latest term. */
  state: Maybe<Scalars['String']['output']>;
  /** Suffix such as Jr. or III. */
  suffix: Maybe<Scalars['String']['output']>;
  /** The term served on a date, with the party, state and district of that day; null when not serving. */
  termOn: Maybe<Term>;
  /** All terms, oldest first. */
  terms: Array<Term>;
};


/** A Member of Congress (House or Senate), past or present. */
export type MemberCoSignersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Member of Congress (House or Senate), past or present. */
export type MemberCommitteesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A Member of Congress (House or Senate), past or present. */
export type MemberRecordArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};


/** A Member of Congress (House or Senate), past or present. */
export type MemberSignaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberSignatureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Member of Congress (House or Senate), past or present. */
export type MemberTermOnArgs = {
  date: Scalars['Date']['input'];
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** The items of this page, in order. */
  edges: Array<MemberEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The span of dates the loaded member data (terms of service) covers. Outside it, who served is unknown. */
export type MemberData = {
  __typename?: 'MemberData';
  /** First day of the earliest term the data knows; null when no members are loaded. */
  coversFrom: Maybe<Scalars['Date']['output']>;
  /** Last day of the latest term the data knows (scheduled or actual end); after it, ended terms look like vacancies. Null when no members are loaded. */
  coversTo: Maybe<Scalars['Date']['output']>;
  /** Number of terms loaded. */
  termCount: Scalars['Int']['output'];
};

/** One Member in a page, with its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Member. */
  node: Member;
};

/** Which members to list; all given conditions must hold. */
export type MemberFilter = {
  /** Chambers served in (on `servingOn` or the `signed`/`notSigned` letter's date when given, else at any time). */
  chambers?: InputMaybe<Array<Chamber>>;
  /** Part of a name, case- and accent-insensitive. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only members who could have signed this letter (serving in its chamber on its date) and did not. */
  notSigned?: InputMaybe<Scalars['ID']['input']>;
  /** Parties (on `servingOn` or the `signed`/`notSigned` letter's date when given, else at any time). */
  parties?: InputMaybe<Array<Party>>;
  /** Only members serving on this date. */
  servingOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only members who signed this letter (its `id` or `databaseId`). */
  signed?: InputMaybe<Scalars['ID']['input']>;
  /** States served (on `servingOn` or the `signed`/`notSigned` letter's date when given, else at any time). */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A named group of members kept by staff (a caucus, a coalition, a target list). Its members are people: one who left office stays. */
export type MemberGroup = {
  __typename?: 'MemberGroup';
  /** When set, gaps count only members serving in this chamber. */
  chamber: Maybe<Chamber>;
  /** When the group was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the group is for. */
  description: Maybe<Scalars['String']['output']>;
  /** The group's id. */
  id: Scalars['ID']['output'];
  /** How many members the group has. */
  memberCount: Scalars['Int']['output'];
  /** The group's members by last name, whether or not they serve today. */
  members: Array<Member>;
  /** The group's name, unique (case-insensitive). */
  name: Scalars['String']['output'];
  /** Each member's record on the newest letters any member of the group signed. */
  record: GroupRecord;
  /** When the group or its members last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A named group of members kept by staff (a caucus, a coalition, a target list). Its members are people: one who left office stays. */
export type MemberGroupRecordArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member on one letter's date: whether serving in its chamber(s), whether signed, and party and state then. */
export type MemberOnDate = {
  __typename?: 'MemberOnDate';
  /** The letter's date. */
  date: Scalars['Date']['output'];
  /** District on that date (House; null for senators or when not serving). */
  district: Maybe<Scalars['Int']['output']>;
  /** Party on that date (null when not serving). */
  party: Maybe<Party>;
  /** Serving in the letter's chamber(s) on that date. */
  serving: Scalars['Boolean']['output'];
  /** Signed that letter. */
  signed: Scalars['Boolean']['output'];
  /** State on that date (null when not serving). */
  state: Maybe<Scalars['String']['output']>;
};

/** A member's record: letters they could have signed (serving in the letter's chamber on its date) against those they signed. */
export type MemberRecord = {
  __typename?: 'MemberRecord';
  /** Letters the member could have signed. */
  eligible: Scalars['Int']['output'];
  /** The eligible letters, newest first (up to `first`). */
  letters: Array<RecordLetter>;
  /** Of those, letters the member signed. */
  signed: Scalars['Int']['output'];
};

/** A member's grade on a scorecard. */
export type MemberScore = {
  __typename?: 'MemberScore';
  /** Chamber on the latest letter the member could sign. */
  chamber: Maybe<Chamber>;
  /** Weighted points earned. */
  earned: Scalars['Float']['output'];
  /** Letters the member could have signed: served in the letter's chamber on its date. */
  eligibleLetters: Scalars['Int']['output'];
  /** Why this grade: each letter the member could sign (newest first) and whether they signed, then hand-entered items. */
  explanation: Array<ScoreLine>;
  /** The grade; null when the member could sign none of the letters (no grade, not an F). */
  grade: Maybe<Scalars['String']['output']>;
  /** The member. */
  member: Member;
  /** Party on the latest letter the member could sign. */
  party: Maybe<Party>;
  /** Weighted points possible (eligible letters and items). */
  possible: Scalars['Float']['output'];
  /** earned / possible, rounded half-up to 4 places; null without a grade. */
  score: Maybe<Scalars['Float']['output']>;
  /** The scorecard. */
  scorecard: Scorecard;
  /** State on the latest letter the member could sign. */
  state: Maybe<Scalars['String']['output']>;
};

/** A page of member scores. */
export type MemberScoreConnection = {
  __typename?: 'MemberScoreConnection';
  /** The items of this page, in order. */
  edges: Array<MemberScoreEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One MemberScore in a page, with its cursor. */
export type MemberScoreEdge = {
  __typename?: 'MemberScoreEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The MemberScore. */
  node: MemberScore;
};

/** Which of a member's signatures to list. */
export type MemberSignatureFilter = {
  /** Only letters sent on or after this date. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only letters sent on or before this date. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only letters with this topic tag, case-insensitive. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of thing a letter mentions. */
export type MentionKind =
  | 'DATE'
  | 'LAW'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

/** What a merge did. */
export type MergeLettersResult = {
  __typename?: 'MergeLettersResult';
  /** Person-confirmed picks carried over from the merged letter. */
  decisionsKept: Scalars['Int']['output'];
  /** The merged letter. */
  letter: Letter;
  /** Signatures only the merged letter had, appended. */
  signaturesAdded: Scalars['Int']['output'];
  /** Whose text was kept: "into" or "from" (the one with the longer, cleaner text). */
  textFrom: Scalars['String']['output'];
};

/** Letters and signatures in one calendar month. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** Letters sent that month. */
  letters: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Signatures on those letters. */
  signatures: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds members by bioguide id (those already in it are skipped); an unknown id refuses the whole change. */
  addGroupMembers: MemberGroup;
  /** Confirms that two letters are versions of one letter: puts them in one series, merging their series if both have one (editor; audited). */
  confirmVersion: Series;
  /** Makes an API token acting as a user (default: you). The secret is returned this once. */
  createApiToken: CreatedApiToken;
  /** Creates a group, optionally with members; CONFLICT when the name is taken. */
  createGroup: MemberGroup;
  /** Creates a draft scorecard; nothing is stored if any part is invalid (BAD_USER_INPUT names it). */
  createScorecard: Scorecard;
  /** Makes an account. The password (12+ characters) is stored as an argon2id hash. */
  createUser: User;
  /** Saves a watch on a member, a letters search or a letter. Caps: WATCH_MAX_PER_USER, WEBHOOK_MAX_PER_USER. */
  createWatch: CreateWatchPayload;
  /** Deletes a group and its member list. */
  deleteGroup: Scalars['Boolean']['output'];
  /** Deletes a letter (with its signatures); `restoreLetter` undoes it for 30 days. */
  deleteLetter: DeletedLetter;
  /** Deletes a scorecard with its letters and items. */
  deleteScorecard: Scalars['Boolean']['output'];
  /** Deletes one of your watches; its notifications stay. */
  deleteWatch: Scalars['Boolean']['output'];
  /** Corrects a letter's title, date, chamber, recipients, topics or source; audited. A new date or chamber re-resolves its signatures. */
  editLetter: LetterEditResult;
  /** Replaces a scorecard's name, scope, scale, letters and items; all or nothing. */
  editScorecard: Scorecard;
  /** Stores a letter read from a file, with all its signatures and the original file, or nothing. */
  importFile: ImportResult;
  /** Stores a letter with all its signatures, or nothing; the same letter twice is stored once. */
  importLetter: ImportResult;
  /** Signs in: sets an HttpOnly session cookie. Wrong email or password is BAD_USER_INPUT; after 5 failures in 15 minutes (per account or address) RATE_LIMITED with `retryAfter` seconds. */
  login: User;
  /** Signs out: ends the session and clears its cookie. True even without a session. */
  logout: Scalars['Boolean']['output'];
  /** Marks notifications read (all of yours when `ids` is omitted); returns the unread count after. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Merges two imports of the same letter: better text, union of sources and topics, review decisions kept; `fromId` is deleted (restorable). */
  mergeLetters: MergeLettersResult;
  /** Merges one series into another; returns the series kept (editor; audited). */
  mergeSeries: Series;
  /** Publishes a scorecard (public from now on) or, with `published: false`, takes it back to draft. */
  publishScorecard: Scorecard;
  /** Removes a deleted letter for good (ADMIN); returns its databaseId. Its history stays in the audit log. */
  purgeLetter: Scalars['ID']['output'];
  /** Rejects a possible earlier version: the two letters are not versions of one letter (editor; audited). */
  rejectVersion: Scalars['Boolean']['output'];
  /** Removes members by bioguide id. */
  removeGroupMembers: MemberGroup;
  /** Renames a series (editor; audited). */
  renameSeries: Series;
  /** A person confirms or corrects the member behind a printed name (status CONFIRMED). */
  resolveSignature: Signature;
  /** Restores a deleted letter with its id, signatures and review decisions (within 30 days). */
  restoreLetter: Letter;
  /** Queues a DEAD delivery again. */
  retryDelivery: WebhookDelivery;
  /** Stops an API token from working, at once. */
  revokeApiToken: ApiToken;
  /** Replaces a letter's topic tags (suggested at import) with the given ones; returns them as stored. */
  setLetterTopics: Array<Scalars['String']['output']>;
  /** Changes a user's role; their sessions end. You cannot lower your own role. */
  setUserRole: User;
  /** Sets your webhook (http(s), public address) and returns its new signing secret, shown only now; null or "" removes it. */
  setWebhook: Maybe<Scalars['String']['output']>;
  /** Moves some letters of one series into a new series; returns the new series (editor; audited). */
  splitSeries: Series;
  /** Renames a group or changes its description or chamber (members are kept). */
  updateGroup: MemberGroup;
};


export type MutationAddGroupMembersArgs = {
  bioguideIds: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationConfirmVersionArgs = {
  letterId: Scalars['ID']['input'];
  otherId: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateGroupArgs = {
  input: GroupInput;
};


export type MutationCreateScorecardArgs = {
  input: ScorecardInput;
};


export type MutationCreateUserArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
};


export type MutationCreateWatchArgs = {
  input: WatchInput;
};


export type MutationDeleteGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLetterArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteScorecardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditLetterArgs = {
  id: Scalars['ID']['input'];
  input: LetterEditInput;
};


export type MutationEditScorecardArgs = {
  id: Scalars['ID']['input'];
  input: ScorecardInput;
};


export type MutationImportFileArgs = {
  file: DocumentFileInput;
  progressId?: InputMaybe<Scalars['String']['input']>;
  resolutions?: InputMaybe<Array<ResolutionInput>>;
};


export type MutationImportLetterArgs = {
  resolutions?: InputMaybe<Array<ResolutionInput>>;
  sourceName?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeLettersArgs = {
  fromId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


export type MutationMergeSeriesArgs = {
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


export type MutationPublishScorecardArgs = {
  id: Scalars['ID']['input'];
  published?: Scalars['Boolean']['input'];
};


export type MutationPurgeLetterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectVersionArgs = {
  letterId: Scalars['ID']['input'];
  otherId: Scalars['ID']['input'];
};


export type MutationRemoveGroupMembersArgs = {
  bioguideIds: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRenameSeriesArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationResolveSignatureArgs = {
  bioguideId: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRestoreLetterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetLetterTopicsArgs = {
  letterId: Scalars['ID']['input'];
  topics: Array<Scalars['String']['input']>;
};


export type MutationSetUserRoleArgs = {
  id: Scalars['ID']['input'];
  role: Role;
};


export type MutationSetWebhookArgs = {
  url?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSplitSeriesArgs = {
  letterIds: Array<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateGroupArgs = {
  id: Scalars['ID']['input'];
  input: GroupInput;
};

/** An object with a globally unique id; fetch it again with `node(id)`. */
export type Node = {
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
};

/** An alert in the app: something a watch matched. */
export type Notification = {
  __typename?: 'Notification';
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The notification's id. */
  id: Scalars['ID']['output'];
  /** The letter, unless it was deleted. */
  letter: Maybe<Letter>;
  /** The letter's uuid (open it with `letter(id:)`). */
  letterId: Maybe<Scalars['ID']['output']>;
  /** What happened, e.g. "Brad Sherman (S000344) signed “…”". */
  message: Scalars['String']['output'];
  /** When it was marked read; null while unread. */
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The watch that matched; null once it was deleted. */
  watchId: Maybe<Scalars['ID']['output']>;
};

/** A page of notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page, in order. */
  edges: Array<NotificationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Notification in a page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Notification. */
  node: Notification;
};

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A political party, as the congress-legislators data names it. OTHER covers historical parties. */
export type Party =
  | 'CONSERVATIVE'
  | 'DEMOCRAT'
  | 'INDEPENDENT'
  | 'LIBERTARIAN'
  | 'NEW_PROGRESSIVE'
  | 'OTHER'
  | 'POPULAR_DEMOCRAT'
  | 'REPUBLICAN';

/** A stretch of a term during which the member belonged to one party. */
export type PartyAffiliation = {
  __typename?: 'PartyAffiliation';
  /** Last day. */
  end: Scalars['Date']['output'];
  /** The party. */
  party: Party;
  /** Party name as in the data. */
  partyName: Scalars['String']['output'];
  /** First day. */
  start: Scalars['Date']['output'];
};

/** How many signatures came from one party. */
export type PartyCount = {
  __typename?: 'PartyCount';
  /** Number of signatures. */
  count: Scalars['Int']['output'];
  /** The party on the letter's date; null for names not matched to a member. */
  party: Maybe<Party>;
};

/** One parsed signature and the member it was matched to (not stored). */
export type PreviewSignature = {
  __typename?: 'PreviewSignature';
  /** Bioguide id of the matched member. */
  bioguideId: Maybe<Scalars['String']['output']>;
  /** Members considered, best first (the picker's suggestions). */
  candidates: Array<MatchCandidateInfo>;
  /** Confidence of the match, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** District of the matched member on the letter's date. */
  district: Maybe<Scalars['Int']['output']>;
  /** Line of the name in the submitted text. */
  line: Scalars['Int']['output'];
  /** The matched member. */
  member: Maybe<Member>;
  /** Party of the matched member on the letter's date. */
  party: Maybe<Party>;
  /** 1-based place in the document. */
  position: Scalars['Int']['output'];
  /** The name as printed. */
  printedName: Scalars['String']['output'];
  /** The title printed under the name. */
  printedTitle: Maybe<Scalars['String']['output']>;
  /** LEAD, COSIGNER or SIGNER. */
  role: SignerRole;
  /** State of the matched member on the letter's date. */
  state: Maybe<Scalars['String']['output']>;
  /** MATCHED, AMBIGUOUS or UNMATCHED. */
  status: MatchStatus;
};

export type Query = {
  __typename?: 'Query';
  /** A user's API tokens (default: yours), newest first; secrets are never shown. */
  apiTokens: Array<ApiToken>;
  /** Every audited action (imports, reviews, tags, users, tokens, sign-ins), newest first. */
  auditLog: AuditEntryConnection;
  /** One committee or subcommittee by id, e.g. "HSFA" or "HSFA13"; NOT_FOUND when there is none. */
  committee: Committee;
  /** Committees by chamber and name (subcommittees only with `subcommittees: true`). */
  committees: Array<Committee>;
  /** Deleted letters that can still be restored, most recently deleted first. */
  deletedLetters: Array<DeletedLetter>;
  /** A scorecard, draft or published, for editors (the editor's live preview). */
  editableScorecard: Maybe<Scorecard>;
  /** Every scorecard, drafts first, for editors. */
  editableScorecards: Array<Scorecard>;
  /** One member group; NOT_FOUND when there is none. */
  group: MemberGroup;
  /** Member groups by name. */
  groups: Array<MemberGroup>;
  /** How far a file import sent with this progressId has got (page by page); null when unknown, expired (10 min) or another user's. Poll it while previewFileImport or importFile runs. */
  importProgress: Maybe<ImportProgress>;
  /** One letter by id (its global `id` or its uuid `databaseId`); null when there is none. */
  letter: Maybe<Letter>;
  /** Letters matching a filter, newest first unless `orderBy` says otherwise. */
  letters: LetterConnection;
  /** Matches a pasted list (one per line or comma-separated: bioguide ids, "Last, First", "Rep. First Last (ST-NN)") or a CSV with a bioguide or name column against members serving on a date. At most 1,000 entries and 100,000 characters. */
  matchMemberList: ListMatchResult;
  /** The signed-in user (session or API token); null when anonymous. */
  me: Maybe<User>;
  /** One member by bioguide id, e.g. "S000344"; null when there is none. */
  member: Maybe<Member>;
  /** What the loaded member data covers: the dates its terms span. */
  memberData: MemberData;
  /** Members, by last name. */
  members: MemberConnection;
  /** Your webhook: every watch without its own webhook sends here. */
  myWebhook: Maybe<Scalars['String']['output']>;
  /** Any object by its global `id` (Relay); null when there is none. */
  node: Maybe<Node>;
  /** Your notifications, newest first. */
  notifications: NotificationConnection;
  /** Reads a file (PDF, scanned PDF, Word .docx or text), then parses and matches it without storing anything. */
  previewFileImport: FilePreview;
  /** Parses and matches a letter's text without storing anything. */
  previewImport: ImportPreview;
  /** Signatures that need a person (AMBIGUOUS or UNMATCHED), newest letters first. */
  reviewQueue: SignatureConnection;
  /** A published scorecard; null when there is none (drafts: `editableScorecard`). */
  scorecard: Maybe<Scorecard>;
  /** Published scorecards, newest first. */
  scorecards: Array<Scorecard>;
  /** A series of recurring letters by id; null when there is none. */
  series: Maybe<Series>;
  /** Totals over the letters matching a filter (all letters without one). */
  stats: Stats;
  /** How many of your notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Every user, by email. */
  users: UserConnection;
  /** Admins: how many watches and webhooks each user has (not what they watch). */
  watchCounts: Array<WatchCount>;
  /** Your watches, newest first. */
  watches: WatchConnection;
  /** Your webhook deliveries, newest first; DEAD ones failed every attempt. */
  webhookDeliveries: WebhookDeliveryConnection;
};


export type QueryApiTokensArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitteesArgs = {
  chamber?: InputMaybe<CommitteeChamber>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
  subcommittees?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDeletedLettersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEditableScorecardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportProgressArgs = {
  id: Scalars['String']['input'];
};


export type QueryLetterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LetterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LetterOrder>;
};


export type QueryMatchMemberListArgs = {
  chamber?: InputMaybe<Chamber>;
  on?: InputMaybe<Scalars['Date']['input']>;
  text: Scalars['String']['input'];
};


export type QueryMemberArgs = {
  bioguideId: Scalars['String']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPreviewFileImportArgs = {
  file: DocumentFileInput;
  progressId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewImportArgs = {
  text: Scalars['String']['input'];
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScorecardArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySeriesArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatsArgs = {
  filter?: InputMaybe<LetterFilter>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};

/** Someone a letter is addressed to. */
export type Recipient = {
  __typename?: 'Recipient';
  /** Postal address as printed. */
  address: Maybe<Scalars['String']['output']>;
  /** Name, e.g. "Mike Pompeo". */
  name: Scalars['String']['output'];
  /** Organisation, e.g. "U.S. Department of State". */
  organization: Maybe<Scalars['String']['output']>;
  /** Title, e.g. "Secretary of State". */
  title: Maybe<Scalars['String']['output']>;
};

/** Someone a letter is addressed to, as a person corrects it. */
export type RecipientInput = {
  /** Postal address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Name, e.g. "Antony J. Blinken". */
  name: Scalars['String']['input'];
  /** Organisation, e.g. "U.S. Department of State". */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** Title, e.g. "Secretary of State". */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A letter the member could have signed, and whether they did. */
export type RecordLetter = {
  __typename?: 'RecordLetter';
  /** The letter. */
  letter: Letter;
  /** True when the member signed it. */
  signed: Scalars['Boolean']['output'];
};

/** A person's pick of the member behind a printed name, by the signer's position. */
export type ResolutionInput = {
  /** Bioguide id of the member who signed. */
  bioguideId: Scalars['String']['input'];
  /** The signer's 1-based position, as in the preview. */
  position: Scalars['Int']['input'];
};

/** What a user may do; each role includes the ones before it. */
export type Role =
  /** Everything, plus users and the audit log. */
  | 'ADMIN'
  /** Imports letters, reviews matches, tags topics. */
  | 'EDITOR'
  /** Reads only. */
  | 'VIEWER';

/** How many signatures have one role. */
export type RoleCount = {
  __typename?: 'RoleCount';
  /** Number of signatures. */
  count: Scalars['Int']['output'];
  /** LEAD, COSIGNER or SIGNER. */
  role: SignerRole;
};

/** One line of a grade's explanation: an eligible letter, or a hand-entered item. */
export type ScoreLine = {
  __typename?: 'ScoreLine';
  /** Points earned on this line. */
  earned: Scalars['Float']['output'];
  /** The letter; null for a hand-entered item. */
  letter: Maybe<Letter>;
  /** The item's note; null for a letter. */
  note: Maybe<Scalars['String']['output']>;
  /** Points possible on this line. */
  possible: Scalars['Float']['output'];
  /** Whether the member signed the letter; null for an item. */
  signed: Maybe<Scalars['Boolean']['output']>;
  /** The letter's stance; null for an item. */
  stance: Maybe<Stance>;
};

/** An organisation's scorecard: letters with stances and weights, graded for every member who could sign them. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** Each state's graded members: average score and grade, and members per grade. */
  byState: Array<StateGrades>;
  /** Only this chamber's letters and members; both when null. */
  chamber: Maybe<Chamber>;
  /** The Congress the date range was set from, if any. */
  congress: Maybe<Scalars['Int']['output']>;
  /** Only letters sent on or after this day. */
  dateFrom: Maybe<Scalars['Date']['output']>;
  /** Only letters sent on or before this day. */
  dateTo: Maybe<Scalars['Date']['output']>;
  /** What it measures. */
  description: Maybe<Scalars['String']['output']>;
  /** The grade scale, best band first. */
  gradeScale: Array<GradeBand>;
  /** The scorecard's id. */
  id: Scalars['ID']['output'];
  /** Hand-entered items. */
  items: Array<ScorecardItem>;
  /** The letters, in the order the editor put them. */
  letters: Array<ScorecardLetter>;
  /** Graded members (those who could sign at least one letter, or with an item), one statement a page. */
  members: MemberScoreConnection;
  /** Its name. */
  name: Scalars['String']['output'];
  /** True once published (public); false while a draft (editors only). */
  published: Scalars['Boolean']['output'];
  /** When it was published. */
  publishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** One member's score; grade null (not F) when they could sign none of the letters. */
  score: MemberScore;
  /** When it was last edited. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** An organisation's scorecard: letters with stances and weights, graded for every member who could sign them. */
export type ScorecardMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ScorecardMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ScorecardMemberOrder>;
};


/** An organisation's scorecard: letters with stances and weights, graded for every member who could sign them. */
export type ScorecardScoreArgs = {
  bioguideId: Scalars['String']['input'];
};

/** A whole scorecard; `editScorecard` replaces everything with it. */
export type ScorecardInput = {
  /** Only this chamber's letters and members. */
  chamber?: InputMaybe<Chamber>;
  /** Only letters of this Congress (sets the date range; not with dateFrom/dateTo). */
  congress?: InputMaybe<Scalars['Int']['input']>;
  /** Only letters on or after this day. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only letters on or before this day. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  /** What it measures. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The grade scale; the default A+..F scale when omitted. */
  gradeScale?: InputMaybe<Array<GradeBandInput>>;
  /** Hand-entered items. */
  items?: InputMaybe<Array<ScorecardItemInput>>;
  /** The letters, at most 500. */
  letters: Array<ScorecardLetterInput>;
  /** Name, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** A hand-entered item (a vote or statement the product does not hold) for one member. */
export type ScorecardItem = {
  __typename?: 'ScorecardItem';
  /** The member it scores. */
  member: Member;
  /** What it was. */
  note: Scalars['String']['output'];
  /** Points possible. */
  outOf: Scalars['Float']['output'];
  /** Points earned. */
  points: Scalars['Float']['output'];
};

/** A hand-entered item for one member. */
export type ScorecardItemInput = {
  /** The member's bioguide id. */
  bioguideId: Scalars['String']['input'];
  /** What it was (a vote, a statement). */
  note: Scalars['String']['input'];
  /** Points possible, 0 < outOf <= 100 (default 1). */
  outOf?: InputMaybe<Scalars['Float']['input']>;
  /** Points earned, 0 <= points <= outOf. */
  points: Scalars['Float']['input'];
};

/** A letter on a scorecard. */
export type ScorecardLetter = {
  __typename?: 'ScorecardLetter';
  /** The letter. */
  letter: Letter;
  /** Whether signing is support or opposition of the organisation's position. */
  stance: Stance;
  /** Points the letter is worth (0 < weight <= 100). */
  weight: Scalars['Float']['output'];
};

/** A letter to put on a scorecard. */
export type ScorecardLetterInput = {
  /** The letter's id or uuid. */
  letterId: Scalars['ID']['input'];
  /** SUPPORT or OPPOSE. */
  stance: Stance;
  /** Points, 0 < weight <= 100 (default 1). */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/** Which members of a scorecard to list; all given conditions must hold. */
export type ScorecardMemberFilter = {
  /** Chamber. */
  chamber?: InputMaybe<Chamber>;
  /** Grades, e.g. ["A+", "A"]. */
  grades?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Parties. */
  parties?: InputMaybe<Array<Party>>;
  /** Two-letter state codes. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How to order a scorecard's members; ties break on last name, first name, then bioguide id. */
export type ScorecardMemberOrder =
  /** Best score first (the default). */
  | 'GRADE'
  /** By last name, first name. */
  | 'NAME'
  /** By state, then best score. */
  | 'STATE';

/** A series of recurring letters: versions of one letter, sent over the years. */
export type Series = {
  __typename?: 'Series';
  /** When the series was formed. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The series' stable id (a uuid). */
  id: Scalars['ID']['output'];
  /** The series' letters (its versions), oldest first. */
  letters: Array<Letter>;
  /** Members × versions: who signed which version and who was serving then. */
  matrix: SeriesMatrix;
  /** A name staff can edit; at first the title of its earliest-found letter. */
  name: Scalars['String']['output'];
  /** When a letter last joined or the series was last edited. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Members × versions: who signed which version, and who was serving then. */
export type SeriesMatrix = {
  __typename?: 'SeriesMatrix';
  /** Every member who signed at least one version, most versions signed first. */
  rows: Array<SeriesMatrixRow>;
  /** The versions, oldest first. */
  versions: Array<Letter>;
};

/** A member on one version of a series. */
export type SeriesMatrixCell = {
  __typename?: 'SeriesMatrixCell';
  /** The version's uuid (`databaseId`). */
  letterId: Scalars['String']['output'];
  /** Party on the version's date. */
  party: Maybe<Party>;
  /** Serving in the version's chamber(s) on its date. */
  serving: Scalars['Boolean']['output'];
  /** Signed this version. */
  signed: Scalars['Boolean']['output'];
  /** State on the version's date. */
  state: Maybe<Scalars['String']['output']>;
};

/** One member across a series' versions. */
export type SeriesMatrixRow = {
  __typename?: 'SeriesMatrixRow';
  /** The member's bioguide id. */
  bioguideId: Scalars['String']['output'];
  /** One cell per version, in the order of `versions`. */
  cells: Array<SeriesMatrixCell>;
  /** The member. */
  member: Member;
  /** How many versions the member signed. */
  signedCount: Scalars['Int']['output'];
};

/** One name printed in a letter's signature block and the member it belongs to. */
export type Signature = Node & {
  __typename?: 'Signature';
  /** Bioguide id of the member; null unless MATCHED or CONFIRMED. */
  bioguideId: Maybe<Scalars['String']['output']>;
  /** Members considered for this name, best first. */
  candidates: Array<MatchCandidateInfo>;
  /** Confidence of the match, 0 to 1 (1 when confirmed by a person). */
  confidence: Scalars['Float']['output'];
  /** The member's House district on the letter's date (0 at-large, null for senators). */
  district: Maybe<Scalars['Int']['output']>;
  /** Globally unique id of the signature (Node). */
  id: Scalars['ID']['output'];
  /** The letter this signature is on. */
  letter: Letter;
  /** The member who signed; null unless MATCHED or CONFIRMED. */
  member: Maybe<Member>;
  /** The member's party on the letter's date. */
  party: Maybe<Party>;
  /** 1-based place in the document: left to right, row by row. */
  position: Scalars['Int']['output'];
  /** The name exactly as printed, e.g. "J. Luis Correa". */
  printedName: Scalars['String']['output'];
  /** The title printed under the name, e.g. "MEMBER OF CONGRESS". */
  printedTitle: Maybe<Scalars['String']['output']>;
  /** LEAD, COSIGNER or SIGNER. */
  role: SignerRole;
  /** The member's state on the letter's date. */
  state: Maybe<Scalars['String']['output']>;
  /** How the name was tied to a member. */
  status: MatchStatus;
};

/** A page of signatures. */
export type SignatureConnection = {
  __typename?: 'SignatureConnection';
  /** The items of this page, in order. */
  edges: Array<SignatureEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where a signature was read in the original PDF, and the crop a reviewer looks at. */
export type SignatureCrop = {
  __typename?: 'SignatureCrop';
  /** True when the page was a scan read by OCR. */
  ocr: Scalars['Boolean']['output'];
  /** 1-based page of the original. */
  page: Scalars['Int']['output'];
  /** The signature's position on the letter. */
  position: Scalars['Int']['output'];
  /** URL of the page crop (PNG); null in a preview, where nothing is stored yet. */
  url: Maybe<Scalars['String']['output']>;
};

/** One Signature in a page, with its cursor. */
export type SignatureEdge = {
  __typename?: 'SignatureEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Signature. */
  node: Signature;
};

/** Which signatures to list; state, district and party are those of the letter's date. */
export type SignatureFilter = {
  /** Signers who sat on one of these committees or subcommittees (ids such as "HSFA") on the letter's date. */
  committees?: InputMaybe<Array<Scalars['String']['input']>>;
  /** House districts (0 for at-large seats); usually with `states`. */
  districts?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Signers who are members of one of these member groups. */
  groups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Parties of the signers on the letter's date. */
  parties?: InputMaybe<Array<Party>>;
  /** LEAD, COSIGNER or SIGNER. */
  roles?: InputMaybe<Array<SignerRole>>;
  /** Two-letter state codes, e.g. ["CA", "DC"]. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Match statuses, e.g. [AMBIGUOUS, UNMATCHED] for names to review. */
  statuses?: InputMaybe<Array<MatchStatus>>;
};

/** A member and how many of a set of letters they signed. */
export type SignerCount = {
  __typename?: 'SignerCount';
  /** Letters signed. */
  letters: Scalars['Int']['output'];
  /** The member. */
  member: Member;
};

/** LEAD signed above the co-signer divider, COSIGNER below it; SIGNER when the letter does not divide them. */
export type SignerRole =
  | 'COSIGNER'
  | 'LEAD'
  | 'SIGNER';

/** What signing a letter means for the organisation: SUPPORT earns its weight by signing, OPPOSE by not signing. */
export type Stance =
  | 'OPPOSE'
  | 'SUPPORT';

/** How many signatures came from one state. */
export type StateCount = {
  __typename?: 'StateCount';
  /** Number of signatures. */
  count: Scalars['Int']['output'];
  /** Two-letter state code on the letter's date; null for names not matched to a member. */
  state: Maybe<Scalars['String']['output']>;
};

/** A state's delegation on a scorecard. */
export type StateGrades = {
  __typename?: 'StateGrades';
  /** Average score of the graded members (0..1, 4 places). */
  average: Scalars['Float']['output'];
  /** The grade of the average score. */
  averageGrade: Scalars['String']['output'];
  /** Members per grade, best grade first. */
  grades: Array<GradeCount>;
  /** Graded members. */
  members: Scalars['Int']['output'];
  /** Two-letter state code. */
  state: Scalars['String']['output'];
};

/** Totals over a set of letters; parties and states are those of each letter's date. */
export type Stats = {
  __typename?: 'Stats';
  /** Letters and signatures per month, oldest first; months without letters are left out. */
  byMonth: Array<MonthCount>;
  /** Signatures per party, largest first. */
  byParty: Array<PartyCount>;
  /** Signatures per state, largest first. */
  byState: Array<StateCount>;
  /** Topic tags on these letters with their counts, most used first (e.g. for a topic picker). */
  byTopic: Array<TopicCount>;
  /** Number of letters. */
  letters: Scalars['Int']['output'];
  /** Number of signatures on them (matched or not). */
  signatures: Scalars['Int']['output'];
  /** The 25 members who signed the most of these letters, most first. */
  topSigners: Array<SignerCount>;
  /** Distinct members who signed at least one of them. */
  uniqueSigners: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each newly imported letter, whoever imported it and through whichever server process (WebSocket, graphql-ws protocol). */
  letterImported: Letter;
  /** Your notifications as they are made (WebSocket, graphql-ws protocol). */
  notificationAdded: Notification;
};

/** One term of office in the House or the Senate. */
export type Term = {
  __typename?: 'Term';
  /** The party the member caucuses with, when it differs. */
  caucus: Maybe<Scalars['String']['output']>;
  /** HOUSE or SENATE. */
  chamber: Chamber;
  /** House district; 0 for at-large seats; null in the Senate. */
  district: Maybe<Scalars['Int']['output']>;
  /** Scheduled or actual last day of the term. */
  end: Scalars['Date']['output'];
  /** Party: in `terms`, the party the data gives for the term (see partyAffiliations for changes); in `termOn` the party that day; in `currentTerm` the latest one. */
  party: Party;
  /** Party changes within the term; empty when there were none. */
  partyAffiliations: Array<PartyAffiliation>;
  /** First day of the term. */
  start: Scalars['Date']['output'];
  /** Two-letter state or territory code, e.g. CA, DC, PR. */
  state: Scalars['String']['output'];
  /** Official website during the term. */
  url: Maybe<Scalars['String']['output']>;
};

/** A topic tag and how many of a set of letters carry it. */
export type TopicCount = {
  __typename?: 'TopicCount';
  /** Letters tagged with it. */
  letters: Scalars['Int']['output'];
  /** The tag, e.g. "human-rights". */
  topic: Scalars['String']['output'];
};

/** A person who signs in to the dashboard or owns API tokens. */
export type User = {
  __typename?: 'User';
  /** When the account was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Email address, used to sign in. */
  email: Scalars['String']['output'];
  /** The user's id. */
  id: Scalars['ID']['output'];
  /** What the user may do. */
  role: Role;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page, in order. */
  edges: Array<UserEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One User in a page, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The User. */
  node: User;
};

/** JOINED automatically (above the threshold), POSSIBLE (below it: shown, never merged), CONFIRMED or REJECTED by staff. */
export type VersionLinkStatus =
  | 'CONFIRMED'
  | 'JOINED'
  | 'POSSIBLE'
  | 'REJECTED';

/** How an earlier version was found: TEXT (shared text, MinHash similarity) or FOLLOW_UP (the letter cites an earlier letter's date to the same recipient). */
export type VersionMethod =
  | 'FOLLOW_UP'
  | 'TEXT';

/** Another letter that may be a version of this one (found on import). */
export type VersionSuggestion = {
  __typename?: 'VersionSuggestion';
  /** The other letter. */
  letter: Letter;
  /** How it was found. */
  method: VersionMethod;
  /** For a follow-up: the sentence that refers to the earlier letter. */
  phrase: Maybe<Scalars['String']['output']>;
  /** Estimated share of text in common (Jaccard, 0..1); 1 for an explicit follow-up. */
  score: Scalars['Float']['output'];
  /** POSSIBLE until staff confirm or reject it; JOINED when it joined automatically. */
  status: VersionLinkStatus;
};

/** Something a user follows; private to its owner. */
export type Watch = {
  __typename?: 'Watch';
  /** MEMBER: the member's bioguide id. */
  bioguideId: Maybe<Scalars['String']['output']>;
  /** When it was saved. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** LETTERS_SEARCH: the saved `LetterFilter`, as JSON. */
  filter: Maybe<Scalars['String']['output']>;
  /** The watch's id. */
  id: Scalars['ID']['output'];
  /** What is watched: MEMBER, LETTERS_SEARCH or LETTER (more kinds may be added). */
  kind: Scalars['String']['output'];
  /** A name for the watch, e.g. "Brad Sherman (S000344)". */
  label: Scalars['String']['output'];
  /** LETTER: the letter's uuid. */
  letterId: Maybe<Scalars['ID']['output']>;
  /** The webhook of this watch alone; null: the user's webhook, if any. */
  webhookUrl: Maybe<Scalars['String']['output']>;
};

/** A page of watches. */
export type WatchConnection = {
  __typename?: 'WatchConnection';
  /** The items of this page, in order. */
  edges: Array<WatchEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many watches and webhooks one user has (admins see counts, not contents). */
export type WatchCount = {
  __typename?: 'WatchCount';
  /** The user's email. */
  email: Scalars['String']['output'];
  /** Watches saved. */
  watches: Scalars['Int']['output'];
  /** Webhook URLs (the user's and per-watch ones). */
  webhooks: Scalars['Int']['output'];
};

/** One Watch in a page, with its cursor. */
export type WatchEdge = {
  __typename?: 'WatchEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Watch. */
  node: Watch;
};

/** A new watch: exactly one of `member`, `letters` or `letter`, with an optional label and webhook. */
export type WatchInput = {
  /** A name for the watch; default: one made from what is watched. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** A letter (id or uuid): signatures confirmed on it after review. */
  letter?: InputMaybe<Scalars['ID']['input']>;
  /** A saved letters search (the `letters` query's filter): each new letter matching it. */
  letters?: InputMaybe<LetterFilter>;
  /** A member's bioguide id: any letter they sign. */
  member?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) URL on a public address that receives this watch's alerts, signed (see `CreateWatchPayload.webhookSecret`). */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** One webhook request to send (or sent) for an event. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was matched. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the receiver accepted it. */
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The delivery's id. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed. */
  lastError: Maybe<Scalars['String']['output']>;
  /** PENDING: when the next attempt is due. */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** PENDING, DELIVERED or DEAD. */
  status: DeliveryStatus;
  /** Where it goes. */
  url: Scalars['String']['output'];
};

/** A page of webhook deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page, in order. */
  edges: Array<WebhookDeliveryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One WebhookDelivery in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};
