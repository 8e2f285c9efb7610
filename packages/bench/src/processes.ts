/** Candidate server processes (pinned to a core), /proc readings, and the statement-counting proxy. */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { compileServer, type ServerBuild } from "./baseline";
import { BENCH_DIR, REPO_ROOT } from "./common";
import { dialect, type CandidateName } from "./queries";

/** Under dist/ so that linters and git ignore it like any build output. */
export const APP_DIST = path.join(BENCH_DIR, "dist/app");

/**
 * Compiles Signatory's server into packages/bench/dist/app (its own tsc config, a private
 * outDir: the server's dist/ stays untouched). tsc emits even with type errors elsewhere in the
 * tree (others' work in progress); those are printed, not fatal.
 */
export function buildApp(log = console.log): void {
  compileServer(path.join(REPO_ROOT, "packages/server"), APP_DIST, log);
}

/** This checkout's server, as built by buildApp. */
export const APP_BUILD: ServerBuild = { dist: APP_DIST, nodePath: path.join(REPO_ROOT, "packages/server/node_modules") };

export interface Candidate {
  name: CandidateName;
  port: number;
  proc: ChildProcess;
  pid: number;
  /** Path prefix of its GraphQL or SQL endpoints. */
  base: string;
  log: string[];
}

export interface StartOptions {
  /** Node flags (--cpu-prof ...). */
  nodeArgs?: string[];
  /** APP, APP+cache and BASE: which server build (default this checkout's, dist/app). */
  build?: ServerBuild;
  /** Extra environment for the server. */
  env?: NodeJS.ProcessEnv;
}

export function startCandidate(
  name: CandidateName,
  port: number,
  databaseUrl: string,
  core: number,
  opts: StartOptions = {},
): Promise<Candidate> {
  const build = opts.build ?? APP_BUILD;
  const node = [process.execPath, ...(opts.nodeArgs ?? [])];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production", ...opts.env };
  delete env.BENCH_PINNED;
  let args: string[];
  if (dialect(name) === "APP") {
    env.DEMO = "false";
    // The response cache: off for APP and BASE (every request executes), on for APP+cache
    // (repeated identical requests are hits).
    env.CACHE_MAX_MB = name === "APP+cache" ? "64" : "0";
    // The per-client rate limit (300/min by default) would answer most benchmark requests with
    // 429; it stays on (its middleware still runs) with a ceiling the load cannot reach.
    env.RATE_LIMIT_MAX = "1000000000";
    env.NODE_PATH = build.nodePath;
    env.DASHBOARD_DIR = path.join(REPO_ROOT, "packages/dashboard/dist");
    args = [...node, path.join(build.dist, "main.js")];
  } else if (name === "PG") {
    args = [...node, "--import", "tsx", path.join(BENCH_DIR, "src/servers/postgraphile.ts")];
  } else {
    env.MODE = name;
    args = [...node, "--import", "tsx", path.join(BENCH_DIR, "src/servers/sql-server.ts")];
  }
  const proc = spawn("taskset", ["-c", String(core), ...args], { cwd: BENCH_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  const keep = (b: Buffer) => {
    log.push(b.toString());
    if (log.length > 200) log.shift();
  };
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  // taskset execs the command, so the pid is the server's own.
  const c: Candidate = { name, port, proc, pid: proc.pid!, base: `http://127.0.0.1:${port}`, log };
  return waitReady(c).then(() => c);
}

/** A TCP port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(c: Candidate): Promise<void> {
  const deadline = Date.now() + 60_000;
  let answered = false;
  while (!answered && Date.now() < deadline) {
    if (c.proc.exitCode !== null) throw new Error(`${c.name} exited (${c.proc.exitCode}):\n${c.log.join("")}`);
    try {
      const res = await fetch(`${c.base}${dialect(c.name) === "APP" || c.name === "PG" ? "/graphql" : "/q5"}`, {
        method: dialect(c.name) === "APP" || c.name === "PG" ? "POST" : "GET",
        headers: { "content-type": "application/json" },
        body: dialect(c.name) === "APP" || c.name === "PG" ? JSON.stringify({ query: "{ __typename }" }) : undefined,
      });
      answered = res.ok;
    } catch {
      // not listening yet
    }
    if (!answered) await new Promise((r) => setTimeout(r, 200));
  }
  if (!answered) throw new Error(`${c.name} did not start:\n${c.log.join("")}`);
  // Answered: make sure it was this process (another one on the port would answer too).
  await new Promise((r) => setTimeout(r, 300));
  if (c.proc.exitCode !== null)
    throw new Error(`${c.name} exited (${c.proc.exitCode}); another process answered on port ${c.port}:\n${c.log.join("")}`);
}

export async function stopCandidate(c: Candidate): Promise<void> {
  if (c.proc.exitCode !== null) return;
  const exited = new Promise((r) => c.proc.once("exit", r));
  c.proc.kill("SIGTERM");
  // Generous: APP drains for up to SHUTDOWN_TIMEOUT_MS, and --cpu-prof writes only on a clean exit.
  const t = setTimeout(() => c.proc.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(t);
}

const TICK_MS = 1000 / 100; // USER_HZ

/** utime + stime of a process, in ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state); utime is field 14, stime field 15.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** CPU time of each PostgreSQL process on this machine, ms by pid (empty when none can be read, e.g. a server elsewhere). */
export function databaseCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") out.set(Number(entry), cpuMs(Number(entry)));
    } catch {
      // the process ended between the listing and the read
    }
  }
  return out;
}

/**
 * PostgreSQL's CPU since `before` (databaseCpu), ms: what the processes alive now used since
 * then (all of it for those started since). Rounds run one candidate at a time against the same
 * cluster, so this is what that candidate's statements cost the database, less the share of any
 * process that ended during the round.
 */
export function databaseCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of databaseCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * A TCP proxy in front of PostgreSQL that counts the statements clients send: every simple
 * Query ('Q') message and every extended-protocol Execute ('E'). Transaction control (BEGIN,
 * COMMIT) counts too; that is what a server pays a round trip for.
 */
export class StatementCounter {
  count = 0;
  /** With `record` on: each statement executed, its SQL and text parameters (null: binary or NULL). */
  recorded: { sql: string; params: (string | null)[] }[] = [];
  record = false;
  private server: net.Server;
  constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      let started = false;
      let buf = Buffer.alloc(0);
      // Extended protocol: Parse names a statement, Bind binds it (with parameters) to a portal,
      // Execute runs a portal. Named statements are parsed once per connection.
      const parsed = new Map<string, string>();
      const portals = new Map<string, { sql: string; params: (string | null)[] }>();
      client.on("data", (chunk) => {
        upstream.write(chunk);
        buf = Buffer.concat([buf, chunk]);
        for (;;) {
          if (!started) {
            if (buf.length < 4) break;
            const len = buf.readInt32BE(0);
            if (buf.length < len) break;
            buf = buf.subarray(len);
            started = true;
            continue;
          }
          if (buf.length < 5) break;
          const len = buf.readInt32BE(1);
          if (buf.length < 1 + len) break;
          const type = String.fromCharCode(buf[0]);
          if (type === "Q" || type === "E") this.count++;
          // Parse and Bind always (a named statement is parsed once, maybe before recording starts).
          if (type === "P" || type === "B" || (this.record && (type === "Q" || type === "E")))
            this.observe(type, buf.subarray(5, 1 + len), parsed, portals);
          buf = buf.subarray(1 + len);
        }
      });
      upstream.on("data", (d) => client.write(d));
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on("error", close);
      upstream.on("error", close);
      client.on("close", close);
      upstream.on("close", close);
    });
  }
  private observe(
    type: string,
    body: Buffer,
    parsed: Map<string, string>,
    portals: Map<string, { sql: string; params: (string | null)[] }>,
  ) {
    let at = 0;
    const cstr = () => {
      const end = body.indexOf(0, at);
      const v = body.toString("utf8", at, end);
      at = end + 1;
      return v;
    };
    if (type === "Q") this.recorded.push({ sql: cstr(), params: [] });
    else if (type === "P") {
      const name = cstr();
      parsed.set(name, cstr());
    } else if (type === "B") {
      const portal = cstr();
      const sql = parsed.get(cstr()) ?? "";
      const nFormats = body.readInt16BE(at);
      const formats = Array.from({ length: nFormats }, (_, i) => body.readInt16BE(at + 2 + 2 * i));
      at += 2 + 2 * nFormats;
      const nParams = body.readInt16BE(at);
      at += 2;
      const params: (string | null)[] = [];
      for (let i = 0; i < nParams; i++) {
        const n = body.readInt32BE(at);
        at += 4;
        const binary = (nFormats === 1 ? formats[0] : (formats[i] ?? 0)) === 1;
        params.push(n < 0 || binary ? null : body.toString("utf8", at, at + n));
        if (n > 0) at += n;
      }
      portals.set(portal, { sql, params });
    } else if (type === "E") {
      const p = portals.get(cstr());
      if (p) this.recorded.push(p);
    }
  }

  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, "127.0.0.1", () => resolve((this.server.address() as net.AddressInfo).port)));
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
