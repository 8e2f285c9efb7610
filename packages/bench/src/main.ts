/**
 * `pnpm bench`: generate data (if needed), start the four candidates pinned to core 0, load them
 * from this process (autocannon, pinned to core 1), print absolute figures and ratios, check the
 * targets, and optionally write JSON.
 *
 *   --scale S        data size (1 = 50,000 letters / ~2M signatures); default 0.25
 *   --duration SEC   length of each measured run; default 5
 *   --rounds N       measured rounds (after one warm-up round); default 2
 *   --connections N  concurrent connections; default 4
 *   --json FILE      write { scale, queries: { Q1: { APP: { p50_ms, p95_ms, rps, statements } ... } } }
 *   --regenerate     reload the data even if the database already holds this scale
 *   --workers N      generator connections loading letters side by side (default 2; see generate.ts)
 *   --no-build       use the existing packages/bench/dist/app instead of compiling the server
 *   --only A,B       candidates (default APP,APP+cache,R0,R1,PG, plus BASE with --baseline; APP+cache is APP
 *                    with its response cache on);  --queries Q1,Q4 ... to limit queries
 *   --baseline REF   also run BASE: the server at git ref REF (a branch, tag or sha, e.g. main or HEAD~3),
 *                    extracted with git archive into $TMPDIR/signatory-bench-base/<sha>, built there like APP
 *                    (reused on later runs, --no-build included)
 *                    and measured with its cache off, interleaved with the others. Adds p50/BASE and
 *                    rps/BASE columns, BASE's statement counts, and the before/after target: no query's
 *                    rps drops more than 5% and no statement count grows. The data is migrated by this
 *                    checkout's build first (BASE must accept a schema with newer additive migrations).
 *   --cpu-prof       run APP with --cpu-prof (profiles land in packages/bench/results/)
 *   --explain Q2,Q1  after the counts, print EXPLAIN (ANALYZE, BUFFERS) of every SELECT that APP (and
 *                    BASE, when running) sends for those queries, captured by the counting proxy with
 *                    their parameters, and whether each plan reads indexes only or scans a table
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_DIR, databaseUrl, parseArgs, pickParams, type BenchParams } from "./common";
import { prepareBaseline, type Baseline } from "./baseline";
import { generate, migrate, recreate } from "./generate";
import {
  APP_BUILD,
  APP_DIST,
  buildApp,
  cpuMs,
  databaseCpu,
  databaseCpuSince,
  freePort,
  rssMb,
  startCandidate,
  StatementCounter,
  stopCandidate,
  type Candidate,
} from "./processes";
import { CANDIDATES, dialect, endCursor, QUERIES, type CandidateName, type QueryDef, type Request, type Variant } from "./queries";
import { readFileSync } from "node:fs";

const SERVER_CORE = 0;
const LOAD_CORE = 1;
/**
 * Candidates get free ports from the OS: with fixed ones (4911...) two engineers' runs on one
 * machine answered each other's requests (a candidate whose port was taken looked ready, and
 * read 0.00 CPU ms per request).
 */
const KNOWN: CandidateName[] = ["APP", "APP+cache", "R0", "R1", "PG", "BASE"];
const Q4_FAR_PAGE = 400;

// Load generator on its own core: re-run this script under taskset once.
if (!process.env.BENCH_PINNED && os.cpus().length > 1) {
  const res = spawnSync("taskset", ["-c", String(LOAD_CORE), process.execPath, ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_PINNED: "1" },
  });
  process.exit(res.status ?? 1);
}

const args = parseArgs(process.argv.slice(2));
const scale = Number(args.get("scale") ?? 0.25);
const duration = Number(args.get("duration") ?? 5);
const rounds = Number(args.get("rounds") ?? 2);
const connections = Number(args.get("connections") ?? 4);
const jsonFile = args.get("json");
const baselineRef = args.get("baseline");
const only = (args.get("only")?.split(",") ?? (baselineRef ? ["APP", "BASE", ...CANDIDATES.slice(1)] : CANDIDATES)) as CandidateName[];
for (const n of only) if (!KNOWN.includes(n)) throw new Error(`--only: unknown candidate "${n}" (known: ${KNOWN.join(", ")})`);
if (only.includes("BASE") && !baselineRef) throw new Error("--only BASE needs --baseline REF (the git ref to compare against)");
if (baselineRef && !only.includes("BASE")) only.push("BASE");
let baseline: Baseline | null = null;
const queryFilter = args.get("queries")?.split(",");
const url = databaseUrl();
const log = (...a: unknown[]) => console.log(...a);

/** One measured case: a query (Q4 twice: page 1 and page 400) with a variant. */
interface Case {
  key: string;
  query: QueryDef;
  variant: (c: CandidateName) => Variant;
}

interface Sample {
  latencies: number[];
  requests: number;
  seconds: number;
  cpuMs: number;
  /** PostgreSQL's CPU over the round (databaseCpuSince). */
  dbCpuMs: number;
  errors: number;
}

const sql = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
};

async function ensureData(): Promise<void> {
  let current: number | null = null;
  try {
    current = Number((await sql<{ scale: string }>(`SELECT scale FROM bench_meta`))[0]?.scale ?? NaN);
  } catch {
    current = null;
  }
  if (current === scale && !args.has("regenerate")) {
    log(`data: scale ${scale} already loaded (--regenerate to reload)`);
    return;
  }
  log(`data: generating scale ${scale}`);
  await recreate(url);
  await generate(url, scale, log, Number(args.get("workers") ?? 2));
}

/** Starts a candidate; BASE runs the baseline's build. */
async function start(name: CandidateName, dbUrl: string, opts: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<Candidate> {
  return startCandidate(name, await freePort(), dbUrl, SERVER_CORE, { ...opts, build: name === "BASE" ? baseline! : APP_BUILD });
}

async function call(c: Candidate, r: Request): Promise<any> {
  const res = await fetch(c.base + r.path, { method: r.method, headers: { "content-type": "application/json" }, body: r.body });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${c.name} ${r.path}: HTTP ${res.status} ${text.slice(0, 200)}`);
  }
  if (!res.ok || json.errors)
    throw new Error(`${c.name} ${r.path}: HTTP ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
  return json;
}

function requestFor(q: QueryDef, c: CandidateName, p: BenchParams, v: Variant): Request | null {
  const r = q.request[dialect(c)];
  return typeof r === "string" ? null : r(p, v);
}

/** Pages through Q4 to page 400 (or the last full page), returning each candidate's cursor. */
async function farCursor(c: Candidate, p: BenchParams, pages: number): Promise<string | null> {
  const q4 = QUERIES.find((q) => q.id === "Q4")!;
  let after: string | null = null;
  for (let i = 1; i < pages; i++) after = endCursor(c.name, await call(c, requestFor(q4, c.name, p, { after })!));
  return after;
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function load(c: Candidate, r: Request, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  const cpu0 = cpuMs(c.pid);
  const db0 = databaseCpu();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon(
      {
        url: c.base + r.path,
        method: r.method,
        headers: { "content-type": "application/json" },
        body: r.body,
        connections,
        duration: seconds,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    inst.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
  const cpu = cpuMs(c.pid) - cpu0;
  const db = databaseCpuSince(db0);
  return {
    latencies,
    requests: result.requests.total,
    seconds: result.duration,
    cpuMs: cpu,
    dbCpuMs: db,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** Statements per request, through the counting proxy, for each case and list-size variant. */
async function countStatements(p: BenchParams, cases: Case[], cursors: Map<CandidateName, string | null>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const u = new URL(url);
  for (const name of only) {
    const counter = new StatementCounter({ host: u.hostname, port: Number(u.port || 5432) });
    const proxyPort = await counter.listen();
    const proxied = new URL(url);
    proxied.port = String(proxyPort);
    // No alerts worker: its once-a-second poll would land inside the requests' counts.
    const c = await start(name, proxied.toString(), { env: { ALERTS_WORKER: "false" } });
    try {
      const measure = async (key: string, r: Request | null) => {
        if (!r) return;
        for (let i = 0; i < 3; i++) await call(c, r);
        const n = 10;
        const before = counter.count;
        for (let i = 0; i < n; i++) await call(c, r);
        out.set(`${key}/${name}`, (counter.count - before) / n);
      };
      for (const k of cases) {
        const v = k.variant(name);
        await measure(k.key, requestFor(k.query, name, p, k.key === "Q4p400" ? { after: cursors.get(name) } : v));
      }
      // The list-size check: Q1 signers and Q2 members at 10 and 100.
      for (const id of ["Q1", "Q2"]) {
        const q = QUERIES.find((x) => x.id === id)!;
        for (const first of [10, 100]) await measure(`${id}@${first}`, requestFor(q, name, p, { first }));
      }
    } finally {
      await stopCandidate(c);
      await counter.close();
    }
  }
  return out;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the SELECTs APP (and BASE) send for each case, from the proxy's record. */
async function explain(p: BenchParams, cases: Case[]): Promise<void> {
  const u = new URL(url);
  for (const name of only.filter((n) => n === "APP" || n === "BASE")) {
    const counter = new StatementCounter({ host: u.hostname, port: Number(u.port || 5432) });
    const proxied = new URL(url);
    proxied.port = String(await counter.listen());
    const c = await start(name, proxied.toString(), { env: { ALERTS_WORKER: "false" } });
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      for (const k of cases) {
        const r = requestFor(k.query, name, p, k.variant(name));
        if (!r || k.key === "Q4p400") continue;
        for (let i = 0; i < 3; i++) await call(c, r);
        counter.recorded = [];
        counter.record = true;
        await call(c, r);
        counter.record = false;
        const selects = counter.recorded.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.sql));
        log(`\nEXPLAIN ${k.key} ${name}: ${counter.recorded.length} statements, ${selects.length} SELECT`);
        for (const [i, s] of selects.entries()) {
          const plan = (await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params)).rows.map(
            (row) => row["QUERY PLAN"],
          );
          const seqScans = plan.filter((l) => /Seq Scan on (?!pg_temp)/.test(l)).map((l) => l.trim().replace(/\s+\(cost.*$/, ""));
          log(
            `--- ${k.key} ${name} statement ${i + 1}/${selects.length}: ${s.sql.replace(/\s+/g, " ").slice(0, 300)}${s.sql.length > 300 ? " ..." : ""}`,
          );
          log(`    params: ${JSON.stringify(s.params).slice(0, 300)}`);
          log(plan.map((l) => `    ${l}`).join("\n"));
          log(`    => ${seqScans.length ? `sequential scans: ${seqScans.join("; ")}` : "indexes only (no sequential scan of a table)"}`);
        }
      }
    } finally {
      await db.end();
      await stopCandidate(c);
      await counter.close();
    }
  }
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "-");

async function main() {
  mkdirSync(path.join(BENCH_DIR, "results"), { recursive: true });
  log(
    `Signatory bench: scale ${scale}, ${rounds} x ${duration}s rounds, ${connections} connections; servers on core ${SERVER_CORE}, load on core ${LOAD_CORE}`,
  );
  if (!args.has("no-build")) {
    log("APP: compiling packages/server into packages/bench/dist/app");
    buildApp(log);
  }
  if (baselineRef) baseline = prepareBaseline(baselineRef, log);
  await ensureData();
  // This checkout's migrations (a no-op when the data was just generated): data loaded by an
  // older checkout gets the tables, columns and indexes this one reads (the SQL and PostGraphile
  // candidates too: pg-functions.sql reads signature.letter_sent_on); BASE then starts on a
  // schema that may hold tables and columns it does not know.
  migrate(url);
  await sql(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET random_page_cost = 1.1`); // see generate.ts
  await sql(readFileSync(path.join(BENCH_DIR, "src/servers/pg-functions.sql"), "utf8"));
  const p = await pickParams((text) => sql(text));
  const [{ letters }] = await sql<{ letters: number }>(`SELECT count(*)::int AS letters FROM letter`);
  const farPage = Math.min(Q4_FAR_PAGE, Math.floor(letters / 25));
  log(
    `params: ${JSON.stringify(p)}; Q4 far page ${farPage}${farPage < Q4_FAR_PAGE ? ` (only ${letters} letters: page ${Q4_FAR_PAGE} does not exist at this scale)` : ""}`,
  );

  const cases: Case[] = [];
  for (const q of QUERIES) {
    if (queryFilter && !queryFilter.some((f) => q.id.startsWith(f) || f.startsWith(q.id))) continue;
    if (q.id === "Q4") {
      cases.push({ key: "Q4p1", query: q, variant: () => ({ after: null }) });
      cases.push({ key: "Q4p400", query: q, variant: () => ({}) });
    } else cases.push({ key: q.id, query: q, variant: () => ({}) });
  }

  // Start every candidate: idle ones cost nothing, and runs can interleave.
  const running = new Map<CandidateName, Candidate>();
  const prof = args.has("cpu-prof") ? ["--cpu-prof", `--cpu-prof-dir=${path.join(BENCH_DIR, "results")}`] : [];
  for (const name of only) {
    running.set(name, await start(name, url, { nodeArgs: dialect(name) === "APP" ? prof : [] }));
    log(`started ${name} (pid ${running.get(name)!.pid})`);
  }
  const skipped = new Map<string, string>();
  const mismatches: string[] = [];
  const cursors = new Map<CandidateName, string | null>();
  try {
    // Sanity: every candidate answers every query, with the same number of list items.
    for (const [name, c] of running) cursors.set(name, await farCursor(c, p, farPage));
    for (const k of cases) {
      const counts: string[] = [];
      for (const [name, c] of running) {
        const r = requestFor(k.query, name, p, k.key === "Q4p400" ? { after: cursors.get(name) } : k.variant(name));
        if (!r) {
          skipped.set(`${k.key}/${name}`, k.query.request[dialect(name)] as string);
          continue;
        }
        try {
          counts.push(`${name}=${k.query.count[dialect(name)](await call(c, r))}`);
        } catch (e) {
          skipped.set(`${k.key}/${name}`, (e as Error).message);
          counts.push(`${name}=ERROR`);
        }
      }
      const distinct = new Set(counts.map((x) => x.split("=")[1]).filter((x) => x !== "ERROR"));
      if (distinct.size > 1) mismatches.push(`${k.key} (${counts.join(" ")})`);
      log(
        `check ${k.key.padEnd(7)} items: ${counts.join(" ")}${distinct.size > 1 ? "  MISMATCH: the candidates answer different data" : ""}`,
      );
    }
    for (const [k, why] of skipped) log(`  skipped ${k}: ${why}`);

    // Warm-up round, then measured rounds; the candidate order rotates every round.
    const samples = new Map<string, Sample[]>();
    const rss = new Map<CandidateName, number[]>();
    const names = [...running.keys()];
    for (let round = 0; round <= rounds; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]);
      const secs = round === 0 ? Math.max(1, Math.min(2, duration)) : duration;
      log(round === 0 ? `warm-up round (${secs}s per run)` : `round ${round}/${rounds}`);
      for (const k of cases) {
        for (const name of order) {
          if (skipped.has(`${k.key}/${name}`)) continue;
          const c = running.get(name)!;
          const r = requestFor(k.query, name, p, k.key === "Q4p400" ? { after: cursors.get(name) } : k.variant(name))!;
          const s = await load(c, r, secs);
          if (round > 0) samples.set(`${k.key}/${name}`, [...(samples.get(`${k.key}/${name}`) ?? []), s]);
        }
      }
      for (const name of names) {
        const mb = rssMb(running.get(name)!.pid);
        if (round > 0) rss.set(name, [...(rss.get(name) ?? []), mb]);
        log(`  RSS ${name}: ${fmt(mb)} MB`);
      }
    }
    for (const [, c] of running) await stopCandidate(c);
    running.clear();

    log("counting SQL statements per request (each candidate again, through a counting proxy)");
    const statements = await countStatements(p, cases, cursors);

    report(cases, samples, statements, rss, skipped, p, farPage, mismatches);
    if (args.get("explain"))
      await explain(
        p,
        cases.filter((k) => args.get("explain")!.split(",").includes(k.key)),
      );
  } finally {
    for (const [, c] of running) await stopCandidate(c);
  }
}

interface Row {
  p50: number;
  p95: number;
  rps: number;
  cpu: number;
  db: number;
  statements: number;
  errors: number;
}

function summarise(list: Sample[] | undefined, statements: number | undefined): Row | null {
  if (!list?.length) return null;
  const lat = list.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = list.reduce((n, s) => n + s.requests, 0);
  const seconds = list.reduce((n, s) => n + s.seconds, 0);
  return {
    p50: percentile(lat, 0.5),
    p95: percentile(lat, 0.95),
    rps: requests / seconds,
    cpu: list.reduce((n, s) => n + s.cpuMs, 0) / requests,
    db: list.reduce((n, s) => n + s.dbCpuMs, 0) / requests,
    statements: statements ?? NaN,
    errors: list.reduce((n, s) => n + s.errors, 0),
  };
}

function report(
  cases: Case[],
  samples: Map<string, Sample[]>,
  statements: Map<string, number>,
  rss: Map<CandidateName, number[]>,
  skipped: Map<string, string>,
  p: BenchParams,
  farPage: number,
  mismatches: string[],
) {
  const rows = new Map<string, Row>();
  for (const k of cases)
    for (const name of only) {
      const r = summarise(samples.get(`${k.key}/${name}`), statements.get(`${k.key}/${name}`));
      if (r) rows.set(`${k.key}/${name}`, r);
    }
  const withBase = only.includes("BASE");
  const header = [
    "query",
    "cand",
    "p50 ms",
    "p95 ms",
    "req/s",
    "cpu ms/req",
    "db ms/req",
    "stmts",
    "p50/R1",
    "rps/R1",
    "p50/PG",
    "rps/PG",
    ...(withBase ? ["p50/BASE", "rps/BASE"] : []),
    "errors",
  ];
  const widths = [7, 9, 8, 8, 8, 10, 9, 6, 7, 7, 7, 7, ...(withBase ? [8, 8] : []), 6];
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const out: string[] = [];
  out.push(line(header));
  for (const k of cases) {
    const r1 = rows.get(`${k.key}/R1`);
    const pgr = rows.get(`${k.key}/PG`);
    const base = rows.get(`${k.key}/BASE`);
    for (const name of only) {
      const r = rows.get(`${k.key}/${name}`);
      if (!r) {
        out.push(line([k.key, name, "skipped", ...header.slice(3).map(() => "")]));
        continue;
      }
      out.push(
        line([
          k.key,
          name,
          fmt(r.p50, 2),
          fmt(r.p95, 2),
          fmt(r.rps, 0),
          fmt(r.cpu, 2),
          fmt(r.db, 2),
          fmt(r.statements, 1),
          r1 ? fmt(r.p50 / r1.p50, 2) : "-",
          r1 ? fmt(r.rps / r1.rps, 2) : "-",
          pgr ? fmt(r.p50 / pgr.p50, 2) : "-",
          pgr ? fmt(r.rps / pgr.rps, 2) : "-",
          ...(withBase ? [base ? fmt(r.p50 / base.p50, 2) : "-", base ? fmt(r.rps / base.rps, 2) : "-"] : []),
          String(r.errors),
        ]),
      );
    }
  }
  log("");
  log(out.join("\n"));
  log("");
  const rssLine = [...rss].map(([n, l]) => `${n} ${l.map((x) => fmt(x)).join(" -> ")} MB`).join(";  ");
  log(`RSS after each measured round: ${rssLine}`);
  const sizes = ["Q1", "Q2"].map(
    (id) =>
      `${id} statements at first 10 / 100: ` +
      only.map((n) => `${n} ${fmt(statements.get(`${id}@10/${n}`) ?? NaN)}/${fmt(statements.get(`${id}@100/${n}`) ?? NaN)}`).join(", "),
  );
  for (const s of sizes) log(s);

  // Targets.
  const get = (k: string, n: CandidateName) => rows.get(`${k}/${n}`);
  const targets: { name: string; met: boolean | null; detail: string }[] = [];
  const ratioTarget = (
    name: string,
    a: Row | undefined,
    b: Row | undefined,
    f: (a: Row, b: Row) => number,
    op: "<=" | ">=",
    limit: number,
  ) => {
    if (!a || !b) return targets.push({ name, met: null, detail: "not measured" });
    const v = f(a, b);
    targets.push({ name, met: op === "<=" ? v <= limit : v >= limit, detail: `${fmt(v, 2)} (target ${op} ${limit})` });
  };
  // APP+cache answers the repeated identical requests from its cache: it measures hits.
  for (const app of ["APP", "APP+cache"] as const) {
    if (!only.includes(app)) continue;
    // Issue 19's targets (cache off): Q1 p50 within 1.5x hand-written SQL, 1.2x PostGraphile's requests per second on every query.
    ratioTarget(`Q1 ${app} p50 <= 1.5x R1`, get("Q1", app), get("Q1", "R1"), (a, b) => a.p50 / b.p50, "<=", 1.5);
    for (const q of ["Q1", "Q2", "Q3", "Q4p1", "Q4p400", "Q5", "Q6"])
      ratioTarget(`${q} ${app} rps >= 1.2x PG`, get(q, app), get(q, "PG"), (a, b) => a.rps / b.rps, ">=", 1.2);
  }
  for (const q of ["Q3", "Q6"]) {
    const s = statements.get(`${q}/APP`);
    targets.push({ name: `${q} APP one SQL statement`, met: s === undefined ? null : s === 1, detail: `${fmt(s ?? NaN)} statements` });
  }
  for (const n of only) {
    const a = get("Q4p1", n);
    const b = get("Q4p400", n);
    if (a && b)
      targets.push({
        name: `Q4 ${n} page ${farPage} p50 <= 1.3x page 1`,
        met: b.p50 <= 1.3 * a.p50,
        detail: `${fmt(b.p50, 2)} vs ${fmt(a.p50, 2)} ms`,
      });
  }
  for (const id of ["Q1", "Q2"]) {
    const a = statements.get(`${id}@10/APP`);
    const b = statements.get(`${id}@100/APP`);
    targets.push({
      name: `${id} APP statements same at first 10 and 100`,
      met: a === undefined || b === undefined ? null : a === b,
      detail: `${fmt(a ?? NaN)} vs ${fmt(b ?? NaN)}`,
    });
  }
  for (const [n, l] of rss) {
    const growth = l[l.length - 1] - l[0];
    targets.push({
      name: `${n} no RSS growth between rounds`,
      met: growth <= Math.max(10, 0.1 * l[0]),
      detail: `${fmt(l[0])} -> ${fmt(l[l.length - 1])} MB`,
    });
  }
  targets.push({
    name: "every candidate returns the same number of items",
    met: mismatches.length === 0,
    detail: mismatches.length ? mismatches.join("; ") : `${cases.length} queries`,
  });
  if (withBase) targets.push(...beforeAfter(cases, rows, statements, samples));
  log("\ntargets:");
  for (const t of targets) log(`  ${t.met === null ? "n/a    " : t.met ? "met    " : "NOT met"}  ${t.name}: ${t.detail}`);

  if (jsonFile) {
    const queries: Record<string, Record<string, object>> = {};
    for (const k of cases) {
      queries[k.key] = {};
      for (const n of only) {
        const r = rows.get(`${k.key}/${n}`);
        queries[k.key][n] = r
          ? { p50_ms: r.p50, p95_ms: r.p95, rps: r.rps, statements: r.statements, cpu_ms_per_request: r.cpu, errors: r.errors }
          : { skipped: skipped.get(`${k.key}/${n}`) ?? "not measured" };
      }
    }
    const doc = {
      scale,
      duration,
      rounds,
      connections,
      params: p,
      q4_far_page: farPage,
      baseline: baseline ? { ref: baseline.ref, sha: baseline.sha } : null,
      machine: machine(),
      queries,
      rss_mb: Object.fromEntries(rss),
      list_size_statements: Object.fromEntries([...statements].filter(([k]) => k.includes("@"))),
      targets,
    };
    writeFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), jsonFile), JSON.stringify(doc, null, 2));
    log(`wrote ${jsonFile}`);
  }
}

/** Tolerated rps drop of APP against BASE in one run (the machine's run-to-run noise is a few %). */
const BASE_RPS_TOLERANCE = 0.05;

/**
 * Before (BASE) vs after (APP), same run: per query rps >= 95% of BASE's and statements per
 * request no more than BASE's (the list-size variants included), then one summary line.
 */
function beforeAfter(cases: Case[], rows: Map<string, Row>, statements: Map<string, number>, samples: Map<string, Sample[]>) {
  const out: { name: string; met: boolean | null; detail: string }[] = [];
  const drops: string[] = [];
  const grows: string[] = [];
  let measured = 0;
  for (const k of cases) {
    const a = rows.get(`${k.key}/APP`);
    const b = rows.get(`${k.key}/BASE`);
    if (!a || !b) {
      out.push({ name: `${k.key} APP rps >= ${1 - BASE_RPS_TOLERANCE}x BASE`, met: null, detail: "not measured" });
      continue;
    }
    measured++;
    const ratio = a.rps / b.rps;
    const ok = ratio >= 1 - BASE_RPS_TOLERANCE;
    if (!ok) drops.push(`${k.key} ${fmt(ratio, 2)}`);
    // Each round's own ratio (APP and BASE run back to back in a round): their spread is the noise.
    const sa = samples.get(`${k.key}/APP`) ?? [];
    const sb = samples.get(`${k.key}/BASE`) ?? [];
    const perRound =
      sa.length > 1 && sa.length === sb.length
        ? `; per round ${sa.map((x, i) => fmt(x.requests / x.seconds / (sb[i].requests / sb[i].seconds), 2)).join(", ")}`
        : "";
    out.push({
      name: `${k.key} APP rps >= ${1 - BASE_RPS_TOLERANCE}x BASE`,
      met: ok,
      detail: `${fmt(a.rps, 0)} vs ${fmt(b.rps, 0)} req/s (${fmt(ratio, 2)}${perRound})`,
    });
  }
  const keys = [...new Set([...statements.keys()].filter((k) => k.endsWith("/APP")).map((k) => k.slice(0, -"/APP".length)))];
  for (const key of keys) {
    const a = statements.get(`${key}/APP`);
    const b = statements.get(`${key}/BASE`);
    if (a === undefined || b === undefined) continue;
    if (a > b) grows.push(`${key} ${fmt(b)} -> ${fmt(a)}`);
    out.push({ name: `${key} APP statements <= BASE`, met: a <= b, detail: `${fmt(a)} vs ${fmt(b)}` });
  }
  out.push({
    name: `before/after: BASE ${baseline?.ref} (${baseline?.sha.slice(0, 12)}) -> APP: no query's rps drops more than ${BASE_RPS_TOLERANCE * 100}% and no statement count grows`,
    met: measured === 0 ? null : drops.length === 0 && grows.length === 0,
    detail:
      measured === 0
        ? "not measured"
        : [
            drops.length ? `rps drops: ${drops.join(", ")}` : "no rps drop",
            grows.length ? `statements grow: ${grows.join(", ")}` : "no statement growth",
          ].join("; "),
  });
  return out;
}

export function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  return {
    nproc: os.cpus().length,
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? "unknown",
    node: process.version,
    app_dist: APP_DIST,
  };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
