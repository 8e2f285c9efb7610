import type { MigrationInterface, QueryRunner } from "typeorm";

/** The month of a letter's date as the first day of that month (time-zone free). */
const MONTH = (sentOn: string) => `date_trunc('month', ${sentOn}::timestamp)::date`;

/**
 * Adds `delta` (a query of month, chamber, party, state and a signed count n) to the rollup in
 * one upsert, then removes the rows that reached 0. Rows are upserted in key order, so two
 * writers touching the same keys lock them in the same order and never deadlock each other.
 * A count below 0 (a decrement of a missing row inserts it negative; a CHECK cannot refuse it,
 * as it is checked before the conflict) means the rollup is out of step with the signatures:
 * the write fails rather than miscount silently, and says how to rebuild it.
 */
const applyDelta = (delta: string) => `
  WITH d AS (${delta}),
  u AS (
    INSERT INTO signature_month_count AS c (month, chamber, party, state, n)
    SELECT month, chamber, party, state, n FROM d WHERE n <> 0 ORDER BY month, chamber, party, state
    ON CONFLICT ON CONSTRAINT signature_month_count_key DO UPDATE SET n = c.n + excluded.n
    RETURNING c.month, c.n)
  SELECT array_agg(DISTINCT month) FILTER (WHERE n = 0), coalesce(bool_or(n < 0), false) INTO emptied, broken FROM u;
  IF broken THEN
    RAISE EXCEPTION 'signature_month_count is out of step with signature'
      USING HINT = 'Rebuild it: SELECT signatory_month_count_rebuild()';
  END IF;
  IF emptied IS NOT NULL THEN
    DELETE FROM signature_month_count WHERE month = ANY (emptied) AND n = 0;
  END IF;`;

/** Signed counts per rollup key of the signatures in `rows` (a transition table), by their letter's current date and chamber. */
const signaturesOf = (rows: string, sign: "" | "-") => `
  SELECT ${MONTH("l.sent_on")} AS month, l.chamber, s.party, s.state, ${sign}count(*)::int AS n
    FROM ${rows} s JOIN letter l ON l.id = s.letter_id
   GROUP BY 1, 2, 3, 4`;

/** A trigger function that applies the rollup delta `delta`, after `before` (a guard, a lock), returning `result`. */
const deltaFunction = (name: string, delta: string, { before = "", result = "NULL" } = {}) => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE emptied date[]; broken boolean;
      BEGIN
        ${before}
        ${applyDelta(delta)}
        RETURN ${result};
      END $$`;

/**
 * Signatures per month (of the letter's date), letter chamber, party and state: what
 * `stats { byParty byState }` needs for whole months without joining letters to signatures.
 *
 * The database keeps it exact whoever writes (the server, `signatory import`, psql), with
 * statement-level triggers that aggregate their transition tables into one upsert:
 * - signature INSERT / UPDATE / DELETE add or move the counts of the rows written;
 * - letter UPDATE moves the counts of letters whose month or chamber changed;
 * - letter DELETE: its cascade deletes the signatures after the letter row is gone, so the
 *   signature trigger can no longer find their month and skips them (inner join); a BEFORE
 *   DELETE row trigger on letter takes them out while the letter is still there;
 * - TRUNCATE of signature (also `TRUNCATE letter CASCADE`) empties it.
 * A letter move or delete first waits for concurrent signature writers (SHARE ROW EXCLUSIVE
 * on signature, until commit): otherwise a review committing in between could be counted
 * under the letter's old month. Both are rare (psql, the demo letter's removal).
 *
 * No data-version trigger of its own: only these triggers write it, on writes to letter and
 * signature, which already bump the data version.
 *
 * Needs PostgreSQL 15+ (NULLS NOT DISTINCT: a signature's party or state may be null).
 */
export class SignatureMonthCount1732870700000 implements MigrationInterface {
  name = "SignatureMonthCount1732870700000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signature_month_count (
        month   date NOT NULL CHECK (month = ${MONTH("month")}),
        chamber varchar(10) NOT NULL,
        party   varchar,
        state   varchar(2),
        n       integer NOT NULL,
        CONSTRAINT signature_month_count_key UNIQUE NULLS NOT DISTINCT (month, chamber, party, state)
      ) WITH (fillfactor = 80)`);
    await q.query(`
      CREATE FUNCTION signatory_month_count_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE signature IN SHARE ROW EXCLUSIVE MODE;
        DELETE FROM signature_month_count;
        INSERT INTO signature_month_count (month, chamber, party, state, n)
        SELECT ${MONTH("l.sent_on")}, l.chamber, s.party, s.state, count(*)
          FROM signature s JOIN letter l ON l.id = s.letter_id
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4; -- stored in key order: a range of months is a few pages
      END $$`);
    await q.query(deltaFunction("signatory_month_count_signature_insert", signaturesOf("new_rows", "")));
    await q.query(deltaFunction("signatory_month_count_signature_delete", signaturesOf("old_rows", "-")));
    await q.query(
      deltaFunction(
        "signatory_month_count_signature_update",
        `
          SELECT month, chamber, party, state, sum(n)::int AS n
            FROM (${signaturesOf("new_rows", "")} UNION ALL ${signaturesOf("old_rows", "-")}) x
           GROUP BY 1, 2, 3, 4`,
      ),
    );
    await q.query(
      deltaFunction(
        "signatory_month_count_letter_update",
        `
          WITH moved AS (
            SELECT o.id, ${MONTH("o.sent_on")} AS old_month, o.chamber AS old_chamber, ${MONTH("n.sent_on")} AS new_month, n.chamber AS new_chamber
              FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE ${MONTH("n.sent_on")} <> ${MONTH("o.sent_on")} OR n.chamber <> o.chamber)
          SELECT k.month, k.chamber, s.party, s.state, sum(k.n)::int AS n
            FROM moved m
            JOIN signature s ON s.letter_id = m.id
           CROSS JOIN LATERAL (VALUES (m.old_month, m.old_chamber, -1), (m.new_month, m.new_chamber, 1)) k (month, chamber, n)
           GROUP BY 1, 2, 3, 4`,
        {
          before: `IF NOT EXISTS (
          SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE ${MONTH("n.sent_on")} <> ${MONTH("o.sent_on")} OR n.chamber <> o.chamber
        ) THEN
          RETURN NULL;
        END IF;
        LOCK TABLE signature IN SHARE ROW EXCLUSIVE MODE;`,
        },
      ),
    );
    await q.query(
      deltaFunction(
        "signatory_month_count_letter_delete",
        `
          SELECT ${MONTH("OLD.sent_on")} AS month, OLD.chamber::varchar AS chamber, s.party, s.state, -count(*)::int AS n
            FROM signature s WHERE s.letter_id = OLD.id
           GROUP BY 3, 4`,
        { before: "LOCK TABLE signature IN SHARE ROW EXCLUSIVE MODE;", result: "OLD" },
      ),
    );
    await q.query(`
      CREATE FUNCTION signatory_month_count_signature_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM signature_month_count;
        RETURN NULL;
      END $$`);
    // Transition tables need one event per trigger.
    for (const event of ["insert", "update", "delete"] as const) {
      const referencing = {
        insert: "NEW TABLE AS new_rows",
        update: "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        delete: "OLD TABLE AS old_rows",
      }[event];
      await q.query(
        `CREATE TRIGGER signature_month_count_${event} AFTER ${event.toUpperCase()} ON signature
         REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION signatory_month_count_signature_${event}()`,
      );
    }
    await q.query(
      `CREATE TRIGGER signature_month_count_truncate AFTER TRUNCATE ON signature
       FOR EACH STATEMENT EXECUTE FUNCTION signatory_month_count_signature_truncate()`,
    );
    await q.query(
      `CREATE TRIGGER signature_month_count_update AFTER UPDATE ON letter
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION signatory_month_count_letter_update()`,
    );
    await q.query(
      `CREATE TRIGGER signature_month_count_delete BEFORE DELETE ON letter
       FOR EACH ROW EXECUTE FUNCTION signatory_month_count_letter_delete()`,
    );
    // After the triggers (whose creation locks both tables against writers until this
    // migration commits), so no write falls between the backfill and the triggers.
    await q.query(`SELECT signatory_month_count_rebuild()`);
    await q.query(`ANALYZE signature_month_count`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ["insert", "update", "delete", "truncate"])
      await q.query(`DROP TRIGGER signature_month_count_${event} ON signature`);
    await q.query(`DROP TRIGGER signature_month_count_update ON letter`);
    await q.query(`DROP TRIGGER signature_month_count_delete ON letter`);
    for (const fn of [
      "rebuild",
      "signature_insert",
      "signature_update",
      "signature_delete",
      "signature_truncate",
      "letter_update",
      "letter_delete",
    ]) {
      await q.query(`DROP FUNCTION signatory_month_count_${fn}()`);
    }
    await q.query(`DROP TABLE signature_month_count`);
  }
}
