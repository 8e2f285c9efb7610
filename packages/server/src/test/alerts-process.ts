/**
 * A server process for the multi-process alerts test: the real app over TEST_DATABASE_URL in
 * schema TEST_SCHEMA, on an ephemeral port it prints as JSON. SIGTERM closes it cleanly.
 */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { createApp } from "../app";
import { loadConfig } from "../config";
import { Database } from "../db/database";

async function main() {
  const db = await Database.open({ url: process.env.TEST_DATABASE_URL!, dataDir: null, schema: process.env.TEST_SCHEMA });
  const defaults = loadConfig({});
  const app = await createApp(db, {
    dashboardDir: "/nonexistent",
    production: false,
    rateLimit: { ...defaults.rateLimit, max: 0 },
    alerts: { ...defaults.alerts, allowPrivate: true, pollMs: 200 },
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  process.stdout.write(`${JSON.stringify({ port: (app.httpServer.address() as AddressInfo).port })}\n`);
  process.on("SIGTERM", () => {
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
