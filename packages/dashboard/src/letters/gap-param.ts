/** The letter page's `?gap=` parameter: `state:CA`, `committee:HSFA`, `committee:HSFA:sub` (with subcommittees), `group:<id>`. */
export type GapChoice = { kind: "state"; key: string } | { kind: "committee"; key: string; sub: boolean } | { kind: "group"; key: string };

export function parseGap(param: string): GapChoice | null {
  const [kind, key = "", extra] = param.split(":");
  if (kind === "state" && /^[A-Za-z]{2}$/.test(key)) return { kind, key: key.toUpperCase() };
  if (kind === "committee" && /^[A-Za-z]{4}\d{0,3}$/.test(key)) return { kind, key: key.toUpperCase(), sub: extra === "sub" };
  if (kind === "group" && /^[0-9a-f-]{36}$/i.test(key)) return { kind, key };
  return null;
}

export function formatGap(choice: GapChoice): string {
  return choice.kind === "committee" ? `committee:${choice.key}${choice.sub ? ":sub" : ""}` : `${choice.kind}:${choice.key}`;
}

/** The GraphQL `GapOf` input of a choice. */
export function gapOf(choice: GapChoice): { state?: string; committee?: string; includeSubcommittees?: boolean; group?: string } {
  if (choice.kind === "state") return { state: choice.key };
  if (choice.kind === "committee") return { committee: choice.key, includeSubcommittees: choice.sub };
  return { group: choice.key };
}
