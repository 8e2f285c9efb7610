/**
 * The direct execution path (http/direct-execution.ts) answers exactly as Apollo's pipeline:
 * two servers over one database, one with DIRECT_EXECUTION off, get the same requests
 * (test/operations.ts). The direct server gets each twice: the first goes through Apollo (which
 * validates the document), the second runs directly. Status, headers and the body's bytes must
 * be equal, and the direct server must really have answered most of them itself.
 */
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "../test/harness";
import {
  dashboardRequests,
  errorPathRequests,
  exampleRequests,
  loadOperationFixture,
  type OperationIds,
  type RequestBody,
} from "../test/operations";

/** Headers that differ per request or per server by design. */
const VARYING = new Set(["date", "x-request-id", "connection", "keep-alive"]);
const NO_CACHE = { cache: { maxBytes: 0, versionPollMs: 1000 } };

let apollo: HttpTestServer;
let direct: HttpTestServer;
let ids: OperationIds;
let admin: Record<string, string>;

beforeAll(async () => {
  apollo = await startHttpServer({ directExecution: false, graphqlJit: false, ...NO_CACHE });
  direct = await startHttpServer(NO_CACHE, apollo.db);
  ({ ids, admin } = await loadOperationFixture(apollo));
}, 120_000);
afterAll(async () => {
  await direct?.close();
  await apollo?.close();
});

function answer(r: { status: number; headers: Headers; text: string }) {
  const headers = Object.fromEntries([...r.headers].filter(([name]) => !VARYING.has(name) && !name.startsWith("ratelimit")));
  return { status: r.status, headers, text: r.text };
}

/** The same request to both servers (twice to the direct one) must get the same answer. */
async function same(body: RequestBody, headers: Record<string, string> = {}, label = String(body.operationName ?? body.query)) {
  const expected = answer(await apollo.gql(body, headers));
  expect(answer(await direct.gql(body, headers)), label.slice(0, 200)).toEqual(expected);
  expect(answer(await direct.gql(body, headers)), label.slice(0, 200)).toEqual(expected);
  return expected;
}

describe("the direct path answers as Apollo does", () => {
  it("on every examples/*.graphql", async () => {
    for (const { file, body } of exampleRequests(ids)) expect((await same(body, admin, file)).status, file).toBe(200);
  });

  it("on every dashboard query, sent by hash", async () => {
    const requests = dashboardRequests(direct.app.schema, ids);
    expect(requests.length).toBeGreaterThan(20);
    for (const body of requests) await same(body, admin);
  });

  it("on errors: resolver errors, masked errors, bad variables, unknown operations, limits, anonymous callers", async () => {
    for (const body of errorPathRequests(ids)) await same(body);
    // The caller's role decides (a FORBIDDEN error with a path, then the answer for an admin).
    await same({ query: `{ reviewQueue { totalCount } }` }, admin);
  });

  it("on introspection (on outside production): the explorer's query", async () => {
    const res = await same({ query: getIntrospectionQuery() });
    expect(res.status).toBe(200);
  });

  it("with each Accept header Apollo negotiates (JSON, graphql-response+json, a type it refuses)", async () => {
    const body = { query: `{ letters(first: 1) { totalCount } }` };
    for (const accept of [
      "application/json",
      "application/graphql-response+json",
      "application/graphql-response+json,application/json;q=0.9",
      "text/html",
      "*/*",
      "",
    ]) {
      const a = await same(body, { accept }, accept);
      expect(a.status, accept).toBe(accept === "text/html" ? 406 : 200);
    }
  });

  it("answered most requests itself, and handed bad variables back to Apollo", () => {
    expect(apollo.app.direct).toBeNull();
    expect(direct.app.direct!.stats.answered).toBeGreaterThan(40);
    expect(direct.app.direct!.stats.handedBack).toBeGreaterThan(0); // `n: "ten"` and the bad date
  });
});

describe("with the response cache on", () => {
  let cached: HttpTestServer;
  let plain: HttpTestServer;
  beforeAll(async () => {
    cached = await startHttpServer({}, apollo.db);
    plain = await startHttpServer({ directExecution: false, graphqlJit: false }, apollo.db);
  });
  afterAll(async () => {
    await cached?.close();
    await plain?.close();
  });

  it("a direct answer sets the cache headers Apollo sets, is stored, and is then a hit", async () => {
    const body = { query: `query Count($n: Int) { letters(first: $n) { totalCount } }`, variables: { n: 1 } };
    const via = await plain.gql(body);
    await cached.gql({ ...body, variables: { n: 2 } }); // Apollo validates the document (another key)
    const before = cached.app.direct!.stats.answered;
    const first = await cached.gql(body);
    expect(cached.app.direct!.stats.answered).toBe(before + 1);
    expect(answer(first)).toEqual(answer(via));
    expect(first.headers.get("x-cache")).toBe("MISS");
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const second = await cached.gql(body);
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.text).toBe(first.text);
    expect(cached.app.direct!.stats.answered).toBe(before + 1);
  });

  it("a caller's own answer is private and never stored", async () => {
    const body = { query: `{ me { email role } }` };
    const expected = answer(await plain.gql(body, admin));
    await cached.gql(body, admin);
    const a = await cached.gql(body, admin);
    expect(answer(a)).toEqual(expected);
    expect(a.headers.get("cache-control")).toBe("private, no-store");
    expect((await cached.gql(body)).body.data.me).toBeNull();
  });
});
