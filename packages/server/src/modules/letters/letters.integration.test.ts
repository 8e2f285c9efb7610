import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportService } from "../importing/import.service";
import { graphql } from "../../test/gql";
import { readLetter, SEED_LETTER, startTestServer, syncReferenceMembers, type TestServer } from "../../test/harness";

const LetterSigners = graphql(`
  query LetterSigners($id: ID!, $filter: SignatureFilter, $first: Int, $after: String) {
    letter(id: $id) {
      id
      title
      sentOn
      chamber
      signerCount
      isDemo
      recipients { name title organization }
      signatures(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { printedName role position status state district party member { bioguideId fullName } } }
      }
    }
  }
`);

const Letters = graphql(`
  query Letters($first: Int, $after: String, $filter: LetterFilter) {
    letters(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id sentOn title isDemo } }
    }
  }
`);

let server: TestServer;
let letterId: string;

beforeAll(async () => {
  server = await startTestServer();
  await syncReferenceMembers(server.db);
  const out = await new ImportService(server.db).import(await readLetter(SEED_LETTER), { sourceName: `${SEED_LETTER}.md` });
  letterId = out.letterId;
});
afterAll(() => server?.close());

const signers = async (filter: Record<string, unknown> | null, first = 100, after?: string) => {
  const res = await server.run(LetterSigners, { id: letterId, filter, first, after });
  expect(res.errors).toBeUndefined();
  return res.data!.letter!.signatures;
};

describe("the seed letter through GraphQL", () => {
  it("has its date, chamber, recipient and 51 signers in document order", async () => {
    const res = await server.run(LetterSigners, { id: letterId });
    const letter = res.data!.letter!;
    expect(letter).toMatchObject({ sentOn: "2020-10-23", chamber: "HOUSE", signerCount: 51, isDemo: false });
    expect(letter.recipients[0]).toMatchObject({ name: "Mike Pompeo", title: "Secretary of State" });
    const nodes = letter.signatures.edges.map((e) => e.node);
    expect(nodes.map((n) => n.position)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(nodes.slice(0, 4).map((n) => n.role)).toEqual(["LEAD", "LEAD", "LEAD", "LEAD"]);
    expect(nodes.slice(4).every((n) => n.role === "COSIGNER")).toBe(true);
    expect(nodes.every((n) => n.status === "MATCHED" && n.member)).toBe(true);
  });

  it("filters signers by state: 19 from California", async () => {
    const page = await signers({ states: ["CA"] });
    expect(page.totalCount).toBe(19);
    expect(page.edges.every((e) => e.node.state === "CA")).toBe(true);
  });

  it("filters signers by party as of the letter's date: 3 Republicans", async () => {
    const page = await signers({ parties: ["REPUBLICAN"] });
    expect(page.edges.map((e) => [e.node.member!.fullName, e.node.state])).toEqual([
      ["Gus M. Bilirakis", "FL"],
      ["Steve King", "IA"],
      ["Brian K. Fitzpatrick", "PA"],
    ]);
  });

  it("filters by role and combines filters", async () => {
    expect((await signers({ roles: ["LEAD"] })).totalCount).toBe(4);
    expect((await signers({ roles: ["LEAD"], states: ["CA"] })).totalCount).toBe(3);
    expect((await signers({ states: ["DC"] })).edges.map((e) => e.node.printedName)).toEqual(["Eleanor Holmes Norton"]);
  });

  it("pages with cursors without losing or repeating anyone", async () => {
    const seen: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await signers(null, 20, after);
      seen.push(...page.edges.map((e) => e.node.position));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
  });

  it("rejects a page size outside 1..100 and a foreign cursor with BAD_USER_INPUT", async () => {
    for (const first of [0, 101]) {
      const res = await server.run(LetterSigners, { id: letterId, first });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    const res = await server.run(Letters, { after: "not-a-cursor" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists letters with a total and filters by date", async () => {
    const all = await server.run(Letters, {});
    expect(all.data!.letters.totalCount).toBe(1);
    const none = await server.run(Letters, { filter: { dateFrom: "2021-01-01" } });
    expect(none.data!.letters.totalCount).toBe(0);
  });
});
