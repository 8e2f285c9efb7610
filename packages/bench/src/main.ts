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
 *   --no-build       use the existing packages/bench/dist/app instead of compiling the server
 *   --only A,B       candidates (default APP,APP+cache,R0,R1,PG; APP+cache is APP with its response cache on);  --queries Q1,Q4 ... to limit queries
 *   --cpu-prof       run APP with --cpu-prof (profiles land in packages/bench/results/)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_DIR, databaseUrl, parseArgs, type BenchParams } from "./common";
import { generate, recreate } from "./generate";
import { APP_DIST, buildApp, cpuMs, rssMb, startCandidate, StatementCounter, stopCandidate, type Candidate } from "./processes";
import { CANDIDATES, dialect, endCursor, QUERIES, type CandidateName, type QueryDef, type Request, type Variant } from "./queries";
import { readFileSync } from "node:fs";

const SERVER_CORE = 0;
const LOAD_CORE = 1;
// BENCH_PORT_OFFSET moves every candidate's port (two benchmarks on one machine must not answer each other's load).
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 0);
const PORTS: Record<CandidateName, number> = { APP: 4911 + PORT_OFFSET, "APP+cache": 4915 + PORT_OFFSET, R0: 4912 + PORT_OFFSET, R1: 4913 + PORT_OFFSET, PG: 4914 + PORT_OFFSET };
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
const only = (args.get("only")?.split(",") ?? CANDIDATES) as CandidateName[];
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
  await generate(url, scale);
  await sql(`CREATE TABLE bench_meta (scale numeric NOT NULL)`);
  await sql(`INSERT INTO bench_meta VALUES ($1)`, [scale]);
  await sql(`ANALYZE bench_meta`);
}

async function pickParams(): Promise<BenchParams> {
  const [letter] = await sql<{ id: string }>(
    `SELECT id FROM letter WHERE chamber = 'HOUSE' ORDER BY abs(signer_count - 100), id LIMIT 1`,
  );
  const [year] = await sql<{ y: number }>(
    `SELECT extract(year FROM sent_on)::int AS y FROM letter WHERE sent_on < date_trunc('year', (SELECT max(sent_on) FROM letter))
      GROUP BY 1 ORDER BY 1 DESC LIMIT 1`,
  );
  return {
    letterId: letter.id,
    gapState: "CA",
    state: "CA",
    party: "Democrat",
    partyEnum: "DEMOCRAT",
    servingOn: "2024-06-01",
    dateFrom: `${year.y}-01-01`,
    dateTo: `${year.y}-12-31`,
  };
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
  if (!res.ok || json.errors) throw new Error(`${c.name} ${r.path}: HTTP ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
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
  return {
    latencies,
    requests: result.requests.total,
    seconds: result.duration,
    cpuMs: cpu,
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
    const c = await startCandidate(name, PORTS[name] + 100, proxied.toString(), SERVER_CORE);
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

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "-");

async function main() {
  mkdirSync(path.join(BENCH_DIR, "results"), { recursive: true });
  log(`Signatory bench: scale ${scale}, ${rounds} x ${duration}s rounds, ${connections} connections; servers on core ${SERVER_CORE}, load on core ${LOAD_CORE}`);
  if (!args.has("no-build")) {
    log("APP: compiling packages/server into packages/bench/dist/app");
    buildApp(log);
  }
  await ensureData();
  await sql(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET random_page_cost = 1.1`); // see generate.ts
  await sql(readFileSync(path.join(BENCH_DIR, "src/servers/pg-functions.sql"), "utf8"));
  const p = await pickParams();
  const [{ letters }] = await sql<{ letters: number }>(`SELECT count(*)::int AS letters FROM letter`);
  const farPage = Math.min(Q4_FAR_PAGE, Math.floor(letters / 25));
  log(`params: ${JSON.stringify(p)}; Q4 far page ${farPage}${farPage < Q4_FAR_PAGE ? ` (only ${letters} letters: page ${Q4_FAR_PAGE} does not exist at this scale)` : ""}`);

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
    running.set(name, await startCandidate(name, PORTS[name], url, SERVER_CORE, dialect(name) === "APP" ? prof : []));
    log(`started ${name} (pid ${running.get(name)!.pid})`);
  }
  const skipped = new Map<string, string>();
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
      log(`check ${k.key.padEnd(7)} items: ${counts.join(" ")}`);
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

    report(cases, samples, statements, rss, skipped, p, farPage);
  } finally {
    for (const [, c] of running) await stopCandidate(c);
  }
}

interface Row {
  p50: number;
  p95: number;
  rps: number;
  cpu: number;
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
) {
  const rows = new Map<string, Row>();
  for (const k of cases) for (const name of only) {
    const r = summarise(samples.get(`${k.key}/${name}`), statements.get(`${k.key}/${name}`));
    if (r) rows.set(`${k.key}/${name}`, r);
  }
  const header = ["query", "cand", "p50 ms", "p95 ms", "req/s", "cpu ms/req", "stmts", "p50/R1", "rps/R1", "p50/PG", "rps/PG", "errors"];
  const widths = [7, 9, 8, 8, 8, 10, 6, 7, 7, 7, 7, 6];
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const out: string[] = [];
  out.push(line(header));
  for (const k of cases) {
    const r1 = rows.get(`${k.key}/R1`);
    const pgr = rows.get(`${k.key}/PG`);
    for (const name of only) {
      const r = rows.get(`${k.key}/${name}`);
      if (!r) {
        out.push(line([k.key, name, "skipped", "", "", "", "", "", "", "", "", ""]));
        continue;
      }
      out.push(line([
        k.key, name, fmt(r.p50, 2), fmt(r.p95, 2), fmt(r.rps, 0), fmt(r.cpu, 2), fmt(r.statements, 1),
        r1 ? fmt(r.p50 / r1.p50, 2) : "-", r1 ? fmt(r.rps / r1.rps, 2) : "-",
        pgr ? fmt(r.p50 / pgr.p50, 2) : "-", pgr ? fmt(r.rps / pgr.rps, 2) : "-", String(r.errors),
      ]));
    }
  }
  log("");
  log(out.join("\n"));
  log("");
  const rssLine = [...rss].map(([n, l]) => `${n} ${l.map((x) => fmt(x)).join(" -> ")} MB`).join(";  ");
  log(`RSS after each measured round: ${rssLine}`);
  const sizes = ["Q1", "Q2"].map((id) =>
    `${id} statements at first 10 / 100: ` + only.map((n) => `${n} ${fmt(statements.get(`${id}@10/${n}`) ?? NaN)}/${fmt(statements.get(`${id}@100/${n}`) ?? NaN)}`).join(", "),
  );
  for (const s of sizes) log(s);

  // Targets.
  const get = (k: string, n: CandidateName) => rows.get(`${k}/${n}`);
  const targets: { name: string; met: boolean | null; detail: string }[] = [];
  const ratioTarget = (name: string, a: Row | undefined, b: Row | undefined, f: (a: Row, b: Row) => number, op: "<=" | ">=", limit: number) => {
    if (!a || !b) return targets.push({ name, met: null, detail: "not measured" });
    const v = f(a, b);
    targets.push({ name, met: op === "<=" ? v <= limit : v >= limit, detail: `${fmt(v, 2)} (target ${op} ${limit})` });
  };
  // APP+cache answers the repeated identical requests from its cache: it measures hits.
  for (const app of ["APP", "APP+cache"] as const) {
    if (!only.includes(app)) continue;
    ratioTarget(`Q1 ${app} p50 <= 1.3x R1`, get("Q1", app), get("Q1", "R1"), (a, b) => a.p50 / b.p50, "<=", 1.3);
    for (const q of ["Q1", "Q3", "Q4p1", "Q4p400", "Q6"]) ratioTarget(`${q} ${app} rps >= 1.2x PG`, get(q, app), get(q, "PG"), (a, b) => a.rps / b.rps, ">=", 1.2);
  }
  for (const q of ["Q3", "Q6"]) {
    const s = statements.get(`${q}/APP`);
    targets.push({ name: `${q} APP one SQL statement`, met: s === undefined ? null : s === 1, detail: `${fmt(s ?? NaN)} statements` });
  }
  for (const n of only) {
    const a = get("Q4p1", n);
    const b = get("Q4p400", n);
    if (a && b) targets.push({ name: `Q4 ${n} page ${farPage} p50 <= 1.3x page 1`, met: b.p50 <= 1.3 * a.p50, detail: `${fmt(b.p50, 2)} vs ${fmt(a.p50, 2)} ms` });
  }
  for (const id of ["Q1", "Q2"]) {
    const a = statements.get(`${id}@10/APP`);
    const b = statements.get(`${id}@100/APP`);
    targets.push({ name: `${id} APP statements same at first 10 and 100`, met: a === undefined || b === undefined ? null : a === b, detail: `${fmt(a ?? NaN)} vs ${fmt(b ?? NaN)}` });
  }
  for (const [n, l] of rss) {
    const growth = l[l.length - 1] - l[0];
    targets.push({ name: `${n} no RSS growth between rounds`, met: growth <= Math.max(10, 0.1 * l[0]), detail: `${fmt(l[0])} -> ${fmt(l[l.length - 1])} MB` });
  }
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
      scale, duration, rounds, connections, params: p, q4_far_page: farPage,
      machine: machine(), queries, rss_mb: Object.fromEntries(rss),
      list_size_statements: Object.fromEntries([...statements].filter(([k]) => k.includes("@"))),
      targets,
    };
    writeFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), jsonFile), JSON.stringify(doc, null, 2));
    log(`wrote ${jsonFile}`);
  }
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
