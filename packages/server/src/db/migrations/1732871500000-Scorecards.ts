import type { MigrationInterface, QueryRunner } from "typeorm";

/** The scorecard tables; public reads (published scorecards, `member.scores`) depend on all three. */
const TABLES = ["scorecard", "scorecard_letter", "scorecard_item"] as const;

/**
 * Scorecards: a named set of letters, each with a stance and a weight, optional scope (chamber,
 * date range) and hand-entered items, graded on a scale stored with the scorecard.
 *
 * Grades are computed by one statement per page from these tables joined to letter, signature
 * and service_period, so an import, a review fix or a letter edit changes them at once; the
 * response cache keeps published scorecards, and the data-version triggers below (the same
 * function as DataVersion's) invalidate it on any scorecard edit.
 */
export class Scorecards1732871500000 implements MigrationInterface {
  name = "Scorecards1732871500000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scorecard (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description  text,
        chamber      varchar(8) CHECK (chamber IN ('HOUSE', 'SENATE')),
        date_from    date,
        date_to      date,
        congress     integer,
        grade_scale  jsonb NOT NULL,
        published_at timestamptz,
        created_by   uuid,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)
      )`);
    await q.query(`CREATE INDEX scorecard_published_idx ON scorecard (published_at DESC, id) WHERE published_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE scorecard_letter (
        scorecard_id uuid NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE,
        letter_id    uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        stance       varchar(8) NOT NULL CHECK (stance IN ('SUPPORT', 'OPPOSE')),
        weight       numeric(9, 4) NOT NULL CHECK (weight > 0 AND weight <= 100),
        position     integer NOT NULL,
        PRIMARY KEY (scorecard_id, letter_id)
      )`);
    await q.query(`CREATE INDEX scorecard_letter_letter_idx ON scorecard_letter (letter_id)`);
    await q.query(`
      CREATE TABLE scorecard_item (
        id           serial PRIMARY KEY,
        scorecard_id uuid NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE,
        bioguide_id  varchar(16) NOT NULL REFERENCES member (bioguide_id) ON DELETE CASCADE,
        points       numeric(9, 4) NOT NULL,
        out_of       numeric(9, 4) NOT NULL CHECK (out_of > 0 AND out_of <= 100),
        note         text NOT NULL,
        position     integer NOT NULL,
        CHECK (points >= 0 AND points <= out_of)
      )`);
    await q.query(`CREATE INDEX scorecard_item_scorecard_idx ON scorecard_item (scorecard_id, bioguide_id)`);
    for (const table of TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scorecard_item`);
    await q.query(`DROP TABLE scorecard_letter`);
    await q.query(`DROP TABLE scorecard`);
  }
}
