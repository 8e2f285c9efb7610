/**
 * How long does importing the seed letter (parse + match + store, 51 signers) take, warm?
 * Runs on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, in a scratch schema) or, with
 * neither, on the embedded PGlite. Prints p50/p95 for the full import beside two baselines
 * measured in the same run: parse + match alone, and a bare transaction inserting the same
 * 52 rows. Target: full import p50 <= 50 ms on PostgreSQL.
 *
 * Before timing, BENCH_STORED_LETTERS (50,000) distinct letters are stored with their series
 * fingerprints (bodies from the series generator's phrase bank), so that the import's search
 * for earlier versions (LSH band lookup, scoring, joining a series) runs against a full table.
 */
import "reflect-metadata";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import type { EntityManager } from "typeorm";
import { randomBody } from "../src/modules/importing/generator/generate-series";
import { ImportService } from "../src/modules/importing/import.service";
import type { Database } from "../src/db/database";
import { fingerprint } from "../src/modules/series/fingerprint";
import { storeFingerprints } from "../src/modules/series/lineage";
import { openTestDatabase, readLetter, SEED_LETTER, syncReferenceMembers } from "../src/test/harness";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const WARMUP = 10;
const STORED = Number(process.env.BENCH_STORED_LETTERS ?? 50_000);

/** Stores `n` distinct letters (no signatures) with their fingerprints, 1,000 per statement. */
async function storeLetters(db: Database, n: number) {
  const t = performance.now();
  for (let from = 0; from < n; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - from) }, (_, k) => {
      const i = from + k;
      const body = randomBody(i + 1).join("\n\n");
      const fp = fingerprint(body);
      const date = new Date(Date.UTC(2013, 0, 1) + (i % 4700) * 86_400_000).toISOString().slice(0, 10);
      return { title: `Stored letter ${i}`, sent_on: date, body, hash: `bench-stored-${i}`, fp };
    });
    const ids: { id: string; content_hash: string }[] = await db.query(
      `INSERT INTO letter (title, sent_on, chamber, body, content_hash)
       SELECT title, sent_on, 'HOUSE', body, hash FROM jsonb_to_recordset($1::jsonb) AS r(title text, sent_on date, body text, hash text)
       RETURNING id, content_hash`,
      [JSON.stringify(rows)],
    );
    const byHash = new Map(rows.map((r) => [r.hash, r]));
    await storeFingerprints(
      db.manager,
      ids.map(({ id, content_hash }) => ({ letter_id: id, ...byHash.get(content_hash)!.fp })),
    );
  }
  await db.query(`ANALYZE letter`);
  await db.query(`ANALYZE letter_fingerprint`);
  await db.query(`ANALYZE letter_band`);
  console.log(`stored ${n.toLocaleString("en-US")} letters with fingerprints in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** Statements one import sends: through db.query, db.manager and its transaction's manager. */
async function countImportStatements(db: Database, work: () => Promise<unknown>): Promise<{ total: number; inTransaction: number }> {
  let total = 0;
  let inTransaction = 0;
  const { query, transaction } = db;
  const managerQuery = db.manager.query;
  db.query = ((...args: Parameters<Database["query"]>) => (total++, query.apply(db, args))) as Database["query"];
  db.manager.query = ((...args: Parameters<EntityManager["query"]>) => (
    total++,
    managerQuery.apply(db.manager, args)
  )) as EntityManager["query"];
  db.transaction = ((work: (em: EntityManager) => Promise<unknown>, options?: Parameters<Database["transaction"]>[1]) =>
    transaction.call(
      db,
      (em) => {
        // Database.transaction calls itself once more for an import's share of the pool: count once.
        if ((em as { counted?: boolean }).counted) return work(em);
        Object.assign(em, { counted: true });
        const q = em.query;
        em.query = ((...args: Parameters<EntityManager["query"]>) => (
          total++,
          inTransaction++,
          q.apply(em, args)
        )) as EntityManager["query"];
        return work(em);
      },
      options,
    )) as Database["transaction"];
  try {
    await work();
  } finally {
    Object.assign(db, { query, transaction });
    db.manager.query = managerQuery;
  }
  return { total, inTransaction };
}

function summary(name: string, ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { name, p50: q(0.5), p95: q(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

async function time(rounds: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < rounds + WARMUP; i++) {
    const t = performance.now();
    await work(i);
    if (i >= WARMUP) out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
  const db = await openTestDatabase();
  const where = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite";
  try {
    await syncReferenceMembers(db);
    await storeLetters(db, STORED);
    const seed = await readLetter(SEED_LETTER);
    const service = new ImportService(db);
    // Each round imports a distinct letter (same signers, one changed line) so nothing is skipped as a duplicate.
    const variant = (i: number) => seed.replace("Secretary Pompeo,", `Secretary Pompeo, (${i})`);

    const full = await time(ROUNDS, async (i) => {
      const out = await service.import(variant(i), { sourceName: "bench" });
      if (!out.created) throw new Error("benchmark letter was not stored");
    });
    const parseMatch = await time(ROUNDS, (i) => service.preview(variant(i)));
    // The series step's read: the new body's fingerprint and its LSH band lookup with scoring data.
    const lookup = await time(ROUNDS, async (i) => {
      const fp = fingerprint(variant(i));
      await db.query(
        `WITH c AS (SELECT letter_id, count(*) AS shared FROM letter_band WHERE band_key = ANY($1::int[]) GROUP BY letter_id ORDER BY shared DESC LIMIT 200)
         SELECT l.id, l.title, l.sent_on, l.recipients, m.series_id, f.minhash FROM c JOIN letter l ON l.id = c.letter_id
           LEFT JOIN letter_fingerprint f ON f.letter_id = l.id LEFT JOIN letter_series_member m ON m.letter_id = l.id`,
        [fp.bands],
      );
    });
    if (process.env.BENCH_EXPLAIN) {
      const plan = await db.query(
        `EXPLAIN (ANALYZE, BUFFERS) WITH c AS (SELECT letter_id, count(*) AS shared FROM letter_band WHERE band_key = ANY($1::int[]) GROUP BY letter_id ORDER BY shared DESC LIMIT 200)
         SELECT l.id, l.title, l.sent_on, l.recipients, m.series_id, f.minhash FROM c JOIN letter l ON l.id = c.letter_id
           LEFT JOIN letter_fingerprint f ON f.letter_id = l.id LEFT JOIN letter_series_member m ON m.letter_id = l.id`,
        [fingerprint(variant(0)).bands],
      );
      console.log(plan.map((r) => String(r["QUERY PLAN"])).join("\n"));
    }
    const bare = await time(ROUNDS, (i) =>
      db.transaction(async (em) => {
        const [{ id }] = await em.query(
          `INSERT INTO letter (title, sent_on, chamber, content_hash) VALUES ('bench', '2020-10-23', 'HOUSE', $1) RETURNING id`,
          [`bare-${i}-${Date.now()}`],
        );
        for (let p = 1; p <= 51; p++) {
          await em.query(
            `INSERT INTO signature (letter_id, position, printed_name, role, status, confidence) VALUES ($1, $2, 'x', 'SIGNER', 'UNMATCHED', 0)`,
            [id, p],
          );
        }
      }),
    );
    // The same 52 rows as one multi-row INSERT per table (what the import does), beside the single-row baseline.
    const batched = await time(ROUNDS, (i) =>
      db.transaction(async (em) => {
        const [{ id }] = await em.query(
          `INSERT INTO letter (title, sent_on, chamber, content_hash) VALUES ('bench', '2020-10-23', 'HOUSE', $1) RETURNING id`,
          [`batched-${i}-${Date.now()}`],
        );
        await em.query(
          `INSERT INTO signature (letter_id, position, printed_name, role, status, confidence) SELECT $1, p, 'x', 'SIGNER', 'UNMATCHED', 0 FROM generate_series(1, 51) AS p`,
          [id],
        );
      }),
    );
    const statements = await countImportStatements(db, () => service.import(variant(ROUNDS + WARMUP), { sourceName: "bench" }));
    const rows = [
      summary("import (parse + match + store)", full),
      summary("baseline: parse + match only", parseMatch),
      summary("series lookup only (fingerprint + LSH)", lookup),
      summary("baseline: 52 single-row INSERTs", bare),
      summary("baseline: the 52 rows in 2 INSERTs", batched),
    ];
    const [series] = await db.query(`SELECT count(*)::int AS n FROM letter_series_member GROUP BY series_id ORDER BY 1 DESC LIMIT 1`);
    console.log(
      `\nseed letter import on ${where}, ${STORED.toLocaleString("en-US")} letters stored, ${ROUNDS} rounds after ${WARMUP} warm-up, ${process.version}`,
    );
    console.log(`the bench's variants of the seed letter form one series of ${series?.n ?? 0} letters`);
    console.log("name".padEnd(36), "p50 ms".padStart(8), "p95 ms".padStart(8), "mean ms".padStart(8));
    for (const r of rows)
      console.log(r.name.padEnd(36), r.p50.toFixed(2).padStart(8), r.p95.toFixed(2).padStart(8), r.mean.toFixed(2).padStart(8));
    console.log(`statements per import: ${statements.total} (${statements.inTransaction} in its transaction, BEGIN/COMMIT not counted)`);
    console.log(
      `load average: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} on ${cpus().length} cores (shared with other work)`,
    );
    console.log(`ratio import / (parse+match + bare insert) p50: ${(rows[0].p50 / (rows[1].p50 + rows[3].p50)).toFixed(2)}`);
    console.log(`target p50 <= 50 ms: ${rows[0].p50 <= 50 ? "met" : "NOT met"}`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
