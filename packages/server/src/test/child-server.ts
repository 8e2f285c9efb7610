/**
 * The real server in a child process (the built dist/main.js, which `npm test` builds first;
 * without a build, src/main.ts through tsx, much slower to start), for what only a process shows:
 * its resident memory, and how it stops on SIGTERM. On PostgreSQL (TEST_DATABASE_URL) it works in
 * a schema of its own, dropped by `cleanup`; on PGlite in a temporary data folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const SERVER_DIR = path.resolve(__dirname, "../..");
const BUILT = path.join(SERVER_DIR, "dist/main.js");

export interface ChildServer {
  url: string;
  proc: ChildProcess;
  /** Everything the process printed so far. */
  log(): string;
  /** Resident memory of the process, in MB. */
  rssMb(): number;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Kills the process if still running; drops its schema or data folder. */
  cleanup(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startChildServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const port = await freePort();
  const url = process.env.TEST_DATABASE_URL;
  const schema = url ? `test_${randomBytes(6).toString("hex")}` : null;
  const dataDir = url ? null : mkdtempSync(path.join(tmpdir(), "signatory-child-"));
  if (url && schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.end();
  }
  // node itself, not a wrapper: its pid is the server's (memory) and signals reach it directly.
  const args = existsSync(BUILT) ? [BUILT] : ["--import", "tsx", "src/main.ts"];
  const proc = spawn(process.execPath, args, {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      DEMO: "true",
      RATE_LIMIT_MAX: "0",
      NODE_ENV: "production",
      ...(url ? { DATABASE_URL: url, DATABASE_SCHEMA: schema! } : { DATA_DIR: dataDir! }),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout!.on("data", (d) => (log += d));
  proc.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`the server exited while starting:\n${log}`);
    if (/Signatory on http/.test(log)) break;
    if (i > 1200) throw new Error(`the server did not start in 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: base,
    proc,
    log: () => log,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"))![1]) / 1024,
    exited,
    async cleanup() {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill("SIGKILL");
        await exited;
      }
      if (url && schema) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
