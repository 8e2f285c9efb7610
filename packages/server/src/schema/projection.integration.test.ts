/**
 * Lists read only the columns a query selects (schema/projection.ts). What must hold: every
 * selected field still has its value, whatever aliases and fragments the query uses, and a member
 * read with only some columns never stands in for the whole member elsewhere in the same request.
 */
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countStatements, startTestServer, type TestServer } from "../test/harness";
import { loadLetterFixture, SHERMAN, type Fixture } from "../test/letters-fixture";

let server: TestServer;
let fx: Fixture;
const SEED = "2020-10-23-house-pompeo-artsakh";

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
});
afterAll(() => server?.close());

const doc = (text: string) => parse(text) as TypedDocumentNode<any, any>;
async function run(text: string, variables: Record<string, unknown> = {}) {
  const res = await server.run(doc(text), variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const shermanRow = async () =>
  (
    await server.db.query<{ full_name: string; last_name: string; birthday: string | null }>(
      `SELECT full_name, last_name, birthday FROM member WHERE bioguide_id = $1`,
      [SHERMAN],
    )
  )[0];

describe("projected lists", () => {
  it("fill every field selected under aliases and fragments of one signatures field", async () => {
    const data = await run(
      `query ($id: ID!) { letter(id: $id) { signatures(first: 100) {
         a: edges { node { printedName member { fullName } } }
         b: edges { node { ...Where member { ... on Member { lastName birthday } } } }
       } } }
       fragment Where on Signature { party state district role }`,
      { id: fx.ids[SEED] },
    );
    const { a, b } = data.letter.signatures;
    expect(a).toHaveLength(51);
    const i = a.findIndex((e: any) => e.node.member?.fullName && b[a.indexOf(e)].node.member?.lastName === "Sherman");
    expect(i).toBeGreaterThanOrEqual(0);
    const row = await shermanRow();
    expect(a[i].node.member.fullName).toBe(row.full_name);
    expect(b[i].node).toMatchObject({
      party: "DEMOCRAT",
      state: "CA",
      role: expect.any(String),
      member: { lastName: row.last_name, birthday: row.birthday },
    });
    expect(b.every((e: any) => e.node.state && e.node.party && e.node.role)).toBe(true);
  });

  it("never hand a partly read member to another field of the same request", async () => {
    const data = await run(
      `query ($id: ID!, $who: String!) {
         letter(id: $id) { signatures(first: 100) { edges { node { member { fullName } } } } }
         member(bioguideId: $who) { fullName lastName birthday }
       }`,
      { id: fx.ids[SEED], who: SHERMAN },
    );
    const row = await shermanRow();
    expect(data.member).toEqual({ fullName: row.full_name, lastName: row.last_name, birthday: row.birthday });
  });

  it("read the letter fields a list selects under two aliases of its edges", async () => {
    const stored = await server.db.query<{ title: string; body: string | null }>(`SELECT title, body FROM letter WHERE id = $1`, [
      fx.ids[SEED],
    ]);
    const data = await run(
      `{ letters(first: 100) { a: edges { node { databaseId title } } b: edges { node { databaseId body sentOn } } } }`,
    );
    const a = data.letters.a.find((e: any) => e.node.databaseId === fx.ids[SEED]);
    const b = data.letters.b.find((e: any) => e.node.databaseId === fx.ids[SEED]);
    expect(a.node.title).toBe(stored[0].title);
    expect(b.node).toEqual({ databaseId: fx.ids[SEED], body: stored[0].body, sentOn: "2020-10-23" });
  });

  it("read each delegation selection's member columns, whether loaded with the letter or by the loader", async () => {
    const stored = new Map(
      (
        await server.db.query<{ bioguide_id: string; full_name: string; birthday: string | null }>(
          `SELECT bioguide_id, full_name, birthday FROM member`,
        )
      ).map((r) => [r.bioguide_id, r]),
    );
    const selection = `a: delegation(state: "CA") { notSigned { bioguideId fullName } }
                       b: delegation(state: "CA") { signed { bioguideId } members { member { bioguideId birthday } signed } }`;
    const one = (await run(`query ($id: ID!) { letter(id: $id) { ${selection} } }`, { id: fx.ids[SEED] })).letter;
    const list = (await run(`{ letters(first: 100) { edges { node { databaseId ${selection} } } } }`)).letters.edges
      .map((e: any) => e.node)
      .find((n: any) => n.databaseId === fx.ids[SEED]);
    for (const letter of [one, list]) {
      expect(letter.a.notSigned).toHaveLength(33);
      for (const m of letter.a.notSigned) expect(m.fullName).toBe(stored.get(m.bioguideId)!.full_name);
      expect(letter.b.members).toHaveLength(52);
      for (const { member } of letter.b.members) expect(member.birthday).toBe(stored.get(member.bioguideId)!.birthday);
      expect(letter.b.signed).toHaveLength(19);
    }
  });

  it("read only the signers or only the non-signers when a delegation selection asks for that list alone", async () => {
    const whole = `delegation(state: "CA") { serving signed { bioguideId } notSigned { bioguideId fullName } }`;
    const alone = [`delegation(state: "CA") { notSigned { bioguideId fullName } }`, `delegation(state: "CA") { signed { bioguideId } }`];
    const ofLetter = async (selection: string) =>
      (await run(`query ($id: ID!) { letter(id: $id) { ${selection} } }`, { id: fx.ids[SEED] })).letter;
    const inList = async (selection: string) =>
      (await run(`{ letters(first: 100) { edges { node { databaseId ${selection} } } } }`)).letters.edges
        .map((e: any) => e.node)
        .find((n: any) => n.databaseId === fx.ids[SEED]);
    for (const read of [ofLetter, inList]) {
      const all = (await read(whole)).delegation;
      expect(all.serving).toBe(52);
      expect(all.notSigned).toHaveLength(33);
      expect(all.signed).toHaveLength(19);
      // The same members in the same order (senators first, then by district), read on their own.
      expect((await read(alone[0])).delegation.notSigned).toEqual(all.notSigned);
      expect((await read(alone[1])).delegation.signed).toEqual(all.signed);
      // `serving` asked in a fragment still counts the whole delegation.
      const spread = (await read(`delegation(state: "CA") { notSigned { bioguideId fullName } ... on Delegation { serving } }`)).delegation;
      expect(spread).toEqual({ notSigned: all.notSigned, serving: 52 });
      // `members` without its `member` still lists everyone, with their party and whether they signed.
      const listed = (await read(`delegation(state: "CA") { notSigned { bioguideId fullName } members { party signed } }`)).delegation;
      expect(listed.notSigned).toEqual(all.notSigned);
      expect(listed.members).toHaveLength(52);
      expect(listed.members.filter((m: any) => m.signed)).toHaveLength(19);
      expect(listed.members.every((m: any) => m.party !== null)).toBe(true);
      // Two narrow selections side by side (one statement for both): each its own list.
      const both = await read(`a: ${alone[0]} b: ${alone[1]}`);
      expect([both.a.notSigned, both.b.signed]).toEqual([all.notSigned, all.signed]);
    }
    // One statement with the letter; the non-signers alone come as 33 rows, not 52.
    const query = vi.spyOn(server.db, "query");
    try {
      await ofLetter(alone[0]);
      expect(query).toHaveBeenCalledTimes(1);
      const [letter] = await query.mock.results[0].value;
      expect(letter.delegation_rows).toHaveLength(33);
    } finally {
      query.mockRestore();
    }
  });

  it("read a letter with one page of its signatures in one statement, the same page the field reads alone", async () => {
    const page = `signatures(first: 30, filter: { states: ["CA"] }) {
      totalCount pageInfo { endCursor hasNextPage } edges { cursor node { position printedName party member { fullName } } } }`;
    const query = (selection: string) => `query ($id: ID!) { letter(id: $id) { title ${selection} } }`;
    let ahead: any;
    const statements = await countStatements(server.db, async () => {
      ahead = (await run(query(page), { id: fx.ids[SEED] })).letter;
    });
    expect(statements).toBe(1);
    expect(ahead.signatures.totalCount).toBe(19);
    expect(ahead.signatures.edges).toHaveLength(19);
    // Two selections of `signatures` take the usual path: each field loads its own page.
    const usual = (await run(query(`a: ${page} b: signatures(first: 1) { totalCount }`), { id: fx.ids[SEED] })).letter;
    expect(usual.a).toEqual(ahead.signatures);
    expect(usual.title).toBe(ahead.title);
  });

  it("leave a bad signatures argument to the signatures field, which reports it", async () => {
    const res = await server.run(doc(`query ($id: ID!) { letter(id: $id) { title signatures(after: "nonsense") { totalCount } } }`), {
      id: fx.ids[SEED],
    });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((res.errors?.[0] as { path?: unknown[] }).path).toEqual(["letter", "signatures"]);
  });

  it("read each signed letter's selected columns with a member's signatures, in the same statement", async () => {
    const query = `query ($who: String!) { member(bioguideId: $who) { signatures(first: 100) { edges { node {
      position letter { databaseId title sentOn chamber signerCount } } } } } }`;
    let data: any;
    const statements = await countStatements(server.db, async () => {
      data = await run(query, { who: SHERMAN });
    });
    expect(statements).toBe(2); // the member, then the page with its letters
    const edges = data.member.signatures.edges;
    expect(edges.length).toBeGreaterThan(0);
    const stored = new Map(
      (
        await server.db.query<{ id: string; title: string; sent_on: string; chamber: string; signer_count: number }>(
          `SELECT id, title, sent_on, chamber, signer_count FROM letter`,
        )
      ).map((r) => [r.id, r]),
    );
    for (const { node } of edges) {
      const row = stored.get(node.letter.databaseId)!;
      expect(node.letter).toEqual({
        databaseId: row.id,
        title: row.title,
        sentOn: row.sent_on,
        chamber: row.chamber,
        signerCount: row.signer_count,
      });
    }
    expect(edges.map((e: any) => e.node.letter.databaseId)).toContain(fx.ids[SEED]);
  });

  it("read the letter's selected columns on each path of letter(id): alone, with a delegation, with a page of signatures", async () => {
    const [row] = await server.db.query<{ title: string; body: string | null; chamber: string }>(
      `SELECT title, body, chamber FROM letter WHERE id = $1`,
      [fx.ids[SEED]],
    );
    const id = fx.ids[SEED];
    expect((await run(`query ($id: ID!) { letter(id: $id) { body } }`, { id })).letter).toEqual({ body: row.body });
    expect((await run(`query ($id: ID!) { letter(id: $id) { title delegation(state: "CA") { serving } } }`, { id })).letter).toEqual({
      title: row.title,
      delegation: { serving: 52 },
    });
    expect((await run(`query ($id: ID!) { letter(id: $id) { chamber signatures(first: 1) { totalCount } } }`, { id })).letter).toEqual({
      chamber: row.chamber,
      signatures: { totalCount: 51 },
    });
  });
  it("read only the member columns a members page selects, and its cursor's", async () => {
    const statements: string[] = [];
    const original = server.db.query;
    server.db.query = function (this: typeof server.db, ...args: Parameters<typeof original>) {
      statements.push(String(args[0]));
      return original.apply(this, args);
    } as typeof original;
    let page1: any, page2: any;
    try {
      page1 = await run(`{ members(first: 2, filter: { states: ["CA"] }) { edges { node { fullName } } pageInfo { endCursor } } }`);
      page2 = await run(
        `query ($after: String) { members(first: 2, filter: { states: ["CA"] }, after: $after) { edges { node { fullName ...B } } } }
         fragment B on Member { birthday }`,
        { after: page1.members.pageInfo.endCursor },
      );
    } finally {
      server.db.query = original;
    }
    const selected = statements
      .map((sql) => /^SELECT (.*?) FROM member m /s.exec(sql.trim())?.[1])
      .filter(Boolean)
      .map((list) => list!.split(", ").sort());
    expect(selected).toEqual([
      ["m.bioguide_id", "m.first_name", "m.full_name", "m.last_name"],
      ["m.bioguide_id", "m.birthday", "m.first_name", "m.full_name", "m.last_name"],
    ]);
    const all = await server.db.query<{ full_name: string; birthday: string | null }>(
      `SELECT m.full_name, m.birthday FROM member m
        WHERE EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = m.bioguide_id AND sp.state = 'CA')
        ORDER BY m.last_name, m.first_name, m.bioguide_id LIMIT 4`,
    );
    expect(page1.members.edges.map((e: any) => e.node.fullName)).toEqual(all.slice(0, 2).map((r) => r.full_name));
    expect(page2.members.edges.map((e: any) => e.node)).toEqual(
      all.slice(2, 4).map((r) => ({ fullName: r.full_name, birthday: r.birthday })),
    );
  });
});
