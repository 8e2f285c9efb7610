import type { EntityManager } from "typeorm";

/**
 * A letter and the rows that hang on it, as one JSON value: what `deleteLetter` keeps so that
 * `restoreLetter` can put everything back with the same ids. Columns are read from the catalog
 * (generated columns such as `letter.search` are left to the database), so a column added by a
 * later migration travels too.
 */
interface Hanging {
  table: string;
  /** Which rows hang on the letter (`t` is the table, $1 the letter's id). */
  where: string;
  /** On restore, rows are put back only where their other parents still exist (`r` is the row). */
  keepIf?: string;
}

/** The letter first, then every table that references it (parents before children). */
const TABLES: Hanging[] = [
  { table: "letter", where: "t.id = $1" },
  { table: "signature", where: "t.letter_id = $1" },
  { table: "letter_topic", where: "t.letter_id = $1" },
  { table: "letter_mention", where: "t.letter_id = $1" },
  { table: "letter_source", where: "t.letter_id = $1" },
  { table: "letter_original", where: "t.letter_id = $1" },
  { table: "letter_fingerprint", where: "t.letter_id = $1" },
  { table: "letter_band", where: "t.letter_id = $1" },
  { table: "letter_series_member", where: "t.letter_id = $1", keepIf: "EXISTS (SELECT 1 FROM letter_series s WHERE s.id = r.series_id)" },
  {
    table: "letter_version_link",
    where: "$1 IN (t.letter_id, t.other_id)",
    keepIf: "EXISTS (SELECT 1 FROM letter l WHERE l.id = r.letter_id) AND EXISTS (SELECT 1 FROM letter l WHERE l.id = r.other_id)",
  },
  { table: "scorecard_letter", where: "t.letter_id = $1", keepIf: "EXISTS (SELECT 1 FROM scorecard s WHERE s.id = r.scorecard_id)" },
];

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
  for (const { table, where } of TABLES) {
    const columns = await writableColumns(em, table);
    const [{ rows }] = await em.query(
      `SELECT coalesce(jsonb_agg(jsonb_build_object(${columns.map((c) => `'${c}', t."${c}"`).join(", ")})), '[]'::jsonb) AS rows
         FROM ${table} t WHERE ${where}`,
      [letterId],
    );
    out[table] = rows;
  }
  return out;
}

/** Inserts the snapshot's rows back, parents first (the tables' triggers count them again). */
export async function restoreSnapshot(em: EntityManager, snapshot: LetterSnapshot): Promise<void> {
  for (const { table, keepIf } of TABLES) {
    const rows = snapshot[table] ?? [];
    if (!rows.length) continue;
    const present = new Set(Object.keys(rows[0]));
    const columns = (await writableColumns(em, table)).filter((c) => present.has(c));
    await em.query(
      `INSERT INTO ${table} (${quoted(columns)})
       SELECT ${columns.map((c) => `r."${c}"`).join(", ")} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) r
        ${keepIf ? `WHERE ${keepIf}` : ""}`,
      [JSON.stringify(rows)],
    );
  }
}
