/**
 * Parsing, matching and extraction of letters in worker threads, so that a letter whose parse
 * grows with its size never holds the event loop: /healthz and every other request keep being
 * answered. A pool sized to the cores (IMPORT_WORKERS); each task has a hard time limit
 * (IMPORT_PARSE_TIMEOUT_MS) and a heap limit (IMPORT_PARSE_MEMORY_MB). A worker over either is
 * terminated and replaced, and the task fails with TaskTooComplex (BAD_USER_INPUT, reason
 * TOO_COMPLEX, to the client). Tasks beyond the pool's size wait their turn; waiting does not
 * count against the time limit.
 */
import type { LetterTask } from "./letter-tasks";
import { WorkerPool } from "./pool";

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

/** Letters' tasks in workers (worker/pool.ts): a hard time limit per task, a replacement started at once. */
export class LetterWorkerPool extends WorkerPool<LetterTask> {
  constructor(readonly options: LetterPoolOptions) {
    super(
      {
        entry: { dir: __dirname, name: "letter-worker" },
        resourceLimits: {
          maxOldGenerationSizeMb: options.memoryMb,
          maxYoungGenerationSizeMb: Math.min(64, Math.max(8, options.memoryMb / 8)),
          stackSizeMb: 4,
        },
        noun: "letter",
        watchdogMs: () => options.timeoutMs,
        restartOnProgress: false,
        timedOut: (ms) => new TaskTooComplex("time", `over ${ms} ms`),
        outOfMemory: () => new TaskTooComplex("memory", `over ${options.memoryMb} MB`),
        answer: (msg) => {
          if (msg.tooComplex) return { error: new TaskTooComplex(msg.tooComplex as "stack", "the call stack") };
          if ("failed" in msg) return { error: new Error(msg.failed as string) };
          return { value: msg.ok };
        },
        replaceAtOnce: true,
      },
      options.size,
    );
  }
}
