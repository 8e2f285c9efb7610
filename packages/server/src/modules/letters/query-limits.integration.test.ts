import { getIntrospectionQuery, parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import { countStatements as countHarnessStatements, startTestServer, type TestServer } from "../../test/harness";
import { loadLetterFixture, type Fixture } from "../../test/letters-fixture";
import { MAX_COST, MAX_DEPTH } from "../../schema/limits";

const OneStatementStats = graphql(`query OneStatementStats { stats { byParty { party count } byState { state count } } }`);
const OneStatementDelegation = graphql(`
  query OneStatementDelegation($id: ID!) { letter(id: $id) { title delegation(state: "CA") { serving notSigned { bioguideId } } } }
`);
const OneStatementPage = graphql(`query OneStatementPage { letters(first: 5) { edges { node { title } } pageInfo { hasNextPage } } }`);

const NestedPage = graphql(`
  query NestedPage($first: Int!, $signers: Int!) {
    letters(first: $first) {
      edges {
        node {
          id
          title
          topics
          breakdown { bipartisan byParty { party count } }
          signatures(first: $signers) { totalCount edges { node { position party member { bioguideId fullName } } } }
        }
      }
    }
  }
`);

const TooDeep = graphql(`
  query TooDeep($id: ID!) {
    letter(id: $id) {
      signatures { edges { node { letter { signatures { edges { node { letter { signatures { edges { node { position } } } } } } } } } } }
    }
  }
`);

const TooCostly = graphql(`
  query TooCostly($first: Int) {
    letters(first: $first) { edges { node { signatures(first: 100) { edges { node { member { fullName } } } } } } }
  }
`);

const PageSizes = graphql(`
  query PageSizes($letters: Int, $members: Int, $coSigners: Int) {
    letters(first: $letters) { totalCount }
    members(first: $members) { totalCount }
    member(bioguideId: "S000344") { coSigners(first: $coSigners) { count } }
  }
`);

let server: TestServer;
let fx: Fixture;
const SEED = "2020-10-23-house-pompeo-artsakh";

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
  // 120 more letters, each with the seed letter's 51 signatures, so that pages of 100 are full.
  await server.db.query(
    `INSERT INTO letter (title, sent_on, chamber, recipients, body, content_hash, signer_count)
     SELECT 'Copy ' || g, date '2022-01-01' + g, 'HOUSE', '[]', 'copy', md5('copy' || g), 51 FROM generate_series(1, 120) g`,
  );
  await server.db.query(
    `INSERT INTO signature (letter_id, position, printed_name, role, status, confidence, bioguide_id, state, district, party)
     SELECT l.id, s.position, s.printed_name, s.role, s.status, s.confidence, s.bioguide_id, s.state, s.district, s.party
       FROM letter l, signature s WHERE l.title LIKE 'Copy %' AND s.letter_id = $1`,
    [fx.ids[SEED]],
  );
});
afterAll(() => server?.close());

const countStatements = (work: () => Promise<unknown>) => countHarnessStatements(server.db, work);

describe("statements per request", () => {
  it("do not grow with the page size, nested signatures and members included", async () => {
    const run = (first: number) => async () => {
      const res = await server.run(NestedPage, { first, signers: 10 });
      expect(res.errors).toBeUndefined();
      const edges = res.data!.letters.edges;
      expect(edges).toHaveLength(first);
      expect(edges.every((e) => e.node.signatures.edges.length === Math.min(10, e.node.signatures.totalCount))).toBe(true);
      expect(edges.every((e) => e.node.signatures.edges[0].node.member?.fullName)).toBe(true);
    };
    const ten = await countStatements(run(10));
    const hundred = await countStatements(run(100));
    expect(ten).toBe(hundred);
    // letters + topics + breakdowns + signatures with their members: one statement each (no
    // count: the query does not select the letters' totalCount).
    expect(hundred).toBe(4);
  });

  it("are one for stats, for a letter with a delegation, and for a page without totalCount", async () => {
    const one = async (work: () => Promise<{ errors?: unknown }>) => {
      let errors: unknown;
      const n = await countStatements(async () => ({ errors } = await work()));
      expect(errors).toBeUndefined();
      return n;
    };
    expect(await one(() => server.run(OneStatementStats, {}))).toBe(1);
    expect(await one(() => server.run(OneStatementDelegation, { id: fx.ids[SEED] }))).toBe(1);
    expect(await one(() => server.run(OneStatementPage, {}))).toBe(1);
    const missing = await server.run(OneStatementDelegation, { id: "00000000-0000-4000-8000-000000000000" });
    expect(missing.data?.letter).toBeNull();
  });
});

describe("limits", () => {
  it("rejects page sizes outside 1..100 with BAD_USER_INPUT", async () => {
    for (const vars of [{ letters: 0 }, { letters: 101 }, { members: 500 }, { coSigners: 0 }]) {
      const res = await server.run(PageSizes, vars);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe("BAD_USER_INPUT");
    }
    const ok = await server.run(PageSizes, { letters: 100, members: 100, coSigners: 100 });
    expect(ok.errors).toBeUndefined();
  });

  it(`rejects a query deeper than ${MAX_DEPTH} with QUERY_TOO_COMPLEX`, async () => {
    const res = await server.run(TooDeep, { id: fx.ids[SEED] });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", depth: 13, maxDepth: MAX_DEPTH });
    expect(res.errors?.[0].message).toMatch(/13 fields deep; the limit is 12/);
  });

  it(`rejects a query that could cost more than ${MAX_COST}, counting connections by first`, async () => {
    const res = await server.run(TooCostly, { first: 100 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxCost: MAX_COST });
    expect(res.errors?.[0].extensions?.cost).toBeGreaterThan(MAX_COST);
    const small = await server.run(TooCostly, { first: 2 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.letters.edges).toHaveLength(2);
  });

  it("lets the introspection query through", async () => {
    const doc = parse(getIntrospectionQuery()) as TypedDocumentNode<{ __schema: { types: unknown[] } }, Record<string, never>>;
    const res = await server.run(doc, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.types.length).toBeGreaterThan(20);
  });
});
