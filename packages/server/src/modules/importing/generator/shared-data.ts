/**
 * Access to the shared reference folder (real letters and congress-legislators files) for
 * tests and benchmarks. The folder lives outside the repository and is never copied into it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sharedDir } from "../../../test/shared-dir";
import { loadLegislators, type Legislator } from "../../members/legislators-source";
import type { LetterChamberCode, SignerRoleCode } from "../types";

/**
 * The shared folder ($SIGNATORY_SHARED_DIR or ../shared beside the project). Throws when it is
 * missing, so tests that need it fail rather than silently running nothing.
 */
export function findSharedDir(): string {
  return sharedDir();
}

export interface ExpectedLetter {
  date: string;
  chamber: LetterChamberCode;
  recipients: { name: string; title: string | null }[];
  signers: { printed: string; bioguide: string; role: SignerRoleCode; state: string; party: string }[];
}

export interface RealLetter {
  name: string;
  text: string;
  expected: ExpectedLetter;
}

/** Every `NAME.md` with a `NAME.expected.json` in the shared letters folder. */
export function readRealLetters(sharedDir: string): RealLetter[] {
  const dir = path.join(sharedDir, "letters");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && existsSync(path.join(dir, f.replace(/\.md$/, ".expected.json"))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.md$/, ""),
      text: readFileSync(path.join(dir, f), "utf8"),
      expected: JSON.parse(readFileSync(path.join(dir, f.replace(/\.md$/, ".expected.json")), "utf8")) as ExpectedLetter,
    }));
}

export const LEGISLATORS_FILE = "legislators-2013-2026.yaml";

let cached: Promise<Legislator[]> | null = null;

/** Everyone who served 2013-2026, read once per process. */
export function sharedLegislators(sharedDir: string): Promise<Legislator[]> {
  cached ??= loadLegislators([path.join(sharedDir, "data", "congress-legislators", LEGISLATORS_FILE)]).then((r) => r.legislators);
  return cached;
}
