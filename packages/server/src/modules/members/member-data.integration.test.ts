import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import { referenceLegislators, startTestServer, syncReferenceMembers, type TestServer } from "../../test/harness";

const MemberDataQuery = graphql(`
  query MemberDataCoverage {
    memberData { coversFrom coversTo termCount }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("memberData: what the loaded member data covers", () => {
  it("is empty before any members are loaded", async () => {
    const res = await server.run(MemberDataQuery, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.memberData).toEqual({ coversFrom: null, coversTo: null, termCount: 0 });
  });

  it("spans the earliest term start to the latest term end of the reference data", async () => {
    await syncReferenceMembers(server.db);
    const terms = (await referenceLegislators()).flatMap((l) => l.terms);
    const from = terms.map((t) => t.start).sort()[0];
    const to = terms
      .map((t) => t.end)
      .sort()
      .at(-1);
    const res = await server.run(MemberDataQuery, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.memberData).toEqual({ coversFrom: from, coversTo: to, termCount: terms.length });
    // A real snapshot: the data ends on a definite day, which the state page uses instead of "today".
    expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
