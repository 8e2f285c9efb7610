/**
 * Files are read in document worker threads, never on the event loop: pdf.js parsing, page
 * rendering at 200 dpi, OCR (tesseract's own thread, started by each document worker) and
 * Word unzipping. A server import therefore leaves /healthz and every other request answered,
 * and a folder import reads as many files at once as there are workers (DOCUMENT_WORKERS,
 * default 2 or the cores if fewer), while each letter is still stored by the caller in its own
 * transaction. Each worker posts per-page progress. A worker that stops making progress (no
 * page finished within the OCR page limit plus 30 s) or runs out of heap
 * (DOCUMENT_WORKER_MEMORY_MB, default 1024) is terminated and replaced; the file fails with a
 * DocumentError (BAD_USER_INPUT to the client).
 */
import os from "node:os";
import { WorkerPool } from "../worker/pool";
import { DocumentError } from "./document-error";
import type { DocumentTask } from "./document-worker";
import { documentLimits, type DocumentLimits } from "./limits";
import type { PlacedSignature } from "./original-storage";
import type { DocumentProgress, DocumentText } from "./read-document";

export interface DocumentPoolOptions {
  size: number;
  memoryMb: number;
  /** Longest a file may go without a page finished; default the OCR page limit plus 30 s. */
  stallMs?: number;
}

export interface ReadOptions {
  limits?: DocumentLimits;
  onProgress?: (p: DocumentProgress) => void;
}

const positiveInt = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return n;
};

/** DOCUMENT_WORKERS (default: 2, or the cores if fewer) and DOCUMENT_WORKER_MEMORY_MB (default 1024). */
export function documentPoolOptions(env: NodeJS.ProcessEnv = process.env): DocumentPoolOptions {
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  return {
    size: positiveInt("DOCUMENT_WORKERS", env.DOCUMENT_WORKERS, Math.min(2, cores)),
    memoryMb: positiveInt("DOCUMENT_WORKER_MEMORY_MB", env.DOCUMENT_WORKER_MEMORY_MB, 1024),
  };
}

/** Files read in workers (worker/pool.ts): the watchdog restarts with each page read; a replacement starts with the next file. */
export class DocumentWorkerPool extends WorkerPool<DocumentTask, DocumentProgress> {
  constructor(readonly options: DocumentPoolOptions = documentPoolOptions()) {
    super(
      {
        entry: { dir: __dirname, name: "document-worker" },
        resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
        noun: "document",
        watchdogMs: (task) => options.stallMs ?? task.limits.ocrPageTimeoutMs + 30_000,
        restartOnProgress: true,
        timedOut: (ms) =>
          new DocumentError(`Reading the file stopped: no page was read within ${Math.round(ms / 1000)} s.`, "READ_TIMEOUT"),
        outOfMemory: () => new DocumentError(`The file needs more than ${options.memoryMb} MB of memory to read.`, "TOO_COMPLEX"),
        answer: (msg) => {
          if ("ok" in msg) return { value: msg.ok };
          const input = msg.inputError as { message: string; reason: string } | undefined;
          if (input) return { error: new DocumentError(input.message, input.reason) };
          return { error: new Error(msg.failed as string) };
        },
        replaceAtOnce: false,
      },
      options.size,
    );
  }

  /** Reads a file in a worker; DocumentError for input that cannot be read. */
  read(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<DocumentText> {
    return this.run<DocumentText>({ kind: "read", bytes, name, limits: options.limits ?? documentLimits() }, options.onProgress);
  }

  /** Renders the page crop (PNG) where a signature was read, off the event loop. */
  async crop(pdf: Uint8Array, box: PlacedSignature): Promise<Buffer> {
    return Buffer.from(await this.run<Uint8Array>({ kind: "crop", bytes: pdf, box, limits: documentLimits() }));
  }
}

let shared: DocumentWorkerPool | null = null;

/** The process's document workers (DOCUMENT_WORKERS). */
export function documentWorkers(): DocumentWorkerPool {
  return (shared ??= new DocumentWorkerPool());
}

export async function closeDocumentWorkers(): Promise<void> {
  const old = shared;
  shared = null;
  await old?.close();
}

/** One file of a folder: its bytes (unless they could not be loaded) and its read, settled. */
export interface FolderFile<F> {
  file: F;
  name: string;
  bytes: Uint8Array;
  /** The read's outcome: resolves to the text or rejects with the reason (a DocumentError, or the load's error). */
  read(): Promise<DocumentText>;
}

/**
 * Reads files through the pool, at most `window` at a time (default: the workers plus one),
 * and yields each one in the order given as soon as it is read. The caller stores each letter
 * (one transaction each) on the main thread while the workers read the next files.
 */
export async function* readInOrder<F>(
  files: F[],
  load: (file: F) => Promise<{ bytes: Uint8Array; name: string }>,
  pool: DocumentWorkerPool,
  options: {
    onProgress?: (file: F, p: DocumentProgress) => void;
    /** The file's read has ended (read or failed); it waits to be stored. */
    onSettled?: (file: F) => void;
    window?: number;
    limits?: DocumentLimits;
  } = {},
): AsyncGenerator<FolderFile<F>> {
  const window = options.window ?? pool.options.size + 1;
  type Settled = { file: F; name: string; bytes: Uint8Array; ok?: DocumentText; error?: unknown };
  const start = async (file: F): Promise<Settled> => {
    let loaded: { bytes: Uint8Array; name: string };
    try {
      loaded = await load(file);
    } catch (error) {
      return { file, name: String(file), bytes: new Uint8Array(), error };
    }
    const onProgress = options.onProgress && ((p: DocumentProgress) => options.onProgress!(file, p));
    const settled = pool.read(loaded.bytes, loaded.name, { limits: options.limits, onProgress }).then(
      (ok) => ({ file, ...loaded, ok }),
      (error: unknown) => ({ file, ...loaded, error }),
    );
    void settled.then(() => options.onSettled?.(file));
    return settled;
  };
  const inFlight: Promise<Settled>[] = [];
  let next = 0;
  while (next < files.length && inFlight.length < window) inFlight.push(start(files[next++]));
  while (inFlight.length) {
    const done = await inFlight.shift()!;
    if (next < files.length) inFlight.push(start(files[next++]));
    yield {
      file: done.file,
      name: done.name,
      bytes: done.bytes,
      read: () => ("ok" in done && done.ok ? Promise.resolve(done.ok) : Promise.reject(done.error)),
    };
  }
}
