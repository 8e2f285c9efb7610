/**
 * The one entry point for reading a letter's text: parse, match and extract, all in the letter
 * worker pool (worker/worker-pool.ts), never on the event loop. Text from any source (a pasted
 * letter, a file, text extracted from a PDF or DOCX) goes through here. A letter the worker
 * cannot finish within the time or memory limit is refused with reason TOO_COMPLEX.
 */
import { createHash } from "node:crypto";
import { loadConfig } from "../../config";
import { ImportInputError } from "./import-errors";
import type { Extraction, MatchCandidate, MatchResult, ParsedLetter } from "./types";
import type { ParseResult, TaskInputError } from "./worker/letter-tasks";
import { LetterWorkerPool, TaskTooComplex, type LetterPoolOptions } from "./worker/worker-pool";

export const MAX_LETTER_BYTES = 2 * 1024 * 1024;

let shared: LetterWorkerPool | null = null;

/** The process's letter workers: sized from IMPORT_WORKERS, IMPORT_PARSE_TIMEOUT_MS and IMPORT_PARSE_MEMORY_MB unless configured. */
export function letterWorkers(): LetterWorkerPool {
  return (shared ??= new LetterWorkerPool(loadConfig().importWorkers!));
}

/** Replaces the process's pool (the server passes its config; tests pass small limits). */
export async function configureLetterWorkers(options: LetterPoolOptions): Promise<void> {
  const old = shared;
  shared = new LetterWorkerPool(options);
  await old?.close();
}

export async function closeLetterWorkers(): Promise<void> {
  const old = shared;
  shared = null;
  await old?.close();
}

export interface ParseAndMatchOptions {
  /** The members the printed names may be: those serving in the letter's chamber(s) on its date. */
  candidates(parsed: ParsedLetter & { date: string }): Promise<MatchCandidate[]>;
  /** A pool other than the process's (tests). */
  workers?: LetterWorkerPool;
}

export interface ParsedAndMatched {
  parsed: ParsedLetter & { date: string };
  /** One per signer, in order. */
  matches: MatchResult[];
  candidates: MatchCandidate[];
  extraction: Extraction;
}

async function inWorker<T>(workers: LetterWorkerPool, task: Parameters<LetterWorkerPool["run"]>[0]): Promise<T> {
  let out: T | TaskInputError;
  try {
    out = await workers.run<T | TaskInputError>(task);
  } catch (e) {
    if (e instanceof TaskTooComplex) {
      const what = { time: `${workers.options.timeoutMs} ms`, memory: `${workers.options.memoryMb} MB of memory`, stack: "the call stack" }[
        e.limit
      ];
      throw new ImportInputError(
        `The letter is too complex to read within ${what}; check that it is a letter (not a file of repeated text) or split it.`,
        "TOO_COMPLEX",
      );
    }
    throw e;
  }
  if (out && typeof out === "object" && "inputError" in out) {
    const { message, code, line } = (out as TaskInputError).inputError;
    throw new ImportInputError(message, code, line);
  }
  return out as T;
}

/**
 * The content digest of a candidate pool: the worker reuses the name index it built for an equal
 * pool (building it is most of a match; the same date's members are the same pool) and rebuilds it
 * whenever any member's fields differ.
 */
export function poolDigest(pool: readonly MatchCandidate[]): string {
  return createHash("sha256").update(JSON.stringify(pool)).digest("base64");
}

/** Parses `text`, loads the candidates for its date, and matches every signer, off the event loop. */
export async function parseAndMatchInWorker(text: string, options: ParseAndMatchOptions): Promise<ParsedAndMatched> {
  if (text.length > MAX_LETTER_BYTES || Buffer.byteLength(text, "utf8") > MAX_LETTER_BYTES) {
    throw new ImportInputError("The letter is larger than 2 MB.", "TOO_LARGE");
  }
  const workers = options.workers ?? letterWorkers();
  const { parsed, extraction } = await inWorker<ParseResult>(workers, { kind: "parse", text });
  if (!parsed.date) throw new ImportInputError("No date found in the letter.", "NO_DATE");
  if (parsed.signers.length === 0) throw new ImportInputError("No signers found in the letter.", "NO_SIGNERS");
  const dated = parsed as ParsedLetter & { date: string };
  const candidates = await options.candidates(dated);
  const matches = candidates.length
    ? await inWorker<MatchResult[]>(workers, {
        kind: "match",
        signers: dated.signers.map((s) => ({ printed: s.printed, chamber: s.chamber })),
        pool: candidates,
        poolKey: poolDigest(candidates),
      })
    : [];
  return { parsed: dated, matches, candidates, extraction };
}
