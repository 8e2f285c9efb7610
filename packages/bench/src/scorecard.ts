/**
 * Scorecard benchmark: a scorecard of 200 letters of the 118th Congress (both chambers, stances
 * alternating, weights 1 to 3) over the benchmark database, grading every member who served.
 * Measures the first page (50 members, best grade first) uncached:
 * - before: the live scoring statement (ScorecardRead.members with `live`, as drafts are read);
 * - after: the published scorecard's materialised grades (ScorecardRead.members), and the first
 *   read after a write (it recomputes them);
 * - GraphQL: the whole `scorecard(id) { members(first: 50) { totalCount edges { node { ... member { fullName } } } } }`
 *   through the server's Apollo (createApp, response cache off), in process.
 *
 *   BENCH_DATABASE_URL=postgres://…/signatory_bench pnpm --filter @signatory/bench bench:scorecard [--runs 40]
 * Needs a generated database (`pnpm --filter @signatory/bench generate --scale 0.05`).
 */
import { loadavg } from "node:os";
import path from "node:path";
import { buildApp, APP_DIST } from "./processes";
import { databaseUrl, parseArgs } from "./common";

const NODE_PATH = path.join(__dirname, "../../server/node_modules");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number; min: number }> {
  for (let i = 0; i < 3; i++) await work();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await work();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  out.sort((a, b) => a - b);
  return { p50: percentile(out, 50), p95: percentile(out, 95), min: out[0] };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const runs = Number(args.get("runs") ?? 40);
  buildApp();
  process.env.NODE_PATH = NODE_PATH;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("module").Module._initPaths();
  /* eslint-disable @typescript-eslint/no-require-imports */
  require("reflect-metadata");
  const { Database } = require(path.join(APP_DIST, "db/database.js"));
  const { ScorecardRead } = require(path.join(APP_DIST, "modules/scorecards/scorecard-read.js"));
  const { createApp } = require(path.join(APP_DIST, "app.js"));
  const { createContext, createServices } = require(path.join(APP_DIST, "context.js"));
  const { DEFAULT_GRADE_SCALE } = require(path.join(APP_DIST, "modules/scorecards/grade-scale.js"));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const db = await Database.open({ url: databaseUrl() });
  try {
    await db.migrate();
    await db.query(`DELETE FROM scorecard WHERE name = 'bench: 118th Congress, 200 letters'`);
    const [{ id }] = await db.query(
      `INSERT INTO scorecard (name, date_from, date_to, congress, grade_scale, published_at)
       VALUES ('bench: 118th Congress, 200 letters', '2023-01-03', '2025-01-02', 118, $1, now()) RETURNING id`,
      [JSON.stringify([...DEFAULT_GRADE_SCALE].reverse())],
    );
    await db.query(
      `INSERT INTO scorecard_letter (scorecard_id, letter_id, stance, weight, position)
       SELECT $1, id, CASE WHEN n % 2 = 0 THEN 'SUPPORT' ELSE 'OPPOSE' END, 1 + n % 3, n
         FROM (SELECT id, row_number() OVER (ORDER BY sent_on, id) AS n FROM letter
                WHERE sent_on BETWEEN '2023-01-03' AND '2025-01-02' ORDER BY sent_on, id LIMIT 200) l`,
      [id],
    );
    const [shape] = await db.query(
      `SELECT (SELECT count(*) FROM scorecard_letter WHERE scorecard_id = $1)::int AS letters,
              (SELECT count(*) FROM letter)::int AS all_letters, (SELECT count(*) FROM signature)::int AS signatures`,
      [id],
    );
    const read = new ScorecardRead(db);
    const first = await read.members(id, {}, "GRADE", 50, null);
    if (JSON.stringify(first) !== JSON.stringify(await read.members(id, {}, "GRADE", 50, null, { live: true }))) {
      throw new Error("the materialised first page differs from the live statement's");
    }
    console.log(
      `scorecard of ${shape.letters} letters (database: ${shape.all_letters} letters, ${shape.signatures} signatures); ${first.totalCount} members graded`,
    );
    const live = await time(runs, () => read.members(id, {}, "GRADE", 50, null, { live: true }));
    const sql = await time(runs, () => read.members(id, {}, "GRADE", 50, null));
    // A write marks the grades stale: the next read recomputes them (the live statement, stored) and then reads.
    const stale = await time(Math.max(10, runs / 4), async () => {
      await db.query(`UPDATE scorecard_score_state SET stale = true WHERE scorecard_id = $1`, [id]);
      await read.members(id, {}, "GRADE", 50, null);
    });
    const app = await createApp(db, { dashboardDir: "/nonexistent", production: true, cache: { maxBytes: 0, versionPollMs: 1000 } });
    const services = createServices(db);
    const query = `query($id: ID!) { scorecard(id: $id) { members(first: 50) { totalCount pageInfo { endCursor } edges { node { grade score earned possible eligibleLetters state party member { fullName } } } } } }`;
    const gql = await time(runs, async () => {
      const res = await app.apollo.executeOperation({ query, variables: { id } }, { contextValue: createContext(services) });
      if (res.body.kind !== "single" || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    });
    const byStateLive = await time(Math.max(10, runs / 4), () => read.byState(id, DEFAULT_GRADE_SCALE, { live: true }));
    const byState = await time(Math.max(10, runs / 4), () => read.byState(id, DEFAULT_GRADE_SCALE));
    const row = (name: string, t: { p50: number; p95: number; min: number }) =>
      console.log(`| ${name} | ${t.p50.toFixed(2)} | ${t.p95.toFixed(2)} | ${t.min.toFixed(2)} |`);
    console.log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (2 cores, shared)`,
    );
    console.log("| what | p50 ms | p95 ms | min ms |\n|---|---|---|---|");
    row(`before: first page (50), live scoring statement (${runs} runs)`, live);
    row(`after: first page (50), materialised grades (${runs} runs)`, sql);
    row("after: first page through GraphQL, no response cache", gql);
    row("after: first read after a write (recompute + page)", stale);
    row("before: byState (map), live", byStateLive);
    row("after: byState (map), materialised", byState);
    console.log(
      `first page: live / materialised p50 = ${(live.p50 / sql.p50).toFixed(1)}x; target p50 <= 25 ms: ${sql.p50 <= 25 ? "met" : "NOT met"}`,
    );
    await app.close();
    await db.query(`DELETE FROM scorecard WHERE id = $1`, [id]);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
