/**
 * The work a letter worker does (worker-pool.ts runs it off the event loop): parse the text and
 * extract what the body names; then match the printed names against the members serving on the
 * letter's date. Plain data in and out (structured clone), errors as `{ code, message, line }`.
 */
import { extractEntities, headingOf } from "../extract/extract-entities";
import { matchName } from "../match/match-name";
import { LetterParseError, parseLetter } from "../parse/parse-letter";
import type { Extraction, MatchCandidate, MatchResult, ParsedLetter } from "../types";

/** More names than both chambers have seats is not a letter but a stress test. */
export const MAX_SIGNERS = 1000;

export type LetterTask =
  | { kind: "parse"; text: string }
  | {
      kind: "match";
      signers: { printed: string; chamber: "HOUSE" | "SENATE" | null }[];
      pool: MatchCandidate[];
      /** A digest of `pool`'s content: a worker that has matched against an equal pool reuses its index. */
      poolKey?: string;
    };

export interface ParseResult {
  parsed: ParsedLetter;
  extraction: Extraction;
}

/** An input problem found in the worker: becomes ImportInputError on the calling side. */
export interface TaskInputError {
  inputError: { message: string; code: string; line?: number };
}

/** Pools by content digest, newest last: a pool arrives as a fresh copy with every task, and matchName keeps its index per pool object. */
const pools = new Map<string, MatchCandidate[]>();
const POOLS_KEPT = 8;

/** The pool object to match against: an earlier one with the same digest (its index already built), or this one, remembered. */
function samePool(pool: MatchCandidate[], key: string | undefined): MatchCandidate[] {
  if (!key) return pool;
  const kept = pools.get(key);
  pools.delete(key);
  pools.set(key, kept ?? pool);
  if (pools.size > POOLS_KEPT) pools.delete(pools.keys().next().value!);
  return kept ?? pool;
}

export function runLetterTask(task: LetterTask): ParseResult | MatchResult[] | TaskInputError {
  if (task.kind === "match") {
    const pool = samePool(task.pool, task.poolKey);
    return task.signers.map((s) => matchName(s.printed, pool, { chamber: s.chamber }));
  }
  let parsed: ParsedLetter;
  try {
    parsed = parseLetter(task.text);
  } catch (e) {
    if (e instanceof LetterParseError) return { inputError: { message: e.message, code: e.code, line: e.line } };
    throw e;
  }
  if (parsed.signers.length > MAX_SIGNERS) {
    return {
      inputError: { message: `The letter has ${parsed.signers.length} signers; the limit is ${MAX_SIGNERS}.`, code: "TOO_MANY_SIGNERS" },
    };
  }
  return {
    parsed,
    extraction: parsed.signers.length && parsed.date ? extractEntities(parsed.body, headingOf(parsed)) : { mentions: [], topics: [] },
  };
}
