/**
 * Import throughput: N generated letters (default 1,000) through Signatory's real import path
 * (ImportService.import: parse + match + store in one transaction), on PostgreSQL, in a fresh
 * database `signatory_bench_import` with the congress-legislators members synced. Runs the
 * private build of the server (packages/bench/dist/app), so it measures what production runs.
 *
 *   --letters N       how many letters (default 1000)
 *   --concurrency C   also import another N letters with C at a time (default 4; 0 to skip)
 *   --no-build        reuse packages/bench/dist/app
 */
import { existsSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { databaseUrl, parseArgs, REPO_ROOT } from "./common";
import { recreate } from "./generate";
import { APP_DIST, buildApp } from "./processes";

interface ImportOutcome {
  created: boolean;
}
interface Db {
  close(): Promise<void>;
}

const args = parseArgs(process.argv.slice(2));
const letters = Number(args.get("letters") ?? 1000);
const concurrency = Number(args.get("concurrency") ?? 4);

async function main() {
  if (!args.has("no-build") || !existsSync(APP_DIST)) buildApp();
  const u = new URL(databaseUrl());
  u.pathname = "/signatory_bench_import";
  const url = u.toString();
  await recreate(url);

  // The server's compiled modules resolve their dependencies from packages/server.
  process.env.NODE_PATH = path.join(REPO_ROOT, "packages/server/node_modules");
  (Module as unknown as { _initPaths(): void })._initPaths();
  const load = createRequire(__filename);
  load("reflect-metadata");
  const { Database } = load(path.join(APP_DIST, "db/database.js"));
  const { ImportService } = load(path.join(APP_DIST, "modules/importing/import.service.js"));
  const { MembersService } = load(path.join(APP_DIST, "modules/members/members.service.js"));
  const { loadLegislators } = load(path.join(APP_DIST, "modules/members/legislators-source.js"));
  const { createLetterGenerator } = load(path.join(APP_DIST, "modules/importing/generator/generate-letter.js"));

  const db: Db = await Database.open({ url });
  try {
    const t0 = performance.now();
    const { legislators } = await loadLegislators([path.join("/work/shared/data/congress-legislators")]);
    const sync = await new MembersService(db).sync(legislators);
    console.log(
      `members synced: ${legislators.length} legislators in ${((performance.now() - t0) / 1000).toFixed(1)}s ${JSON.stringify(sync).slice(0, 120)}`,
    );

    const gen = createLetterGenerator(legislators);
    const tg = performance.now();
    const texts: string[] = [];
    for (let i = 0; i < letters * (concurrency > 0 ? 2 : 1); i++) texts.push(gen.generate(1000 + i).text);
    const genMs = performance.now() - tg;
    const service = new ImportService(db);

    const run = async (batch: string[], parallel: number) => {
      let created = 0;
      let next = 0;
      const t = performance.now();
      const worker = async () => {
        while (next < batch.length) {
          const text = batch[next++];
          const out: ImportOutcome = await service.import(text, { sourceName: "bench" });
          if (out.created) created++;
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      const s = (performance.now() - t) / 1000;
      return { created, seconds: s, perSecond: batch.length / s };
    };
    // A short warm-up on letters that are not counted (distinct seeds).
    for (let i = 0; i < 20; i++) await service.import(gen.generate(900_000 + i).text, { sourceName: "warm-up" });

    const seq = await run(texts.slice(0, letters), 1);
    console.log(
      `\nimport throughput on PostgreSQL (${process.version}); generating ${texts.length} letter texts took ${(genMs / 1000).toFixed(1)}s (not counted)`,
    );
    console.log(
      `  sequential:       ${letters} letters in ${seq.seconds.toFixed(1)}s = ${seq.perSecond.toFixed(1)} letters/s (${seq.created} stored)`,
    );
    if (concurrency > 0) {
      const par = await run(texts.slice(letters), concurrency);
      console.log(
        `  ${concurrency} at a time:      ${letters} letters in ${par.seconds.toFixed(1)}s = ${par.perSecond.toFixed(1)} letters/s (${par.created} stored)`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
