/**
 * PGlite is PostgreSQL in one process: two processes opening the same data folder would each
 * keep their own copy in memory and overwrite each other's writes. A lock file beside the folder
 * (PGlite wants the folder itself to hold only its own files) makes the second one stop with a
 * clear message instead.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {}

interface Holder {
  pid: number;
  purpose: string;
  since: string;
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Holder;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** ".data" -> ".data.lock", beside it. */
export const lockFileOf = (dir: string) => `${path.resolve(dir)}.lock`;

/** Takes the folder's lock for `purpose` ("the server on port 4000"); returns its release. */
export function lockDataDir(dir: string, purpose: string): () => void {
  const file = lockFileOf(dir);
  for (;;) {
    let fd: number;
    try {
      fd = openSync(file, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readHolder(file);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirLockedError(
          `The embedded database in ${dir} is in use by ${holder.purpose} (pid ${holder.pid}, since ${holder.since}). ` +
            "It serves one process at a time: stop that process first, import through the dashboard's Import page, " +
            "or set DATABASE_URL to a PostgreSQL server that several processes can share.",
        );
      }
      unlinkSync(file); // left behind by a process that is gone
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() }));
    closeSync(fd);
    const release = () => {
      if (readHolder(file)?.pid === process.pid) unlinkSync(file);
      process.off("exit", release);
    };
    process.on("exit", release);
    return release;
  }
}
