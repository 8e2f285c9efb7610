import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The file a letter was imported from (PDF, Word or text): its bytes and sha256, and where each
 * signature was read (page and box, for the reviewer's page crop). One row per letter, written
 * in the letter's import transaction. The letter page reads whether it exists, so writes bump
 * the response cache's data version like the other public tables.
 */
export class LetterOriginal1732871200000 implements MigrationInterface {
  name = "LetterOriginal1732871200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE letter_original (
        letter_id uuid PRIMARY KEY REFERENCES letter(id) ON DELETE CASCADE,
        file_name varchar(255) NOT NULL,
        media_type varchar(120) NOT NULL,
        byte_size int NOT NULL CHECK (byte_size >= 0),
        sha256 char(64) NOT NULL,
        pages int NOT NULL DEFAULT 1,
        ocr_pages int[] NOT NULL DEFAULT '{}',
        signature_boxes jsonb NOT NULL DEFAULT '[]',
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX letter_original_sha256 ON letter_original (sha256)`);
    await q.query(
      `CREATE TRIGGER letter_original_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON letter_original
       FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letter_original`);
  }
}
