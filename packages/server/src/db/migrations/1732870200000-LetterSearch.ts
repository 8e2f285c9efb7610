import type { MigrationInterface, QueryRunner } from "typeorm";

/** Accent folding used by the API's search-by-name filters (no extension needed, so PGlite runs it too). */
const ACCENTED =
  "ÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮİŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞȘŤȚÙÚÛÜŪŮŰŲÝŸŹŻŽàáâãäåāăąçćčďèéêëēėęěìíîïīįıłñńňòóôõöøōőŕřśšşșťțùúûüūůűųýÿźżž";
const PLAIN = "AAAAAAAAACCCDEEEEEEEEIIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZaaaaaaaaacccdeeeeeeeeiiiiiiilnnnoooooooorrssssttuuuuuuuuyyzzz";

/**
 * Full-text search over a letter's title (weight A) and body (weight B): a generated tsvector
 * column with a GIN index; plus `signatory_fold(text)`, lower case without accents, and an
 * index for ordering letters by signer count.
 */
export class LetterSearch1732870200000 implements MigrationInterface {
  name = "LetterSearch1732870200000";

  async up(q: QueryRunner): Promise<void> {
    if (ACCENTED.length !== PLAIN.length) throw new Error("signatory_fold: mapping lengths differ");
    await q.query(`
      ALTER TABLE letter ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')
      ) STORED`);
    await q.query(`CREATE INDEX letter_search_idx ON letter USING GIN (search)`);
    await q.query(`CREATE INDEX letter_signer_count_idx ON letter (signer_count DESC, sent_on DESC, id DESC)`);
    await q.query(`CREATE INDEX signature_letter_member_idx ON signature (letter_id, bioguide_id)`);
    await q.query(
      `CREATE FUNCTION signatory_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT lower(translate(t, '${ACCENTED}', '${PLAIN}')) $$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION signatory_fold(text)`);
    await q.query(`DROP INDEX signature_letter_member_idx`);
    await q.query(`DROP INDEX letter_signer_count_idx`);
    await q.query(`DROP INDEX letter_search_idx`);
    await q.query(`ALTER TABLE letter DROP COLUMN search`);
  }
}
