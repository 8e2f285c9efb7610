import DataLoader from "dataloader";
import type { Database } from "../../db/database";

/** Per-request loaders of the curation module. */
export function curationLoaders(db: Database) {
  return {
    /** Every source of each letter: its own `source_name`, then the merged ones; one statement per batch. */
    letterSources: new DataLoader<string, string[]>(async (ids) => {
      const rows = await db.query<{ id: string; sources: string[] }>(
        `SELECT l.id, array_remove(array_prepend(l.source_name,
                  coalesce((SELECT array_agg(s.name ORDER BY s.added_at, s.name) FROM letter_source s WHERE s.letter_id = l.id), '{}')), NULL) AS sources
           FROM letter l WHERE l.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r.sources]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
