/**
 * Prepared statements stay bounded per connection (prepared-statements.ts): clients vary the SQL
 * text through projections, and every variant used to stay prepared for the connection's
 * lifetime. PostgreSQL only: PGlite has one connection and no named statements of ours.
 */
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "./database";
import { ImportService } from "../modules/importing/import.service";
import { onEveryConnection, readLetter, startTestServer, syncReferenceMembers, usingPostgres, type TestServer } from "../test/harness";

const CAPACITY = 24;
const SEED = "2020-10-23-house-pompeo-artsakh";
/** Ten fields whose columns are read only when selected: 2^10 projections of one list. */
const SIGNATURE_FIELDS = ["candidates { bioguideId }", "confidence", "district", "printedName", "printedTitle"];
const MEMBER_FIELDS = ["birthday", "firstName", "gender", "middleName", "nickname"];

/** Prepared statements on every pooled connection, counted on each connection itself. */
const preparedPerConnection = async (db: Database) =>
  (await onEveryConnection<{ n: string }>(db, `SELECT count(*) AS n FROM pg_prepared_statements`)).map(([r]) => Number(r.n));

describe.skipIf(!usingPostgres())("prepared statements (PostgreSQL integration)", () => {
  let server: TestServer;
  let letterId: string;
  beforeAll(async () => {
    server = await startTestServer({ preparedStatements: CAPACITY });
    await syncReferenceMembers(server.db);
    letterId = (await new ImportService(server.db).import(await readLetter(SEED), { sourceName: `${SEED}.md` })).letterId;
  }, 120_000);
  afterAll(() => server?.close());

  it("stay bounded per connection under 1,000 distinct GraphQL selections", async () => {
    const texts = new Set<string>();
    const run = server.db.prepared.run.bind(server.db.prepared);
    const spy = vi.spyOn(server.db.prepared, "run").mockImplementation((client, sql, params) => {
      texts.add(sql);
      return run(client, sql, params);
    });
    try {
      for (let mask = 1; mask <= 1000; mask++) {
        const signature = SIGNATURE_FIELDS.filter((_, i) => mask & (1 << i));
        const member = MEMBER_FIELDS.filter((_, i) => mask & (1 << (i + SIGNATURE_FIELDS.length)));
        const query = `query ($id: ID!) { letter(id: $id) { signatures(first: 2) { edges { node { position ${signature.join(" ")} member { lastName ${member.join(" ")} } } } } } }`;
        const res = await server.run(parse(query) as TypedDocumentNode<any, any>, { id: letterId });
        expect(res.errors).toBeUndefined();
        expect(res.data.letter.signatures.edges).toHaveLength(2);
      }
    } finally {
      spy.mockRestore();
    }
    // The selections did reach PostgreSQL as different statements, far more than one connection keeps.
    expect(texts.size).toBeGreaterThan(10 * CAPACITY);
    const counts = await preparedPerConnection(server.db);
    expect(Math.max(...counts)).toBeLessThanOrEqual(CAPACITY);
    expect(Math.max(...counts)).toBeGreaterThan(0);
  }, 300_000);

  it("run a statement again after it was deallocated, and forget one that failed to prepare", async () => {
    const db = server.db;
    const first = `SELECT 1 AS again_0`;
    expect(await db.query(first)).toEqual([{ again_0: 1 }]);
    for (let i = 1; i <= 2 * CAPACITY; i++) expect(await db.query(`SELECT ${i} AS again_${i}`)).toEqual([{ [`again_${i}`]: i }]);
    expect(await db.query(first)).toEqual([{ again_0: 1 }]);
    await expect(db.query(`SELECT FROM nowhere_at_all`)).rejects.toThrow(/nowhere_at_all/);
    for (let i = 1; i <= 2 * CAPACITY; i++) await db.query(`SELECT ${i} AS later_${i}`);
    expect(Math.max(...(await preparedPerConnection(db)))).toBeLessThanOrEqual(CAPACITY);
  });

  it("keep the plans of a members page with letters (the benchmark's Q2): PostgreSQL stops planning them", async () => {
    const q2 = parse(`query ($on: Date) { members(first: 20, filter: { states: ["CA"], parties: [DEMOCRAT], servingOn: $on }) {
      edges { node { bioguideId signatures(first: 10) { edges { node { letter { id title sentOn } } } } } } } }`);
    // One request at a time: the pool hands each the connection the last one released.
    for (let i = 0; i < 20; i++) {
      const res = await server.run(q2 as TypedDocumentNode<any, any>, { on: "2020-10-23" });
      expect(res.errors).toBeUndefined();
      expect(res.data.members.edges.some((e: any) => e.node.signatures.edges.length > 0)).toBe(true);
    }
    const plans = (
      await onEveryConnection<{ statement: string; generic_plans: string; custom_plans: string }>(
        server.db,
        `SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements
          WHERE statement LIKE '%FROM member m%sp.state =%' OR statement LIKE '%CROSS JOIN LATERAL%letter_sent_on DESC%'`,
      )
    ).flat();
    const runs = (p: (typeof plans)[number]) => Number(p.generic_plans) + Number(p.custom_plans);
    // Both statements, and on the connection that ran them all: PostgreSQL plans the first five
    // runs for their parameters, then keeps its generic plan when it costs no more.
    const busiest = ["FROM member m", "CROSS JOIN LATERAL"].map(
      (text) => plans.filter((p) => p.statement.includes(text)).sort((a, b) => runs(b) - runs(a))[0],
    );
    for (const p of busiest) {
      expect(runs(p)).toBeGreaterThanOrEqual(10);
      expect(Number(p.custom_plans)).toBeLessThanOrEqual(5);
    }
  });
});
