import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Letter curation (modules/curation/):
 * - `deleted_letter`: a deleted letter with everything that hung on it (signatures, topics,
 *   mentions, sources) as one JSON snapshot, restorable for 30 days. The letter itself leaves
 *   the public tables, so every read, the stats rollup and the response cache see it gone
 *   through the triggers they already have; staff-only, so no data-version trigger.
 * - `letter_source`: every source a letter came from besides `letter.source_name` (a merge
 *   keeps the union), with the hash of each merged text so importing it again finds the letter; read by `Letter.sources`, so covered by the data-version trigger.
 * - an index for a letter's history (its audit rows).
 */
export class LetterCuration1732871600000 implements MigrationInterface {
  name = "LetterCuration1732871600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deleted_letter (
        id          uuid PRIMARY KEY,
        title       text NOT NULL,
        sent_on     date NOT NULL,
        deleted_at  timestamptz NOT NULL DEFAULT now(),
        deleted_by  text NOT NULL,
        reason      text,
        snapshot    jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX deleted_letter_deleted_at_idx ON deleted_letter (deleted_at DESC, id)`);
    await q.query(`
      CREATE TABLE letter_source (
        letter_id uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        name      text NOT NULL,
        content_hash varchar(64),
        added_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (letter_id, name)
      )`);
    await q.query(
      `CREATE TRIGGER letter_source_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON letter_source
       FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
    );
    await q.query(`CREATE INDEX letter_source_hash_idx ON letter_source (content_hash)`);
    await q.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_target_idx`);
    await q.query(`DROP TABLE letter_source`);
    await q.query(`DROP TABLE deleted_letter`);
  }
}
