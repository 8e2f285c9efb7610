/**
 * Scorecard benchmark: a scorecard of 200 letters of the 118th Congress (both chambers, stances
 * alternating, weights 1 to 3) over the benchmark database, grading every member who served.
 * Measures the first page (50 members, best grade first) uncached:
 * - SQL: the read module's one statement (ScorecardRead.members), as the server runs it;
 * - GraphQL: the whole `scorecard(id) { members(first: 50) { totalCount edges { node { ... member { fullName } } } } }`
 *   through the server's Apollo (createApp, response cache off), in process.
 *
 *   BENCH_DATABASE_URL=postgres://…/signatory_bench pnpm --filter @signatory/bench bench:scorecard [--runs 40]
 * Needs a generated database (`pnpm --filter @signatory/bench generate --scale 0.05`).
 */
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
    console.log(`scorecard of ${shape.letters} letters (database: ${shape.all_letters} letters, ${shape.signatures} signatures); ${first.totalCount} members graded`);
    const sql = await time(runs, () => read.members(id, {}, "GRADE", 50, null));
    const app = await createApp(db, { dashboardDir: "/nonexistent", production: true, cache: { maxBytes: 0, versionPollMs: 1000 } });
    const services = createServices(db);
    const query = `query($id: ID!) { scorecard(id: $id) { members(first: 50) { totalCount pageInfo { endCursor } edges { node { grade score earned possible eligibleLetters state party member { fullName } } } } } }`;
    const gql = await time(runs, async () => {
      const res = await app.apollo.executeOperation({ query, variables: { id } }, { contextValue: createContext(services) });
      if (res.body.kind !== "single" || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    });
    const byState = await time(Math.max(10, runs / 4), () => read.byState(id, DEFAULT_GRADE_SCALE));
    console.log(`first page (50), one SQL statement: p50 ${sql.p50.toFixed(2)} ms, p95 ${sql.p95.toFixed(2)} ms, min ${sql.min.toFixed(2)} ms (${runs} runs)`);
    console.log(`first page through GraphQL (no response cache): p50 ${gql.p50.toFixed(2)} ms, p95 ${gql.p95.toFixed(2)} ms`);
    console.log(`byState (map): p50 ${byState.p50.toFixed(2)} ms, p95 ${byState.p95.toFixed(2)} ms`);
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
