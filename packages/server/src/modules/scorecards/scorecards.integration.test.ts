import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import { startTestServer, type TestServer } from "../../test/harness";
import { loadLetterFixture, type Fixture } from "../../test/letters-fixture";

const SEED = "2020-10-23-house-pompeo-artsakh";
const GEORGIA = "2021-02-22-house-ralston-georgia-voting";
const SENATE_2019 = "2019-02-13-senate-mcconnell-disaster-supplemental";
const BICAMERAL_2018 = "2018-10-10-bicameral-trump-hurricane-michael";

const SHERMAN = "S000344"; // signed the seed letter, House both dates, did not sign Georgia's
const DAVID_SCOTT = "S001157"; // signed Georgia's letter, not the seed; House both dates
const BOURDEAUX = "B001312"; // took office January 2021: only Georgia's letter
const SANDERS = "S000033"; // a senator: no House letter
const WAXMAN = "W000215"; // left the House in 2015: served in neither chamber on either date

const Create = graphql(`
  mutation ScCreate($input: ScorecardInput!) {
    createScorecard(input: $input) { id name published gradeScale { grade min max } }
  }
`);
const Edit = graphql(`
  mutation ScEdit($id: ID!, $input: ScorecardInput!) { editScorecard(id: $id, input: $input) { id name } }
`);
const Publish = graphql(`
  mutation ScPublish($id: ID!, $published: Boolean!) { publishScorecard(id: $id, published: $published) { id published } }
`);
const Delete = graphql(`mutation ScDelete($id: ID!) { deleteScorecard(id: $id) }`);
const Public = graphql(`
  query ScPublic($id: ID!) { scorecard(id: $id) { id name letters { stance weight letter { sentOn } } } scorecards { id } }
`);
const Editable = graphql(`
  query ScEditable($id: ID!, $bioguideId: String!) {
    editableScorecard(id: $id) {
      score(bioguideId: $bioguideId) {
        grade score earned possible eligibleLetters state party chamber
        explanation { letter { sentOn } stance signed earned possible note }
      }
    }
  }
`);
const Members = graphql(`
  query ScMembers($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $first: Int, $after: String) {
    editableScorecard(id: $id) {
      members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { member { bioguideId lastName } grade score earned possible eligibleLetters state party chamber } }
      }
      byState { state average averageGrade members grades { grade count } }
    }
  }
`);
const MemberScores = graphql(`
  query ScMemberScores($bioguideId: String!) { member(bioguideId: $bioguideId) { scores { grade earned possible scorecard { name } } } }
`);

const EDITOR = { role: "EDITOR" } as const;
let server: TestServer;
let fx: Fixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
}, 120_000);
afterAll(() => server?.close());

const seedAndGeorgia = () => ({
  name: "Voting and Artsakh",
  letters: [
    { letterId: fx.ids[SEED], stance: "SUPPORT" as const },
    { letterId: fx.ids[GEORGIA], stance: "OPPOSE" as const },
  ],
});

async function create(input: object): Promise<string> {
  const res = await server.run(Create, { input: input as never }, EDITOR);
  expect(res.errors).toBeUndefined();
  return res.data!.createScorecard.id;
}

const scoreOf = async (id: string, bioguideId: string) => {
  const res = await server.run(Editable, { id, bioguideId }, EDITOR);
  expect(res.errors).toBeUndefined();
  return res.data!.editableScorecard!.score;
};

const runMembers = (id: string, after: string | null) => server.run(Members, { id, first: 100, after }, EDITOR);

/** Every graded member of a scorecard, all pages. */
async function allMembers(id: string) {
  const out: { bioguideId: string; score: number; earned: number; possible: number; eligible: number; grade: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const res: Awaited<ReturnType<typeof runMembers>> = await runMembers(id, after);
    expect(res.errors).toBeUndefined();
    const page = res.data!.editableScorecard!.members;
    for (const { node: n } of page.edges) {
      out.push({
        bioguideId: n.member.bioguideId,
        score: n.score!,
        earned: n.earned,
        possible: n.possible,
        eligible: n.eligibleLetters,
        grade: n.grade!,
      });
    }
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

describe("scorecard of the seed letter (support) and the Georgia voting letter (opposition)", () => {
  let id: string;
  beforeAll(async () => {
    id = await create(seedAndGeorgia());
  });

  it("a member eligible for both who signed only the seed letter earns 2 of 2 points", async () => {
    const s = await scoreOf(id, SHERMAN);
    expect(s).toMatchObject({
      grade: "A+",
      score: 1,
      earned: 2,
      possible: 2,
      eligibleLetters: 2,
      state: "CA",
      party: "DEMOCRAT",
      chamber: "HOUSE",
    });
    expect(s.explanation).toEqual([
      { letter: { sentOn: "2021-02-22" }, stance: "OPPOSE", signed: false, earned: 1, possible: 1, note: null },
      { letter: { sentOn: "2020-10-23" }, stance: "SUPPORT", signed: true, earned: 1, possible: 1, note: null },
    ]);
  });

  it("a member who signed only the opposed letter earns 0 of 2: an F", async () => {
    expect(await scoreOf(id, DAVID_SCOTT)).toMatchObject({ grade: "F", score: 0, earned: 0, possible: 2, eligibleLetters: 2 });
  });

  it("a member who took office between the letters is scored on the one they could sign", async () => {
    expect(await scoreOf(id, BOURDEAUX)).toMatchObject({ grade: "F", earned: 0, possible: 1, eligibleLetters: 1 });
  });

  it("a Senator is not eligible for House letters, and a member serving on neither date has no grade", async () => {
    for (const who of [SANDERS, WAXMAN]) {
      const s = await scoreOf(id, who);
      expect(s).toMatchObject({ grade: null, score: null, earned: 0, possible: 0, eligibleLetters: 0, explanation: [] });
    }
  });

  it("lists every House member serving on either date, best first, in keyset pages, with exact totals", async () => {
    const all = await allMembers(id);
    const [{ n: expected }] = await server.db.query<{ n: number }>(
      `SELECT count(DISTINCT bioguide_id)::int AS n FROM service_period
        WHERE chamber = 'HOUSE' AND ((start_date <= '2020-10-23' AND '2020-10-23' < end_date) OR (start_date <= '2021-02-22' AND '2021-02-22' < end_date))`,
    );
    expect(all.length).toBe(expected);
    expect(new Set(all.map((m) => m.bioguideId)).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) expect(all[i].score).toBeLessThanOrEqual(all[i - 1].score);
    expect(all.find((m) => m.bioguideId === SANDERS)).toBeUndefined();
    // Hand count: the seed letter's 51 signers who served on both dates and did not sign Georgia's get A+.
    const res = await server.run(Members, { id, first: 100, filter: { grades: ["A+"], states: ["CA"] } }, EDITOR);
    const ca = res.data!.editableScorecard!.members;
    expect(ca.edges.every((e) => e.node.state === "CA" && e.node.grade === "A+")).toBe(true);
    expect(ca.edges.map((e) => e.node.member.bioguideId)).toContain(SHERMAN);
    expect(ca.totalCount).toBe(ca.edges.length);
  });

  it("orders by name and by state deterministically, filters by party and chamber", async () => {
    const byName = await server.run(Members, { id, orderBy: "NAME", first: 5 }, EDITOR);
    const names = byName.data!.editableScorecard!.members.edges.map((e) => e.node.member.lastName);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const ga = await server.run(Members, { id, orderBy: "STATE", filter: { states: ["GA"], parties: ["REPUBLICAN"] }, first: 100 }, EDITOR);
    const rows = ga.data!.editableScorecard!.members.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.party === "REPUBLICAN" && r.state === "GA")).toBe(true);
    const senate = await server.run(Members, { id, filter: { chamber: "SENATE" } }, EDITOR);
    expect(senate.data!.editableScorecard!.members.totalCount).toBe(0);
    const states = ga.data!.editableScorecard!.byState;
    const gaState = states.find((s) => s.state === "GA")!;
    expect(gaState.grades.reduce((n, g) => n + g.count, 0)).toBe(gaState.members);
  });

  it("refuses a cursor that is not one", async () => {
    const res = await server.run(Members, { id, after: "nonsense" }, EDITOR);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("publishing, privacy and exactness after writes", () => {
  it("a draft is private, published is public; member.scores lists published grades; deleting removes it", async () => {
    const id = await create({ ...seedAndGeorgia(), name: "Published one" });
    expect((await server.run(Public, { id })).data!.scorecard).toBeNull();
    expect((await server.run(Editable, { id, bioguideId: SHERMAN })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.run(Publish, { id, published: true }, EDITOR)).data!.publishScorecard.published).toBe(true);
    const pub = await server.run(Public, { id });
    expect(pub.data!.scorecard!.letters.map((l) => [l.letter.sentOn, l.stance, l.weight])).toEqual([
      ["2020-10-23", "SUPPORT", 1],
      ["2021-02-22", "OPPOSE", 1],
    ]);
    const scores = (await server.run(MemberScores, { bioguideId: SHERMAN })).data!.member!.scores;
    expect(scores).toContainEqual({ grade: "A+", earned: 2, possible: 2, scorecard: { name: "Published one" } });
    expect((await server.run(MemberScores, { bioguideId: WAXMAN })).data!.member!.scores).toEqual([]);
    expect((await server.run(Delete, { id }, EDITOR)).data!.deleteScorecard).toBe(true);
    expect((await server.run(Public, { id })).data!.scorecard).toBeNull();
  });

  it("stays exact when a signature is removed or a letter's date moves (no hooks: the SQL reads current rows)", async () => {
    const id = await create({ ...seedAndGeorgia(), name: "Exactness" });
    await server.db.query(`DELETE FROM signature WHERE letter_id = $1 AND bioguide_id = $2`, [fx.ids[SEED], SHERMAN]);
    expect(await scoreOf(id, SHERMAN)).toMatchObject({ earned: 1, possible: 2, grade: "F" });
    // Move Georgia's letter to before Bourdeaux took office: she is then eligible for nothing.
    await server.db.query(`UPDATE letter SET sent_on = '2020-12-01' WHERE id = $1`, [fx.ids[GEORGIA]]);
    try {
      expect(await scoreOf(id, BOURDEAUX)).toMatchObject({ grade: null, eligibleLetters: 0 });
    } finally {
      await server.db.query(`UPDATE letter SET sent_on = '2021-02-22' WHERE id = $1`, [fx.ids[GEORGIA]]);
    }
  });

  it("every scorecard write bumps the data version (the response cache's key)", async () => {
    const version = async () => (await server.db.query<{ v: string }>(`SELECT sum(version)::text AS v FROM data_version`))[0].v;
    const before = await version();
    const id = await create({ ...seedAndGeorgia(), name: "Versioned" });
    const afterCreate = await version();
    expect(afterCreate).not.toBe(before);
    await server.run(Edit, { id, input: { ...seedAndGeorgia(), name: "Versioned 2" } }, EDITOR);
    expect(await version()).not.toBe(afterCreate);
  });
});

describe("bad input gives BAD_USER_INPUT and stores nothing", () => {
  const count = async () =>
    (await server.db.query<{ n: number }>(`SELECT (SELECT count(*) FROM scorecard) + (SELECT count(*) FROM scorecard_letter) AS n`))[0].n;
  const cases: [string, () => object, string][] = [
    [
      "a letter that isn't there",
      () => ({ name: "x", letters: [{ letterId: "00000000-0000-4000-8000-000000000000", stance: "SUPPORT" }] }),
      "letters[0].letterId",
    ],
    ["a weight of 0", () => ({ name: "x", letters: [{ letterId: fx.ids[SEED], stance: "SUPPORT", weight: 0 }] }), "letters[0].weight"],
    ["a negative weight", () => ({ name: "x", letters: [{ letterId: fx.ids[SEED], stance: "SUPPORT", weight: -2 }] }), "letters[0].weight"],
    [
      "a weight over 100",
      () => ({ name: "x", letters: [{ letterId: fx.ids[GEORGIA], stance: "OPPOSE", weight: 100.5 }] }),
      "letters[0].weight",
    ],
    [
      "overlapping grade bands",
      () => ({
        ...seedAndGeorgia(),
        gradeScale: [
          { grade: "P", min: 50, max: 100 },
          { grade: "F", min: 0, max: 60 },
        ],
      }),
      "gradeScale",
    ],
    [
      "a gap in the grade scale",
      () => ({
        ...seedAndGeorgia(),
        gradeScale: [
          { grade: "P", min: 60, max: 100 },
          { grade: "F", min: 0, max: 50 },
        ],
      }),
      "gradeScale",
    ],
    ["a letter outside the chamber", () => ({ ...seedAndGeorgia(), chamber: "SENATE" }), "letters[0].letterId"],
    ["a letter outside the Congress", () => ({ ...seedAndGeorgia(), congress: 117 }), "letters[0].letterId"],
    [
      "an item for an unknown member",
      () => ({ ...seedAndGeorgia(), items: [{ bioguideId: "Z999999", points: 1, note: "vote" }] }),
      "items[0].bioguideId",
    ],
    [
      "an item worth more than its total",
      () => ({ ...seedAndGeorgia(), items: [{ bioguideId: SHERMAN, points: 3, outOf: 2, note: "vote" }] }),
      "items[0].points",
    ],
    ["an empty name", () => ({ ...seedAndGeorgia(), name: "  " }), "name"],
  ];
  it.each(cases)("%s", async (_, input, field) => {
    const before = await count();
    const res = await server.run(Create, { input: input() as never }, EDITOR);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await count()).toBe(before);
  });

  it("an edit with bad input leaves the scorecard as it was", async () => {
    const id = await create({ ...seedAndGeorgia(), name: "Kept" });
    const res = await server.run(
      Edit,
      { id, input: { name: "Changed", letters: [{ letterId: fx.ids[SEED], stance: "SUPPORT", weight: 101 }] } as never },
      EDITOR,
    );
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await scoreOf(id, DAVID_SCOTT)).possible).toBe(2);
    const missing = await server.run(Edit, { id: "00000000-0000-4000-8000-000000000000", input: seedAndGeorgia() as never }, EDITOR);
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("only editors write", async () => {
    const res = await server.run(Create, { input: seedAndGeorgia() as never }, { role: "VIEWER" });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("hand-entered items and weights", () => {
  it("adds an item's points to the member's total and lists it in the explanation", async () => {
    const id = await create({
      name: "Weighted",
      letters: [
        { letterId: fx.ids[SEED], stance: "SUPPORT", weight: 3 },
        { letterId: fx.ids[GEORGIA], stance: "OPPOSE", weight: 1 },
      ],
      items: [
        { bioguideId: DAVID_SCOTT, points: 1, outOf: 4, note: "Floor vote on H.R. 1" },
        { bioguideId: WAXMAN, points: 2, outOf: 2, note: "Statement" },
      ],
    });
    // 0 of 3 + 0 of 1 + 1 of 4 = 1 / 8 = 0.125
    expect(await scoreOf(id, DAVID_SCOTT)).toMatchObject({ earned: 1, possible: 8, score: 0.125, grade: "F", eligibleLetters: 2 });
    // Items alone grade a member (eligible for no letter)
    const waxman = await scoreOf(id, WAXMAN);
    expect(waxman).toMatchObject({ earned: 2, possible: 2, grade: "A+", eligibleLetters: 0 });
    expect(waxman.explanation).toEqual([{ letter: null, stance: null, signed: null, earned: 2, possible: 2, note: "Statement" }]);
  });
});

describe("properties over random scorecards (SQL, not a model)", () => {
  const houseLetters = () => [SEED, GEORGIA, "amash-r", "amash-i", "amash-l", BICAMERAL_2018];
  const letterArb = fc.subarray(houseLetters(), { minLength: 1 }).chain((names) =>
    fc.tuple(
      ...names.map((n) =>
        fc.record({
          name: fc.constant(n),
          stance: fc.constantFrom("SUPPORT" as const, "OPPOSE" as const),
          weight: fc.integer({ min: 1, max: 400 }).map((w) => w / 4),
        }),
      ),
    ),
  );
  const inputOf = (letters: { name: string; stance: "SUPPORT" | "OPPOSE"; weight: number }[]) => ({
    name: "Property",
    letters: letters.map((l) => ({ letterId: fx.ids[l.name], stance: l.stance, weight: l.weight })),
  });

  it("adding a letter a member could not sign never changes their score", async () => {
    const id = await create({ name: "Property", letters: [{ letterId: fx.ids[SEED], stance: "SUPPORT" }] });
    await fc.assert(
      fc.asyncProperty(
        letterArb,
        fc.constantFrom(SENATE_2019, "2023-10-04-senate-schumer-appropriations-schedule"),
        async (letters, extra) => {
          await server.run(Edit, { id, input: inputOf(letters) as never }, EDITOR);
          const without = await allMembers(id);
          await server.run(Edit, { id, input: inputOf([...letters, { name: extra, stance: "OPPOSE", weight: 7 }]) as never }, EDITOR);
          const withExtra = new Map((await allMembers(id)).map((m) => [m.bioguideId, m]));
          const couldSign = new Set(
            (
              await server.db.query<{ bioguide_id: string }>(
                `SELECT sp.bioguide_id FROM service_period sp JOIN letter l ON l.id = $1
            WHERE sp.chamber = l.chamber AND sp.start_date <= l.sent_on AND l.sent_on < sp.end_date`,
                [fx.ids[extra]],
              )
            ).map((r) => r.bioguide_id),
          );
          const unaffected = without.filter((m) => !couldSign.has(m.bioguideId));
          expect(unaffected.length).toBeGreaterThan(0);
          for (const m of unaffected) expect(withExtra.get(m.bioguideId)).toEqual(m);
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);

  it("reversing every stance maps each score s to 1 - s", async () => {
    const id = await create({ name: "Property", letters: [{ letterId: fx.ids[SEED], stance: "SUPPORT" }] });
    await fc.assert(
      fc.asyncProperty(letterArb, async (letters) => {
        await server.run(Edit, { id, input: inputOf(letters) as never }, EDITOR);
        const before = await allMembers(id);
        const flipped = letters.map((l) => ({ ...l, stance: l.stance === "SUPPORT" ? ("OPPOSE" as const) : ("SUPPORT" as const) }));
        await server.run(Edit, { id, input: inputOf(flipped) as never }, EDITOR);
        const after = new Map((await allMembers(id)).map((m) => [m.bioguideId, m]));
        expect(after.size).toBe(before.length);
        for (const m of before) {
          const r = after.get(m.bioguideId)!;
          expect(r.possible).toBe(m.possible);
          expect(r.earned).toBeCloseTo(m.possible - m.earned, 6);
          // Each is rounded half-up to 4 places, so they may differ by one unit in the 4th place (plus float error).
          expect(Math.abs(r.score - (1 - m.score))).toBeLessThanOrEqual(0.0001 + 1e-9);
        }
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
