/** A letter worker thread: runs each task it is sent (letter-tasks.ts) and posts the result back. */
import { parentPort } from "node:worker_threads";
import { runLetterTask, type LetterTask } from "./letter-tasks";

// Loaded: the pool starts a task's clock only now (loading, through tsx under tests, is not the letter's time).
parentPort!.postMessage({ ready: true });

parentPort!.on("message", (task: LetterTask) => {
  try {
    parentPort!.postMessage({ ok: runLetterTask(task) });
  } catch (e) {
    // Input deep enough to exhaust the stack (e.g. a regex over megabytes of one line) is a limit
    // like time and memory, not a crash.
    if (e instanceof RangeError && /call stack/i.test(e.message)) parentPort!.postMessage({ tooComplex: "stack" });
    else parentPort!.postMessage({ failed: e instanceof Error ? e.message : String(e) });
  }
});
