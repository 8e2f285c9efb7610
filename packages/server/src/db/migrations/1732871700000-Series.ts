import type { MigrationInterface, QueryRunner } from "typeorm";
import { fingerprint } from "../../modules/series/fingerprint";
import { storeFingerprints } from "../../modules/series/lineage";

/** Tables the public API reads for series and versions: writes to them bump the data version. */
const VERSIONED = ["letter_series", "letter_series_member", "letter_version_link"] as const;

/**
 * Recurring letters (issue #17):
 * - `letter_fingerprint`: each letter's MinHash signature; `letter_band`: its LSH band keys
 *   (B-tree, so the letters sharing a band with a new one are one index lookup);
 * - `letter_series`: a stable id and a staff-editable name;
 * - `letter_series_member`: which series a letter belongs to (at most one);
 * - `letter_version_link`: every earlier-version candidate found on import, with its score,
 *   how it was found (TEXT or FOLLOW_UP) and its status (JOINED automatically, POSSIBLE below
 *   the threshold, CONFIRMED or REJECTED by staff).
 * Existing letters get their fingerprint here; they are not grouped retroactively.
 */
export class Series1732871700000 implements MigrationInterface {
  name = "Series1732871700000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE letter_fingerprint (
        letter_id uuid PRIMARY KEY REFERENCES letter (id) ON DELETE CASCADE,
        minhash   int[] NOT NULL,
        shingles  int NOT NULL
      )`);
    // One row per LSH band key: a B-tree the planner estimates well (a GIN over int[] has no
    // statistics for near-unique keys, and PostgreSQL then scans the whole table).
    await q.query(`
      CREATE TABLE letter_band (
        band_key  int NOT NULL,
        letter_id uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, letter_id)
      )`);
    await q.query(`CREATE INDEX letter_band_letter_idx ON letter_band (letter_id)`);
    await q.query(`
      CREATE TABLE letter_series (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE letter_series_member (
        letter_id uuid PRIMARY KEY REFERENCES letter (id) ON DELETE CASCADE,
        series_id uuid NOT NULL REFERENCES letter_series (id) ON DELETE CASCADE,
        added_by  varchar(10) NOT NULL CHECK (added_by IN ('AUTO', 'STAFF')),
        added_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX letter_series_member_series_idx ON letter_series_member (series_id)`);
    await q.query(`
      CREATE TABLE letter_version_link (
        letter_id uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        other_id  uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        score     real NOT NULL,
        method    varchar(10) NOT NULL CHECK (method IN ('TEXT', 'FOLLOW_UP')),
        status    varchar(10) NOT NULL CHECK (status IN ('JOINED', 'POSSIBLE', 'CONFIRMED', 'REJECTED')),
        phrase    text,
        PRIMARY KEY (letter_id, other_id),
        CHECK (letter_id <> other_id)
      )`);
    await q.query(`CREATE INDEX letter_version_link_other_idx ON letter_version_link (other_id)`);
    for (const table of VERSIONED) {
      await q.query(
        `CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
      );
    }
    // Fingerprints of the letters already stored, a batch at a time.
    for (let after = "00000000-0000-0000-0000-000000000000"; ;) {
      const rows: { id: string; body: string | null }[] = await q.query(`SELECT id, body FROM letter WHERE id > $1 ORDER BY id LIMIT 500`, [
        after,
      ]);
      if (!rows.length) break;
      const fps = rows.map((r) => ({ letter_id: r.id, ...fingerprint(r.body ?? "") }));
      await storeFingerprints(q, fps);
      after = rows[rows.length - 1].id;
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED) await q.query(`DROP TRIGGER ${table}_data_version ON ${table}`);
    await q.query(`DROP TABLE letter_version_link`);
    await q.query(`DROP TABLE letter_series_member`);
    await q.query(`DROP TABLE letter_series`);
    await q.query(`DROP TABLE letter_band`);
    await q.query(`DROP TABLE letter_fingerprint`);
  }
}
