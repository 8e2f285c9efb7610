/**
 * `stats { byParty byState }` over the monthly rollup (signature_month_count) must answer
 * exactly what counting signature rows answers, for any date range and chamber, whatever
 * wrote to letters and signatures since: imports, reviews, plain SQL, deletes, TRUNCATE.
 */
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignatureMonthCount1732870700000 } from "../../db/migrations/1732870700000-SignatureMonthCount";
import { startTestServer, type TestServer } from "../../test/harness";
import { loadLetterFixture } from "../../test/letters-fixture";
import { ReviewService } from "../importing/review.service";
import { mulberry32 } from "../importing/generator/generate-letter";
import type { LetterChamber } from "../letters/enums";
import type { LetterQuery } from "../letters/letter-query";
import { StatsService } from "./stats.service";

let server: TestServer;
let stats: StatsService;

beforeAll(async () => {
  server = await startTestServer();
  stats = new StatsService(server.db);
  await loadLetterFixture(server.db); // nine imported letters, 2018-2025, matched to real members
  await insertLetters(dates("2023-11", "2024-04"), 1);
});
afterAll(() => server?.close());

/** Several letters a month: on the 1st, the 2nd, the 15th and the last day. */
function dates(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${first}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= last; d.setUTCMonth(d.getUTCMonth() + 1)) {
    const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (const day of [1, 2, 15, 15, lastDay]) out.push(`${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  return out;
}

const CHAMBERS = ["HOUSE", "SENATE", "BICAMERAL"] as const;
const PARTIES = ["Democrat", "Republican", "Independent", null];
const STATES = ["CA", "TX", "NY", "VT", null];

/**
 * Letters on `on` (chambers in turn) with 1 to 12 unmatched signatures of random party and
 * state (null included), all signatures in one INSERT: one trigger run over many letters and months.
 */
async function insertLetters(on: string[], seed: number): Promise<string[]> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const letters = await server.db.query<{ id: string }>(
    `INSERT INTO letter (title, sent_on, chamber, content_hash)
     SELECT 'Letter ' || d, d::date, c, md5(d || c || $3 || ord) FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x (d, c, ord)
     RETURNING id`,
    [on, on.map((_, i) => CHAMBERS[i % CHAMBERS.length]), String(seed)],
  );
  const rows = letters.flatMap(({ id }) =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => [id, i + 1, pick(PARTIES), pick(STATES)] as const),
  );
  await server.db.query(
    `INSERT INTO signature (letter_id, position, printed_name, role, status, confidence, party, state)
     SELECT l, p, 'Signer ' || p, 'SIGNER', 'UNMATCHED', 0, pa, st
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS x (l, p, pa, st)`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
  return letters.map((l) => l.id);
}

/** Date ranges with aligned and unaligned ends, single days, open ends, empty ones; each with and without a chamber. */
function filters(): LetterQuery[] {
  const froms = [
    null,
    "2018-10-01",
    "2023-11-01",
    "2023-12-31",
    "2024-01-01",
    "2024-01-02",
    "2024-01-15",
    "2024-02-01",
    "2024-02-29",
    "2030-01-01",
  ];
  const tos = [
    null,
    "2019-02-28",
    "2024-01-01",
    "2024-01-14",
    "2024-01-31",
    "2024-02-15",
    "2024-02-29",
    "2024-03-01",
    "2024-03-31",
    "2030-12-31",
  ];
  const out: LetterQuery[] = [];
  for (const dateFrom of froms) {
    for (const dateTo of tos) {
      if (dateFrom && dateTo && dateFrom > dateTo) continue;
      for (const chamber of [null, "HOUSE", "SENATE", "BICAMERAL"] as (LetterChamber | null)[]) out.push({ dateFrom, dateTo, chamber });
    }
  }
  return out;
}

const GROUPS = new Set(["groups"] as const);

/** Every filter answers the same by rollup and by signature rows; returns how many counts were compared. */
async function expectRollupMatchesDetail(): Promise<number> {
  let compared = 0;
  for (const filter of filters()) {
    const detail = await stats.stats(filter, GROUPS, { rollup: false });
    expect(await stats.stats(filter, GROUPS), JSON.stringify(filter)).toEqual(detail);
    compared += detail.byParty!.length + detail.byState!.length;
  }
  // With the other parts too, the selected letters are shared by all of them.
  for (const filter of [{}, { dateFrom: "2024-01-15", dateTo: "2024-03-31", chamber: "HOUSE" as LetterChamber }]) {
    expect(await stats.stats(filter)).toEqual(await stats.stats(filter, undefined, { rollup: false }));
  }
  return compared;
}

/** The rollup holds exactly the counts of the signatures (no row of 0, none missing). */
async function expectRollupExact() {
  const [{ stale, extra }] = await server.db.query<{ stale: number; extra: number }>(`
    WITH truth AS (
      SELECT date_trunc('month', l.sent_on::timestamp)::date AS month, l.chamber, s.party, s.state, count(*)::int AS n
        FROM signature s JOIN letter l ON l.id = s.letter_id GROUP BY 1, 2, 3, 4),
    r AS (SELECT month, chamber, party, state, n FROM signature_month_count)
    SELECT (SELECT count(*)::int FROM (SELECT * FROM truth EXCEPT ALL SELECT * FROM r) x) AS stale,
           (SELECT count(*)::int FROM (SELECT * FROM r EXCEPT ALL SELECT * FROM truth) x) AS extra`);
  expect({ stale, extra }).toEqual({ stale: 0, extra: 0 });
}

const rollupRows = async () => (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM signature_month_count`))[0].n;

describe("stats by party and state over the monthly rollup", () => {
  it("matches the signature rows after imports and inserts", async () => {
    await expectRollupExact();
    expect(await expectRollupMatchesDetail()).toBeGreaterThan(1000);
    const year = await stats.stats({ dateFrom: "2024-01-01", dateTo: "2024-12-31" }, GROUPS);
    expect(year.byParty!.map((p) => p.party).sort()).toEqual(["DEMOCRAT", "INDEPENDENT", "REPUBLICAN", null].sort());
    expect(year.byState!.map((s) => s.state)).toContain(null);
  });

  it("reads whole months from the rollup and the partial months from signatures", async () => {
    // Skew January 2024 in the rollup alone: only ranges holding the whole month see it.
    await server.db.query(`UPDATE signature_month_count SET n = n + 1000 WHERE month = '2024-01-01' AND chamber = 'HOUSE'`);
    const whole = { dateFrom: "2023-12-15", dateTo: "2024-01-31" };
    const part = { dateFrom: "2024-01-02", dateTo: "2024-02-15" };
    expect(await stats.stats(whole, GROUPS)).not.toEqual(await stats.stats(whole, GROUPS, { rollup: false }));
    expect(await stats.stats({ ...whole, chamber: "SENATE" as LetterChamber }, GROUPS)).toEqual(
      await stats.stats({ ...whole, chamber: "SENATE" as LetterChamber }, GROUPS, { rollup: false }),
    );
    expect(await stats.stats(part, GROUPS)).toEqual(await stats.stats(part, GROUPS, { rollup: false }));
    // Any other filter counts signature rows.
    expect(await stats.stats({ ...whole, minSigners: 0 }, GROUPS)).toEqual(await stats.stats(whole, GROUPS, { rollup: false }));
    await server.db.query(`SELECT signatory_month_count_rebuild()`);
    await expectRollupExact();
  });

  it("follows a review and plain UPDATEs of party, state and letter", async () => {
    // A person ties an unmatched signature to a member serving in the House on its letter's date.
    const [sig] = await server.db.query<{ id: string; bioguide_id: string; party: string; state: string }>(`
      SELECT s.id, p.bioguide_id, p.party, p.state
        FROM signature s JOIN letter l ON l.id = s.letter_id
        JOIN service_period p ON p.chamber = 'HOUSE' AND p.start_date <= l.sent_on AND l.sent_on < p.end_date
       WHERE s.status = 'UNMATCHED' AND l.chamber = 'HOUSE' AND l.sent_on BETWEEN '2024-02-01' AND '2024-02-29'
         AND (s.party, s.state) IS DISTINCT FROM (p.party, p.state)
       ORDER BY s.id, p.bioguide_id LIMIT 1`);
    expect(sig).toBeDefined();
    const resolved = await new ReviewService(server.db).resolve(sig.id, sig.bioguide_id);
    expect(resolved).toMatchObject({ state: sig.state });
    await expectRollupExact();
    // One statement changing party and state across months, one clearing them, one moving signatures to another letter.
    await server.db.query(`UPDATE signature SET party = 'Libertarian', state = 'WY' WHERE position = 2`);
    await server.db.query(`UPDATE signature SET party = NULL, state = NULL WHERE position = 3 AND status = 'UNMATCHED'`);
    await server.db.query(`
      UPDATE signature s SET letter_id = t.id, position = 1000 + m.k
        FROM (SELECT s.id, row_number() OVER () AS k FROM signature s JOIN letter l ON l.id = s.letter_id
               WHERE l.sent_on = '2023-12-15' AND s.position = 1) m,
             (SELECT id FROM letter WHERE sent_on = '2024-03-31' LIMIT 1) t
       WHERE s.id = m.id`);
    await server.db.query(`UPDATE signature SET confidence = 0.5 WHERE position = 4`); // no key change
    // Letters moved to another month (one onto another year) and to another chamber.
    await server.db.query(`UPDATE letter SET sent_on = sent_on + 20 WHERE sent_on IN ('2024-01-15', '2023-12-31')`);
    await server.db.query(
      `UPDATE letter SET chamber = CASE chamber WHEN 'SENATE' THEN 'HOUSE' ELSE 'SENATE' END WHERE sent_on = '2024-02-01'`,
    );
    await server.db.query(`UPDATE letter SET title = title || '.'`); // no key change
    await expectRollupExact();
    expect(await expectRollupMatchesDetail()).toBeGreaterThan(1000);
  });

  it("follows deleted letters and signatures", async () => {
    await server.db.query(`DELETE FROM letter WHERE id IN (SELECT id FROM letter WHERE sent_on = '2024-02-02' LIMIT 1)`);
    await server.db.query(`DELETE FROM signature WHERE position = 5`);
    // A whole month of letters goes: its rollup rows go too, none is left at 0.
    await server.db.query(`DELETE FROM letter WHERE sent_on >= '2024-03-01' AND sent_on < '2024-04-01'`);
    expect((await server.db.query(`SELECT * FROM signature_month_count WHERE month = '2024-03-01' OR n = 0`)).length).toBe(0);
    await expectRollupExact();
    expect(await expectRollupMatchesDetail()).toBeGreaterThan(500);
  });

  it("is rebuilt from existing data by the migration, and its down removes it", async () => {
    const before = await rollupRows();
    const migration = new SignatureMonthCount1732870700000();
    const runner = server.db.source.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await runner.query(`SELECT to_regclass('signature_month_count') AS t`)).toEqual([{ t: null }]);
      await runner.query(`UPDATE signature SET state = 'AK' WHERE position = 6`); // unseen by any trigger
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await rollupRows()).toBeGreaterThanOrEqual(before);
    await expectRollupExact();
    expect(await expectRollupMatchesDetail()).toBeGreaterThan(500);
  });

  it("is emptied by TRUNCATE and filled again by the next import", async () => {
    await server.db.query(`TRUNCATE signature`);
    expect(await rollupRows()).toBe(0);
    await expectRollupMatchesDetail();
    await server.db.query(`TRUNCATE letter CASCADE`);
    await insertLetters(dates("2023-12", "2024-02"), 2);
    await expectRollupExact();
    expect(await expectRollupMatchesDetail()).toBeGreaterThan(100);
  });

  it("answers the GraphQL stats query from the rollup", async () => {
    const doc = parse(
      `query ($filter: LetterFilter) { stats(filter: $filter) { byParty { party count } byState { state count } } }`,
    ) as TypedDocumentNode<{ stats: { byParty: unknown[]; byState: unknown[] } }, { filter: LetterQuery }>;
    const filter = { dateFrom: "2023-12-10", dateTo: "2024-02-29" };
    const res = await server.run(doc, { filter });
    expect(res.errors).toBeUndefined();
    const detail = await stats.stats(filter, GROUPS, { rollup: false });
    expect(res.data!.stats).toEqual({ byParty: detail.byParty, byState: detail.byState });
    expect(detail.byParty!.length).toBeGreaterThan(0);
  });
});
