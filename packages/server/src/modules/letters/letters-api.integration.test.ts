import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import type { LetterFilter, LetterOrder } from "../../test/gql/graphql";
import { startTestServer, type TestServer } from "../../test/harness";
import { AMASH, KHANNA, loadLetterFixture, SHERMAN, type Fixture } from "../../test/letters-fixture";
import { LettersService } from "./letters.service";

const LetterList = graphql(`
  query LetterList($filter: LetterFilter, $first: Int, $after: String, $orderBy: LetterOrder) {
    letters(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id databaseId sentOn chamber signerCount } }
    }
  }
`);

const LetterDetail = graphql(`
  query LetterDetail($id: ID!, $state: String!) {
    letter(id: $id) {
      id
      databaseId
      topics
      mentions { kind text role normalized count }
      breakdown { bipartisan byParty { party count } byState { state count } byRole { role count } }
      delegation(state: $state) {
        state
        date
        serving
        signed { bioguideId }
        notSigned { bioguideId fullName }
        members { member { bioguideId } chamber district party signed }
      }
    }
  }
`);

const LetterSignatures = graphql(`
  query LetterSignatures($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {
    letter(id: $id) {
      signatures(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { position state district party status member { bioguideId } } }
      }
    }
  }
`);

const SeedPages = graphql(`
  query SeedPages($id: ID!) {
    letter(id: $id) {
      signatures(first: 5) { edges { node { position } } }
      b: signatures(first: 5) { totalCount edges { node { position } } }
      c: signatures(first: 5, filter: { parties: [REPUBLICAN] }) { totalCount }
    }
    one: letter(id: $id) { signatures(first: 5) { edges { node { position } } } }
    letters(first: 20) { edges { node { databaseId signatures(first: 5) { totalCount edges { node { position } } } } } }
  }
`);

const StatsQuery = graphql(`
  query StatsQuery($filter: LetterFilter) {
    stats(filter: $filter) {
      letters
      signatures
      uniqueSigners
      byParty { party count }
      byState { state count }
      byMonth { month letters signatures }
      topSigners { letters member { bioguideId } }
      byTopic { topic letters }
    }
  }
`);

let server: TestServer;
let fx: Fixture;
const SEED = "2020-10-23-house-pompeo-artsakh";
const HURRICANE = "2018-10-10-bicameral-trump-hurricane-michael";

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
});
afterAll(() => server?.close());

async function list(filter: LetterFilter | null, orderBy?: LetterOrder, first = 100, after?: string) {
  const res = await server.run(LetterList, { filter, first, after, orderBy });
  expect(res.errors).toBeUndefined();
  return res.data!.letters;
}
const dates = async (filter: LetterFilter | null, orderBy?: LetterOrder) => (await list(filter, orderBy)).edges.map((e) => e.node.sentOn);

describe("letters: filters", () => {
  it("lists all nine letters, newest first", async () => {
    expect(await dates(null)).toEqual([
      "2025-02-13",
      "2023-10-04",
      "2021-02-22",
      "2020-10-23",
      "2020-06-10",
      "2019-09-10",
      "2019-03-05",
      "2019-02-13",
      "2018-10-10",
    ]);
  });

  it("filters by date range and chamber", async () => {
    expect(await dates({ dateFrom: "2019-01-01", dateTo: "2019-12-31" })).toEqual(["2019-09-10", "2019-03-05", "2019-02-13"]);
    expect(await dates({ dateFrom: "2020-10-23", dateTo: "2020-10-23" })).toEqual(["2020-10-23"]);
    expect(await dates({ chamber: "SENATE" })).toEqual(["2025-02-13", "2023-10-04", "2019-02-13"]);
    expect(await dates({ chamber: "BICAMERAL" })).toEqual(["2018-10-10"]);
    expect((await list({ chamber: "HOUSE" })).totalCount).toBe(5);
    const res = await server.run(LetterList, { filter: { dateFrom: "2021-01-01", dateTo: "2020-01-01" } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by recipient name or organisation, ignoring case", async () => {
    expect(await dates({ recipient: "pompeo" })).toEqual(["2020-10-23"]);
    expect(await dates({ recipient: "WHITE HOUSE" })).toEqual(["2025-02-13", "2018-10-10"]);
    expect(await dates({ recipient: "Department of the Treasury" })).toEqual(["2020-06-10", "2019-09-10", "2019-03-05"]);
    expect((await list({ recipient: "100%_" })).totalCount).toBe(0);
  });

  it("filters by topic tag, ignoring case", async () => {
    expect(await dates({ topic: "disaster-relief" })).toEqual(["2019-02-13", "2018-10-10"]);
    expect(await dates({ topic: "Sanctions" })).toEqual(["2020-10-23", "2020-06-10"]);
    expect((await list({ topic: "nothing-like-this" })).totalCount).toBe(0);
  });

  it("filters by mentioned entity, ignoring case and accents", async () => {
    expect(await dates({ mention: "Ilham Aliyev" })).toEqual(["2020-10-23"]);
    expect(await dates({ mention: "global magnitsky" })).toEqual(["2020-10-23", "2020-06-10"]);
    expect(await dates({ mention: "jose SANCHEZ" })).toEqual(["2021-02-22"]);
    expect(await dates({ mention: "Sánchez" })).toEqual(["2021-02-22"]);
  });

  it("searches the title and body, ranked by relevance on request", async () => {
    expect(await dates({ search: "Azerbaijan" })).toEqual(["2020-10-23"]);
    expect(await dates({ search: "hurricanes" })).toEqual(["2019-02-13", "2018-10-10"]);
    expect(await dates({ search: '"Hurricane Michael"' })).toEqual(["2018-10-10"]);
    // Stemming: "surveil" forms match; RELEVANCE puts 5 mentions before 2 before 1.
    expect(await dates({ search: "surveillance" }, "RELEVANCE")).toEqual(["2019-03-05", "2020-06-10", "2019-09-10"]);
    expect(await dates({ search: "surveillance" })).toEqual(["2020-06-10", "2019-09-10", "2019-03-05"]);
    expect(await dates({ search: "surveillance -mnuchin" })).toEqual([]);
    const res = await server.run(LetterList, { orderBy: "RELEVANCE" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by signers: all of given members, states, parties", async () => {
    expect(await dates({ signedBy: [AMASH] })).toEqual(["2020-06-10", "2019-09-10", "2019-03-05"]);
    expect(await dates({ signedBy: [AMASH, KHANNA] })).toEqual(["2020-06-10", "2019-09-10", "2019-03-05"]);
    expect(await dates({ signedBy: [AMASH, SHERMAN] })).toEqual([]);
    expect(await dates({ signedBy: [SHERMAN] })).toEqual(["2020-10-23"]);
    expect(await dates({ signerStates: ["GA"] })).toEqual(["2021-02-22", "2019-02-13"]);
    expect(await dates({ signerStates: ["ca"], chamber: "HOUSE" })).toEqual(["2020-10-23", "2020-06-10", "2019-09-10", "2019-03-05"]);
    // As of each letter's date: Amash was Independent in September 2019, Libertarian in June 2020.
    expect(await dates({ signerParties: ["INDEPENDENT"] })).toEqual(["2019-09-10"]);
    expect(await dates({ signerParties: ["LIBERTARIAN"] })).toEqual(["2020-06-10"]);
    expect(await dates({ signerParties: ["DEMOCRAT"], chamber: "SENATE" })).toEqual(["2019-02-13"]);
  });

  it("filters bipartisan letters (a Democrat and a Republican signed) and by signer count", async () => {
    expect(await dates({ bipartisan: true })).toEqual(["2020-10-23", "2020-06-10", "2019-09-10", "2019-03-05", "2019-02-13", "2018-10-10"]);
    expect(await dates({ bipartisan: false })).toEqual(["2025-02-13", "2023-10-04", "2021-02-22"]);
    expect(await dates({ minSigners: 13 })).toEqual(["2023-10-04", "2020-10-23", "2019-02-13", "2018-10-10"]);
    expect(await dates({ minSigners: 13, bipartisan: true, dateFrom: "2019-01-01" })).toEqual(["2020-10-23", "2019-02-13"]);
  });
});

describe("letters: order and keyset pagination", () => {
  it("orders by signer count, ties newest first", async () => {
    const page = await list(null, "SIGNER_COUNT");
    expect(page.edges.map((e) => [e.node.signerCount, e.node.sentOn])).toEqual([
      [51, "2020-10-23"],
      [22, "2018-10-10"],
      [13, "2023-10-04"],
      [13, "2019-02-13"],
      [9, "2025-02-13"],
      [6, "2021-02-22"],
      [3, "2020-06-10"],
      [3, "2019-09-10"],
      [3, "2019-03-05"],
    ]);
  });

  it.each([
    ["DATE", null],
    ["SIGNER_COUNT", null],
    ["RELEVANCE", { search: "surveillance or disaster or Azerbaijan" }],
  ] as const)("pages %s two at a time without losing or repeating a letter", async (orderBy, filter) => {
    const all = (await list(filter, orderBy)).edges.map((e) => e.node.id);
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(filter, orderBy, 2, after);
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all);
  });

  it("rejects a cursor of another order", async () => {
    const byDate = await list(null, "DATE", 2);
    const res = await server.run(LetterList, { first: 2, after: byDate.pageInfo.endCursor, orderBy: "SIGNER_COUNT" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a letter's signatures, breakdown, delegation, mentions and topics", () => {
  const detail = async (key: string, state: string) => {
    const res = await server.run(LetterDetail, { id: fx.ids[key], state });
    expect(res.errors).toBeUndefined();
    return res.data!.letter!;
  };

  it("breaks the seed letter down by party, state and role", async () => {
    const { breakdown } = await detail(SEED, "CA");
    expect(breakdown.bipartisan).toBe(true);
    expect(breakdown.byParty).toEqual([
      { party: "DEMOCRAT", count: 48 },
      { party: "REPUBLICAN", count: 3 },
    ]);
    expect(breakdown.byState[0]).toEqual({ state: "CA", count: 19 });
    expect(breakdown.byState.reduce((n, s) => n + s.count, 0)).toBe(51);
    expect(breakdown.byState).toHaveLength(17);
    expect(breakdown.byRole).toEqual([
      { role: "LEAD", count: 4 },
      { role: "COSIGNER", count: 47 },
    ]);
  });

  it("splits California's House delegation on 2020-10-23: 19 signed, 33 did not, of 52", async () => {
    const { delegation } = await detail(SEED, "ca");
    expect(delegation).toMatchObject({ state: "CA", date: "2020-10-23", serving: 52 });
    expect(delegation.signed).toHaveLength(19);
    expect(delegation.notSigned).toHaveLength(33);
    expect(delegation.signed.map((m) => m.bioguideId)).toContain(SHERMAN);
    expect(delegation.notSigned.map((m) => m.bioguideId)).toContain(KHANNA);
    expect(delegation.members.every((m) => m.chamber === "HOUSE" && m.district! >= 1)).toBe(true);
    const districts = delegation.members.map((m) => m.district!);
    expect(districts).toEqual([...districts].sort((a, b) => a - b));
  });

  it("takes both chambers for a bicameral letter", async () => {
    const { delegation } = await detail(HURRICANE, "FL");
    const senators = delegation.members.filter((m) => m.chamber === "SENATE");
    expect(senators.map((m) => m.signed)).toEqual([true, true]);
    expect(delegation.signed).toHaveLength(22);
    expect(delegation.serving).toBe(delegation.signed.length + delegation.notSigned.length);
    expect(delegation.members[0].chamber).toBe("SENATE");
  });

  it("gives a party switcher the party of the letter's date", async () => {
    const parties = [];
    for (const key of ["amash-r", "amash-i", "amash-l"]) {
      const l = await detail(key, "MI");
      const amash = l.delegation.members.find((m) => m.member.bioguideId === AMASH)!;
      expect(amash).toMatchObject({ signed: true, district: 3 });
      parties.push([amash.party, l.breakdown.byParty.map((p) => p.party).sort(), l.breakdown.bipartisan]);
    }
    expect(parties).toEqual([
      ["REPUBLICAN", ["DEMOCRAT", "REPUBLICAN"], true],
      ["INDEPENDENT", ["DEMOCRAT", "INDEPENDENT", "REPUBLICAN"], true],
      ["LIBERTARIAN", ["DEMOCRAT", "LIBERTARIAN", "REPUBLICAN"], true],
    ]);
  });

  it("rejects a state that is not a two-letter code", async () => {
    const res = await server.run(LetterDetail, { id: fx.ids[SEED], state: "California" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists mentions (most mentioned first) and topics", async () => {
    const l = await detail(SEED, "CA");
    expect(l.topics).toEqual(["armenia", "human-rights", "sanctions"]);
    expect(l.mentions[0]).toMatchObject({ kind: "PLACE", text: "Artsakh", count: 5 });
    expect(l.mentions.find((m) => m.text === "Ilham Aliyev")).toMatchObject({ kind: "PERSON", role: "President of Azerbaijan" });
  });

  it("filters signatures by district and status as well as state, party and role", async () => {
    const sigs = async (filter: object) => {
      const res = await server.run(LetterSignatures, { id: fx.ids[SEED], filter, first: 100 });
      expect(res.errors).toBeUndefined();
      return res.data!.letter!.signatures;
    };
    const sherman = await sigs({ states: ["CA"], districts: [30] });
    expect(sherman.edges.map((e) => e.node.member?.bioguideId)).toEqual([SHERMAN]);
    expect((await sigs({ statuses: ["MATCHED"] })).totalCount).toBe(51);
    expect((await sigs({ statuses: ["UNMATCHED", "AMBIGUOUS"] })).totalCount).toBe(0);
    expect((await sigs({ states: ["DC"], districts: [0] })).totalCount).toBe(1);
  });

  it("keeps totalCount on a page after the last signature", async () => {
    const first = await server.run(LetterSignatures, { id: fx.ids["amash-r"], first: 3 });
    const end = first.data!.letter!.signatures.pageInfo.endCursor;
    const after = await server.run(LetterSignatures, { id: fx.ids["amash-r"], first: 3, after: end });
    expect(after.data!.letter!.signatures).toMatchObject({ totalCount: 3, edges: [], pageInfo: { hasNextPage: false } });
  });

  it("counts a letter's signatures whether or not the page read its total, as a page of several letters does", async () => {
    // `one` reads its page with the letter (no total asked); the list's page of the same letter
    // is the same loader key, so it gets that page and counts only when asked.
    const res = await server.run(SeedPages, { id: fx.ids[SEED] });
    expect(res.errors).toBeUndefined();
    const { letter, one, letters } = res.data!;
    const inList = letters.edges.find((e) => e.node.databaseId === fx.ids[SEED])!.node.signatures;
    expect(letter!.b.totalCount).toBe(51);
    expect(inList.totalCount).toBe(51);
    expect(one!.signatures.edges.map((e) => e.node.position)).toEqual([1, 2, 3, 4, 5]);
    expect(inList.edges).toEqual(one!.signatures.edges);
    expect(letter!.b.edges).toEqual(one!.signatures.edges);
    expect(letter!.c.totalCount).toBeGreaterThan(0);
    expect(letter!.c.totalCount).toBeLessThan(51);
    // A page read with its letter without the total counts when asked (a loader may hand it to a field that asks).
    const plan = {
      filter: { parties: ["REPUBLICAN" as never] },
      first: 2,
      after: null,
      columns: ["id", "letter_id", "position", "bioguide_id"],
      memberColumns: null,
    };
    const found = await new LettersService(server.db).byIdWithSignatures(fx.ids[SEED], { signatures: { ...plan, total: false } });
    expect(typeof found!.page.totalCount).toBe("function");
    expect(await (found!.page.totalCount as () => Promise<number>)()).toBe(letter!.c.totalCount);
    const counted = await new LettersService(server.db).byIdWithSignatures(fx.ids[SEED], { signatures: { ...plan, total: true } });
    expect(counted!.page.totalCount).toBe(letter!.c.totalCount);
    expect(counted!.page.nodes.map((n) => n.position)).toEqual(found!.page.nodes.map((n) => n.position));
  });
});

describe("stats", () => {
  it("counts letters, signatures, unique signers, parties, states and months", async () => {
    const res = await server.run(StatsQuery, {});
    const s = res.data!.stats;
    expect(s).toMatchObject({ letters: 9, signatures: 22 + 13 + 51 + 6 + 13 + 9 + 3 * 3, uniqueSigners: 108 + 3 });
    expect(s.byParty).toEqual([
      { party: "DEMOCRAT", count: 68 + 3 },
      { party: "REPUBLICAN", count: 46 + 3 + 1 },
      { party: "INDEPENDENT", count: 1 },
      { party: "LIBERTARIAN", count: 1 },
    ]);
    expect(s.byState.slice(0, 2)).toEqual([
      { state: "FL", count: 26 },
      { state: "CA", count: 20 + 3 },
    ]);
    expect(s.byMonth.map((m) => [m.month, m.letters, m.signatures])).toEqual([
      ["2018-10", 1, 22],
      ["2019-02", 1, 13],
      ["2019-03", 1, 3],
      ["2019-09", 1, 3],
      ["2020-06", 1, 3],
      ["2020-10", 1, 51],
      ["2021-02", 1, 6],
      ["2023-10", 1, 13],
      ["2025-02", 1, 9],
    ]);
  });

  it("takes the letters filter", async () => {
    const senate = (await server.run(StatsQuery, { filter: { chamber: "SENATE" } })).data!.stats;
    expect(senate).toMatchObject({ letters: 3, signatures: 35, uniqueSigners: 30 });
    const amash = (await server.run(StatsQuery, { filter: { signedBy: [AMASH] } })).data!.stats;
    expect(amash).toMatchObject({ letters: 3, signatures: 9, uniqueSigners: 3 });
    expect(amash.byParty).toEqual([
      { party: "REPUBLICAN", count: 4 },
      { party: "DEMOCRAT", count: 3 },
      { party: "INDEPENDENT", count: 1 },
      { party: "LIBERTARIAN", count: 1 },
    ]);
    const none = (await server.run(StatsQuery, { filter: { topic: "no-such-topic" } })).data!.stats;
    expect(none).toMatchObject({ letters: 0, signatures: 0, uniqueSigners: 0, byParty: [], byMonth: [], topSigners: [], byTopic: [] });
  });

  it("ranks the most active signers and the topics in use", async () => {
    const all = (await server.run(StatsQuery, {})).data!.stats;
    expect(all.topSigners).toHaveLength(25);
    expect(all.topSigners[0]).toMatchObject({ letters: 3 });
    expect(all.topSigners.map((s) => s.member.bioguideId)).toContain(AMASH);
    expect(all.topSigners.map((s) => s.letters)).toEqual([...all.topSigners.map((s) => s.letters)].sort((a, b) => b - a));
    expect(all.byTopic.slice(0, 3)).toEqual([
      { topic: "surveillance", letters: 3 },
      { topic: "appropriations", letters: 2 },
      { topic: "disaster-relief", letters: 2 },
    ]);
    const amash = (await server.run(StatsQuery, { filter: { signedBy: [AMASH] } })).data!.stats;
    expect(amash.byTopic).toEqual([
      { topic: "surveillance", letters: 3 },
      { topic: "sanctions", letters: 1 },
    ]);
  });
});
