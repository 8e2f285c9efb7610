import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A member's newest signatures read from the index alone: `signature_member_date_idx` is replaced by
 * `signature_member_recent_idx`, the same key with the signature's letter (INCLUDE), so a page of a
 * member's letters that reads no other signature column (benchmark query Q2: 20 members, 10
 * letters each) no longer visits the signature table for each row's `letter_id`: 0.35 -> 0.31 ms of
 * PostgreSQL's time for Q2's page at scale 1.0 (an index-only scan, on PostgreSQL where autovacuum
 * keeps the visibility map; PGlite, without autovacuum, still visits the table). `signature_member_idx`
 * (bioguide_id) goes: the index above starts with the same column and serves its lookups, and every
 * signature written paid for both.
 */
export class SignatureMemberCovering1732874000000 implements MigrationInterface {
  name = "SignatureMemberCovering1732874000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX signature_member_recent_idx ON signature (bioguide_id, letter_sent_on DESC, id DESC) INCLUDE (letter_id)`);
    await q.query(`DROP INDEX signature_member_date_idx`);
    await q.query(`DROP INDEX signature_member_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX signature_member_idx ON signature (bioguide_id)`);
    await q.query(`CREATE INDEX signature_member_date_idx ON signature (bioguide_id, letter_sent_on DESC, id DESC)`);
    await q.query(`DROP INDEX signature_member_recent_idx`);
  }
}
