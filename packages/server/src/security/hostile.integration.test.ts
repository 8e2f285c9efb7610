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
  // Anonymous bodies stay within 1 MB; only editors get room for a whole document (DOCUMENT_MAX_MB, base64).
  server = await startHttpServer({ production: true, introspection: false });
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

/** Each fragment spreads the one below twice: 2^levels fields if walked naively. */
const fragmentChain = (levels: number, spread = (name: string) => `...${name} ...${name}`) => {
  let out = "fragment F0 on Letter { title }";
  for (let i = 1; i <= levels; i++) out += ` fragment F${i} on Letter { ${spread(`F${i - 1}`)} }`;
  return out;
};
const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");
const NESTED_NULL =
  "letters(first: null) { edges { node { signatures(first: null) { edges { node { member { signatures(first: null) { edges { node { printedName } } } } } } } } } }";
let deepJson = "1";
for (let i = 0; i < 100_000; i++) deepJson = `[${deepJson}]`;

const deep = (n: number): string => (n === 0 ? "id" : `signatures(first: 1) { edges { node { letter { ${deep(n - 1)} } } } }`);

const cases: Case[] = [
  ["introspection __schema (disabled)", () => post({ query: "{ __schema { types { name } } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  [
    "introspection __type (disabled)",
    () => post({ query: '{ __type(name: "Letter") { fields { name } } }' }),
    400,
    "GRAPHQL_VALIDATION_FAILED",
  ],
  ["field suggestion (typo)", () => post({ query: "{ lettrs { totalCount } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  ["argument suggestion (typo)", () => post({ query: "{ letters(frist: 1) { totalCount } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  [
    "type suggestion (typo in fragment)",
    () => post({ query: "fragment F on Lettr { id } { letters { totalCount } }" }),
    400,
    "GRAPHQL_VALIDATION_FAILED",
  ],
  [
    "alias bomb (100 aliases)",
    () => post({ query: `{ ${many(100, (i) => `a${i}: letters { totalCount }`)} }` }),
    400,
    "QUERY_TOO_COMPLEX",
    "aliases",
  ],
  [
    "alias overloading of __typename",
    () => post({ query: `{ ${many(40, (i) => `t${i}: __typename`)} }` }),
    400,
    "QUERY_TOO_COMPLEX",
    "aliases",
  ],
  [
    "directive overloading (@include x50)",
    () => post({ query: `{ __typename ${"@include(if: true) ".repeat(50)} }` }),
    400,
    "QUERY_TOO_COMPLEX",
    "directives",
  ],
  ["unknown directives (x100)", () => post({ query: `{ __typename ${"@aa ".repeat(100)} }` }), 400, "QUERY_TOO_COMPLEX", "directives"],
  [
    "field duplication (__typename x500)",
    () => post({ query: `{ ${"__typename ".repeat(500)} }` }),
    400,
    "QUERY_TOO_COMPLEX",
    "repeatedFields",
  ],
  ["token bomb (5000 tokens)", () => post({ query: `{ ${"a ".repeat(5000)} }` }), 400, "QUERY_TOO_COMPLEX", "tokens"],
  [
    "token bomb in a list argument",
    () => post({ query: `{ members(filter: { states: [${'"CA" '.repeat(4000)}] }) { totalCount } }` }),
    400,
    "QUERY_TOO_COMPLEX",
    "tokens",
  ],
  [
    "depth bomb (nested letters/signatures)",
    () => post({ query: `{ letters(first: 1) { edges { node { ${deep(6)} } } } }` }),
    400,
    "QUERY_TOO_COMPLEX",
  ],
  [
    "cost bomb (100 x 100 signatures with members)",
    () =>
      post({
        query:
          "{ letters(first: 100) { edges { node { signatures(first: 100) { edges { node { printedName member { fullName } } } } } } } }",
      }),
    400,
    "QUERY_TOO_COMPLEX",
  ],
  ["first: 100000", () => post({ query: "{ letters(first: 100000) { totalCount } }" }), 200, "BAD_USER_INPUT"],
  [
    "first: -1 in a variable",
    () => post({ query: "query Q($n: Int) { letters(first: $n) { totalCount } }", variables: { n: -1 } }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "fragment cycle",
    () => post({ query: "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }" }),
    400,
    "GRAPHQL_VALIDATION_FAILED",
  ],
  [
    "self-referencing fragment",
    () => post({ query: "fragment A on Letter { id ...A } { letters { edges { node { ...A } } } }" }),
    400,
    "GRAPHQL_VALIDATION_FAILED",
  ],
  ["body over 1 MB", () => post({ query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } }), 413, "PAYLOAD_TOO_LARGE"],
  ["malformed JSON", () => post("{ not json"), 400, "BAD_REQUEST"],
  ["batched array body", () => post([{ query: "{ __typename }" }, { query: "{ __typename }" }]), 400, "BAD_REQUEST"],
  [
    "text/plain POST (CSRF)",
    () => raw("/graphql", { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' }),
    400,
    "BAD_REQUEST",
  ],
  [
    "form POST (CSRF)",
    () =>
      raw("/graphql", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=%7B__typename%7D" }),
    400,
    "BAD_REQUEST",
  ],
  ["GET query without a preflight header (CSRF)", () => raw(`/graphql?query=${encodeURIComponent("{ __typename }")}`), 400, "BAD_REQUEST"],
  [
    "GET mutation",
    () => raw(`/graphql?query=${encodeURIComponent("mutation { logout }")}`, { headers: { "apollo-require-preflight": "1" } }),
    405,
    "BAD_REQUEST",
  ],
  ["no query at all", () => post({ variables: {} }), 400, "BAD_REQUEST"],
  ["unknown operationName", () => post({ query: "query A { __typename }", operationName: "B" }), 400, "OPERATION_RESOLUTION_FAILURE"],
  [
    "variables of the wrong type",
    () => post({ query: "query Q($n: Int) { letters(first: $n) { totalCount } }", variables: { n: "many" } }),
    400,
    "BAD_USER_INPUT",
  ],
  ["mutation without a session", () => post({ query: 'mutation { importLetter(text: "x") { created } }' }), 200, "UNAUTHENTICATED"],
  ["admin query without a session", () => post({ query: "{ auditLog { totalCount } }" }), 200, "UNAUTHENTICATED"],
  [
    "forged bearer token",
    () => post({ query: "{ __typename }" }, { authorization: "Bearer sig_forgedforgedforgedforgedforgedforgedforged" }),
    401,
    "UNAUTHENTICATED",
  ],
  [
    "forged session cookie is anonymous",
    () =>
      post(
        { query: 'mutation { setLetterTopics(letterId: "x", topics: []) }' },
        { cookie: "signatory_session=forgedforgedforgedforgedforged" },
      ),
    200,
    "UNAUTHENTICATED",
  ],
  // Finding 1: exponential fragment walk, and its variants.
  [
    "fragment chain of 40 levels",
    () => post({ query: `{ letters(first: 1) { edges { node { ...F40 } } } } ${fragmentChain(40)}` }),
    400,
    "QUERY_TOO_COMPLEX",
    "nodes",
  ],
  [
    "fragment chain of 22 levels through inline fragments",
    () =>
      post({
        query: `{ letters(first: 1) { edges { node { ...F22 } } } } ${fragmentChain(22, (f) => `... on Letter { ...${f} } ... on Letter { ...${f} }`)}`,
      }),
    400,
    "QUERY_TOO_COMPLEX",
    "nodes",
  ],
  [
    "fragment chain of 22 levels with aliases",
    () =>
      post({
        query: `{ a: letters(first: 1) { edges { node { ...F22 } } } b: letters(first: 1) { edges { node { ...F22 } } } } ${fragmentChain(22)}`,
      }),
    400,
    "QUERY_TOO_COMPLEX",
    "nodes",
  ],
  [
    "600 fragment spreads",
    () => post({ query: `{ letters(first: 1) { edges { node { ${"...F ".repeat(600)} } } } } fragment F on Letter { title }` }),
    400,
    "QUERY_TOO_COMPLEX",
    "spreads",
  ],
  // Finding 2: cost with `first: null` is the default page size, not 1.
  ["nested connections with first: null", () => post({ query: `{ ${NESTED_NULL} }` }), 400, "QUERY_TOO_COMPLEX", "cost"],
  [
    "nested connections with first: $n = null in variables",
    () => post({ query: `query Q($n: Int) { ${NESTED_NULL.replaceAll("first: null", "first: $n")} }`, variables: { n: null } }),
    400,
    "QUERY_TOO_COMPLEX",
    "cost",
  ],
  [
    "nested connections with first left out (members)",
    () =>
      post({
        query:
          "{ members { edges { node { signatures { edges { node { letter { signatures { edges { node { printedName } } } } } } } } } } }",
      }),
    400,
    "QUERY_TOO_COMPLEX",
    "cost",
  ],
  // Finding 3: bytes count before parsing, comments and whitespace included.
  [
    "document padded with a 950 KB comment",
    () => post({ query: `{ __typename } #${"x".repeat(950_000)}` }),
    400,
    "QUERY_TOO_COMPLEX",
    "bytes",
  ],
  [
    "document padded with 200 KB of whitespace",
    () => post({ query: `{ __typename ${" ".repeat(200_000)}}` }),
    400,
    "QUERY_TOO_COMPLEX",
    "bytes",
  ],
  [
    "GET document padded past the URL limit",
    () =>
      raw(`/graphql?query=${encodeURIComponent(`{ __typename } #${"x".repeat(70_000)}`)}`, {
        headers: { "apollo-require-preflight": "1" },
      }),
    431,
    "NONE",
  ],
  // Finding 5: search and text filters are bounded.
  [
    "search of 900 KB of distinct words",
    () =>
      post({
        query: "query Q($s: String) { letters(filter: { search: $s }) { totalCount } }",
        variables: { s: Array.from({ length: 90_000 }, (_, i) => `w${i}`).join(" ") },
      }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "search of 17 words",
    () => post({ query: `{ letters(filter: { search: "${"word ".repeat(17)}" }) { totalCount } }` }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "mention filter of 10 KB",
    () => post({ query: `{ letters(filter: { mention: "${"m".repeat(10_000)}" }) { totalCount } }` }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "stats with a huge search",
    () => post({ query: "query Q($s: String) { stats(filter: { search: $s }) { letters } }", variables: { s: "a ".repeat(50_000) } }),
    200,
    "BAD_USER_INPUT",
  ],
  // Finding 8: bad input is a client error, never a 500.
  [
    "session cookie with bad percent-encoding is anonymous",
    () => post({ query: "{ me { email } }" }, { cookie: "signatory_session=%" }),
    200,
    "NONE",
  ],
  ["NUL byte in a search", () => post({ query: '{ letters(filter: { search: "a\\u0000b" }) { totalCount } }' }), 200, "BAD_USER_INPUT"],
  [
    "NUL byte in a recipient filter (variables)",
    () => post({ query: "query Q($r: String) { letters(filter: { recipient: $r }) { totalCount } }", variables: { r: "x\u0000" } }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "crafted letters cursor (not a date)",
    () => post({ query: `{ letters(first: 1, after: "${cursorOf(["D", "not-a-date", "x"])}") { totalCount } }` }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "crafted members cursor",
    () => post({ query: `{ members(first: 1, after: "${cursorOf([{}, [], null])}") { totalCount } }` }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "500 KB cursor",
    () =>
      post({
        query: "query Q($a: String) { letters(first: 1, after: $a) { totalCount } }",
        variables: { a: cursorOf(["D", "x".repeat(500_000), "y"]) },
      }),
    200,
    "BAD_USER_INPUT",
  ],
  [
    "variables nested 100,000 deep",
    () =>
      raw("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: `{"query":"query Q($s: [String!]) { members(filter: { states: $s }) { totalCount } }","variables":{"s":${deepJson}}}`,
      }),
    400,
    "BAD_USER_INPUT",
  ],
  [
    "persisted query hash mismatch",
    () => post({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    400,
    "BAD_REQUEST",
  ],
  // Finding 9: no suggestions of any kind.
  [
    "misspelled enum value in variables",
    () => post({ query: "query Q($o: LetterOrder) { letters(orderBy: $o) { totalCount } }", variables: { o: "DATEE" } }),
    400,
    "BAD_USER_INPUT",
  ],
  [
    "misspelled input field in variables",
    () => post({ query: "query Q($f: LetterFilter) { letters(filter: $f) { totalCount } }", variables: { f: { serch: "x" } } }),
    400,
    "BAD_USER_INPUT",
  ],
  ["misspelled enum value inline", () => post({ query: "{ letters(orderBy: DATEE) { totalCount } }" }), 400, "GRAPHQL_VALIDATION_FAILED"],
  [
    "login guessing past the throttle",
    async () => {
      for (let i = 0; i < 5; i++) await post({ query: 'mutation { login(email: "root@example.org", password: "guess") { id } }' });
      return post({ query: 'mutation { login(email: "root@example.org", password: "guess") { id } }' });
    },
    200,
    "RATE_LIMITED",
  ],
];

describe("hostile requests", () => {
  it.each(cases)("%s", async (_name, send, status, code, limit) => {
    const started = Date.now();
    const res = await send();
    if (!_name.startsWith("login")) expect(Date.now() - started).toBeLessThan(5000); // refused without doing the work (sign-ins hash passwords)
    expect(res.status).toBe(status);
    expect(codeOf(res) ?? "NONE").toBe(code);
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
