/** Finds the read-only reference data (../shared beside the project), or SIGNATORY_SHARED_DIR. */
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../config";

export function sharedDir(): string {
  const fromEnv = process.env.SIGNATORY_SHARED_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  for (let dir = REPO_ROOT; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared");
    if (existsSync(path.join(candidate, "letters")) && existsSync(path.join(candidate, "data"))) return candidate;
  }
  throw new Error("Reference data not found: put it at ../shared beside the project or set SIGNATORY_SHARED_DIR");
}

export const legislatorsDir = () => path.join(sharedDir(), "data", "congress-legislators");
export const lettersDir = () => path.join(sharedDir(), "letters");
export const SEED_LETTER = "2020-10-23-house-pompeo-artsakh";
export const committeesDir = () => path.join(sharedDir(), "data", "committees");
