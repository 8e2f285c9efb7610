import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * `signature.letter_sent_on`: a copy of the signature's letter's date, so that "a member's
 * signatures, newest letter first" is one index range (`signature_member_date_idx`) read for only
 * the rows a page needs. With the date only on `letter`, PostgreSQL read every signature of the
 * member (~680 of them at the benchmark's scale 1.0), joined each to its letter and sorted them all
 * for a page of 10 (benchmark query Q2: 20 members a request).
 *
 * The database keeps the copy right whoever writes (the server, `signatory import`, psql, a
 * restored snapshot):
 * - BEFORE INSERT on signature, and BEFORE UPDATE of its letter_id or letter_sent_on, sets it from
 *   the letter, whatever the statement gave (writers need not know the column);
 * - AFTER UPDATE OF sent_on on letter copies the new date to the letter's signatures. It first
 *   waits for concurrent signature writers (SHARE ROW EXCLUSIVE on signature, until commit):
 *   otherwise a signature inserted in a transaction still open, whose trigger read the old date,
 *   would keep it. A new signature writer then waits for the move to commit and reads the new
 *   date. Date edits are rare (curation, psql); the stats rollup takes the same lock for them.
 *
 * The column is not on the TypeORM entity: it is an index column of the database, never read as a
 * field (the entity's columns are those the API maps, see read-columns.integration.test.ts).
 * A bulk load with triggers off (`session_replication_role = replica`, the benchmark generator)
 * must fill it itself; the NOT NULL constraint refuses a load that forgets.
 */
export class SignatureLetterDate1732873000000 implements MigrationInterface {
  name = "SignatureLetterDate1732873000000";

  async up(q: QueryRunner): Promise<void> {
    // No letter date changes between the backfill and the triggers (ADD COLUMN below locks
    // signature against everyone until this migration commits).
    await q.query(`LOCK TABLE letter IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`ALTER TABLE signature ADD COLUMN letter_sent_on date`);
    // The backfill moves no stats counts (same letters, same dates): the rollup's trigger, which
    // would aggregate every signature twice to find that out, sits it out.
    await q.query(`ALTER TABLE signature DISABLE TRIGGER signature_month_count_update`);
    await q.query(`UPDATE signature s SET letter_sent_on = l.sent_on FROM letter l WHERE l.id = s.letter_id`);
    await q.query(`ALTER TABLE signature ENABLE TRIGGER signature_month_count_update`);
    await q.query(`ALTER TABLE signature ALTER COLUMN letter_sent_on SET NOT NULL`);
    await q.query(`CREATE INDEX signature_member_date_idx ON signature (bioguide_id, letter_sent_on DESC, id DESC)`);
    await q.query(`
      CREATE FUNCTION signatory_signature_letter_sent_on() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE sent date;
      BEGIN
        SELECT l.sent_on INTO sent FROM letter l WHERE l.id = NEW.letter_id;
        IF NOT FOUND THEN
          RAISE foreign_key_violation USING MESSAGE = format('letter %s of signature %s does not exist', NEW.letter_id, NEW.id);
        END IF;
        NEW.letter_sent_on := sent;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER signature_letter_sent_on BEFORE INSERT OR UPDATE OF letter_id, letter_sent_on ON signature
      FOR EACH ROW EXECUTE FUNCTION signatory_signature_letter_sent_on()`);
    await q.query(`
      CREATE FUNCTION signatory_letter_sent_on_to_signatures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE signature IN SHARE ROW EXCLUSIVE MODE;
        UPDATE signature SET letter_sent_on = NEW.sent_on WHERE letter_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER letter_sent_on_to_signatures AFTER UPDATE OF sent_on ON letter
      FOR EACH ROW WHEN (OLD.sent_on IS DISTINCT FROM NEW.sent_on) EXECUTE FUNCTION signatory_letter_sent_on_to_signatures()`);
    await q.query(`ANALYZE signature`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER letter_sent_on_to_signatures ON letter`);
    await q.query(`DROP FUNCTION signatory_letter_sent_on_to_signatures()`);
    await q.query(`DROP TRIGGER signature_letter_sent_on ON signature`);
    await q.query(`DROP FUNCTION signatory_signature_letter_sent_on()`);
    await q.query(`DROP INDEX signature_member_date_idx`);
    await q.query(`ALTER TABLE signature DROP COLUMN letter_sent_on`);
  }
}
