import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config";
import { buildAppSchema } from "./build-schema";

/** The README's GraphQL examples must stay valid against the schema the code builds. */
describe("README examples", () => {
  it("are valid operations", async () => {
    const readme = await readFile(path.join(REPO_ROOT, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const schema = await buildAppSchema();
    for (const block of blocks) {
      expect(
        validate(schema, parse(block)).map((e) => e.message),
        block,
      ).toEqual([]);
    }
  });
});
