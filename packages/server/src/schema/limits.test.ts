import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "./build-schema";
import { operationCost } from "./limits";

const cost = async (query: string) => operationCost({ schema: await buildAppSchema(), document: parse(query) });

describe("query cost", () => {
  it("charges nothing for the __typename Apollo Client adds to every selection set", async () => {
    const plain = await cost(`{ letters(first: 20) { totalCount edges { node { title sentOn } } } }`);
    const withTypenames = await cost(
      `{ __typename letters(first: 20) { __typename totalCount edges { __typename node { __typename title sentOn } } } }`,
    );
    expect(plain).toBe(1 + 20 * 5); // letters: 20 x (totalCount, edges, node, title, sentOn)
    expect(withTypenames).toBe(plain);
  });

  it("still charges real fields", async () => {
    expect(await cost(`{ letters(first: 20) { edges { node { title } } } }`)).toBe(1 + 20 * 3);
  });
});
