import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tables whose writes can change a published scorecard's grades, and how a statement's rows map
 * to the scorecards it touches (`t` is the statement's transition table, old or new rows):
 * - the scorecard's own tables, by scorecard id;
 * - signature and letter, through the scorecards that list the letter;
 * - service_period (eligibility, state, party) and member (names order the pages): every
 *   scorecard, when the statement changed any row.
 */
const WATCHED: { table: string; events: ("INSERT" | "UPDATE" | "DELETE")[] }[] = [
  { table: "scorecard", events: ["INSERT", "UPDATE"] },
  { table: "scorecard_letter", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "scorecard_item", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "signature", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "letter", events: ["UPDATE", "DELETE"] },
  { table: "service_period", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "member", events: ["UPDATE", "DELETE"] },
];

/**
 * Materialised grades of published scorecards (issue #15: a published scorecard's first page in
 * one indexed read instead of the scoring statement over letters, signatures and service periods).
 *
 * - `scorecard_member_score`: one row per scorecard and graded member, the columns of the read
 *   module's `graded` rows; written only by ScorecardRead.refresh, from the same statement that
 *   grades drafts live, so both are one definition.
 * - `scorecard_score_state`: one row per scorecard (made with it), whether its grades are stale.
 *   A stale published scorecard is recomputed on its next read, under this row's lock.
 * - Statement triggers on every input (above) mark the scorecards a write touches stale, in the
 *   writer's transaction, always taking the row's lock (even when it is stale already): the
 *   write and the mark commit together, so a read after the commit never serves the old grades,
 *   and a refresh (which locks the row before it reads) waits for every writer that touched the
 *   scorecard to commit, so it reads their rows; a writer that comes later waits for the refresh
 *   and marks the row stale after it. The scores reference the state row, not the scorecard, so
 *   a refresh never waits on a lock of the scorecard row (no deadlock with a delete or an edit).
 *
 * Neither table bumps the data version: their rows are a function of tables that already do, and a
 * refresh by a read must not invalidate the response cache.
 */
export class ScorecardScores1732872000000 implements MigrationInterface {
  name = "ScorecardScores1732872000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scorecard_score_state (
        scorecard_id uuid PRIMARY KEY REFERENCES scorecard (id) ON DELETE CASCADE,
        stale        boolean NOT NULL DEFAULT true,
        refreshed_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE scorecard_member_score (
        scorecard_id uuid NOT NULL REFERENCES scorecard_score_state (scorecard_id) ON DELETE CASCADE,
        bioguide_id  varchar(16) NOT NULL,
        eligible     integer NOT NULL,
        earned       numeric NOT NULL,
        possible     numeric NOT NULL,
        score        numeric NOT NULL,
        grade        text NOT NULL,
        band_min     numeric NOT NULL,
        state        text,
        party        text,
        chamber      text,
        last_name    text NOT NULL,
        first_name   text NOT NULL,
        PRIMARY KEY (scorecard_id, bioguide_id)
      )`);
    await q.query(
      `CREATE INDEX scorecard_member_score_grade_idx ON scorecard_member_score (scorecard_id, score DESC, last_name, first_name, bioguide_id)`,
    );
    await q.query(`
      CREATE FUNCTION signatory_scores_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        -- (Each branch names only the transition tables its event has: PL/pgSQL plans a statement
        -- when it first runs, and a trigger for DELETE has no new_rows.)
        IF TG_OP = 'TRUNCATE' THEN
          ids := ARRAY(SELECT scorecard_id FROM scorecard_score_state);
        ELSIF TG_TABLE_NAME IN ('service_period', 'member') THEN
          IF TG_OP = 'DELETE' THEN
            IF EXISTS (SELECT 1 FROM old_rows) THEN ids := ARRAY(SELECT scorecard_id FROM scorecard_score_state); END IF;
          ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
            ids := ARRAY(SELECT scorecard_id FROM scorecard_score_state);
          END IF;
        ELSIF TG_TABLE_NAME = 'scorecard' AND TG_OP = 'INSERT' THEN
          INSERT INTO scorecard_score_state (scorecard_id) SELECT id FROM new_rows;
        ELSIF TG_TABLE_NAME = 'scorecard' THEN
          ids := ARRAY(SELECT id FROM new_rows);
        ELSIF TG_TABLE_NAME IN ('scorecard_letter', 'scorecard_item') THEN
          IF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT DISTINCT scorecard_id FROM new_rows);
          ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT DISTINCT scorecard_id FROM old_rows);
          ELSE ids := ARRAY(SELECT scorecard_id FROM new_rows UNION SELECT scorecard_id FROM old_rows);
          END IF;
        ELSIF TG_TABLE_NAME = 'signature' THEN
          IF TG_OP = 'INSERT' THEN
            ids := ARRAY(SELECT DISTINCT x.scorecard_id FROM scorecard_letter x WHERE x.letter_id IN (SELECT letter_id FROM new_rows));
          ELSIF TG_OP = 'DELETE' THEN
            ids := ARRAY(SELECT DISTINCT x.scorecard_id FROM scorecard_letter x WHERE x.letter_id IN (SELECT letter_id FROM old_rows));
          ELSE
            ids := ARRAY(SELECT DISTINCT x.scorecard_id FROM scorecard_letter x
                          WHERE x.letter_id IN (SELECT letter_id FROM new_rows UNION SELECT letter_id FROM old_rows));
          END IF;
        ELSIF TG_TABLE_NAME = 'letter' THEN
          IF TG_OP = 'DELETE' THEN
            ids := ARRAY(SELECT DISTINCT x.scorecard_id FROM scorecard_letter x WHERE x.letter_id IN (SELECT id FROM old_rows));
          ELSE
            ids := ARRAY(SELECT DISTINCT x.scorecard_id FROM scorecard_letter x WHERE x.letter_id IN (SELECT id FROM new_rows));
          END IF;
        END IF;
        IF ids IS NOT NULL AND cardinality(ids) > 0 THEN
          -- Locked in id order, so two writers marking the same scorecards cannot deadlock.
          PERFORM 1 FROM scorecard_score_state WHERE scorecard_id = ANY(ids) ORDER BY scorecard_id FOR UPDATE;
          UPDATE scorecard_score_state SET stale = true WHERE scorecard_id = ANY(ids);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`INSERT INTO scorecard_score_state (scorecard_id) SELECT id FROM scorecard`);
    for (const { table, events } of WATCHED) {
      for (const event of events) {
        const transition =
          event === "INSERT"
            ? "NEW TABLE AS new_rows"
            : event === "DELETE"
              ? "OLD TABLE AS old_rows"
              : "OLD TABLE AS old_rows NEW TABLE AS new_rows";
        await q.query(
          `CREATE TRIGGER ${table}_scores_stale_${event.toLowerCase()} AFTER ${event} ON ${table}
           REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION signatory_scores_stale()`,
        );
      }
      await q.query(
        `CREATE TRIGGER ${table}_scores_stale_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION signatory_scores_stale()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, events } of WATCHED) {
      for (const event of [...events, "TRUNCATE"]) await q.query(`DROP TRIGGER ${table}_scores_stale_${event.toLowerCase()} ON ${table}`);
    }
    await q.query(`DROP FUNCTION signatory_scores_stale()`);
    await q.query(`DROP TABLE scorecard_member_score`);
    await q.query(`DROP TABLE scorecard_score_state`);
  }
}
