/**
 * A pool of worker threads that run one task each at a time, for work that must never hold the
 * event loop (letters: worker-pool.ts; documents: documents/document-pool.ts). What the two
 * share lives here: workers started up to `size` as tasks arrive, tasks beyond that waiting their
 * turn (waiting does not count against a limit), a watchdog per task, a worker over its heap
 * limit or past its watchdog terminated and replaced, an idle pool never keeping the process
 * alive while a task in flight does.
 *
 * A worker speaks a small protocol: `{ ready: true }` once its code has loaded, then for each
 * task any number of `{ progress }` (each restarts the watchdog when the kind says so) and one
 * answer, which the kind turns into the task's value or error. What differs between kinds is
 * in `WorkerKind`.
 */
import path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";

/** What a pool's workers are and what their answers and failures mean. */
export interface WorkerKind<Task> {
  /** The worker's module, next to the pool's (".js" compiled, ".ts" under tests through tsx). */
  entry: { dir: string; name: string };
  resourceLimits: ResourceLimits;
  /** Used in errors: "letter", "document". */
  noun: string;
  /** How long a task may run; with `restartOnProgress`, how long it may go without progress. */
  watchdogMs(task: Task): number;
  restartOnProgress: boolean;
  /** The error of a task the watchdog stopped after `ms`. */
  timedOut(ms: number): Error;
  /** The error of a task whose worker ran out of heap. */
  outOfMemory(): Error;
  /** A worker's answer: the value, or the error to reject the task with. */
  answer(message: Record<string, unknown>): { value: unknown } | { error: Error };
  /** Start a replacement as soon as a worker dies (letters: the next must not wait for one to boot), or when the next task comes. */
  replaceAtOnce: boolean;
}

interface Job<Task, Progress> {
  task: Task;
  onProgress?: (p: Progress) => void;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot<Task, Progress> {
  worker: Worker;
  /** The worker has loaded its code. */
  ready: boolean;
  /** Resolves once it has. */
  loaded: Promise<void>;
  job: Job<Task, Progress> | null;
  timer: NodeJS.Timeout | null;
}

function spawn(entry: { dir: string; name: string }, resourceLimits: ResourceLimits): Worker {
  const ext = path.extname(__filename);
  const file = path.join(entry.dir, `${entry.name}${ext}`);
  if (ext === ".ts") {
    return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { eval: true, resourceLimits });
  }
  return new Worker(file, { resourceLimits });
}

export class WorkerPool<Task, Progress = never> {
  private readonly slots: Slot<Task, Progress>[] = [];
  private readonly queue: Job<Task, Progress>[] = [];
  private closed = false;

  constructor(
    private readonly kind: WorkerKind<Task>,
    readonly size: number,
  ) {}

  /** Runs `task` in a worker: its value, or the kind's error (past the limits, bad input, a stopped worker). */
  run<T>(task: Task, onProgress?: (p: Progress) => void): Promise<T> {
    if (this.closed) return Promise.reject(this.closedError());
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, onProgress, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Tasks waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  get workers(): number {
    return this.slots.length;
  }

  /** Starts every worker now and waits until they have loaded (server start, benchmarks, tests): no task then waits for one to boot. */
  async warm(): Promise<void> {
    while (!this.closed && this.slots.length < this.size) this.add();
    await Promise.all(this.slots.map((s) => s.loaded));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(this.closedError());
    // Not awaited: a worker still booting can take long to stop, and shutdown must not wait for it (process exit ends it).
    for (const s of this.slots.splice(0)) void s.worker.terminate();
  }

  private closedError(): Error {
    return new Error(`The ${this.kind.noun} worker pool is closed.`);
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.add();
      }
      slot.job = this.queue.shift()!;
      slot.worker.ref(); // a task in flight keeps the process alive (the CLI waits for it)
      if (slot.ready) this.post(slot);
    }
  }

  private add(): Slot<Task, Progress> {
    let loaded!: () => void;
    const slot: Slot<Task, Progress> = {
      worker: spawn(this.kind.entry, this.kind.resourceLimits),
      ready: false,
      loaded: new Promise<void>((r) => (loaded = r)),
      job: null,
      timer: null,
    };
    slot.worker.unref(); // an idle pool never keeps the process alive
    slot.worker.on("message", (msg: Record<string, unknown>) => {
      if (msg.ready) {
        slot.ready = true;
        loaded();
        if (slot.job) this.post(slot);
        return;
      }
      if ("progress" in msg) {
        if (this.kind.restartOnProgress) this.arm(slot);
        try {
          slot.job?.onProgress?.(msg.progress as Progress);
        } catch {
          // a progress listener's failure is not the task's
        }
        return;
      }
      const job = this.finish(slot);
      if (!job) return;
      const answer = this.kind.answer(msg);
      if ("value" in answer) job.resolve(answer.value);
      else job.reject(answer.error);
    });
    slot.worker.on("error", (e: Error & { code?: string }) => {
      const job = this.finish(slot);
      this.replace(slot);
      job?.reject(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? this.kind.outOfMemory() : e);
    });
    slot.worker.on("exit", () => {
      const job = this.finish(slot);
      this.replace(slot);
      job?.reject(this.closed ? this.closedError() : new Error(`A ${this.kind.noun} worker stopped unexpectedly.`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Sends the slot's task and starts its watchdog. */
  private post(slot: Slot<Task, Progress>): void {
    this.arm(slot);
    slot.worker.postMessage(slot.job!.task);
  }

  /** (Re)starts the slot's watchdog: past it the worker is terminated and replaced, and the task fails. */
  private arm(slot: Slot<Task, Progress>): void {
    if (!slot.job) return;
    if (slot.timer) clearTimeout(slot.timer);
    const ms = this.kind.watchdogMs(slot.job.task);
    slot.timer = setTimeout(() => {
      const job = this.finish(slot);
      this.replace(slot);
      void slot.worker.terminate();
      job?.reject(this.kind.timedOut(ms));
    }, ms);
  }

  /** Detaches the slot's task (once), making the slot idle. */
  private finish(slot: Slot<Task, Progress>): Job<Task, Progress> | null {
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

  /** Removes a dead or terminated worker; its replacement starts at once or with the next task (the kind says). */
  private replace(slot: Slot<Task, Progress>): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (this.closed) return;
    if (this.kind.replaceAtOnce) this.add();
    else if (this.queue.length) this.dispatch();
  }
}
