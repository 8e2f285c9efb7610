/** What the importer produces from a letter's text, before anything is stored. */
export type LetterChamberCode = "HOUSE" | "SENATE" | "BICAMERAL";
export type SignerRoleCode = "LEAD" | "COSIGNER" | "SIGNER";
export type MatchStatusCode = "MATCHED" | "AMBIGUOUS" | "UNMATCHED" | "CONFIRMED";

export interface ParsedRecipient {
  name: string;
  title: string | null;
  organization: string | null;
  address: string | null;
}

export interface ParsedSigner {
  /** The name as printed, cleaned of markup ("Joseph P. Kennedy, III"). */
  printed: string;
  role: SignerRoleCode;
  /** 1-based document order: left to right, row by row. */
  position: number;
  /** The chamber the signature's title implies ("Member of Congress" -> HOUSE), if any. */
  chamber: "HOUSE" | "SENATE" | null;
  /** The title lines printed under the name ("MEMBER OF CONGRESS", "Ranking Member, ..."). */
  title: string | null;
  /** 1-based line of the name in the source text. */
  line: number;
}

export interface ParsedLetter {
  date: string | null; // YYYY-MM-DD
  chamber: LetterChamberCode | null;
  title: string;
  recipients: ParsedRecipient[];
  salutation: string | null;
  body: string;
  signers: ParsedSigner[];
  warnings: string[];
}

/** A member who could have signed: serving in the chamber on the letter's date. */
export interface MatchCandidate {
  bioguideId: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  nickname: string | null;
  officialFull: string | null;
  chamber: "HOUSE" | "SENATE";
  state: string;
  district: number | null;
  party: string;
}

export interface RankedCandidate {
  bioguideId: string;
  score: number; // 0..1
}

export interface MatchResult {
  status: "MATCHED" | "AMBIGUOUS" | "UNMATCHED";
  bioguideId: string | null;
  confidence: number; // 0..1
  /** Candidates considered, best first (at most 5). */
  candidates: RankedCandidate[];
}

export type MentionKindCode = "PERSON" | "LAW" | "ORGANIZATION" | "PLACE" | "DATE";

/** Something the letter's body names, e.g. a sanctioned official or a cited act. */
export interface ExtractedMention {
  kind: MentionKindCode;
  /** As written, e.g. "Ilham Aliyev". */
  text: string;
  /** The role stated next to it, e.g. "President of Azerbaijan". */
  role: string | null;
  /** Lower-case, accent-free key used for search and de-duplication. */
  normalized: string;
  count: number;
}

export interface Extraction {
  mentions: ExtractedMention[];
  /** Suggested topic tags, lower-case slugs such as "human-rights", "sanctions". */
  topics: string[];
}
