/**
 * Compiled execution (GRAPHQL_JIT, schema/jit-executor.ts): the same answers as graphql-js.
 * Two servers over one database, one with GRAPHQL_JIT on and one without, get the same requests:
 * every examples/*.graphql, every dashboard query of the trusted-documents manifest (with made-up
 * variables where it needs some), and requests that take the error paths. Status and body must
 * be equal, and the JIT server must really have run compiled code.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config";
import { CredentialsService } from "../modules/auth/credentials.service";
import { Role } from "../modules/auth/roles";
import { UsersService } from "../modules/auth/users.service";
import { TrustedDocuments } from "../security/trusted-documents";
import { syncReferenceCommittees } from "../test/committees-fixture";
import { startHttpServer, type HttpTestServer } from "../test/harness";
import { KHANNA, loadLetterFixture, type Fixture } from "../test/letters-fixture";
import { JitExecutor } from "./jit-executor";

let plain: HttpTestServer;
let jit: HttpTestServer;
let fixture: Fixture;
let admin: Record<string, string>;
let letterId: string;
let groupId: string;

beforeAll(async () => {
  plain = await startHttpServer({ graphqlJit: false });
  jit = await startHttpServer({ graphqlJit: true }, plain.db);
  fixture = await loadLetterFixture(plain.db);
  await syncReferenceCommittees(plain.db);
  letterId = Object.values(fixture.ids)[0];
  const user = await new UsersService(plain.db).create(
    { id: null, label: "test" },
    { email: "admin@example.org", password: "correct horse battery", role: Role.ADMIN },
  );
  const { token } = await new CredentialsService(plain.db).createToken({ id: null, label: "test" }, user.id, "jit");
  admin = { authorization: `Bearer ${token}` };
  const group = await plain.gql(
    { query: `mutation { createGroup(input: { name: "Test group", bioguideIds: ["${KHANNA}"] }) { id } }` },
    admin,
  );
  groupId = group.body.data.createGroup.id;
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
    const dir = path.join(REPO_ROOT, "examples");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".graphql"));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const query = await readFile(path.join(dir, file), "utf8");
      const line = /# Variables: (.*)/.exec(query)![1].replace("<letter id or uuid>", letterId).replace("<group id>", groupId);
      const res = await same({ query, variables: JSON.parse(line) }, admin);
      expect(res.status, file).toBe(200);
    }
  });

  it("on every dashboard query in the trusted-documents manifest", async () => {
    const schema = (
      jit.app.apollo as unknown as { internals: { state: { schemaManager: { getSchemaDerivedData(): { schema: GraphQLSchema } } } } }
    ).internals.state.schemaManager.getSchemaDerivedData().schema;
    const trusted = TrustedDocuments.load();
    let queries = 0;
    for (const [hash, text] of trusted.entries()) {
      const document = parse(text);
      for (const d of document.definitions) {
        if (d.kind !== "OperationDefinition" || d.operation !== "query") continue;
        queries++;
        const variables: Record<string, unknown> = {};
        for (const v of d.variableDefinitions ?? []) {
          const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
          if (isNonNullType(type) || v.variable.name.value === "topic")
            variables[v.variable.name.value] = sample(v.variable.name.value, type);
        }
        // by hash, as the dashboard sends them
        await same({ operationName: d.name?.value, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, admin);
      }
    }
    expect(queries).toBeGreaterThan(20);
  });

  it("on errors: resolver errors with paths, bad variables, unknown operations, node(id), limits", async () => {
    await same({ query: `{ letter(id: "nope") { id title } }` });
    await same({
      query: `query Q($id: ID!) { letter(id: $id) { id title sentOn signatures(first: 3) { edges { node { printedName member { fullName party } } } } } }`,
      variables: { id: letterId },
    });
    await same({ query: `query Q($n: Int!) { letters(first: $n) { totalCount } }`, variables: { n: "ten" } });
    await same({ query: `query Q($n: Int!) { letters(first: $n) { totalCount } }`, variables: {} });
    await same({ query: `query A { __typename } query B { __typename }`, operationName: "C" });
    await same({
      query: `query Q($d: Date) { members(first: 2, filter: { servingOn: $d }) { edges { node { bioguideId } } } }`,
      variables: { d: "2020-13-45" },
    });
    await same({ query: `{ reviewQueue { totalCount } }` });
    await same({
      query: `{ letters(first: 100) { edges { node { signatures(first: 100) { edges { node { member { terms { party } } } } } } } } }`,
    });
    await same({
      query: `{ letters(first: 2) { edges { node { id ...on Letter { title @skip(if: true) sentOn @include(if: true) } t: title } } } }`,
    });
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

/** A value for a required variable: ids of the fixture, dates, small numbers, enum values, empty inputs. */
function sample(name: string, type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0].value;
  if (named instanceof GraphQLInputObjectType) return {};
  switch (named.name) {
    case "ID":
      return name.toLowerCase().includes("group") ? groupId : letterId;
    case "Int":
      return 10;
    case "Float":
      return 1;
    case "Boolean":
      return true;
    case "Date":
      return "2020-06-01";
    default:
      if (/bioguide/i.test(name)) return KHANNA;
      if (/state/i.test(name)) return "CA";
      return "sanctions";
  }
}

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
