import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readLetter, SEED_LETTER, startHttpServer, syncReferenceMembers, type HttpTestServer } from "../../test/harness";
import { loadConfig } from "../../config";
import { cliActor } from "../auth/audit.service";
import { ImportService } from "../importing/import.service";
import { ScorecardsService } from "./scorecards.service";
import { Stance } from "./scorecard.types";

/** Published scorecards come from the response cache, and stay exact after writes by anyone. */
const POLL_MS = 100;
const SHERMAN = "S000344";
let server: HttpTestServer;
let id: string;
let seed: string;

beforeAll(async () => {
  // No alerts worker: on PGlite (no LISTEN) it takes the import's outbox up on its next tick, up to
  // a second later, and its writes empty the cache: one landing between two requests turned an
  // expected HIT into a MISS on a busy machine.
  server = await startHttpServer({
    cache: { maxBytes: 8 * 1024 * 1024, versionPollMs: POLL_MS },
    alerts: { ...loadConfig({}).alerts, worker: false },
  });
  await syncReferenceMembers(server.db);
  seed = (await new ImportService(server.db).import(await readLetter(SEED_LETTER))).letterId;
  const scorecards = new ScorecardsService(server.db);
  id = (await scorecards.create(cliActor(), { name: "Cached", letters: [{ letterId: seed, stance: Stance.SUPPORT }] })).id;
  await scorecards.publish(cliActor(), id, true);
}, 120_000);
afterAll(() => server?.close());

const query = (bioguideId: string) => ({
  query: `query($id: ID!, $b: String!) { scorecard(id: $id) { members(first: 5) { totalCount } score(bioguideId: $b) { grade earned possible } } }`,
  variables: { id, b: bioguideId },
});

it("serves a published scorecard from the cache, and misses with the new grade after a review fix or a scorecard edit", async () => {
  const first = await server.gql(query(SHERMAN));
  expect(first.body.data.scorecard.score).toEqual({ grade: "A+", earned: 1, possible: 1 });
  const again = await server.gql(query(SHERMAN));
  expect(again.headers.get("x-cache")).toBe("HIT");

  // A write by another process (psql, the CLI): the signature goes.
  await server.db.query(`DELETE FROM signature WHERE letter_id = $1 AND bioguide_id = $2`, [seed, SHERMAN]);
  await sleep(POLL_MS + 50);
  const afterFix = await server.gql(query(SHERMAN));
  expect(afterFix.headers.get("x-cache")).toBe("MISS");
  expect(afterFix.body.data.scorecard.score).toEqual({ grade: "F", earned: 0, possible: 1 });

  // An edit of the scorecard itself (stance reversed) also invalidates.
  expect((await server.gql(query(SHERMAN))).headers.get("x-cache")).toBe("HIT");
  await new ScorecardsService(server.db).edit(cliActor(), id, { name: "Cached", letters: [{ letterId: seed, stance: Stance.OPPOSE }] });
  await sleep(POLL_MS + 50);
  const afterEdit = await server.gql(query(SHERMAN));
  expect(afterEdit.headers.get("x-cache")).toBe("MISS");
  expect(afterEdit.body.data.scorecard.score).toEqual({ grade: "A+", earned: 1, possible: 1 });
});

it("never caches a draft read (editors only)", async () => {
  const res = await server.gql({ query: `query($id: ID!) { editableScorecard(id: $id) { name } }`, variables: { id } });
  expect(res.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  expect(res.headers.get("x-cache")).not.toBe("HIT");
});
