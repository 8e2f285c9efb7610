import { loadConfig } from "../config";
import { Database } from "../db/database";

/** Opens the configured database with migrations applied, runs `work`, closes it. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await Database.open({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    purpose: `\`signatory ${process.argv.slice(2, 4).join(" ")}\``,
    connectTimeoutMs: config.db.connectTimeoutMs,
    importTimeoutMs: config.db.importTimeoutMs,
  });
  try {
    await db.migrate();
    return await work(db);
  } finally {
    await db.close();
  }
}
