/**
 * Hostile requests over real HTTP against the production configuration (introspection off):
 * each is refused with its status and code, no answer carries a stack trace or a schema hint,
 * and the server stays alive.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, startHttpServer, type HttpTestServer } from "../test/harness";

let server: HttpTestServer;
const seen: string[] = [];

beforeAll(async () => {
  // The body limit follows the largest document upload (DOCUMENT_MAX_MB, base64); a small one keeps it at 1 MB here.
  const documentMax = process.env.DOCUMENT_MAX_MB;
  process.env.DOCUMENT_MAX_MB = "0.5";
  server = await startHttpServer({ production: true, introspection: false });
  if (documentMax === undefined) delete process.env.DOCUMENT_MAX_MB;
  else process.env.DOCUMENT_MAX_MB = documentMax;
});
afterAll(() => server?.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await server.gql(body, headers);
  seen.push(JSON.stringify(res.body));
  return res;
}
async function raw(path: string, init: RequestInit = {}) {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  seen.push(text);
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* keep text */
  }
  return { status: res.status, body, headers: res.headers };
}
const codeOf = (r: { body: any }) => r.body?.errors?.[0]?.extensions?.code;
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(" ");

type Case = [name: string, send: () => Promise<{ status: number; body: any }>, status: number, code: string, limit?: string];

const deep = (n: number): string => (n === 0 ? "id" : `signatures(first: 1) { edges { node { letter { ${deep(n - 1)} } } } }`);

const cases: Case[] = [
  ["introspection __schema (disabled)", () => post({ query: "{ __schema { types { name } } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["introspection __type (disabled)", () => post({ query: '{ __type(name: "Letter") { fields { name } } }' }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["field suggestion (typo)", () => post({ query: "{ lettrs { totalCount } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["argument suggestion (typo)", () => post({ query: "{ letters(frist: 1) { totalCount } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["type suggestion (typo in fragment)", () => post({ query: "fragment F on Lettr { id } { letters { totalCount } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["alias bomb (100 aliases)", () => post({ query: `{ ${many(100, (i) => `a${i}: letters { totalCount }`)} }` }), 400, "QUERY_TOO_COMPLEX", "aliases"],
  ["alias overloading of __typename", () => post({ query: `{ ${many(40, (i) => `t${i}: __typename`)} }` }), 400, "QUERY_TOO_COMPLEX", "aliases"],
  ["directive overloading (@include x50)", () => post({ query: `{ __typename ${"@include(if: true) ".repeat(50)} }` }), 400, "QUERY_TOO_COMPLEX", "directives"],
  ["unknown directives (x100)", () => post({ query: `{ __typename ${"@aa ".repeat(100)} }` }), 400, "QUERY_TOO_COMPLEX", "directives"],
  ["field duplication (__typename x500)", () => post({ query: `{ ${"__typename ".repeat(500)} }` }), 400, "QUERY_TOO_COMPLEX", "repeatedFields"],
  ["token bomb (5000 tokens)", () => post({ query: `{ ${"a ".repeat(5000)} }` }), 400, "QUERY_TOO_COMPLEX", "tokens"],
  ["token bomb in a list argument", () => post({ query: `{ members(filter: { states: [${'"CA" '.repeat(4000)}] }) { totalCount } }` }), 400, "QUERY_TOO_COMPLEX", "tokens"],
  ["depth bomb (nested letters/signatures)", () => post({ query: `{ letters(first: 1) { edges { node { ${deep(6)} } } } }` }), 400, "QUERY_TOO_COMPLEX"],
  ["cost bomb (100 x 100 signatures with members)", () =>
    post({ query: "{ letters(first: 100) { edges { node { signatures(first: 100) { edges { node { printedName member { fullName } } } } } } } }" }), 400, "QUERY_TOO_COMPLEX"],
  ["first: 100000", () => post({ query: "{ letters(first: 100000) { totalCount } }" }), 200, "BAD_USER_INPUT"],
  ["first: -1 in a variable", () => post({ query: "query Q($n: Int) { letters(first: $n) { totalCount } }", variables: { n: -1 } }), 200, "BAD_USER_INPUT"],
  ["fragment cycle", () => post({ query: "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["self-referencing fragment", () => post({ query: "fragment A on Letter { id ...A } { letters { edges { node { ...A } } } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["body over 1 MB", () => post({ query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } }), 413, "PAYLOAD_TOO_LARGE"],
  ["malformed JSON", () => post("{ not json"), 400, "BAD_REQUEST"],
  ["batched array body", () => post([{ query: "{ __typename }" }, { query: "{ __typename }" }]), 400, "BAD_REQUEST"],
  ["text/plain POST (CSRF)", () => raw("/graphql", { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' }), 400, "BAD_REQUEST"],
  ["form POST (CSRF)", () => raw("/graphql", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=%7B__typename%7D" }), 400, "BAD_REQUEST"],
  ["GET query without a preflight header (CSRF)", () => raw(`/graphql?query=${encodeURIComponent("{ __typename }")}`), 400, "BAD_REQUEST"],
  ["GET mutation", () => raw(`/graphql?query=${encodeURIComponent("mutation { logout }")}`, { headers: { "apollo-require-preflight": "1" } }), 405, "BAD_REQUEST"],
  ["no query at all", () => post({ variables: {} }), 400, "BAD_REQUEST"],
  ["unknown operationName", () => post({ query: "query A { __typename }", operationName: "B" }), 400, "OPERATION_RESOLUTION_FAILURE"],
  ["variables of the wrong type", () => post({ query: "query Q($n: Int) { letters(first: $n) { totalCount } }", variables: { n: "many" } }), 400, "BAD_USER_INPUT"],
  ["mutation without a session", () => post({ query: 'mutation { importLetter(text: "x") { created } }' }), 200, "UNAUTHENTICATED"],
  ["admin query without a session", () => post({ query: "{ auditLog { totalCount } }" }), 200, "UNAUTHENTICATED"],
  ["forged bearer token", () => post({ query: "{ __typename }" }, { authorization: "Bearer sig_forgedforgedforgedforgedforgedforgedforged" }), 401, "UNAUTHENTICATED"],
  ["forged session cookie is anonymous", () => post({ query: 'mutation { setLetterTopics(letterId: "x", topics: []) }' }, { cookie: "signatory_session=forgedforgedforgedforgedforged" }), 200, "UNAUTHENTICATED"],
  ["login guessing past the throttle", async () => {
    for (let i = 0; i < 5; i++) await post({ query: 'mutation { login(email: "root@example.org", password: "guess") { id } }' });
    return post({ query: 'mutation { login(email: "root@example.org", password: "guess") { id } }' });
  }, 200, "RATE_LIMITED"],
];

describe("hostile requests", () => {
  it.each(cases)("%s", async (_name, send, status, code, limit) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(codeOf(res)).toBe(code);
    if (limit) expect(res.body.errors[0].extensions.limit).toBe(limit);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("never answered with a stack trace, a suggestion or an introspection result", () => {
    expect(seen.length).toBeGreaterThanOrEqual(cases.length);
    for (const body of seen) {
      expect(body).not.toMatch(/stacktrace|Did you mean|at [A-Za-z.]+ \(|node_modules/);
      expect(body).not.toMatch(/"__schema":\{/);
    }
  });

  it("is alive and ready afterwards", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await post({ query: "{ letters(first: 1) { totalCount } }" })).body).toEqual({ data: { letters: { totalCount: 0 } } });
  });
});

describe("internal errors", () => {
  it("are masked with a request id that is logged with the error", async () => {
    const db = await openTestDatabase();
    const broken = await startHttpServer({ production: true }, db);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await db.query(`DROP TABLE letter CASCADE`);
      const res = await broken.gql({ query: "{ letters(first: 1) { totalCount } }" });
      const error = res.body.errors[0];
      expect(error.message).toBe("Internal server error");
      expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: res.headers.get("x-request-id") });
      expect(JSON.stringify(res.body)).not.toMatch(/relation|does not exist|stack|SELECT/i);
      const logged = log.mock.calls.map((c) => c.join(" ")).join("\n");
      expect(logged).toContain(`[request ${error.extensions.requestId}]`);
      expect(logged).toMatch(/relation .*letter.* does not exist/);
    } finally {
      log.mockRestore();
      await broken.close();
      await db.close();
    }
  });
});
