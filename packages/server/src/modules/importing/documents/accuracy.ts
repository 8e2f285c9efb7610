/**
 * Scores a letter read from a document against its expected answer: signer precision (no wrong
 * member) and recall (members found), and whether date, chamber and roles are exact. Shared by
 * the tests and `pnpm bench:pdf`.
 */
import type { ExpectedLetter } from "../generator/shared-data";
import { candidatesOn } from "../match/candidate-pool";
import { buildMatcher } from "../match/match-name";
import { parseLetter } from "../parse/parse-letter";
import type { Legislator } from "../../members/legislators-source";

export interface LetterScore {
  /** Signers MATCHED to a member. */
  matched: number;
  /** Of those, the right member at the right position in order. */
  correct: number;
  /** Signers matched to a member who is not on the expected list, or twice. */
  wrong: number;
  expected: number;
  /** AMBIGUOUS or UNMATCHED: left to a reviewer. */
  review: number;
  dateOk: boolean;
  chamberOk: boolean;
  /** Role of every correctly matched signer equals the expected role. */
  rolesOk: boolean;
  /** Exactly the expected members in the expected order, all MATCHED. */
  exact: boolean;
}

/** Parses and matches `text` against the members serving on its date, like a preview does. */
export function scoreText(text: string, expected: ExpectedLetter, legislators: Legislator[]): LetterScore {
  const parsed = parseLetter(text);
  const date = parsed.date ?? expected.date;
  const pool = candidatesOn(legislators, date);
  const chambers = parsed.chamber === "HOUSE" || parsed.chamber === "SENATE" ? [parsed.chamber] : ["HOUSE", "SENATE"];
  const matcher = buildMatcher(pool.filter((c) => chambers.includes(c.chamber)));
  const results = parsed.signers.map((s) => ({ signer: s, match: matcher.match(s.printed, { chamber: s.chamber }) }));
  const chamber = parsed.chamber ?? (results.every((r) => r.signer.chamber === "SENATE") ? "SENATE" : "HOUSE");
  const wanted = new Map(expected.signers.map((s) => [s.bioguide, s]));
  const seen = new Set<string>();
  let correct = 0;
  let wrong = 0;
  let rolesOk = true;
  const matchedIds: string[] = [];
  for (const { signer, match } of results) {
    if (match.status !== "MATCHED" || !match.bioguideId) continue;
    const want = wanted.get(match.bioguideId);
    if (!want || seen.has(match.bioguideId)) {
      wrong++;
      continue;
    }
    seen.add(match.bioguideId);
    matchedIds.push(match.bioguideId);
    correct++;
    if (want.role !== signer.role) rolesOk = false;
  }
  const matched = results.filter((r) => r.match.status === "MATCHED").length;
  return {
    matched,
    correct,
    wrong,
    expected: expected.signers.length,
    review: results.length - matched,
    dateOk: parsed.date === expected.date,
    chamberOk: chamber === expected.chamber,
    rolesOk,
    exact: matched === results.length && matchedIds.join() === expected.signers.map((s) => s.bioguide).join(),
  };
}

export interface Totals {
  letters: number;
  precision: number;
  recall: number;
  exact: number;
  datesOk: number;
  chambersOk: number;
  rolesOk: number;
}

export function totals(scores: LetterScore[]): Totals {
  const sum = (f: (s: LetterScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const matched = sum((s) => s.matched);
  return {
    letters: scores.length,
    precision: matched ? sum((s) => s.correct) / matched : 1,
    recall:
      sum((s) => s.correct) /
      Math.max(
        1,
        sum((s) => s.expected),
      ),
    exact: sum((s) => +s.exact),
    datesOk: sum((s) => +s.dateOk),
    chambersOk: sum((s) => +s.chamberOk),
    rolesOk: sum((s) => +s.rolesOk),
  };
}

export const formatTotals = (label: string, t: Totals) =>
  `${label}: ${t.letters} letters, precision ${(t.precision * 100).toFixed(1)}%, recall ${(t.recall * 100).toFixed(1)}%, ` +
  `exact ${t.exact}/${t.letters}, dates ${t.datesOk}/${t.letters}, chambers ${t.chambersOk}/${t.letters}, roles ${t.rolesOk}/${t.letters}`;
