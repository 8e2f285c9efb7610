/**
 * Matches a printed signature name ("Henry C. \"Hank\" Johnson, Jr.") to one member of a pool
 * of members serving on the letter's date. Precision comes first: a name that fits several
 * members equally well is AMBIGUOUS, never a guess.
 */
import type { MatchCandidate, MatchResult, RankedCandidate } from "../types";
import {
  areAliases,
  candidateForms,
  editDistance,
  isGenerational,
  isInitial,
  parsePrintedName,
  type CandidateForms,
  type PrintedName,
} from "./name-forms";

export interface MatchOptions {
  /** The chamber the signature's title implies; the pool is narrowed to it when it has a fit. */
  chamber?: "HOUSE" | "SENATE" | null;
}

/** How well the given name fits: the printed form of the first name the member goes by. */
const enum FirstFit {
  /** Surname only ("Scott"). */
  None = 0,
  /** An initial ("J. Smith"). */
  Initial = 1,
  /** A diminutive or clipped form ("Bill" for William), or a middle name. */
  Alias = 2,
  /** The first name, nickname or official first name as recorded. */
  Exact = 3,
}

interface Fit {
  forms: CandidateForms;
  first: FirstFit;
  score: number;
}

const MAX_CANDIDATES = 5;
/** Confidence is scaled by this when the chamber had no fit and the whole pool was used. */
const OTHER_CHAMBER_FACTOR = 0.85;
/** Confidence is scaled by this when other members also fit, but less well. */
const OUTRANKED_FACTOR = 0.9;

const ends = (words: string[], tail: string[]) =>
  tail.length > 0 && words.length >= tail.length && tail.every((t, i) => words[words.length - tail.length + i] === t);

/**
 * How a printed name fits one member, or null when something contradicts it (another first
 * name, a middle name the member does not have, another generation's suffix).
 */
function fit(p: PrintedName, f: CandidateForms): Fit | null {
  // The surname: all of it, or one part of a compound ("Rochester" for "Blunt Rochester").
  let given: string[];
  let fullSurname = true;
  if (ends(p.tokens, f.last)) given = p.tokens.slice(0, p.tokens.length - f.last.length);
  else if (f.last.length > 1 && [f.last[0], f.last[f.last.length - 1]].includes(p.tokens[p.tokens.length - 1])) {
    given = p.tokens.slice(0, -1);
    fullSurname = false;
  } else return null;

  if (p.suffix && f.suffix && isGenerational(p.suffix) && isGenerational(f.suffix) && p.suffix !== f.suffix) return null;
  // A quoted nickname the member is not known by contradicts them only if they have another one.
  if (p.nickname && !f.firsts.has(p.nickname) && !f.given.has(p.nickname) && f.candidate.nickname) return null;
  const nicknameFits = p.nickname !== null && (f.firsts.has(p.nickname) || [...f.firsts].some((n) => areAliases(n, p.nickname!)));

  let first = FirstFit.None;
  let used = 0;
  const g0 = given[0];
  if (g0 !== undefined) {
    used = 1;
    if (isInitial(g0)) {
      // "J. Luis Correa": an initial, then the name the member goes by.
      const initials = new Set([...f.firsts, ...f.given].map((n) => n[0]));
      if (!initials.has(g0)) return null;
      if (given[1] !== undefined && f.firsts.has(given[1])) {
        first = FirstFit.Exact;
        used = 2;
      } else first = FirstFit.Initial;
    } else if (f.firsts.has(g0)) first = FirstFit.Exact;
    else if ([...f.firsts].some((n) => areAliases(n, g0)) || f.given.has(g0)) first = FirstFit.Alias;
    else return null;
  }
  if (nicknameFits) first = FirstFit.Exact;

  // Further given tokens (middle names, initials) must agree with what is known of the member.
  let middles = 0;
  for (const t of given.slice(used)) {
    const known = [...f.given, ...f.last].some((n) => n === t || (isInitial(t) && n[0] === t) || (isInitial(n) && n === t[0]));
    if (known) middles++;
    else if (f.middles.length > 0) return null;
  }

  const exact = f.fullForms.has(p.tokens.join(" ")) || (nicknameFits && given.length === 0);
  const score = exact
    ? 1
    : Math.min(
        0.99,
        (fullSurname ? 0.5 : 0.4) +
          [0.05, 0.2, 0.3, 0.4][first] +
          (middles > 0 ? 0.05 : 0) +
          (p.suffix && p.suffix === f.suffix ? 0.04 : 0),
      );
  return { forms: f, first, score };
}

const byFit = (a: Fit, b: Fit) =>
  b.first - a.first || b.score - a.score || a.forms.candidate.bioguideId.localeCompare(b.forms.candidate.bioguideId);

const ranked = (fits: { forms: CandidateForms; score: number }[]): RankedCandidate[] =>
  fits.slice(0, MAX_CANDIDATES).map((x) => ({ bioguideId: x.forms.candidate.bioguideId, score: round(x.score) }));

const round = (x: number) => Math.round(x * 1000) / 1000;

export interface Matcher {
  match(printed: string, opts?: MatchOptions): MatchResult;
}

/** Precomputes name forms and a surname index for a pool; use one per letter date. */
export function buildMatcher(pool: MatchCandidate[]): Matcher {
  const all = pool.map(candidateForms);
  // Indexed by the first and last part of each surname, the keys `fit` can succeed on.
  const bySurname = new Map<string, CandidateForms[]>();
  for (const f of all) {
    for (const key of new Set([f.last[0], f.last[f.last.length - 1]])) {
      if (key) bySurname.set(key, [...(bySurname.get(key) ?? []), f]);
    }
  }

  function fitsIn(p: PrintedName, chamber: "HOUSE" | "SENATE" | null): Fit[] {
    const last = p.tokens[p.tokens.length - 1];
    return (bySurname.get(last) ?? [])
      .filter((f) => !chamber || f.candidate.chamber === chamber)
      .map((f) => fit(p, f))
      .filter((x): x is Fit => x !== null)
      .sort(byFit);
  }

  function suggestions(p: PrintedName, chamber: "HOUSE" | "SENATE" | null): RankedCandidate[] {
    const pool = chamber ? all.filter((f) => f.candidate.chamber === chamber) : all;
    const scored = pool.map((f) => {
      const printedLast = p.tokens.slice(-f.last.length).join(" ");
      const last = f.last.join(" ");
      const lastSim = 1 - editDistance(printedLast, last) / Math.max(printedLast.length, last.length, 1);
      const g0 = p.tokens.length > f.last.length ? p.tokens[0] : null;
      const firstBonus = g0 && [...f.firsts].some((n) => areAliases(n, g0) || n[0] === g0[0]) ? 0.1 : 0;
      return { forms: f, score: Math.max(0, Math.min(0.6, lastSim * 0.5 + firstBonus)) };
    });
    return ranked(scored.filter((s) => s.score > 0.25).sort((a, b) => b.score - a.score));
  }

  function decide(fits: Fit[], factor: number): MatchResult {
    const [best, second] = fits;
    const candidates = ranked(fits.map((x) => ({ forms: x.forms, score: x.score * factor })));
    const matched = (confidence: number): MatchResult => ({
      status: "MATCHED",
      bioguideId: best.forms.candidate.bioguideId,
      confidence: round(confidence),
      candidates,
    });
    if (!second) return matched(best.score * factor);
    // Several fit: only a strictly better kind of first-name fit decides ("Bill Johnson" over
    // a William Johnson), never a surname alone or a middle initial the others lack in the data.
    if (best.first > second.first && best.first >= FirstFit.Alias) return matched(best.score * factor * OUTRANKED_FACTOR);
    return { status: "AMBIGUOUS", bioguideId: null, confidence: round(best.score * factor * 0.5), candidates };
  }

  return {
    match(printed: string, opts: MatchOptions = {}): MatchResult {
      const p = parsePrintedName(printed);
      if (p.tokens.length === 0) return { status: "UNMATCHED", bioguideId: null, confidence: 0, candidates: [] };
      const chamber = opts.chamber ?? null;
      const inChamber = fitsIn(p, chamber);
      if (inChamber.length > 0) return decide(inChamber, 1);
      if (chamber) {
        const anywhere = fitsIn(p, null);
        if (anywhere.length > 0) return decide(anywhere, OTHER_CHAMBER_FACTOR);
      }
      return { status: "UNMATCHED", bioguideId: null, confidence: 0, candidates: suggestions(p, chamber) };
    },
  };
}

const matchers = new WeakMap<MatchCandidate[], Matcher>();

/** Matches one printed name; the pool's index is cached, so calling this per signer is cheap. */
export function matchName(printed: string, pool: MatchCandidate[], opts: MatchOptions = {}): MatchResult {
  let matcher = matchers.get(pool);
  if (!matcher) matchers.set(pool, (matcher = buildMatcher(pool)));
  return oneScale(matcher.match(printed, opts));
}

/**
 * One confidence scale for a row and its candidates (CLI, API and dashboard show the same
 * numbers): a candidate's score is how sure the matcher is that this member is the signer, and
 * the row's confidence is its best candidate's score. So an AMBIGUOUS row's candidates share its
 * halved confidence, and an UNMATCHED row is as confident as its best (typo) suggestion, which
 * is still never picked.
 */
function oneScale(r: MatchResult): MatchResult {
  if (r.status === "AMBIGUOUS") {
    const candidates = r.candidates.map((c) => ({ ...c, score: round(c.score * 0.5) }));
    return { ...r, candidates, confidence: candidates[0]?.score ?? 0 };
  }
  if (r.status === "UNMATCHED") return { ...r, confidence: r.candidates[0]?.score ?? 0 };
  const [top, ...rest] = r.candidates;
  return top && top.bioguideId === r.bioguideId ? { ...r, candidates: [{ ...top, score: r.confidence }, ...rest] } : r;
}
