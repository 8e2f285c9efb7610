import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "./database";
import { usingPostgres } from "../test/harness";

describe("statement timeouts", () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.open({
      url: process.env.TEST_DATABASE_URL ?? null,
      dataDir: null,
      statementTimeoutMs: 300,
      importTimeoutMs: 4000,
      connectTimeoutMs: 2000,
    });
  });
  afterAll(() => db?.close());

  it.skipIf(!usingPostgres())("cancels a public query that runs longer than DB_STATEMENT_TIMEOUT_MS", async () => {
    await expect(db.query(`SELECT pg_sleep(2)`)).rejects.toThrow(/statement timeout/);
    expect(await db.query(`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
  });

  it("gives an import transaction its longer timeout with SET LOCAL, only inside it", async () => {
    const inside = await db.transaction((em) => em.query(`SHOW statement_timeout`), { statementTimeoutMs: db.importTimeoutMs });
    expect(inside).toEqual([{ statement_timeout: "4s" }]);
    if (usingPostgres()) {
      await db.transaction((em) => em.query(`SELECT pg_sleep(0.6)`), { statementTimeoutMs: db.importTimeoutMs });
      expect(await db.query(`SHOW statement_timeout`)).toEqual([{ statement_timeout: "300ms" }]);
    }
  });
});
