import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncReferenceMembers } from "../../test/harness";
import { ImportService } from "../importing/import.service";
import type { AuthUser } from "../auth/credentials.service";
import { seedLetterOn, startAlertsServer, waitFor, type AlertsServer } from "./alerts-fixture";
import { subscribe } from "./live-client";
import { matchingWatches } from "./watch-matcher";

let s: AlertsServer;
let dana: AuthUser;
let token: string;

beforeAll(async () => {
  s = await startAlertsServer();
  await syncReferenceMembers(s.db);
  dana = await s.user("dana@test.example");
  token = (await s.services.auth.credentials.createToken({ id: null, label: "test" }, dana.id, "live test")).token;
});
afterAll(() => s?.close());

describe("subscriptions over WebSocket on /graphql", () => {
  it("letterImported reaches anonymous subscribers; notificationAdded only the watch's owner", async () => {
    await s.services.alerts.createWatch(dana.id, { member: "C001124" });
    const letters = await subscribe<{ letterImported: { title: string; signerCount: number } }>(
      s.url,
      "subscription { letterImported { title signerCount } }",
    );
    const mine = await subscribe<{ notificationAdded: { message: string } }>(
      s.url,
      "subscription { notificationAdded { message letter { sentOn } } }",
      token,
    );
    const anonymous = await subscribe(s.url, "subscription { notificationAdded { message } }");
    const query = await subscribe(s.url, "{ letters { totalCount } }");
    try {
      await new ImportService(s.db).import(await seedLetterOn(20));
      await waitFor("both events", async () => letters.items.length === 1 && mine.items.length === 1);
      expect(letters.items[0].letterImported).toMatchObject({ signerCount: 51, title: expect.any(String) });
      expect(mine.items[0].notificationAdded).toMatchObject({
        message: expect.stringMatching(/C001124/),
        letter: { sentOn: "2020-10-20" },
      });
      expect(anonymous.items).toEqual([]);
      expect(JSON.stringify(anonymous.errors)).toMatch(/UNAUTHENTICATED|Sign in/);
      expect(JSON.stringify(query.errors)).toMatch(/Only subscriptions/);
    } finally {
      await Promise.all([letters, mine, anonymous, query].map((c) => c.close()));
    }
  });

  it("closing the app closes open sockets", async () => {
    const other = await startAlertsServer({}, s.db);
    const c = await subscribe(other.url, "subscription { letterImported { title } }");
    let closed = false;
    c.client.on("closed", () => (closed = true));
    await other.close();
    await waitFor("socket closed", async () => closed, 5000);
    await c.close();
  });
});

describe("matching is indexed", () => {
  it("matches one letter against 10,000 watches well under a second", async () => {
    await s.db.query(`DELETE FROM watch`);
    const { letterId } = await new ImportService(s.db).import(await seedLetterOn(19));
    const members = (await s.db.query<{ id: string }>(`SELECT bioguide_id AS id FROM member ORDER BY bioguide_id`)).map((m) => m.id);
    const states = ["CA", "NY", "TX", "WY", "MA", "FL", "IL", "OH"];
    // 7,000 member watches, 2,000 searches by state or topic (a few hundred distinct), 1,000 by date only ("*").
    const watches = Array.from({ length: 10_000 }, (_, i) => {
      if (i < 7000)
        return { kind: "MEMBER", target: { bioguideId: members[i % members.length] }, key: `member:${members[i % members.length]}` };
      if (i < 9000) {
        const st = states[i % states.length];
        const filter = i % 2 ? { signerStates: [st], minSigners: i % 60 } : { topic: `topic-${i % 50}` };
        return { kind: "LETTERS_SEARCH", target: { filter }, key: i % 2 ? `state:${st}` : `topic:topic-${i % 50}` };
      }
      return { kind: "LETTERS_SEARCH", target: { filter: { dateFrom: `2020-${String((i % 12) + 1).padStart(2, "0")}-01` } }, key: "*" };
    });
    await s.db.query(
      `WITH w AS (
         INSERT INTO watch (user_id, kind, target, label)
         SELECT $1, x.kind, x.target, 'bulk' FROM jsonb_to_recordset($2::jsonb) AS x(kind text, target jsonb)
         RETURNING id, target)
       INSERT INTO watch_key (key, watch_id)
       SELECT CASE WHEN w.target ? 'bioguideId' THEN 'member:' || (w.target->>'bioguideId')
                   WHEN w.target->'filter' ? 'signerStates' THEN 'state:' || (w.target->'filter'->'signerStates'->>0)
                   WHEN w.target->'filter' ? 'topic' THEN 'topic:' || (w.target->'filter'->>'topic')
                   ELSE '*' END, w.id
         FROM w ON CONFLICT DO NOTHING`,
      [dana.id, JSON.stringify(watches)],
    );
    expect((await s.db.query(`SELECT count(*)::int AS n FROM watch_key`))[0]).toEqual({ n: 10_000 });
    const event = { id: "0", type: "LETTER_IMPORTED" as const, letterId, detail: { bioguideIds: [], summary: null } };
    const timings: number[] = [];
    let matched = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      matched = (await s.db.transaction((em) => matchingWatches(em, event))).length;
      timings.push(performance.now() - t);
    }
    const [{ n: memberMatches }] = await s.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM watch w WHERE w.kind = 'MEMBER'
          AND EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = $1 AND s.bioguide_id = w.target->>'bioguideId')`,
      [letterId],
    );
    // Of the state searches, those whose state has a signer and whose minSigners is at most 51; no letter has topic-N.
    const signerStates = new Set(
      (await s.db.query<{ state: string }>(`SELECT DISTINCT state FROM signature WHERE letter_id = $1`, [letterId])).map((r) => r.state),
    );
    const stateSearches = watches.filter(
      (w, i) => i >= 7000 && i < 9000 && i % 2 && signerStates.has(w.key.slice(6)) && i % 60 <= 51,
    ).length;
    const dated = watches.filter(
      (w) => w.key === "*" && (w.target as { filter: { dateFrom: string } }).filter.dateFrom <= "2020-10-19",
    ).length;
    expect(memberMatches).toBeGreaterThan(0);
    expect(stateSearches).toBeGreaterThan(0);
    expect(matched).toBe(memberMatches + stateSearches + dated);
    console.log(`matching 10,000 watches against one letter: ${timings.map((t) => t.toFixed(0)).join(", ")} ms (${matched} matches)`);
    expect(Math.min(...timings)).toBeLessThan(1000);
  });
});
