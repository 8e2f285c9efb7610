import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readLetter, startTestServer, type TestServer } from "../../test/harness";
import { loadLetterFixture, type Fixture } from "../../test/letters-fixture";
import { cliActor } from "../auth/audit.service";
import { LetterEditService } from "../curation/letter-edit.service";
import { ImportService } from "../importing/import.service";
import { ReviewService } from "../importing/review.service";
import { DEFAULT_GRADE_SCALE } from "./grade-scale";
import { ScorecardRead } from "./scorecard-read";
import { ScorecardMemberOrder, Stance } from "./scorecard.types";
import { ScorecardsService } from "./scorecards.service";

/**
 * Published scorecards read materialised grades (scorecard_member_score); every write to an input
 * marks them stale in its own transaction, so the next read is exact. Each step compares the
 * materialised read with the live scoring statement, member by member.
 */
const SEED = "2020-10-23-house-pompeo-artsakh";
const GEORGIA = "2021-02-22-house-ralston-georgia-voting";
const DAVID_SCOTT = "S001157"; // signed Georgia's letter, not the seed; House on both dates
const SHERMAN = "S000344"; // signed the seed letter

let server: TestServer;
let fx: Fixture;
let read: ScorecardRead;
let scorecards: ScorecardsService;
let id: string;

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
  read = new ScorecardRead(server.db);
  scorecards = new ScorecardsService(server.db);
  id = (await scorecards.create(cliActor(), { name: "Materialised", letters: [{ letterId: fx.ids[SEED], stance: Stance.SUPPORT }] })).id;
  await scorecards.publish(cliActor(), id, true);
}, 120_000);
afterAll(() => server?.close());

const stale = async () =>
  (await server.db.query<{ stale: boolean }>(`SELECT stale FROM scorecard_score_state WHERE scorecard_id = $1`, [id]))[0]?.stale;

/** Every graded member (all pages, best first) and the map, read as the API reads them. */
async function everything(live: boolean) {
  const rows = [];
  let after: string | null = null;
  for (;;) {
    const page = await read.members(id, {}, ScorecardMemberOrder.GRADE, 100, after, { live });
    rows.push(...page.nodes.map((n) => ({ ...n, total: page.totalCount })));
    if (!page.hasNextPage) break;
    after = page.cursor(page.nodes.length - 1);
  }
  return { rows, byState: await read.byState(id, DEFAULT_GRADE_SCALE, { live }) };
}

/** The materialised answer equals the live one; returns a member's row from it. */
async function materialisedMatchesLive(bioguideId: string) {
  const materialised = await everything(false);
  expect(await stale()).toBe(false);
  expect(materialised).toEqual(await everything(true));
  expect(materialised.rows.length).toBeGreaterThan(100);
  return materialised.rows.find((r) => r.bioguideId === bioguideId) ?? null;
}

it("a published scorecard is read from its materialised grades, which match the live statement", async () => {
  expect(await stale()).toBe(true); // published, never read
  expect(await materialisedMatchesLive(SHERMAN)).toMatchObject({ grade: "A+", earned: 1, possible: 1 });
  const [{ n }] = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM scorecard_member_score WHERE scorecard_id = $1`, [
    id,
  ]);
  expect(n).toBe((await read.members(id, {}, ScorecardMemberOrder.GRADE, 1)).totalCount);
});

it("an import that adds a signature (a second copy of the seed letter, merged into it) changes the materialised grade at once", async () => {
  expect(await materialisedMatchesLive(DAVID_SCOTT)).toMatchObject({ grade: "F", earned: 0, possible: 1 });
  const text = await readLetter(SEED);
  const copy = text.replace(
    "Brad Sherman  \nMEMBER OF CONGRESS\n",
    "Brad Sherman  \nMEMBER OF CONGRESS\n\n---\n\nDavid Scott  \nMEMBER OF CONGRESS\n",
  );
  expect(copy).not.toBe(text);
  const imported = await new ImportService(server.db).import(copy, { sourceName: "copy.md" });
  expect(imported.created).toBe(true);
  expect(imported.preview.signers.find((s) => s.printed === "David Scott")).toMatchObject({ bioguideId: DAVID_SCOTT });
  // Importing another letter touches no scorecard letter: the grades stay materialised.
  expect(await stale()).toBe(false);
  await new LetterEditService(server.db).merge(fx.ids[SEED], imported.letterId, cliActor());
  expect(await stale()).toBe(true);
  expect(await materialisedMatchesLive(DAVID_SCOTT)).toMatchObject({ grade: "A+", earned: 1, possible: 1 });
});

it("a signature written by another process, a review fix, a letter's date, a service period and the scorecard's own edit each show at once", async () => {
  // Another process removes Sherman's signature.
  await server.db.query(`UPDATE signature SET bioguide_id = NULL, status = 'UNMATCHED' WHERE letter_id = $1 AND bioguide_id = $2`, [
    fx.ids[SEED],
    SHERMAN,
  ]);
  expect(await materialisedMatchesLive(SHERMAN)).toMatchObject({ grade: "F", earned: 0 });
  // A review fix puts it back.
  const [sig] = await server.db.query<{ id: string }>(
    `SELECT id FROM signature WHERE letter_id = $1 AND status = 'UNMATCHED' AND printed_name ILIKE '%Sherman%'`,
    [fx.ids[SEED]],
  );
  await new ReviewService(server.db).resolve(sig.id, SHERMAN, cliActor());
  expect(await materialisedMatchesLive(SHERMAN)).toMatchObject({ grade: "A+", earned: 1 });
  // Sherman's House period ends before the letter: he is no longer eligible.
  const [period] = await server.db.query<{ id: number; end_date: string }>(
    `SELECT id, end_date::text AS end_date FROM service_period WHERE bioguide_id = $1 AND start_date <= '2020-10-23' AND '2020-10-23' < end_date`,
    [SHERMAN],
  );
  await server.db.query(`UPDATE service_period SET end_date = '2020-10-01' WHERE id = $1`, [period.id]);
  try {
    expect(await materialisedMatchesLive(DAVID_SCOTT)).not.toBeNull();
    expect((await everything(false)).rows.find((r) => r.bioguideId === SHERMAN)).toBeUndefined();
  } finally {
    await server.db.query(`UPDATE service_period SET end_date = $2 WHERE id = $1`, [period.id, period.end_date]);
  }
  expect(await materialisedMatchesLive(SHERMAN)).toMatchObject({ grade: "A+" });
  // The scorecard's own edit: the stance reversed.
  await scorecards.edit(cliActor(), id, {
    name: "Materialised",
    letters: [
      { letterId: fx.ids[SEED], stance: Stance.OPPOSE },
      { letterId: fx.ids[GEORGIA], stance: Stance.SUPPORT },
    ],
  });
  expect(await materialisedMatchesLive(SHERMAN)).toMatchObject({ earned: 0, possible: 2, grade: "F" });
  // A letter's date moves out of every House member's term start... and back.
  await server.db.query(`UPDATE letter SET sent_on = '2020-12-01' WHERE id = $1`, [fx.ids[GEORGIA]]);
  try {
    await materialisedMatchesLive(SHERMAN);
  } finally {
    await server.db.query(`UPDATE letter SET sent_on = '2021-02-22' WHERE id = $1`, [fx.ids[GEORGIA]]);
  }
  await materialisedMatchesLive(SHERMAN);
});

it("reads that find the grades stale at once recompute them once, under the lock, and agree", async () => {
  await server.db.query(`UPDATE signature SET party = party WHERE letter_id = $1`, [fx.ids[SEED]]);
  expect(await stale()).toBe(true);
  const pages = await Promise.all([1, 2, 3, 4].map(() => read.members(id, {}, ScorecardMemberOrder.GRADE, 20)));
  const seen = pages.map((p) => ({ ...p, cursor: p.nodes.map((_, i) => p.cursor(i)) }));
  for (const p of seen) expect(p).toEqual(seen[0]);
  expect(await stale()).toBe(false);
});

it("a read that finds the grades stale while a writer is still open waits for its commit and grades its rows", async () => {
  await server.db.query(`UPDATE signature SET party = party WHERE letter_id = $1`, [fx.ids[SEED]]);
  expect(await stale()).toBe(true);
  let reading: Promise<unknown> | null = null;
  await server.db.transaction(async (em) => {
    await em.query(`UPDATE signature SET bioguide_id = NULL, status = 'UNMATCHED' WHERE letter_id = $1 AND bioguide_id = $2`, [
      fx.ids[SEED],
      SHERMAN,
    ]);
    reading = read.members(id, {}, ScorecardMemberOrder.GRADE, 5);
    await sleep(300);
  });
  await reading;
  try {
    // Had the refresh not waited for the writer, it would have stored the grades without its write and called them fresh.
    // Without his signature on the opposed seed letter Sherman earns its point.
    expect(await materialisedMatchesLive(SHERMAN)).toMatchObject({ earned: 1, possible: 2 });
  } finally {
    await server.db.query(
      `UPDATE signature SET bioguide_id = $2, status = 'CONFIRMED' WHERE letter_id = $1 AND bioguide_id IS NULL AND printed_name ILIKE '%Sherman%'`,
      [fx.ids[SEED], SHERMAN],
    );
  }
  expect(await materialisedMatchesLive(SHERMAN)).toMatchObject({ earned: 0, possible: 2 });
});

it("drafts are graded live and never materialised; deleting a scorecard deletes its grades", async () => {
  await scorecards.publish(cliActor(), id, false);
  await read.members(id, {}, ScorecardMemberOrder.GRADE, 5);
  expect(await stale()).toBe(true);
  const count = async () =>
    (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM scorecard_member_score WHERE scorecard_id = $1`, [id]))[0].n;
  expect(await count()).toBeGreaterThan(0);
  await scorecards.delete(cliActor(), id);
  expect(await count()).toBe(0);
});
