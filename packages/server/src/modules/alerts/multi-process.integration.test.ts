/**
 * Two server processes on one PostgreSQL: imports through either are matched and delivered once
 * per watch and channel (FOR UPDATE SKIP LOCKED), and a subscriber on each process sees every
 * import (LISTEN/NOTIFY). PostgreSQL only: PGlite serves one process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices } from "../../context";
import type { Database } from "../../db/database";
import { openTestDatabase, syncReferenceMembers, usingPostgres } from "../../test/harness";
import { seedLetterOn, startReceiver, waitFor } from "./alerts-fixture";
import { subscribe, type Collector } from "./live-client";
import { IDEMPOTENCY_HEADER } from "./webhook-sender";
import { randomBytes } from "node:crypto";
import type { Role } from "../auth/roles";

async function startProcess(schema: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "../../test/alerts-process.ts")], {
    env: { ...process.env, TEST_SCHEMA: schema },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${JSON.parse(line).port}` };
}

/** Letters on 50 different days of September and October 2020 (the same 51 signers). */
const days = [
  ...Array.from({ length: 22 }, (_, i) => ({ month: "October", day: i + 1 })),
  ...Array.from({ length: 28 }, (_, i) => ({ month: "September", day: i + 1 })),
];
const letterOn = async (d: { month: string; day: number }) =>
  (await seedLetterOn(23)).replace(/October 23, 2020/g, `${d.month} ${d.day}, 2020`);

describe.skipIf(!usingPostgres())("two server processes on one PostgreSQL", () => {
  let db: Database;
  let procs: { child: ChildProcess; url: string }[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    await syncReferenceMembers(db);
    const [{ schema }] = await db.query<{ schema: string }>(`SELECT current_schema() AS schema`);
    procs = await Promise.all([startProcess(schema), startProcess(schema)]);
  }, 180_000);
  afterAll(async () => {
    for (const p of procs) p.child.kill("SIGTERM");
    await Promise.all(procs.map((p) => new Promise((r) => (p.child.exitCode !== null ? r(null) : p.child.once("exit", r)))));
    await db?.close();
  });

  it("50 imports spread over both: one delivery per watch and channel, and each process's subscriber sees all 50", async () => {
    const receiver = await startReceiver();
    const subs: Collector<{ letterImported: { sentOn: string } }>[] = [];
    try {
      const services = createServices(db, undefined, {
        config: { ...(await import("../../config")).loadConfig({}).alerts, allowPrivate: true },
      });
      const make = (email: string, role: Role) =>
        services.auth.users.create({ id: null, label: "test" }, { email, password: randomBytes(12).toString("hex"), role });
      const editor = await make("editor@test.example", "EDITOR" as Role);
      const erin = await make("erin@test.example", "VIEWER" as Role);
      const frank = await make("frank@test.example", "VIEWER" as Role);
      const token = (await services.auth.credentials.createToken({ id: null, label: "test" }, editor.id, "imports")).token;
      await services.alerts.setUserWebhook(erin.id, `${receiver.url}/erin`);
      await services.alerts.createWatch(erin.id, { member: "C001124" });
      await services.alerts.createWatch(frank.id, { letters: { signerStates: ["CA"] }, webhookUrl: `${receiver.url}/frank` });
      for (const p of procs) subs.push(await subscribe(p.url, "subscription { letterImported { sentOn } }"));

      const texts = await Promise.all(days.map(letterOn));
      for (let i = 0; i < texts.length; i += 5) {
        await Promise.all(
          texts.slice(i, i + 5).map(async (text, j) => {
            const res = await fetch(`${procs[(i + j) % 2].url}/graphql`, {
              method: "POST",
              headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
              body: JSON.stringify({ query: "mutation($text: String!) { importLetter(text: $text) { created } }", variables: { text } }),
            });
            expect(((await res.json()) as { data: { importLetter: { created: boolean } } }).data.importLetter.created).toBe(true);
          }),
        );
      }
      await waitFor(
        "100 deliveries",
        async () => {
          const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM delivery WHERE status = 'DELIVERED'`);
          return r.n === 100 && subs.every((s) => s.items.length === 50);
        },
        120_000,
      );
      await new Promise((r) => setTimeout(r, 1000)); // nothing more arrives
      const [n] = await db.query(`SELECT count(*)::int AS n, count(DISTINCT (event_id, watch_id))::int AS d FROM notification`);
      expect(n).toEqual({ n: 100, d: 100 });
      expect(receiver.received).toHaveLength(100);
      expect(new Set(receiver.received.map((r) => r.headers[IDEMPOTENCY_HEADER])).size).toBe(100);
      for (const s of subs) expect(new Set(s.items.map((x) => x.letterImported.sentOn)).size).toBe(50);
      // Nothing is left in the outbox.
      expect((await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE processed_at IS NULL`))[0]).toEqual({ n: 0 });
    } finally {
      await Promise.all(subs.map((s) => s.close()));
      await receiver.close();
    }
  }, 300_000);
});
