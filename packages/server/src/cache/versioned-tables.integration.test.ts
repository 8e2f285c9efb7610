/**
 * Guard: every table has the data-version triggers (INSERT, UPDATE, DELETE and TRUNCATE), so a
 * write to it invalidates the response cache, or is listed in UNVERSIONED_TABLES with the reason
 * it need not. The tables and triggers are read from the database catalog after the migrations,
 * so a new table in a migration fails here until it is versioned or listed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { openTestDatabase } from "../test/harness";
import { UNVERSIONED_TABLES } from "./unversioned-tables";

/** INSERT | DELETE | UPDATE | TRUNCATE bits of pg_trigger.tgtype. */
const ALL_WRITES = 4 | 8 | 16 | 32;

/** Each table of the current schema, and whether an enabled trigger bumps the data version on every kind of write. */
async function versioning(db: Database): Promise<Map<string, boolean>> {
  const rows = await db.query<{ name: string; versioned: boolean }>(
    `SELECT c.relname AS name,
            coalesce(bool_or(p.proname = 'signatory_bump_data_version' AND t.tgtype & ${ALL_WRITES} = ${ALL_WRITES} AND t.tgenabled <> 'D'), false) AS versioned
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND NOT t.tgisinternal
       LEFT JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      GROUP BY c.relname`,
  );
  return new Map(rows.map((r) => [r.name, r.versioned]));
}

/** TypeORM's own bookkeeping, not the application's data. */
const BOOKKEEPING = new Set(["migrations", "typeorm_metadata"]);

describe("data-version triggers (integration)", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it("cover every table but the ones listed with a reason", async () => {
    const tables = await versioning(db);
    const unversioned = [...tables]
      .filter(([name, versioned]) => !versioned && !BOOKKEEPING.has(name))
      .map(([name]) => name)
      .sort();
    expect(unversioned).toEqual(Object.keys(UNVERSIONED_TABLES).sort());
    // The public tables are there and versioned (the query sees triggers at all).
    for (const t of ["member", "letter", "signature", "committee", "member_group", "scorecard", "letter_series"])
      expect(tables.get(t), t).toBe(true);
    for (const reason of Object.values(UNVERSIONED_TABLES)) expect(reason.length).toBeGreaterThan(20);
  });

  it("notice a new table until it gets the trigger, and a trigger that misses a kind of write", async () => {
    await db.query(`CREATE TABLE guard_probe (x int)`);
    try {
      expect((await versioning(db)).get("guard_probe")).toBe(false);
      await db.query(
        `CREATE TRIGGER guard_probe_data_version AFTER INSERT OR UPDATE OR DELETE ON guard_probe FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
      );
      expect((await versioning(db)).get("guard_probe")).toBe(false); // no TRUNCATE
      await db.query(`DROP TRIGGER guard_probe_data_version ON guard_probe`);
      await db.query(
        `CREATE TRIGGER guard_probe_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON guard_probe FOR EACH STATEMENT EXECUTE FUNCTION signatory_bump_data_version()`,
      );
      expect((await versioning(db)).get("guard_probe")).toBe(true);
      const before = await db.query<{ v: string }>(`SELECT sum(version)::text AS v FROM data_version`);
      await db.query(`INSERT INTO guard_probe VALUES (1)`);
      const after = await db.query<{ v: string }>(`SELECT sum(version)::text AS v FROM data_version`);
      expect(BigInt(after[0].v)).toBeGreaterThan(BigInt(before[0].v));
    } finally {
      await db.query(`DROP TABLE guard_probe`);
    }
  });
});
