import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir, lockFileOf } from "./data-dir-lock";

const freshDir = () => mkdtempSync(path.join(tmpdir(), "signatory-lock-"));

describe("lockDataDir", () => {
  it("refuses a second holder while the first is alive, naming it", () => {
    const dir = freshDir();
    // A live process other than this one (our parent) holds the folder.
    writeFileSync(lockFileOf(dir), JSON.stringify({ pid: process.ppid, purpose: "the Signatory server (port 4000)", since: "now" }));
    expect(() => lockDataDir(dir, "`signatory import`")).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, "`signatory import`")).toThrow(/the Signatory server \(port 4000\)/);
  });

  it("takes over a lock left by a process that is gone", () => {
    const dir = freshDir();
    writeFileSync(lockFileOf(dir), JSON.stringify({ pid: 2 ** 22 + 12345, purpose: "a crashed server", since: "then" }));
    const release = lockDataDir(dir, "the test");
    expect(existsSync(lockFileOf(dir))).toBe(true);
    release();
    expect(existsSync(lockFileOf(dir))).toBe(false);
  });
});
