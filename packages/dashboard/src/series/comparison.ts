/** The "signed before, not now" call list of a comparison, as text and CSV. */
import type { Party } from "../gql/graphql";
import { toCsv } from "../lib/csv";
import { formatDistrict } from "../lib/format";
import { partyInfo } from "../lib/party";

export interface OnDate {
  date: string;
  serving: boolean;
  signed: boolean;
  party?: Party | null;
  state?: string | null;
  district?: number | null;
}

export interface Compared {
  bioguideId: string;
  member: { fullName: string };
  onThis: OnDate;
  onOther: OnDate;
}

/** "CA-12", "WY At-large", "VT Senate" (no district: a senator). */
export function seatOf(d: OnDate): string {
  if (!d.state) return "";
  if (d.district === null || d.district === undefined) return `${d.state} Senate`;
  return d.district === 0 ? `${d.state} At-large` : `${d.state}-${formatDistrict(d.district)}`;
}

/** One member a line, with party and seat now (on this letter's date). */
export function callListText(members: readonly Compared[], thisDate: string, otherDate: string): string {
  const lines = members.map((m) => `${m.member.fullName} (${partyInfo(m.onThis.party).abbr}) ${seatOf(m.onThis)}`);
  return [`Signed the ${otherDate} version, not the ${thisDate} one (${members.length})`, ...lines].join("\n");
}

export const COMPARISON_CSV_HEADER = [
  "Member",
  "Bioguide ID",
  "Party now",
  "Seat now",
  "Signed now",
  "Party then",
  "Seat then",
  "Signed then",
  "Serving now",
];

/** Members with party and seat on both dates. */
export function comparisonCsv(members: readonly Compared[]): string {
  return toCsv(
    COMPARISON_CSV_HEADER,
    members.map((m) => [
      m.member.fullName,
      m.bioguideId,
      m.onThis.party ? partyInfo(m.onThis.party).abbr : "",
      seatOf(m.onThis),
      m.onThis.signed ? "yes" : "no",
      m.onOther.party ? partyInfo(m.onOther.party).abbr : "",
      seatOf(m.onOther),
      m.onOther.signed ? "yes" : "no",
      m.onThis.serving ? "yes" : "no",
    ]),
  );
}
