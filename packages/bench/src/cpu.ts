/**
 * `pnpm bench:cpu`: the server's own CPU time per request for variants of APP's settings, to
 * measure one lever at a time. Each variant is a server (this checkout's private build, cache
 * off, pinned to core 0) started with extra environment; each gets the same requests from 4
 * connections in turn, several rounds, interleaved. CPU is read from /proc (user + system time
 * of the server process), so it counts what the server did, not how long the client waited:
 * less sensitive to other load than requests per second, but still a measurement, not a count.
 *
 *   --variants "off:GRAPHQL_JIT=false;jit:GRAPHQL_JIT=true"   name:K=V,K=V;... (default: as is)
 *   --queries Q1,Q5   (default Q1,Q2,Q4,Q5,Q6)   --requests N per round (default 1500)
 *   --rounds N (default 3)   --no-build
 */
import http from "node:http";
import pg from "pg";
import { databaseUrl, parseArgs, pickParams } from "./common";
import { APP_BUILD, buildApp, cpuMs, freePort, startCandidate, stopCandidate, type Candidate } from "./processes";
import { QUERIES } from "./queries";

const args = parseArgs(process.argv.slice(2));
const url = databaseUrl();
const requests = Number(args.get("requests") ?? 1500);
const rounds = Number(args.get("rounds") ?? 3);
const queryIds = (args.get("queries") ?? "Q1,Q2,Q4,Q5,Q6").split(",");
const variants = (args.get("variants") ?? "as-is:").split(";").map((v) => {
  const [name, rest = ""] = v.split(":");
  const env = Object.fromEntries(
    rest
      .split(",")
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)] as [string, string]), // a value may hold "="
  );
  return { name, env };
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function send(port: number, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", agent, headers: { "content-type": "application/json" } },
      (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function load(port: number, body: string, n: number): Promise<void> {
  let left = n;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (left-- > 0) await send(port, body);
    }),
  );
}

async function main() {
  if (!args.has("no-build")) buildApp();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const p = await pickParams(async (text) => (await client.query(text)).rows);
  await client.end();
  const servers: { name: string; c: Candidate }[] = [];
  for (const v of variants)
    servers.push({ name: v.name, c: await startCandidate("APP", await freePort(), url, 0, { build: APP_BUILD, env: v.env }) });
  try {
    const results = new Map<string, number[]>();
    for (const id of queryIds) {
      const def = QUERIES.find((q) => q.id === id || (id === "Q4" && q.id.startsWith("Q4")));
      if (!def) throw new Error(`unknown query ${id}`);
      const make = def.request.APP;
      if (typeof make === "string") continue;
      const body = make(p, {}).body!;
      for (const s of servers) await load(s.c.port, body, 200); // warm-up: first requests go through Apollo
      for (let r = 0; r < rounds; r++) {
        for (const s of r % 2 ? [...servers].reverse() : servers) {
          const before = cpuMs(s.c.pid);
          await load(s.c.port, body, requests);
          const us = ((cpuMs(s.c.pid) - before) * 1000) / requests;
          const key = `${def.id} ${s.name}`;
          results.set(key, [...(results.get(key) ?? []), us]);
        }
      }
      const base = median(results.get(`${def.id} ${servers[0].name}`)!);
      for (const s of servers) {
        const all = results.get(`${def.id} ${s.name}`)!;
        const m = median(all);
        console.log(
          `${def.id.padEnd(7)} ${s.name.padEnd(12)} ${m.toFixed(0).padStart(6)} µs CPU/request  (rounds ${all.map((x) => x.toFixed(0)).join(", ")})  x${(m / base).toFixed(2)} of ${servers[0].name}`,
        );
      }
    }
  } finally {
    for (const s of servers) await stopCandidate(s.c);
    agent.destroy();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
