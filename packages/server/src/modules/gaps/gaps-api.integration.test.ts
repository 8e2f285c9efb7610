import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import { startTestServer, SEED_LETTER, type TestServer } from "../../test/harness";
import { loadLetterFixture, type Fixture } from "../../test/letters-fixture";
import { syncReferenceCommittees } from "../../test/committees-fixture";

const LetterGap = graphql(`
  query LetterGap($id: ID!, $of: GapOf!) {
    letter(id: $id) {
      sentOn
      gap(of: $of) {
        kind key name date serving signedCount notSignedCount notServingCount
        signed { member { bioguideId } side title }
        notSigned { member { bioguideId fullName } state district party side title }
        notServing { member { bioguideId } }
      }
      delegation(state: "CA") { serving notSigned { bioguideId } }
    }
  }
`);

const CommitteeRoster = graphql(`
  query CommitteeRoster($id: ID!, $on: Date) {
    committee(id: $id) {
      id name chamber
      members(on: $on) { member { bioguideId } side rank title from to }
      subcommittees { id name }
      letters(first: 3) { signers letter { sentOn } }
    }
  }
`);

const CommitteeFilters = graphql(`
  query CommitteeFilters($id: ID!) {
    letter(id: $id) { signatures(filter: { committees: ["HSFA"] }) { totalCount } }
    letters(filter: { committees: ["HSFA"] }) { totalCount }
    committees(chamber: HOUSE, current: true) { id }
    member(bioguideId: "S000344") { committees(on: "2020-10-23") { committee { id } side } }
  }
`);

describe("gaps over states, committees and groups", () => {
  let server: TestServer;
  let fx: Fixture;
  let seed: string;
  beforeAll(async () => {
    server = await startTestServer();
    fx = await loadLetterFixture(server.db);
    await syncReferenceCommittees(server.db);
    seed = fx.ids[SEED_LETTER];
  }, 240_000);
  afterAll(() => server?.close());

  it("HSFA on the seed letter (2020-10-23): 47 members, 8 signed, 39 did not", async () => {
    const { data, errors } = await server.run(LetterGap, { id: seed, of: { committee: "HSFA" } });
    expect(errors).toBeUndefined();
    const gap = data!.letter!.gap;
    expect(gap).toMatchObject({ kind: "COMMITTEE", key: "HSFA", name: "House Committee on Foreign Affairs", date: "2020-10-23" });
    expect([gap.serving, gap.signedCount, gap.notSignedCount, gap.notServingCount]).toEqual([47, 8, 39, 0]);
    expect(gap.signed).toHaveLength(8);
    expect(gap.notSigned).toHaveLength(39);
    expect(new Set([...gap.signed, ...gap.notSigned].map((m) => m.member.bioguideId)).size).toBe(47);
    expect(gap.signed.map((m) => m.member.bioguideId)).toContain("S000344"); // Brad Sherman sat on HSFA and signed
    expect(gap.notSigned.find((m) => m.title === "Chair" || m.title === "Chairman")?.member.bioguideId).toBe("E000179"); // Chair Eliot Engel
  });

  it("with subcommittees, the set is the same people (every subcommittee member sits on the full committee)", async () => {
    const { data } = await server.run(LetterGap, { id: seed, of: { committee: "HSFA", includeSubcommittees: true } });
    expect(data!.letter!.gap.serving).toBeGreaterThanOrEqual(47);
  });

  it("a state gap equals delegation(state)", async () => {
    const { data } = await server.run(LetterGap, { id: seed, of: { state: "ca" } });
    const l = data!.letter!;
    expect(l.gap.serving).toBe(l.delegation.serving);
    expect(l.gap.notSigned.map((m) => m.member.bioguideId).sort()).toEqual(l.delegation.notSigned.map((m) => m.bioguideId).sort());
  });

  it("a Senate committee on a House letter: nobody could sign, all not serving", async () => {
    const { data } = await server.run(LetterGap, { id: seed, of: { committee: "SSFR" } });
    expect(data!.letter!.gap).toMatchObject({ serving: 0, notServingCount: 22 });
  });

  it("bad input: unknown committee NOT_FOUND, malformed id and several kinds BAD_USER_INPUT, missing group NOT_FOUND", async () => {
    const codes = async (of: Record<string, unknown>) =>
      (await server.run(LetterGap, { id: seed, of })).errors?.map((e) => e.extensions?.code);
    expect(await codes({ committee: "HSZZ" })).toEqual(["NOT_FOUND"]);
    expect(await codes({ committee: "Foreign Affairs; DROP TABLE" })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ committee: "HSFA", state: "CA" })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({})).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ group: "00000000-0000-4000-8000-000000000000" })).toEqual(["NOT_FOUND"]);
    expect(await codes({ group: "nope" })).toEqual(["NOT_FOUND"]);
  });

  it("committee roster on a date: chair and ranking member first; before the data begins: said, not guessed", async () => {
    const { data, errors } = await server.run(CommitteeRoster, { id: "hsfa", on: "2020-10-23" });
    expect(errors).toBeUndefined();
    const c = data!.committee;
    expect(c.members).toHaveLength(47);
    expect(c.members[0]).toMatchObject({ member: { bioguideId: "E000179" }, side: "MAJORITY" });
    expect(c.members[1].title).toMatch(/Ranking/);
    expect(c.subcommittees.length).toBeGreaterThan(3);
    expect(c.letters[0]).toMatchObject({ signers: 8, letter: { sentOn: "2020-10-23" } });
    const early = await server.run(CommitteeRoster, { id: "HSFA", on: "2010-01-01" });
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", reason: "NO_DATA", dataFrom: "2012-11-09" } });
    const missing = await server.run(CommitteeRoster, { id: "HSZZ", on: null });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("signature and letter filters by committee; member.committees on a date", async () => {
    const { data, errors } = await server.run(CommitteeFilters, { id: seed });
    expect(errors).toBeUndefined();
    expect(data!.letter!.signatures.totalCount).toBe(8);
    expect(data!.letters.totalCount).toBeGreaterThanOrEqual(1);
    expect(data!.committees.map((c) => c.id)).toContain("HSFA");
    expect(data!.member!.committees.map((s) => s.committee.id)).toContain("HSFA");
  });
});
