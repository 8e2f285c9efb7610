/**
 * /graphql on plain node:http (graphql-endpoint.ts): what Express and its body parser used to do
 * for it, over real HTTP. (Refusals of hostile requests are in security/hostile.integration.test.ts.)
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "../test/harness";

let server: HttpTestServer;
beforeAll(async () => {
  server = await startHttpServer({ production: true });
});
afterAll(() => server?.close());

const typename = JSON.stringify({ query: "{ __typename }" });
const post = (path: string, headers: Record<string, string>, body: string | Uint8Array = typename) =>
  fetch(server.url + path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe("the /graphql endpoint", () => {
  it("answers at /graphql, /graphql/ and /GraphQL, with Content-Length and a request id", async () => {
    for (const path of ["/graphql", "/graphql/", "/GraphQL"]) {
      const res = await post(path, {});
      const text = await res.text();
      expect(res.status, path).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { __typename: "Query" } });
      expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("keeps a proxy's X-Request-Id when it looks like one, and replaces one that does not", async () => {
    expect((await post("/graphql", { "x-request-id": "edge-1234abcd" })).headers.get("x-request-id")).toBe("edge-1234abcd");
    expect((await post("/graphql", { "x-request-id": "<script>" })).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reads application/json with a UTF-8 charset, and refuses other charsets and content encodings with 415", async () => {
    expect((await post("/graphql", { "content-type": "application/json; charset=utf-8" })).status).toBe(200);
    const latin1 = await post("/graphql", { "content-type": "application/json; charset=latin1" });
    expect(latin1.status).toBe(415);
    expect(((await latin1.json()) as any).errors[0].extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const gzip = await post("/graphql", { "content-encoding": "gzip" }, gzipSync(typename));
    expect(gzip.status).toBe(415);
  });

  it("refuses a JSON body that is not an object or a list, and answers an empty one as a missing query", async () => {
    const bare = await post("/graphql", {}, '"{ __typename }"');
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
    expect((await post("/graphql", {}, "")).status).toBe(400);
  });

  it("serves GET queries with a preflight header (Apollo's CSRF rule)", async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("leaves every other path to the rest of the app", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/graphqlx`, { method: "POST" })).status).toBe(404);
  });
});
