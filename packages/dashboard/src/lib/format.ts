/** Display formats shared by the pages. */
import type { LetterChamber, MatchStatus, SignerRole } from "../gql/graphql";

// API dates are calendar dates (YYYY-MM-DD); format them at UTC so no time zone shifts the day.
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const fullDate = new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeZone: "UTC" });
const shortDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function parseDate(iso: string): Date | null {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "Friday, October 23, 2020" ("long": "October 23, 2020"; "short": "Oct 23, 2020"). */
export function formatDate(iso: string, style: "full" | "long" | "short" = "long"): string {
  const d = parseDate(iso);
  if (!d) return iso;
  return (style === "full" ? fullDate : style === "short" ? shortDate : longDate).format(d);
}

export const CHAMBER_LABEL: Record<LetterChamber, string> = {
  HOUSE: "House",
  SENATE: "Senate",
  BICAMERAL: "Bicameral",
};

export const ROLE_LABEL: Record<SignerRole, string> = {
  LEAD: "Lead",
  COSIGNER: "Co-signer",
  SIGNER: "Signer",
};

export const STATUS_LABEL: Record<MatchStatus, string> = {
  MATCHED: "Matched",
  CONFIRMED: "Confirmed",
  AMBIGUOUS: "Ambiguous",
  UNMATCHED: "Unmatched",
};

/** House district as people say it: "At-large" for 0; null (senators) is not applicable. */
export function formatDistrict(district: number | null | undefined): string {
  if (district === null || district === undefined) return "—";
  return district === 0 ? "At-large" : String(district);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
