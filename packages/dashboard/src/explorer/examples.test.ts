import { describe, expect, it } from "vitest";
import { EXAMPLES, exampleOf, newestLetterId, withLetterId } from "./examples";

describe("explorer examples", () => {
  it("takes the variables from the header comment", () => {
    const e = exampleOf("/x/examples/delegation.graphql", '# Who did not sign\n# Variables: { "id": "1", "state": "CA" }\nquery Q { a }');
    expect(e.name).toBe("delegation");
    expect(JSON.parse(e.variables!)).toEqual({ id: "1", state: "CA" });
  });

  it("loads the repository's examples", () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
    for (const e of EXAMPLES) expect(e.query).toMatch(/query|mutation/);
  });
});

describe("explorer examples: a real letter id", () => {
  const examples = [
    exampleOf("/x/examples/delegation.graphql", '# Variables: { "id": "<letter id or uuid>", "state": "CA" }\nquery Q { a }'),
    exampleOf("/x/examples/stats.graphql", "query S { b }"),
  ];

  it("replaces the placeholder with the newest letter's id", () => {
    const [filled, untouched] = withLetterId(examples, "TGV0dGVyOjE=");
    expect(JSON.parse(filled.variables!)).toEqual({ id: "TGV0dGVyOjE=", state: "CA" });
    expect(untouched).toBe(examples[1]);
  });

  it("keeps the placeholder when there are no letters", () => {
    expect(withLetterId(examples, null)).toEqual(examples);
  });

  it("asks the API for the newest letter and falls back to null", async () => {
    const ok = (body: unknown) => (async () => new Response(JSON.stringify(body))) as unknown as typeof fetch;
    expect(await newestLetterId(ok({ data: { letters: { edges: [{ node: { id: "TGV0dGVyOjE=" } }] } } }))).toBe("TGV0dGVyOjE=");
    expect(await newestLetterId(ok({ data: { letters: { edges: [] } } }))).toBeNull();
    expect(await newestLetterId((async () => Promise.reject(new Error("offline"))) as unknown as typeof fetch)).toBeNull();
  });
});
