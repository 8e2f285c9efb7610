import { describe, expect, it } from "vitest";
import { EXAMPLES, exampleOf } from "./examples";

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
