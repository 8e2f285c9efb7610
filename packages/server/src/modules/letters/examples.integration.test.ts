/** Every query in /examples runs against the fixture letters and answers what it promises. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../config";
import { startTestServer, type TestServer } from "../../test/harness";
import { KHANNA, loadLetterFixture, type Fixture } from "../../test/letters-fixture";
import { syncReferenceCommittees } from "../../test/committees-fixture";
import { GroupsService } from "../groups/groups.service";

const EXAMPLES = path.join(REPO_ROOT, "examples");
const SEED = "2020-10-23-house-pompeo-artsakh";

let server: TestServer;
let fx: Fixture;
let groupId: string;

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
  await syncReferenceCommittees(server.db);
  const group = await new GroupsService(server.db).create(
    { id: null, label: "test" },
    { name: "Champions", bioguideIds: ["S000344", "P000197", "A000367"] },
  );
  groupId = group.id;
}, 240_000);
afterAll(() => server?.close());

async function example(file: string, variables: Record<string, unknown>): Promise<any> {
  const doc = parse(await readFile(path.join(EXAMPLES, file), "utf8")) as TypedDocumentNode<any, Record<string, unknown>>;
  const res = await server.run(doc, variables);
  expect(res.errors, file).toBeUndefined();
  return res.data;
}

/** What each example must answer on the fixture. */
const checks: Record<string, () => Promise<void>> = {
  "letters-on-a-topic.graphql": async () => {
    const { letters } = await example("letters-on-a-topic.graphql", { topic: "sanctions" });
    expect(letters.edges.map((e: any) => [e.node.sentOn, e.node.breakdown.bipartisan])).toEqual([
      ["2020-10-23", true],
      ["2020-06-10", true],
    ]);
  },
  "letter-signers-from-a-state.graphql": async () => {
    const { letter } = await example("letter-signers-from-a-state.graphql", { id: fx.ids[SEED], state: "CA" });
    expect(letter.signatures.totalCount).toBe(19);
  },
  "delegation-non-signers.graphql": async () => {
    const { letter } = await example("delegation-non-signers.graphql", { id: fx.ids[SEED], state: "CA" });
    expect([letter.delegation.serving, letter.delegation.signed.length, letter.delegation.notSigned.length]).toEqual([52, 19, 33]);
  },
  "committee-non-signers.graphql": async () => {
    const { letter } = await example("committee-non-signers.graphql", { id: fx.ids[SEED], committee: "HSFA" });
    expect([letter.gap.serving, letter.gap.signedCount, letter.gap.notSignedCount, letter.gap.notSigned.length]).toEqual([47, 8, 39, 39]);
  },
  "group-vs-letter.graphql": async () => {
    const { letter } = await example("group-vs-letter.graphql", { id: fx.ids[SEED], group: groupId });
    expect(letter.gap.signed.map((m: any) => m.member.bioguideId)).toEqual(["S000344"]);
    expect(letter.gap.notSigned.map((m: any) => m.member.bioguideId).sort()).toEqual(["A000367", "P000197"]);
  },
  "member-record.graphql": async () => {
    const { member } = await example("member-record.graphql", { bioguideId: KHANNA, topic: "sanctions" });
    expect(member.record).toMatchObject({ eligible: 2, signed: 1 });
    expect(member.letterCount).toBe(3);
  },
  "search-letters.graphql": async () => {
    const { letters } = await example("search-letters.graphql", { search: "surveillance" });
    expect(letters.edges.map((e: any) => e.node.sentOn)).toEqual(["2019-03-05", "2020-06-10", "2019-09-10"]);
  },
  "stats-by-party.graphql": async () => {
    const { stats } = await example("stats-by-party.graphql", { filter: { chamber: "SENATE" } });
    expect(stats).toMatchObject({ letters: 3, signatures: 35, uniqueSigners: 30 });
  },
};

describe("examples/*.graphql", () => {
  it("has a check for every example", async () => {
    const files = (await readdir(EXAMPLES)).filter((f) => f.endsWith(".graphql")).sort();
    expect(files).toEqual(Object.keys(checks).sort());
  });

  it.each(Object.keys(checks))("%s runs and answers", async (file) => {
    await checks[file]();
  });
});
