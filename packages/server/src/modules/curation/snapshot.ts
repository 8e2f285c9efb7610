import type { EntityManager } from "typeorm";

/**
 * A letter and the rows that hang on it, as one JSON value: what `deleteLetter` keeps so that
 * `restoreLetter` can put everything back with the same ids. Columns are read from the catalog
 * (generated columns such as `letter.search` are left to the database), so a column added by a
 * later migration travels too.
 */
const TABLES = [
  { table: "letter", key: "id" },
  { table: "signature", key: "letter_id" },
  { table: "letter_topic", key: "letter_id" },
  { table: "letter_mention", key: "letter_id" },
  { table: "letter_source", key: "letter_id" },
] as const;

export type LetterSnapshot = Record<string, Record<string, unknown>[]>;

async function writableColumns(em: EntityManager, table: string): Promise<string[]> {
  const rows: { column_name: string }[] = await em.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

/** Every row of the letter, its signatures, topics, mentions and sources. */
export async function takeSnapshot(em: EntityManager, letterId: string): Promise<LetterSnapshot> {
  const out: LetterSnapshot = {};
  for (const { table, key } of TABLES) {
    const columns = await writableColumns(em, table);
    const [{ rows }] = await em.query(
      `SELECT coalesce(jsonb_agg(jsonb_build_object(${columns.map((c) => `'${c}', t."${c}"`).join(", ")})), '[]'::jsonb) AS rows
         FROM ${table} t WHERE t.${key} = $1`,
      [letterId],
    );
    out[table] = rows;
  }
  return out;
}

/** Inserts the snapshot's rows back, parents first (the tables' triggers count them again). */
export async function restoreSnapshot(em: EntityManager, snapshot: LetterSnapshot): Promise<void> {
  for (const { table } of TABLES) {
    const rows = snapshot[table] ?? [];
    if (!rows.length) continue;
    const present = new Set(Object.keys(rows[0]));
    const columns = (await writableColumns(em, table)).filter((c) => present.has(c));
    await em.query(
      `INSERT INTO ${table} (${quoted(columns)}) SELECT ${quoted(columns)} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
      [JSON.stringify(rows)],
    );
  }
}
