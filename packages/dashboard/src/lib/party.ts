/** Parties as the dashboard shows them: always a letter and a colour, never colour alone. */
import type { Party } from "../gql/graphql";

export type PartyTone = "dem" | "rep" | "ind" | "other" | "unknown";

export interface PartyInfo {
  /** The letter printed in badges and counts, e.g. "D". */
  abbr: string;
  /** The full name, for labels and screen readers. */
  name: string;
  /** Which colour the badge takes (see `.party--*` in styles.css). */
  tone: PartyTone;
}

/** Every party of the API, in the order the dashboard lists them. */
export const PARTY_INFO: Record<Party, PartyInfo> = {
  DEMOCRAT: { abbr: "D", name: "Democrat", tone: "dem" },
  REPUBLICAN: { abbr: "R", name: "Republican", tone: "rep" },
  INDEPENDENT: { abbr: "I", name: "Independent", tone: "ind" },
  LIBERTARIAN: { abbr: "L", name: "Libertarian", tone: "other" },
  CONSERVATIVE: { abbr: "C", name: "Conservative", tone: "other" },
  NEW_PROGRESSIVE: { abbr: "NP", name: "New Progressive", tone: "other" },
  POPULAR_DEMOCRAT: { abbr: "PD", name: "Popular Democrat", tone: "other" },
  OTHER: { abbr: "O", name: "Other party", tone: "other" },
};

export const PARTIES = Object.keys(PARTY_INFO) as Party[];

const UNKNOWN: PartyInfo = { abbr: "?", name: "Unknown party", tone: "unknown" };

export function partyInfo(party: Party | null | undefined): PartyInfo {
  return party ? PARTY_INFO[party] : UNKNOWN;
}

export function isParty(value: string): value is Party {
  return Object.prototype.hasOwnProperty.call(PARTY_INFO, value);
}

export interface PartyCount {
  /** null for signers whose party is unknown (unmatched names). */
  party: Party | null;
  count: number;
}

/**
 * How many of the given signers belong to each party, largest first; ties keep the
 * dashboard's party order, and unknown parties come last. Parties with no signer are left out.
 */
export function countByParty(parties: Iterable<Party | null | undefined>): PartyCount[] {
  const counts = new Map<Party | null, number>();
  for (const p of parties) counts.set(p ?? null, (counts.get(p ?? null) ?? 0) + 1);
  const rank = (p: Party | null) => (p === null ? PARTIES.length : PARTIES.indexOf(p));
  return [...counts]
    .map(([party, count]) => ({ party, count }))
    .sort((a, b) => Number(a.party === null) - Number(b.party === null) || b.count - a.count || rank(a.party) - rank(b.party));
}

/** "D 48 · R 3": the counts as one line of text. */
export function formatPartyCounts(counts: readonly PartyCount[]): string {
  return counts.map((c) => `${partyInfo(c.party).abbr} ${c.count}`).join(" · ");
}

const PLURAL_NAME: Record<Party, string> = {
  DEMOCRAT: "Democrats",
  REPUBLICAN: "Republicans",
  INDEPENDENT: "Independents",
  LIBERTARIAN: "Libertarians",
  CONSERVATIVE: "Conservatives",
  NEW_PROGRESSIVE: "New Progressives",
  POPULAR_DEMOCRAT: "Popular Democrats",
  OTHER: "members of other parties",
};

/** "48 Democrats, 3 Republicans, 1 unmatched signer": the counts in words, for screen readers and tooltips. */
export function describePartyCounts(counts: readonly PartyCount[]): string {
  return counts
    .map(({ party, count }) => {
      if (party === null) return `${count} unmatched ${count === 1 ? "signer" : "signers"}`;
      if (party === "OTHER") return `${count} ${count === 1 ? "member of another party" : PLURAL_NAME.OTHER}`;
      return `${count} ${count === 1 ? PARTY_INFO[party].name : PLURAL_NAME[party]}`;
    })
    .join(", ");
}
