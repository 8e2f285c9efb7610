import type { MigrationInterface, QueryRunner } from "typeorm";

/** The tables whose rows the public API reads: a write to any of them changes what it answers. */
export const VERSIONED_TABLES = ["member", "term", "service_period", "letter", "signature", "letter_topic", "letter_mention"] as const;

/** Counter rows; a writer bumps the one chosen by its backend pid. */
const SHARDS = 16;

/**
 * A data version for the server's response cache (src/cache/): statement-level triggers bump it
 * on every INSERT, UPDATE, DELETE or TRUNCATE of the public tables, whoever writes (the server,
 * `signatory members sync`, `signatory import`, psql). The version is `sum(version)` over a few
 * counter rows rather than one row: a single row would be locked from a transaction's first write
 * to its commit and so serialize concurrent imports. Counters only grow, so the sum changes with
 * every committed write, and it changes exactly when the write becomes visible (at commit).
 */
export class DataVersion1732870600000 implements MigrationInterface {
  name = "DataVersion1732870600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_version (shard int PRIMARY KEY, version bigint NOT NULL DEFAULT 0)`);
    await q.query(`INSERT INTO data_version (shard) SELECT generate_series(0, ${SHARDS - 1})`);
    await q.query(`
      CREATE FUNCTION signatory_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE shard = pg_backend_pid() % ${SHARDS};
        RETURN NULL;
      END $$`);
    for (const table of VERSIONED_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) await q.query(`DROP TRIGGER ${table}_data_version ON ${table}`);
    await q.query(`DROP FUNCTION signatory_bump_data_version()`);
    await q.query(`DROP TABLE data_version`);
  }
}
