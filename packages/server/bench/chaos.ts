/**
 * Chaos proofs on a real PostgreSQL (not part of the default test suite):
 *  1. restarts PostgreSQL (`pg_ctlcluster --skip-systemctl-redirect 15 main restart`) under a
 *     load of reads and imports, and prints requests, errors during the outage, the recovery
 *     time, and whether every acknowledged import is stored;
 *  2. sends SIGTERM to the server under load and checks that requests in flight finish.
 * Needs root (or the postgres user) for pg_ctlcluster and CHAOS_DATABASE_URL or
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); works in a scratch database.
 */
import "reflect-metadata";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { Database } from "../src/db/database";
import { CredentialsService } from "../src/modules/auth/credentials.service";
import { Role } from "../src/modules/auth/roles";
import { UsersService } from "../src/modules/auth/users.service";
import { readLetter, SEED_LETTER, syncReferenceMembers } from "../src/test/harness";

const BASE = process.env.CHAOS_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RESTART = (process.env.CHAOS_RESTART ?? "pg_ctlcluster --skip-systemctl-redirect 15 main restart").split(" ");
const READERS = 8;
const IMPORTERS = 2;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function scratchDatabase(): Promise<string> {
  const name = `chaos_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(BASE);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(url: string) {
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  await admin.end();
}

function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "../src/main.ts")], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      DEMO: "false",
      RATE_LIMIT_MAX: "0",
      DB_CONNECT_TIMEOUT_MS: "2000",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (d: Buffer) => process.env.CHAOS_VERBOSE && process.stderr.write(`  server: ${d}`));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (process.env.CHAOS_VERBOSE) process.stdout.write(`  server: ${d}`);
      if (String(d).includes("Signatory on")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

interface Outcome {
  at: number;
  end: number;
  ok: boolean;
  kind: "read" | "import";
  error?: string;
}

class Load {
  outcomes: Outcome[] = [];
  acknowledged: string[] = [];
  private running = true;
  private n = 0;
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly seed: string,
  ) {}

  private async call(kind: "read" | "import", body: unknown): Promise<any> {
    const at = Date.now();
    try {
      const res = await fetch(`${this.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const json = (await res.json()) as any;
      const ok = res.status === 200 && !json.errors;
      this.outcomes.push({
        at,
        end: Date.now(),
        ok,
        kind,
        error: ok ? undefined : (json.errors?.[0]?.extensions?.code ?? String(res.status)),
      });
      return ok ? json.data : null;
    } catch (e) {
      this.outcomes.push({
        at,
        end: Date.now(),
        ok: false,
        kind,
        error: (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name,
      });
      await sleep(50);
      return null;
    }
  }

  start(): Promise<void> {
    const reader = async () => {
      while (this.running) await this.call("read", { query: "{ letters(first: 20) { totalCount edges { node { title signerCount } } } }" });
    };
    const importer = async () => {
      while (this.running) {
        const k = this.n++;
        const text = this.seed.replace("We write", `Reference chaos-${process.pid}-${k}. We write`);
        const data = await this.call("import", {
          query: `mutation($t: String!) { importLetter(text: $t) { created letter { databaseId } } }`,
          variables: { t: text },
        });
        if (data?.importLetter.created) this.acknowledged.push(data.importLetter.letter.databaseId);
      }
    };
    return Promise.all([...Array.from({ length: READERS }, reader), ...Array.from({ length: IMPORTERS }, importer)]).then(() => {});
  }

  stop() {
    this.running = false;
  }
}

async function missing(url: string, ids: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM letter WHERE id = ANY($1::uuid[])`, [ids]);
  await client.end();
  return ids.length - rows[0].n;
}

async function main() {
  const url = await scratchDatabase();
  let failed = false;
  let server: ChildProcess | null = null;
  try {
    const db = await Database.open({ url, dataDir: null });
    await db.migrate();
    await syncReferenceMembers(db);
    const editor = await new UsersService(db).create(
      { id: null, label: "cli:chaos" },
      { email: "chaos@example.org", password: randomBytes(16).toString("hex"), role: Role.EDITOR },
    );
    const { token } = await new CredentialsService(db).createToken({ id: null, label: "cli:chaos" }, editor.id, "chaos");
    await db.close();
    const seed = await readLetter(SEED_LETTER);

    // 1. PostgreSQL restarts under load.
    const port = await freePort();
    server = await startServer(url, port);
    const load = new Load(`http://127.0.0.1:${port}`, token, seed);
    const running = load.start();
    await sleep(4000);
    const restartAt = Date.now();
    execFileSync(RESTART[0], RESTART.slice(1), { stdio: "inherit" });
    const restartedAt = Date.now();
    await sleep(8000);
    load.stop();
    await running;
    const errors = load.outcomes.filter((o) => !o.ok);
    const lastError = Math.max(...errors.map((o) => o.end), restartAt);
    const recovered = load.outcomes.filter((o) => o.ok && o.at >= lastError).sort((a, b) => a.end - b.end)[0];
    const byCode = errors.reduce<Record<string, number>>((m, o) => ((m[o.error!] = (m[o.error!] ?? 0) + 1), m), {});
    const lost = await missing(url, load.acknowledged);
    console.log("\n== PostgreSQL restart under load ==");
    console.log(
      `requests: ${load.outcomes.length} (${load.outcomes.filter((o) => o.kind === "read").length} reads, ${load.outcomes.filter((o) => o.kind === "import").length} imports)`,
    );
    console.log(`restart took ${restartedAt - restartAt} ms; errors: ${errors.length} ${JSON.stringify(byCode)}`);
    console.log(
      `errors between ${errors.length ? new Date(Math.min(...errors.map((o) => o.at))).toISOString() : "-"} and ${errors.length ? new Date(lastError).toISOString() : "-"}`,
    );
    console.log(`recovery: first success ${recovered ? recovered.end - restartAt : "never"} ms after the restart began`);
    console.log(`acknowledged imports: ${load.acknowledged.length}, missing from the database: ${lost}`);
    const health = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.status)
      .catch(() => 0);
    console.log(`/readyz after: ${health}`);
    if (lost > 0 || !recovered || health !== 200) failed = true;

    // 2. SIGTERM under load: requests in flight finish, the process exits 0.
    const load2 = new Load(`http://127.0.0.1:${port}`, token, seed);
    const running2 = load2.start();
    await sleep(2000);
    const termAt = Date.now();
    const exited = new Promise<number | null>((resolve) => server!.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    const code = await exited;
    const stoppedAt = Date.now();
    load2.stop();
    await running2;
    server = null;
    const inFlight = load2.outcomes.filter((o) => o.at < termAt && o.end >= termAt);
    const inFlightFailed = inFlight.filter((o) => !o.ok);
    const lost2 = await missing(url, load2.acknowledged);
    console.log("\n== SIGTERM under load ==");
    console.log(
      `exit code ${code} after ${stoppedAt - termAt} ms; requests in flight at SIGTERM: ${inFlight.length}, of which failed: ${inFlightFailed.length}`,
    );
    console.log(`refused after SIGTERM (expected, nothing listens): ${load2.outcomes.filter((o) => o.at >= termAt && !o.ok).length}`);
    console.log(`acknowledged imports: ${load2.acknowledged.length}, missing from the database: ${lost2}`);
    if (code !== 0 || inFlightFailed.length > 0 || lost2 > 0) failed = true;
  } finally {
    server?.kill("SIGKILL");
    await dropDatabase(url).catch((e) => console.error(`could not drop the scratch database: ${e.message}`));
  }
  console.log(failed ? "\nchaos: FAILED" : "\nchaos: passed");
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
