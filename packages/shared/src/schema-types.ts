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

/** A chamber of Congress. */
export type Chamber =
  | 'HOUSE'
  | 'SENATE';

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

/** A letter sent by Members of Congress, with its signers. */
export type Letter = Node & {
  __typename?: 'Letter';
  /** The letter's text between salutation and closing. */
  body: Maybe<Scalars['String']['output']>;
  /** HOUSE, SENATE or BICAMERAL. */
  chamber: LetterChamber;
  /** When the letter was imported. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The letter's uuid in the database (as the CLI prints it); `letter(id)` accepts it too. */
  databaseId: Scalars['String']['output'];
  /** Globally unique id (Node); use it with `letter(id)` or `node(id)`. */
  id: Scalars['ID']['output'];
  /** True for the built-in demo letter shown on an empty database. */
  isDemo: Scalars['Boolean']['output'];
  /** Addressees in the order printed. */
  recipients: Array<Recipient>;
  /** The salutation line, e.g. "Dear Secretary Pompeo:". */
  salutation: Maybe<Scalars['String']['output']>;
  /** The date printed on the letter. */
  sentOn: Scalars['Date']['output'];
  /** Signatures in document order. */
  signatures: SignatureConnection;
  /** Number of signatures. */
  signerCount: Scalars['Int']['output'];
  /** Where the letter came from (file name or URL) when imported. */
  sourceName: Maybe<Scalars['String']['output']>;
  /** Subject or short title. */
  title: Scalars['String']['output'];
};


/** A letter sent by Members of Congress, with its signers. */
export type LetterSignaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SignatureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who sent the letter: House members, senators, or both (BICAMERAL). */
export type LetterChamber =
  | 'BICAMERAL'
  | 'HOUSE'
  | 'SENATE';

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

/** Which letters to list. */
export type LetterFilter = {
  /** Only letters from this chamber. */
  chamber?: InputMaybe<LetterChamber>;
  /** Only letters sent on or after this date. */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only letters sent on or before this date. */
  dateTo?: InputMaybe<Scalars['Date']['input']>;
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
  /** Middle name or initial. */
  middleName: Maybe<Scalars['String']['output']>;
  /** Nickname, e.g. "Chuy". */
  nickname: Maybe<Scalars['String']['output']>;
  /** Official full name as the House or Senate prints it. */
  officialFull: Maybe<Scalars['String']['output']>;
  /** Suffix such as Jr. or III. */
  suffix: Maybe<Scalars['String']['output']>;
  /** All terms, oldest first. */
  terms: Array<Term>;
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

/** One Member in a page, with its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Member. */
  node: Member;
};

/** Which members to list. */
export type MemberFilter = {
  /** Chambers served in (on `servingOn` when given, else at any time). */
  chambers?: InputMaybe<Array<Chamber>>;
  /** Part of a name, case-insensitive. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Parties (on `servingOn` when given, else at any time). */
  parties?: InputMaybe<Array<Party>>;
  /** Only members serving on this date. */
  servingOn?: InputMaybe<Scalars['Date']['input']>;
  /** States served (on `servingOn` when given, else at any time). */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Stores a letter with all its signatures, or nothing; the same letter twice is stored once. */
  importLetter: ImportResult;
  /** A person confirms or corrects the member behind a printed name (status CONFIRMED). */
  resolveSignature: Signature;
  /** Replaces a letter's topic tags (suggested at import) with the given ones; returns them as stored. */
  setLetterTopics: Array<Scalars['String']['output']>;
};


export type MutationImportLetterArgs = {
  sourceName?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type MutationResolveSignatureArgs = {
  bioguideId: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetLetterTopicsArgs = {
  letterId: Scalars['ID']['input'];
  topics: Array<Scalars['String']['input']>;
};

/** An object with a globally unique id; fetch it again with `node(id)`. */
export type Node = {
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
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
  /** One letter by id; null when there is none. */
  letter: Maybe<Letter>;
  /** Letters, newest first. */
  letters: LetterConnection;
  /** One member by bioguide id, e.g. "S000344". */
  member: Maybe<Member>;
  /** Members, by last name. */
  members: MemberConnection;
  /** Parses and matches a letter's text without storing anything. */
  previewImport: ImportPreview;
  /** Signatures that need a person (AMBIGUOUS or UNMATCHED), newest letters first. */
  reviewQueue: SignatureConnection;
};


export type QueryLetterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LetterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberArgs = {
  bioguideId: Scalars['String']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPreviewImportArgs = {
  text: Scalars['String']['input'];
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** One Signature in a page, with its cursor. */
export type SignatureEdge = {
  __typename?: 'SignatureEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Signature. */
  node: Signature;
};

/** Which signatures to list; state and party are those of the letter's date. */
export type SignatureFilter = {
  /** Parties of the signers on the letter's date. */
  parties?: InputMaybe<Array<Party>>;
  /** LEAD, COSIGNER or SIGNER. */
  roles?: InputMaybe<Array<SignerRole>>;
  /** Two-letter state codes, e.g. ["CA", "DC"]. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** LEAD signed above the co-signer divider, COSIGNER below it; SIGNER when the letter does not divide them. */
export type SignerRole =
  | 'COSIGNER'
  | 'LEAD'
  | 'SIGNER';

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
  /** Party at the start of the term (see partyAffiliations for changes). */
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
