/**
 * `pnpm --filter @signatory/bench bench:trusted`: the same queries sent to one APP server as
 * text and as a trusted-document hash, interleaved, on the generated database (run `pnpm bench`
 * once first for the data and the build). The server gets a manifest of the benchmark's queries
 * (TRUSTED_DOCUMENTS_FILE), so by hash it skips parsing, validation and the cost check; by text
 * it hashes the text and finds the parsed document in Apollo's store. Prints req/s and CPU per
 * request for both and their ratio. Other env (GRAPHQL_JIT=true ...) passes to the server.
 *
 *   --duration SEC (default 2)   --rounds N (default 3)   --queries Q1,Q2 (default all but Q4's far page)
 */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { databaseUrl, parseArgs, pickParams, type BenchParams } from "./common";
import { cpuMs, freePort, startCandidate, stopCandidate } from "./processes";
import { QUERIES } from "./queries";

const args = parseArgs(process.argv.slice(2));
const url = databaseUrl();
const seconds = Number(args.get("duration") ?? 2);
const rounds = Number(args.get("rounds") ?? 3);
const only = args.get("queries")?.split(",");

async function params(): Promise<BenchParams> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await pickParams(async (text) => (await c.query(text)).rows);
  } finally {
    await c.end();
  }
}

async function load(base: string, body: string, pid: number): Promise<{ rps: number; cpu: number; errors: number }> {
  const cpu0 = cpuMs(pid);
  const res = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      { url: `${base}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body, connections: 4, duration: seconds },
      (err, r) => (err ? reject(err) : resolve(r)),
    ),
  );
  const cpu = cpuMs(pid) - cpu0;
  return { rps: res.requests.total / res.duration, cpu: cpu / Math.max(1, res.requests.total), errors: res.errors + res.non2xx };
}

async function main(): Promise<void> {
  const p = await params();
  const cases = QUERIES.filter((q) => !only || only.includes(q.id)).map((q) => {
    const r = (q.request.APP as (p: BenchParams, v: object) => { body?: string })(p, { after: null });
    const body = JSON.parse(r.body!) as { query: string; variables?: object };
    const hash = createHash("sha256").update(body.query).digest("hex");
    return {
      id: q.id,
      text: JSON.stringify(body),
      byHash: JSON.stringify({ variables: body.variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      hash,
      query: body.query,
    };
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), "trusted-"));
  const manifest = path.join(dir, "manifest.json");
  writeFileSync(manifest, JSON.stringify(Object.fromEntries(cases.map((c) => [c.hash, c.query]))));
  process.env.TRUSTED_DOCUMENTS_FILE = manifest;
  const app = await startCandidate("APP", await freePort(), url, 0);
  try {
    console.log(
      `APP pid ${app.pid}; ${rounds} rounds of ${seconds} s per form, interleaved; the machine is shared: compare within this run`,
    );
    console.log("query  form   req/s   cpu ms/req  errors");
    for (const c of cases) {
      // warm-up both forms (parse/compile caches)
      await load(app.base, c.text, app.pid);
      await load(app.base, c.byHash, app.pid);
      const sum = { text: { rps: 0, cpu: 0, errors: 0 }, hash: { rps: 0, cpu: 0, errors: 0 } };
      for (let i = 0; i < rounds; i++) {
        const order = i % 2 ? (["hash", "text"] as const) : (["text", "hash"] as const);
        for (const form of order) {
          const r = await load(app.base, form === "text" ? c.text : c.byHash, app.pid);
          sum[form].rps += r.rps / rounds;
          sum[form].cpu += r.cpu / rounds;
          sum[form].errors += r.errors;
        }
      }
      for (const form of ["text", "hash"] as const) {
        console.log(
          `${c.id.padEnd(6)} ${form.padEnd(5)} ${sum[form].rps.toFixed(0).padStart(7)} ${sum[form].cpu.toFixed(3).padStart(11)} ${String(sum[form].errors).padStart(7)}`,
        );
      }
      console.log(
        `${c.id.padEnd(6)} hash/text: req/s ${(sum.hash.rps / sum.text.rps).toFixed(2)}, cpu ${(sum.hash.cpu / sum.text.cpu).toFixed(2)}`,
      );
    }
  } finally {
    await stopCandidate(app);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
