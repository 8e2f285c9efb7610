import type { MigrationInterface, QueryRunner } from "typeorm";

/** Tables added here that public reads depend on: the data-version triggers cover them (response cache). */
const TABLES = ["committee", "committee_membership", "member_group", "member_group_member"] as const;

/**
 * Committees, subcommittees and dated membership (from congress-legislators), and the member
 * groups staff keep (caucuses, coalitions, target lists).
 *
 * A membership stretch is [start_date, end_date): end_date null means still listed. Stretches
 * from the history file carry its dates; the current file opens one on the day of the sync and
 * a later sync that no longer lists the member closes it.
 */
export class Committees1732871400000 implements MigrationInterface {
  name = "Committees1732871400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE committee (
        id text PRIMARY KEY,
        parent_id text REFERENCES committee(id) ON DELETE CASCADE,
        chamber text NOT NULL CHECK (chamber IN ('HOUSE', 'SENATE', 'JOINT')),
        name text NOT NULL,
        url text,
        jurisdiction text,
        is_current boolean NOT NULL DEFAULT false,
        source_hash text
      )`);
    await q.query(`CREATE INDEX committee_parent ON committee (parent_id)`);
    await q.query(`
      CREATE TABLE committee_membership (
        id bigserial PRIMARY KEY,
        committee_id text NOT NULL,
        bioguide_id text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        side text CHECK (side IN ('majority', 'minority')),
        rank int,
        title text,
        source text NOT NULL CHECK (source IN ('history', 'current')),
        CONSTRAINT committee_membership_key UNIQUE (committee_id, bioguide_id, start_date),
        CHECK (end_date IS NULL OR start_date < end_date)
      )`);
    await q.query(`CREATE INDEX committee_membership_member ON committee_membership (bioguide_id, start_date)`);
    await q.query(`
      CREATE TABLE member_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text,
        chamber text CHECK (chamber IN ('HOUSE', 'SENATE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX member_group_name ON member_group (lower(name))`);
    await q.query(`
      CREATE TABLE member_group_member (
        group_id uuid NOT NULL REFERENCES member_group(id) ON DELETE CASCADE,
        bioguide_id text NOT NULL REFERENCES member(bioguide_id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, bioguide_id)
      )`);
    await q.query(`CREATE INDEX member_group_member_bioguide ON member_group_member (bioguide_id)`);
    for (const table of TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_data_version ON ${table}`);
    await q.query(`DROP TABLE member_group_member`);
    await q.query(`DROP TABLE member_group`);
    await q.query(`DROP TABLE committee_membership`);
    await q.query(`DROP TABLE committee`);
  }
}
