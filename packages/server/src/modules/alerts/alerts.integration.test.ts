import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { syncReferenceMembers } from "../../test/harness";
import { ImportService } from "../importing/import.service";
import { ReviewService } from "../importing/review.service";
import type { AuthUser } from "../auth/credentials.service";
import { AlertsWorker } from "./alerts-worker";
import { gql, seedLetterOn, startAlertsServer, startReceiver, waitFor, type AlertsServer } from "./alerts-fixture";
import { IDEMPOTENCY_HEADER, verifyWebhook } from "./webhook-sender";

const CreateWatch = gql(`
  mutation CreateWatch($input: WatchInput!) {
    createWatch(input: $input) { webhookSecret watch { id kind label bioguideId letterId filter webhookUrl } }
  }
`);
const SetWebhook = gql(`mutation SetWebhook($url: String) { setWebhook(url: $url) }`);
const Notifications = gql(`
  query Notifications($unreadOnly: Boolean) {
    unreadNotificationCount
    notifications(unreadOnly: $unreadOnly, first: 50) { totalCount edges { node { id message letterId watchId readAt letter { title } } } }
  }
`);
const MarkRead = gql(`mutation MarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }`);
const Deliveries = gql(`
  query Deliveries($status: DeliveryStatus) { webhookDeliveries(status: $status) { totalCount edges { node { id status attempts lastError url } } } }
`);
const Counts = gql(`query Counts { watchCounts { email watches webhooks } }`);

const CA_SEARCH = { signerStates: ["CA"], minSigners: 10 };

let s: AlertsServer;
let importer: ImportService;
let alice: AuthUser;
let bob: AuthUser;

async function watch(user: AuthUser, input: Record<string, unknown>) {
  const res = await s.as(user, CreateWatch, { input });
  expect(res.errors).toBeUndefined();
  return res.data.createWatch as { webhookSecret: string | null; watch: { id: string } };
}

const rows = async (sql: string, params: unknown[] = []) => s.db.query<any>(sql, params);

beforeAll(async () => {
  s = await startAlertsServer();
  await syncReferenceMembers(s.db);
  importer = new ImportService(s.db);
  alice = await s.user("alice@test.example");
  bob = await s.user("bob@test.example");
});
afterAll(() => s?.close());
beforeEach(async () => {
  for (const t of ["delivery", "notification", "outbox_event", "watch", "user_webhook", "letter"]) await s.db.query(`DELETE FROM ${t}`);
});

describe("an import matching 3 watches of 2 users", () => {
  it("gives each user exactly the right notifications and one signed webhook each", async () => {
    const receiver = await startReceiver();
    try {
      // Alice: a member she follows and a saved search, both sent to her own webhook.
      const aliceSecret = (await s.as(alice, SetWebhook, { url: `${receiver.url}/alice` })).data.setWebhook as string;
      await watch(alice, { member: "C001124" });
      const search = await watch(alice, { letters: CA_SEARCH, label: "California letters" });
      // Bob: one member, with a webhook of this watch alone; and watches that must not match.
      const bobs = await watch(bob, { member: "S000344", webhookUrl: `${receiver.url}/bob` });
      await watch(bob, { letters: { chamber: "SENATE" } });
      await watch(bob, { letters: { topic: "no-such-topic-anywhere" } });
      await watch(bob, { member: "W000437" }); // a senator who did not sign

      const { letterId } = await importer.import(await seedLetterOn(23));
      await waitFor("two deliveries", async () => (await rows(`SELECT 1 FROM delivery WHERE status = 'DELIVERED'`)).length === 2);

      const a = (await s.as(alice, Notifications)).data;
      expect(a.unreadNotificationCount).toBe(2);
      expect(a.notifications.edges.map((e: any) => e.node.message).sort()).toEqual([
        expect.stringMatching(/^New letter matching your search \(California letters\)/),
        expect.stringMatching(/^TJ Cox.*\(C001124\) signed “/),
      ]);
      expect(a.notifications.edges.every((e: any) => e.node.letterId === letterId && e.node.letter.title)).toBe(true);
      const b = (await s.as(bob, Notifications)).data;
      expect(b.notifications.edges.map((e: any) => e.node.message)).toEqual([expect.stringMatching(/Sherman.*\(S000344\) signed/)]);

      expect(receiver.received).toHaveLength(2);
      const byPath = Object.fromEntries(receiver.received.map((r) => [JSON.parse(r.body).matches.length === 2 ? "alice" : "bob", r]));
      expect(verifyWebhook(aliceSecret, receiver.signatureOf(byPath.alice), byPath.alice.body)).toBe(true);
      expect(verifyWebhook(bobs.webhookSecret!, receiver.signatureOf(byPath.bob), byPath.bob.body)).toBe(true);
      // A wrong key, a changed body or an old timestamp (replay) do not verify.
      expect(verifyWebhook(bobs.webhookSecret!, receiver.signatureOf(byPath.alice), byPath.alice.body)).toBe(false);
      expect(verifyWebhook(aliceSecret, receiver.signatureOf(byPath.alice), byPath.alice.body.replace("C001124", "C001125"))).toBe(false);
      expect(verifyWebhook(aliceSecret, receiver.signatureOf(byPath.alice), byPath.alice.body, 300, Date.now() + 600_000)).toBe(false);
      expect(JSON.parse(byPath.alice.body).matches.map((m: any) => m.watchId)).toContain(search.watch.id);
      expect(JSON.parse(byPath.bob.body)).toMatchObject({
        event: { type: "LETTER_IMPORTED", letterId },
        matches: [{ watchId: bobs.watch.id }],
      });

      // Mark read: one, then all.
      const first = a.notifications.edges[0].node.id;
      expect((await s.as(alice, MarkRead, { ids: [first] })).data.markNotificationsRead).toBe(1);
      expect((await s.as(alice, MarkRead, {})).data.markNotificationsRead).toBe(0);
      expect((await s.as(alice, Notifications, { unreadOnly: true })).data.notifications.totalCount).toBe(0);
      // Bob cannot mark Alice's notifications: nothing of hers changes, his count is his.
      expect((await s.as(bob, MarkRead, { ids: [first] })).data.markNotificationsRead).toBe(1);

      // Admins see counts, not contents.
      const admin = await s.user(`admin-${Date.now()}@test.example`, "ADMIN");
      expect((await s.as(admin, Counts)).data.watchCounts).toEqual([
        { email: "alice@test.example", watches: 2, webhooks: 1 },
        { email: "bob@test.example", watches: 4, webhooks: 1 },
      ]);
      expect((await s.as(alice, Counts)).errors?.[0].extensions.code).toBe("FORBIDDEN");
      expect((await s.as(null, Notifications)).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    } finally {
      await receiver.close();
    }
  });

  it("tells a letter's watchers when review confirms a signature, and a member's watchers too", async () => {
    const { letterId } = await importer.import(await seedLetterOn(22));
    await waitFor("import event handled", async () => (await rows(`SELECT 1 FROM outbox_event WHERE processed_at IS NULL`)).length === 0);
    const onLetter = await watch(alice, { letter: letterId });
    await watch(bob, { member: "C001124" });
    const [sig] = await rows(`SELECT id FROM signature WHERE letter_id = $1 AND bioguide_id = 'C001124'`, [letterId]);
    await new ReviewService(s.db).resolve(sig.id, "C001124");
    await waitFor("notifications", async () => (await rows(`SELECT 1 FROM notification`)).length === 2);
    const [n] = (await s.as(alice, Notifications)).data.notifications.edges;
    expect(n.node).toMatchObject({ watchId: onLetter.watch.id, message: expect.stringMatching(/changed: TJ Cox confirmed as C001124/) });
    expect((await s.as(bob, Notifications)).data.notifications.edges[0].node.message).toMatch(/signature confirmed/);
  });
});

describe("delivery survives crashes", () => {
  it("a worker killed mid-batch, then restarted, delivers every alert once", async () => {
    const receiver = await startReceiver();
    await s.app.alerts.worker!.stop(); // this test runs its own workers
    try {
      await s.as(alice, SetWebhook, { url: receiver.url });
      await watch(alice, { member: "C001124" });
      await watch(alice, { letters: CA_SEARCH });
      for (const day of [1, 2, 3, 4, 5]) await importer.import(await seedLetterOn(day));

      // Crash 1: the third event's transaction dies after writing its rows.
      let seen = 0;
      let sent = 0;
      const crashing = new AlertsWorker(
        s.db,
        s.app.alerts.broker,
        { timeoutMs: 1000, maxAttempts: 5, retryBaseMs: 50, pollMs: 50, allowPrivate: true },
        {
          afterEvent: () => {
            if (++seen === 3) throw new Error("killed");
          },
          // Crash 2: the first webhook is sent, then the process dies before recording it.
          afterSend: () => {
            if (++sent === 1) throw new Error("killed after send");
          },
        },
      );
      while (await crashing.processNextEvent().catch(() => false)) {
        /* until the crash */
      }
      expect((await rows(`SELECT count(*)::int AS n FROM outbox_event WHERE processed_at IS NOT NULL`))[0].n).toBe(2);
      await crashing.deliverDue().catch(() => undefined);
      await crashing.stop();

      // Restart: a fresh worker finishes the outbox; the leased delivery is retried after its lease.
      const fresh = new AlertsWorker(s.db, s.app.alerts.broker, {
        timeoutMs: 1000,
        maxAttempts: 5,
        retryBaseMs: 50,
        pollMs: 50,
        allowPrivate: true,
      });
      await fresh.start();
      await waitFor("all delivered", async () => {
        const [r] = await rows(`SELECT count(*) FILTER (WHERE status = 'DELIVERED')::int AS done, count(*)::int AS n FROM delivery`);
        return r.n === 5 && r.done === 5;
      });
      await fresh.stop();
      // 5 letters x 2 watches = 10 notifications, each once; 5 webhooks (one per event for Alice's URL).
      const [n] = await rows(`SELECT count(*)::int AS n, count(DISTINCT (event_id, watch_id))::int AS d FROM notification`);
      expect(n).toEqual({ n: 10, d: 10 });
      expect(receiver.distinct()).toHaveLength(5);
      // The crash after sending means one resend, with the same idempotency key: a receiver that keys on it acts once.
      const crashedKey = receiver.received[0].headers[IDEMPOTENCY_HEADER];
      expect(receiver.received.filter((r) => r.headers[IDEMPOTENCY_HEADER] === crashedKey).length).toBeGreaterThanOrEqual(2);
      expect(new Set(receiver.received.map((r) => r.headers[IDEMPOTENCY_HEADER])).size).toBe(5);
    } finally {
      await receiver.close();
      await s.app.alerts.worker!.start();
    }
  });

  it("a failing receiver gets retries with growing delays, then the dead-letter state", async () => {
    const receiver = await startReceiver(() => 503);
    try {
      await watch(bob, { member: "C001124", webhookUrl: receiver.url });
      await importer.import(await seedLetterOn(6));
      await waitFor("dead letter", async () => (await rows(`SELECT 1 FROM delivery WHERE status = 'DEAD'`)).length === 1);
      expect(receiver.received).toHaveLength(3);
      const [t1, t2, t3] = receiver.received.map((r) => r.at);
      expect(t2 - t1).toBeGreaterThanOrEqual(100); // retryBaseMs
      expect(t3 - t2).toBeGreaterThanOrEqual(200); // doubled
      const dead = (await s.as(bob, Deliveries, { status: "DEAD" })).data.webhookDeliveries;
      expect(dead.totalCount).toBe(1);
      expect(dead.edges[0].node).toMatchObject({ status: "DEAD", attempts: 3, lastError: "HTTP 503" });
    } finally {
      await receiver.close();
    }
  });
});

describe("bad input", () => {
  it("refuses unsafe webhook URLs, unknown members and letters, filters the API refuses, and enforces the caps", async () => {
    const strict = await startAlertsServer({ allowPrivate: false, maxWatches: 3, maxWebhooks: 1 }, s.db);
    try {
      const carol = await strict.user("carol@test.example");
      const err = async (input: Record<string, unknown>) => (await strict.as(carol, CreateWatch, { input })).errors?.[0];
      for (const url of [
        "http://127.0.0.1:9/x",
        "http://10.1.2.3/",
        "http://[::1]/",
        "http://169.254.169.254/latest",
        "http://localhost/",
        "ftp://example.com/",
        "not a url",
      ]) {
        const e = await err({ letters: { topic: "sanctions" }, webhookUrl: url });
        expect(e?.extensions, url).toMatchObject({ code: "BAD_USER_INPUT", field: "input.webhookUrl" });
      }
      expect((await strict.as(carol, SetWebhook, { url: "http://192.168.1.1/hook" })).errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "url",
      });
      expect((await err({ member: "Z999999" }))?.extensions.code).toBe("NOT_FOUND");
      expect((await err({ member: "sherman" }))?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.member" });
      expect((await err({ letter: "00000000-0000-0000-0000-000000000000" }))?.extensions.code).toBe("NOT_FOUND");
      expect((await err({ letters: { dateFrom: "2021-01-01", dateTo: "2020-01-01" } }))?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.letters.dateFrom",
      });
      expect((await err({ letters: { minSigners: -1 } }))?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.letters.minSigners",
      });
      expect((await err({ letters: { dateFrom: "yesterday" } }))?.extensions.code).toBe("BAD_USER_INPUT");
      expect((await err({ letters: {} }))?.extensions.code).toBe("BAD_USER_INPUT");
      expect((await err({ member: "C001124", letters: { topic: "x" } }))?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input",
      });
      expect((await strict.db.query(`SELECT count(*)::int AS n FROM watch`))[0]).toEqual({ n: 0 });

      // The caps: WATCH_MAX_PER_USER = 3, WEBHOOK_MAX_PER_USER = 1 (public host: example.com resolves publicly or not at all).
      await strict.db.query(`INSERT INTO user_webhook (user_id, url, secret) VALUES ($1, 'https://example.com/h', 's')`, [carol.id]);
      expect((await err({ member: "C001124", webhookUrl: "https://93.184.215.14/hook" }))?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.webhookUrl",
      });
      for (const topic of ["a", "b", "c"]) expect(await err({ letters: { topic } })).toBeUndefined();
      expect((await err({ letters: { topic: "d" } }))?.message).toMatch(/3 watches, the most allowed/);
    } finally {
      await strict.close();
    }
  });
});
