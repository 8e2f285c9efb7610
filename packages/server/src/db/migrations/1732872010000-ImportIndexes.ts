import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for the reads every import makes (issue #17's budget: the seed letter in <= 50 ms with
 * 50,000 letters stored); without them each was a sequential scan of the letter table:
 * - whether any demo rows are left to clear (`clearDemo`): partial indexes holding only demo rows,
 *   empty once real data is loaded;
 * - whether another letter has the same title (`distinctTitle`, case-insensitive).
 */
export class ImportIndexes1732872010000 implements MigrationInterface {
  name = "ImportIndexes1732872010000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX letter_demo_idx ON letter (id) WHERE is_demo`);
    await q.query(`CREATE INDEX member_demo_idx ON member (bioguide_id) WHERE is_demo`);
    await q.query(`CREATE INDEX letter_title_lower_idx ON letter (lower(title))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letter_title_lower_idx`);
    await q.query(`DROP INDEX member_demo_idx`);
    await q.query(`DROP INDEX letter_demo_idx`);
  }
}
