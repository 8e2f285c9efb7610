/** Starts Signatory: migrations, the demo on an empty database, then HTTP on PORT. */
import "reflect-metadata";
import { createApp } from "./app";
import { loadConfig } from "./config";
import { Database } from "./db/database";
import { seedDemoIfEmpty } from "./modules/demo/demo.service";

async function main() {
  const config = loadConfig();
  const db = await Database.open({ url: config.databaseUrl, dataDir: config.dataDir });
  const ran = await db.migrate();
  if (ran.length) console.log(`migrations applied: ${ran.join(", ")}`);
  if (config.demo && (await seedDemoIfEmpty(db))) console.log("empty database: demo data loaded (it goes away once real members are synced)");
  const { httpServer } = await createApp(db, config);
  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded PostgreSQL in ${config.dataDir}`;
  console.log(`Signatory on http://localhost:${config.port}  (GraphQL at /graphql, ${where})`);

  const stop = async (signal: string) => {
    console.log(`${signal}: finishing in-flight requests`);
    httpServer.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
