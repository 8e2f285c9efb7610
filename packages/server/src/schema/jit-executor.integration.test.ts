/**
 * Compiled execution (GRAPHQL_JIT, schema/jit-executor.ts): the same answers as graphql-js.
 * Two servers over one database, one with GRAPHQL_JIT on and one without, get the same requests
 * (test/operations.ts): every examples/*.graphql, every dashboard query of the trusted-documents
 * manifest, and requests that take the error paths. Status and body must be equal, and the JIT
 * server must really have run compiled code.
 */
import { buildSchema, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "../test/harness";
import { dashboardRequests, errorPathRequests, exampleRequests, loadOperationFixture } from "../test/operations";
import { JitExecutor } from "./jit-executor";

let plain: HttpTestServer;
let jit: HttpTestServer;
let admin: Record<string, string>;
let letterId: string;
let groupId: string;

beforeAll(async () => {
  plain = await startHttpServer({ graphqlJit: false });
  jit = await startHttpServer({ graphqlJit: true }, plain.db);
  const loaded = await loadOperationFixture(plain);
  ({ letterId, groupId } = loaded.ids);
  admin = loaded.admin;
}, 120_000);
afterAll(async () => {
  await jit?.close();
  await plain?.close();
});

/** Sends the same request to both servers (twice to the JIT one: compiled on first use, reused after) and compares. */
async function same(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const a = await plain.gql(body, headers);
  const b = await jit.gql(body, headers);
  const c = await jit.gql(body, headers);
  const label = String(body.operationName ?? body.query).slice(0, 200);
  expect({ status: b.status, body: b.body }, label).toEqual({ status: a.status, body: a.body });
  expect({ status: c.status, body: c.body }, label).toEqual({ status: a.status, body: a.body });
  return a;
}

describe("GRAPHQL_JIT gives the answers graphql-js gives", () => {
  it("on every examples/*.graphql", async () => {
    const examples = exampleRequests({ letterId, groupId });
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const { file, body } of examples) expect((await same(body, admin)).status, file).toBe(200);
  });

  it("on every dashboard query in the trusted-documents manifest", async () => {
    const requests = dashboardRequests(jit.app.schema, { letterId, groupId });
    expect(requests.length).toBeGreaterThan(20);
    for (const body of requests) await same(body, admin);
  });

  it("on errors: resolver errors with paths, bad variables, unknown operations, node(id), limits", async () => {
    for (const body of errorPathRequests({ letterId, groupId })) await same(body);
    const globalId = (await plain.gql({ query: `query L($id: ID!) { letter(id: $id) { id } }`, variables: { id: letterId } })).body.data
      .letter.id;
    const node = await same({ query: `query N($id: ID!) { node(id: $id) { id ... on Letter { title } } }`, variables: { id: globalId } });
    expect(node.body.data.node).not.toBeNull();
  });

  it("ran compiled code for most of them, and graphql-js only for what graphql-jit cannot do", () => {
    const stats = jit.app.jit!.stats;
    expect(stats.jit).toBeGreaterThan(30);
    expect(stats.compiled).toBeGreaterThan(20);
    expect(stats.fallbacks).toBeGreaterThan(0); // node(id) at least
    expect(plain.app.jit).toBeNull();
  });
});

describe("the compiled documents' cache", () => {
  const doc = parse(`{ hello }`);
  const run = (executor: JitExecutor, schema: GraphQLSchema) =>
    executor.execute({ schema, document: doc, operation: doc.definitions[0] as never, queryHash: "h", request: {}, context: {} });
  const schemaSaying = (word: string, extra = false) =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: { hello: { type: GraphQLString, resolve: () => word }, ...(extra ? { other: { type: GraphQLString } } : {}) },
      }),
    });

  it("compiles a document once per schema, and a changed schema compiles it again", async () => {
    const executor = new JitExecutor();
    const first = schemaSaying("one");
    expect(await run(executor, first)).toEqual({ data: { hello: "one" } });
    expect(await run(executor, first)).toEqual({ data: { hello: "one" } });
    expect(executor.stats.compiled).toBe(1);
    const changed = schemaSaying("two", true);
    expect(executor.schemaHash(changed)).not.toBe(executor.schemaHash(first));
    expect(await run(executor, changed)).toEqual({ data: { hello: "two" } });
    expect(executor.stats.compiled).toBe(2);
    expect(executor.stats.jit).toBe(3);
  });

  it("keeps the most recently used documents only", async () => {
    const executor = new JitExecutor(2);
    const schema = buildSchema(`type Query { a: String b: String c: String }`);
    for (const f of ["a", "b", "a", "c", "a", "b"]) {
      const document = parse(`{ ${f} }`);
      await executor.execute({ schema, document, operation: document.definitions[0] as never, queryHash: f, request: {}, context: {} });
    }
    // a, b compiled; a reused; c evicts b; a reused; b compiled again (evicting c)
    expect(executor.stats.compiled).toBe(4);
    expect(executor.size).toBe(2);
  });
});
