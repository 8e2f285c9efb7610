import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import type { MemberFilter, MemberSignaturesPageQuery } from "../../test/gql/graphql";
import { startTestServer, type TestServer } from "../../test/harness";
import { AMASH, KHANNA, loadLetterFixture, MASSIE, SHERMAN, type Fixture } from "../../test/letters-fixture";

const MemberList = graphql(`
  query MemberList($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { bioguideId fullName } }
    }
  }
`);

const MemberProfile = graphql(`
  query MemberProfile($id: String!, $topic: String, $from: Date, $to: Date) {
    member(bioguideId: $id) {
      id
      bioguideId
      fullName
      party
      state
      district
      currentTerm { chamber state district party }
      r: termOn(date: "2019-03-05") { party state district chamber start }
      i: termOn(date: "2019-09-10") { party }
      l: termOn(date: "2020-06-10") { party }
      before: termOn(date: "1990-01-01") { party }
      terms { start party }
      letterCount
      signatures(filter: { topic: $topic, dateFrom: $from, dateTo: $to }, first: 2) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { position party letter { sentOn } } }
      }
      coSigners(first: 3) { member { bioguideId } count }
      record(topic: $topic) { eligible signed letters { signed letter { sentOn } } }
    }
  }
`);

const MemberSignaturesPage = graphql(`
  query MemberSignaturesPage($id: String!, $first: Int, $after: String) {
    member(bioguideId: $id) {
      signatures(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { letter { sentOn } } }
      }
    }
  }
`);

const NodeQuery = graphql(`
  query NodeQuery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Letter { databaseId sentOn }
      ... on Member { bioguideId }
      ... on Signature { printedName }
    }
  }
`);

const LetterIds = graphql(`
  query LetterIds($id: ID!) {
    letter(id: $id) { id databaseId signatures(first: 1) { edges { node { id member { id } } } } }
  }
`);

let server: TestServer;
let fx: Fixture;
const SEED = "2020-10-23-house-pompeo-artsakh";

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
});
afterAll(() => server?.close());

async function members(filter: MemberFilter, first = 100) {
  const res = await server.run(MemberList, { filter, first });
  expect(res.errors).toBeUndefined();
  return res.data!.members;
}

describe("members: signed / notSigned", () => {
  it("lists the seed letter's signers and its California signers", async () => {
    expect((await members({ signed: fx.ids[SEED] })).totalCount).toBe(51);
    expect((await members({ signed: fx.ids[SEED], states: ["CA"] })).totalCount).toBe(19);
    expect((await members({ signed: fx.ids[SEED], parties: ["REPUBLICAN"] })).edges.map((e) => e.node.bioguideId).sort()).toEqual([
      "B001257",
      "F000466",
      "K000362",
    ]);
  });

  it("lists members who could have signed and did not: 33 Californians", async () => {
    const page = await members({ notSigned: fx.ids[SEED], states: ["CA"] });
    expect(page.totalCount).toBe(33);
    expect(page.edges.map((e) => e.node.bioguideId)).toContain(KHANNA);
    expect(page.edges.map((e) => e.node.bioguideId)).not.toContain(SHERMAN);
    // Everyone serving in the House that day either signed or did not.
    const serving = await members({ servingOn: "2020-10-23", chambers: ["HOUSE"] });
    const notSigned = await members({ notSigned: fx.ids[SEED] });
    expect(notSigned.totalCount).toBe(serving.totalCount - 51);
  });

  it("accepts the global id as well as the uuid, and rejects anything else", async () => {
    const { data } = await server.run(LetterIds, { id: fx.ids[SEED] });
    expect((await members({ notSigned: data!.letter!.id, states: ["CA"] })).totalCount).toBe(33);
    const res = await server.run(MemberList, { filter: { signed: "nope" } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("finds members by name ignoring accents", async () => {
    const names = (await members({ name: "sanchez", servingOn: "2020-10-23" })).edges.map((e) => e.node.fullName);
    expect(names).toContain("Linda T. Sánchez");
  });
});

describe("a member's terms, letters and record", () => {
  it("gives Justin Amash's party on each day: Republican, Independent, Libertarian", async () => {
    const res = await server.run(MemberProfile, { id: AMASH });
    expect(res.errors).toBeUndefined();
    const m = res.data!.member!;
    expect(m).toMatchObject({ bioguideId: AMASH, fullName: "Justin Amash", party: "LIBERTARIAN", state: "MI", district: 3 });
    expect(m.currentTerm).toMatchObject({ chamber: "HOUSE", party: "LIBERTARIAN" });
    expect(m.r).toMatchObject({ party: "REPUBLICAN", state: "MI", district: 3, chamber: "HOUSE", start: "2019-01-03" });
    expect([m.i?.party, m.l?.party, m.before]).toEqual(["INDEPENDENT", "LIBERTARIAN", null]);
    expect(m.letterCount).toBe(3);
    expect(m.signatures.totalCount).toBe(3);
    expect(m.signatures.edges.map((e) => [e.node.letter.sentOn, e.node.party])).toEqual([
      ["2020-06-10", "LIBERTARIAN"],
      ["2019-09-10", "INDEPENDENT"],
    ]);
    expect(m.coSigners).toEqual([
      { member: { bioguideId: KHANNA }, count: 3 },
      { member: { bioguideId: MASSIE }, count: 3 },
    ]);
  });

  it("pages a member's signatures newest first", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data: MemberSignaturesPageQuery | null } = await server.run(MemberSignaturesPage, { id: AMASH, first: 1, after });
      const page: NonNullable<MemberSignaturesPageQuery["member"]>["signatures"] = res.data!.member!.signatures;
      seen.push(...page.edges.map((e) => e.node.letter.sentOn));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(["2020-06-10", "2019-09-10", "2019-03-05"]);
  });

  it("filters a member's signatures by topic and dates", async () => {
    const res = await server.run(MemberProfile, { id: AMASH, topic: "sanctions" });
    expect(res.data!.member!.signatures.edges.map((e) => e.node.letter.sentOn)).toEqual(["2020-06-10"]);
    const dated = await server.run(MemberProfile, { id: AMASH, from: "2019-06-01", to: "2019-12-31" });
    expect(dated.data!.member!.signatures.edges.map((e) => e.node.letter.sentOn)).toEqual(["2019-09-10"]);
  });

  it("records the letters a member could have signed against those signed", async () => {
    // Khanna served in the House for the five House letters and the bicameral one, not the
    // three Senate letters, and signed the three Amash letters.
    const all = (await server.run(MemberProfile, { id: KHANNA })).data!.member!.record;
    expect(all).toMatchObject({ eligible: 6, signed: 3 });
    expect(all.letters.map((l) => [l.letter.sentOn, l.signed])).toEqual([
      ["2021-02-22", false],
      ["2020-10-23", false],
      ["2020-06-10", true],
      ["2019-09-10", true],
      ["2019-03-05", true],
      ["2018-10-10", false],
    ]);
    // On "sanctions": the seed letter (not signed) and the June 2020 letter (signed).
    const sanctions = (await server.run(MemberProfile, { id: KHANNA, topic: "sanctions" })).data!.member!.record;
    expect(sanctions).toMatchObject({ eligible: 2, signed: 1 });
    // Sherman signed the seed letter; senators' letters are never eligible for him.
    const sherman = (await server.run(MemberProfile, { id: SHERMAN, topic: "sanctions" })).data!.member!.record;
    expect(sherman).toMatchObject({ eligible: 2, signed: 1 });
    const disaster = (await server.run(MemberProfile, { id: SHERMAN, topic: "disaster-relief" })).data!.member!.record;
    expect(disaster).toMatchObject({ eligible: 1, signed: 0 }); // the bicameral letter only
  });
});

describe("node(id)", () => {
  it("round-trips the global ids of letters, members and signatures", async () => {
    const { data } = await server.run(LetterIds, { id: fx.ids[SEED] });
    const letter = data!.letter!;
    expect(letter.databaseId).toBe(fx.ids[SEED]);
    expect(letter.id).not.toBe(fx.ids[SEED]);
    expect((await server.run(LetterIds, { id: letter.id })).data!.letter!.databaseId).toBe(fx.ids[SEED]);
    const sig = letter.signatures.edges[0].node;
    const byNode = async (id: string) => (await server.run(NodeQuery, { id })).data!.node;
    expect(await byNode(letter.id)).toMatchObject({ __typename: "Letter", id: letter.id, sentOn: "2020-10-23" });
    expect(await byNode(sig.id)).toMatchObject({ __typename: "Signature", id: sig.id, printedName: "TJ Cox" });
    expect(await byNode(sig.member!.id)).toMatchObject({ __typename: "Member", id: sig.member!.id, bioguideId: "C001124" });
    expect(await byNode("not-an-id")).toBeNull();
    expect(await byNode(fx.ids[SEED])).toBeNull();
  });
});
