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
import path from "node:path";
import { Worker } from "node:worker_threads";
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

interface Job {
  task: DocumentTask;
  onProgress?: (p: DocumentProgress) => void;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  loaded: Promise<void>;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

type Message =
  | { ready: true }
  | { progress: DocumentProgress }
  | { ok: unknown }
  | { inputError: { message: string; reason: string } }
  | { failed: string };

function spawn(memoryMb: number): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `document-worker${ext}`);
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  if (ext === ".ts") {
    return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { eval: true, resourceLimits });
  }
  return new Worker(file, { resourceLimits });
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

export class DocumentWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(readonly options: DocumentPoolOptions = documentPoolOptions()) {}

  /** Reads a file in a worker; DocumentError for input that cannot be read. */
  read(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<DocumentText> {
    return this.run<DocumentText>({ kind: "read", bytes, name, limits: options.limits ?? documentLimits() }, options.onProgress);
  }

  /** Renders the page crop (PNG) where a signature was read, off the event loop. */
  async crop(pdf: Uint8Array, box: PlacedSignature): Promise<Buffer> {
    return Buffer.from(await this.run<Uint8Array>({ kind: "crop", bytes: pdf, box, limits: documentLimits() }));
  }

  private run<T>(task: DocumentTask, onProgress?: (p: DocumentProgress) => void): Promise<T> {
    if (this.closed) return Promise.reject(new Error("The document worker pool is closed."));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, onProgress, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Files waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  get workers(): number {
    return this.slots.length;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot) {
        if (this.slots.length >= this.options.size) return;
        slot = this.add();
      }
      slot.job = this.queue.shift()!;
      slot.worker.ref(); // a file in flight keeps the process alive (the CLI waits for it)
      if (slot.ready) this.post(slot);
    }
  }

  private add(): Slot {
    let loaded!: () => void;
    const slot: Slot = {
      worker: spawn(this.options.memoryMb),
      ready: false,
      loaded: new Promise<void>((r) => (loaded = r)),
      job: null,
      timer: null,
    };
    slot.worker.unref(); // an idle pool never keeps the process alive
    slot.worker.on("message", (msg: Message) => {
      if ("ready" in msg) {
        slot.ready = true;
        loaded();
        if (slot.job) this.post(slot);
        return;
      }
      if ("progress" in msg) {
        this.arm(slot);
        try {
          slot.job?.onProgress?.(msg.progress);
        } catch {
          // a progress listener's failure is not the file's
        }
        return;
      }
      const job = this.finish(slot);
      if (!job) return;
      if ("ok" in msg) job.resolve(msg.ok);
      else if ("inputError" in msg) job.reject(new DocumentError(msg.inputError.message, msg.inputError.reason));
      else job.reject(new Error(msg.failed));
    });
    slot.worker.on("error", (e: Error & { code?: string }) => {
      const job = this.finish(slot);
      this.replace(slot);
      if (!job) return;
      job.reject(
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new DocumentError(`The file needs more than ${this.options.memoryMb} MB of memory to read.`, "TOO_COMPLEX")
          : e,
      );
    });
    slot.worker.on("exit", () => {
      const job = this.finish(slot);
      this.replace(slot);
      job?.reject(new Error(this.closed ? "The document worker pool is closed." : "A document worker stopped unexpectedly."));
    });
    this.slots.push(slot);
    return slot;
  }

  private stallMs(slot: Slot): number {
    return this.options.stallMs ?? slot.job!.task.limits.ocrPageTimeoutMs + 30_000;
  }

  /** (Re)starts the slot's watchdog: a file must finish a page within stallMs. */
  private arm(slot: Slot): void {
    if (!slot.job) return;
    if (slot.timer) clearTimeout(slot.timer);
    const ms = this.stallMs(slot);
    slot.timer = setTimeout(() => {
      const job = this.finish(slot);
      this.replace(slot);
      void slot.worker.terminate();
      job?.reject(new DocumentError(`Reading the file stopped: no page was read within ${Math.round(ms / 1000)} s.`, "READ_TIMEOUT"));
    }, ms);
  }

  private post(slot: Slot): void {
    this.arm(slot);
    slot.worker.postMessage(slot.job!.task);
  }

  private finish(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (job) {
      slot.worker.unref();
      queueMicrotask(() => this.dispatch());
    }
    return job;
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (!this.closed && this.queue.length) this.dispatch();
  }

  /** Starts every worker and waits until they have loaded (benchmarks; tests). */
  async warm(): Promise<void> {
    while (!this.closed && this.slots.length < this.options.size) this.add();
    await Promise.all(this.slots.map((s) => s.loaded));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("The document worker pool is closed."));
    // Not awaited: process exit ends a worker that is slow to stop.
    for (const s of this.slots.splice(0)) void s.worker.terminate();
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
