/** Loads the reference committee files into a test database (as `members sync --from ../shared/data/committees` does). */
import type { Database } from "../db/database";
import { classifySources, loadCommittees, type CommitteeData } from "../modules/committees/committees-source";
import { syncCommittees } from "../modules/committees/committees-sync";
import { committeesDir } from "./shared-dir";

let data: Promise<CommitteeData> | null = null;

export async function syncReferenceCommittees(db: Database, on = "2026-06-20") {
  data ??= classifySources([committeesDir()])
    .then(loadCommittees)
    .then((d) => d!);
  return syncCommittees(db, await data, on);
}
