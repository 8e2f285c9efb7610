/**
 * Parsing, matching and extraction of letters in worker threads, so that a letter whose parse
 * grows with its size never holds the event loop: /healthz and every other request keep being
 * answered. A pool sized to the cores (IMPORT_WORKERS); each task has a hard time limit
 * (IMPORT_PARSE_TIMEOUT_MS) and a heap limit (IMPORT_PARSE_MEMORY_MB). A worker over either is
 * terminated and replaced, and the task fails with TaskTooComplex (BAD_USER_INPUT, reason
 * TOO_COMPLEX, to the client). Tasks beyond the pool's size wait their turn; waiting does not
 * count against the time limit.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { LetterTask } from "./letter-tasks";

export interface LetterPoolOptions {
  size: number;
  timeoutMs: number;
  memoryMb: number;
}

/** A task stopped at the pool's time or memory limit. */
export class TaskTooComplex extends Error {
  constructor(
    readonly limit: "time" | "memory" | "stack",
    detail: string,
  ) {
    super(detail);
  }
}

interface Job {
  task: LetterTask;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its code. */
  ready: boolean;
  /** Resolves once it has. */
  loaded: Promise<void>;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** The worker's entry: the compiled .js, or under tests the .ts source through tsx. */
function spawn(memoryMb: number): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `letter-worker${ext}`);
  const resourceLimits = {
    maxOldGenerationSizeMb: memoryMb,
    maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 8)),
    stackSizeMb: 4,
  };
  if (ext === ".ts") {
    return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { eval: true, resourceLimits });
  }
  return new Worker(file, { resourceLimits });
}

export class LetterWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(readonly options: LetterPoolOptions) {}

  /** Runs `task` in a worker; rejects with TaskTooComplex past the limits. */
  run<T>(task: LetterTask): Promise<T> {
    if (this.closed) return Promise.reject(new Error("The letter worker pool is closed."));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot) {
        if (this.slots.length >= this.options.size) return;
        slot = this.add();
      }
      this.start(slot, this.queue.shift()!);
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
    slot.worker.on("message", (msg: { ready?: true; ok?: unknown; failed?: string; tooComplex?: "stack" }) => {
      if (msg.ready) {
        slot.ready = true;
        loaded();
        if (slot.job) this.post(slot);
        return;
      }
      const job = this.finish(slot);
      if (!job) return;
      if (msg.tooComplex) job.reject(new TaskTooComplex(msg.tooComplex, "the call stack"));
      else if ("failed" in msg) job.reject(new Error(msg.failed));
      else job.resolve(msg.ok);
    });
    slot.worker.on("error", (e: Error & { code?: string }) => {
      const job = this.finish(slot);
      this.replace(slot);
      if (!job) return;
      job.reject(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? new TaskTooComplex("memory", `over ${this.options.memoryMb} MB`) : e);
    });
    slot.worker.on("exit", () => {
      const job = this.finish(slot);
      this.replace(slot);
      job?.reject(this.closed ? new Error("The letter worker pool is closed.") : new Error("A letter worker stopped unexpectedly."));
    });
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref(); // a task in flight keeps the process alive (the CLI waits for it)
    if (slot.ready) this.post(slot);
  }

  /** Sends the slot's job and starts its clock. */
  private post(slot: Slot): void {
    const job = slot.job!;
    slot.timer = setTimeout(() => {
      const running = this.finish(slot);
      this.replace(slot);
      void slot.worker.terminate();
      running?.reject(new TaskTooComplex("time", `over ${this.options.timeoutMs} ms`));
    }, this.options.timeoutMs);
    slot.worker.postMessage(job.task);
  }

  /** Detaches the slot's job (once), making the slot idle. */
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

  /** Removes a dead or terminated worker and starts its replacement at once, so it has loaded before the next letter. */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (!this.closed) this.add();
  }

  /** Starts every worker now and waits until they have loaded (server start; tests), so no letter waits for a worker to boot. */
  async warm(): Promise<void> {
    while (!this.closed && this.slots.length < this.options.size) this.add();
    await Promise.all(this.slots.map((s) => s.loaded));
  }

  get workers(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("The letter worker pool is closed."));
    // Not awaited: a worker still booting can take long to stop, and shutdown must not wait for it (process.exit ends it).
    for (const s of this.slots.splice(0)) void s.worker.terminate();
  }
}
