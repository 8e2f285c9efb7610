import { registerEnumType } from "type-graphql";

/** Parties as GraphQL names; the dataset spells them "Democrat", "Republican", ... */
export enum Party {
  DEMOCRAT = "DEMOCRAT",
  REPUBLICAN = "REPUBLICAN",
  INDEPENDENT = "INDEPENDENT",
  LIBERTARIAN = "LIBERTARIAN",
  POPULAR_DEMOCRAT = "POPULAR_DEMOCRAT",
  NEW_PROGRESSIVE = "NEW_PROGRESSIVE",
  CONSERVATIVE = "CONSERVATIVE",
  OTHER = "OTHER",
}

registerEnumType(Party, {
  name: "Party",
  description: "A political party, as the congress-legislators data names it. OTHER covers historical parties.",
});

const DATASET_NAMES: Record<Exclude<Party, Party.OTHER>, string> = {
  DEMOCRAT: "Democrat",
  REPUBLICAN: "Republican",
  INDEPENDENT: "Independent",
  LIBERTARIAN: "Libertarian",
  POPULAR_DEMOCRAT: "Popular Democrat",
  NEW_PROGRESSIVE: "New Progressive",
  CONSERVATIVE: "Conservative",
};
const BY_NAME = new Map(Object.entries(DATASET_NAMES).map(([k, v]) => [v.toLowerCase(), k as Party]));

export function partyFromName(name: string | null | undefined): Party | null {
  if (!name) return null;
  return BY_NAME.get(name.toLowerCase()) ?? Party.OTHER;
}

/** The dataset names a filter on `parties` matches; OTHER matches none of the named ones. */
export function partyNames(parties: Party[]): { names: string[]; other: boolean } {
  return {
    names: parties.filter((p) => p !== Party.OTHER).map((p) => DATASET_NAMES[p as Exclude<Party, Party.OTHER>]),
    other: parties.includes(Party.OTHER),
  };
}

export const KNOWN_PARTY_NAMES = Object.values(DATASET_NAMES);
