/** Starts Signatory: migrations, the demo on an empty database, then HTTP on PORT. */
import "reflect-metadata";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { Database } from "./db/database";
import { seedDemoIfEmpty } from "./modules/demo/demo.service";
import { letterWorkers } from "./modules/importing/parse-in-worker";

async function main() {
  const config = loadConfig();
  const db = await Database.open({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: config.dataDir,
    purpose: `the Signatory server (port ${config.port})`,
    statementTimeoutMs: config.db.statementTimeoutMs,
    importTimeoutMs: config.db.importTimeoutMs,
    connectTimeoutMs: config.db.connectTimeoutMs,
    parallelWorkers: config.db.parallelWorkers,
    importConnections: config.db.importConnections,
    publicFilterTimeoutMs: config.db.publicFilterTimeoutMs,
  });
  const ran = await db.migrate();
  if (ran.length) console.log(`migrations applied: ${ran.join(", ")}`);
  if (config.demo && (await seedDemoIfEmpty(db)))
    console.log("empty database: demo data loaded (it goes away once real members are synced)");
  const app = await createApp(db, config);
  void letterWorkers()
    .warm()
    .catch(() => {}); // the letter workers boot in the background: the first import does not wait
  await new Promise<void>((resolve) => app.httpServer.listen(config.port, resolve));
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded PostgreSQL in ${config.dataDir}`;
  console.log(`Signatory on http://localhost:${config.port}  (GraphQL at /graphql, ${where})`);

  // The one stop path: Apollo's own signal handlers are off (app.ts), so nothing else stops the server.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests (up to ${config.shutdownTimeoutMs} ms)`);
    const started = Date.now();
    // Apollo's drain ends lingering connections at SHUTDOWN_TIMEOUT_MS; this is the last resort if closing itself hangs.
    setTimeout(() => {
      console.error(`shutdown: still not stopped ${config.shutdownTimeoutMs + 2000} ms after ${signal}; exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs + 2000).unref();
    try {
      await app.close(); // /readyz turns 503, the HTTP server stops accepting, in-flight requests finish
      await db.close();
      console.log(`${signal}: stopped cleanly in ${Date.now() - started} ms`);
      process.exit(0);
    } catch (e) {
      console.error("shutdown failed:", e);
      process.exit(1);
    }
  };
  // `on`, not `once`: a second signal while draining must not kill the process (`stopping` ignores it).
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
