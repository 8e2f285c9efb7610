/** Scorecard helpers shared by the public page, the editor, report cards and the CSV export. */
import type { Party } from "../gql/graphql";
import { toCsv } from "../lib/csv";
import { isParty, partyInfo } from "../lib/party";

/** A grade's tone for badges: the first letter (A..F), "none" without a grade. Colour is never alone: the grade is printed. */
export function gradeTone(grade: string | null | undefined): string {
  const letter = grade?.trim()[0]?.toUpperCase();
  return letter && "ABCDF".includes(letter) ? letter.toLowerCase() : "none";
}

/** A score (0..1) as a percentage with one decimal, "—" without one. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? "—" : `${(Math.round(score * 1000) / 10).toFixed(1)}%`;
}

export type ScorecardSort = "GRADE" | "NAME" | "STATE";
export const SORTS: readonly ScorecardSort[] = ["GRADE", "NAME", "STATE"];

/** The public page's URL state: `?state=CA,NY&party=DEMOCRAT&sort=NAME`. Unknown values are dropped. */
export function readScorecardFilters(params: URLSearchParams): { states: string[]; parties: Party[]; sort: ScorecardSort } {
  const list = (name: string) =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean);
  const sort = (params.get("sort") ?? "").toUpperCase();
  return {
    states: list("state").filter((s) => /^[A-Z]{2}$/.test(s)),
    parties: list("party").filter(isParty),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as ScorecardSort) : "GRADE",
  };
}

/** Writes the public page's filters back (`GRADE`, the default order, is left out); other parameters are kept. */
export function serializeScorecardFilters(
  filters: { states: string[]; parties: Party[]; sort: ScorecardSort },
  current: URLSearchParams,
): URLSearchParams {
  const put = (name: string, value: string) => (value ? current.set(name, value) : current.delete(name));
  put("state", filters.states.join(","));
  put("party", filters.parties.join(","));
  put("sort", filters.sort === "GRADE" ? "" : filters.sort);
  return current;
}

export interface ScoreRow {
  member: { bioguideId: string; fullName: string };
  grade?: string | null;
  score?: number | null;
  earned: number;
  possible: number;
  eligibleLetters: number;
  state?: string | null;
  party?: Party | null;
  chamber?: string | null;
}

/** The CSV a spreadsheet opens: one row per graded member. */
export function scoresCsv(rows: readonly ScoreRow[]): string {
  return toCsv(
    ["bioguide_id", "name", "state", "party", "chamber", "grade", "score_percent", "earned", "possible", "eligible_letters"],
    rows.map((r) => [
      r.member.bioguideId,
      r.member.fullName,
      r.state,
      r.party ? partyInfo(r.party).name : "",
      r.chamber,
      r.grade,
      r.score === null || r.score === undefined ? "" : Math.round(r.score * 10000) / 100,
      r.earned,
      r.possible,
      r.eligibleLetters,
    ]),
  );
}
