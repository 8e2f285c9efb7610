/**
 * Requests that cover the API, for tests that compare two ways of answering (graphql-js against
 * graphql-jit, Apollo's pipeline against the direct path): every examples/*.graphql, every
 * dashboard query of the trusted-documents manifest (by hash, with made-up variables where it
 * needs some), and requests that take the error paths.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { REPO_ROOT } from "../config";
import { CredentialsService } from "../modules/auth/credentials.service";
import { Role } from "../modules/auth/roles";
import { UsersService } from "../modules/auth/users.service";
import { TrustedDocuments } from "../security/trusted-documents";
import { syncReferenceCommittees } from "./committees-fixture";
import type { HttpTestServer } from "./harness";
import { KHANNA, loadLetterFixture } from "./letters-fixture";

/** Ids the requests refer to. */
export interface OperationIds {
  letterId: string;
  groupId: string;
}

export type RequestBody = Record<string, unknown>;

/**
 * What the requests need in the database behind `server`: the reference letters and
 * committees, an admin's API token (its headers) and a group; returns the ids and the headers.
 */
export async function loadOperationFixture(server: HttpTestServer): Promise<{ ids: OperationIds; admin: Record<string, string> }> {
  const fixture = await loadLetterFixture(server.db);
  await syncReferenceCommittees(server.db);
  const actor = { id: null, label: "test" };
  const user = await new UsersService(server.db).create(actor, {
    email: "admin@example.org",
    password: "correct horse battery",
    role: Role.ADMIN,
  });
  const { token } = await new CredentialsService(server.db).createToken(actor, user.id, "operations");
  const admin = { authorization: `Bearer ${token}` };
  const group = await server.gql(
    { query: `mutation { createGroup(input: { name: "Test group", bioguideIds: ["${KHANNA}"] }) { id } }` },
    admin,
  );
  return { ids: { letterId: Object.values(fixture.ids)[0], groupId: group.body.data.createGroup.id }, admin };
}

/** Every examples/*.graphql with the variables its "# Variables:" line gives. */
export function exampleRequests(ids: OperationIds): { file: string; body: RequestBody }[] {
  const dir = path.join(REPO_ROOT, "examples");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .map((file) => {
      const query = readFileSync(path.join(dir, file), "utf8");
      const line = /# Variables: (.*)/.exec(query)![1].replace("<letter id or uuid>", ids.letterId).replace("<group id>", ids.groupId);
      return { file, body: { query, variables: JSON.parse(line) } };
    });
}

/** Every query operation of the dashboard's trusted documents, by hash as the dashboard sends them. */
export function dashboardRequests(schema: GraphQLSchema, ids: OperationIds): RequestBody[] {
  const out: RequestBody[] = [];
  for (const [hash, text] of TrustedDocuments.load().entries()) {
    for (const d of parse(text).definitions) {
      if (d.kind !== "OperationDefinition" || d.operation !== "query") continue;
      const variables: Record<string, unknown> = {};
      for (const v of d.variableDefinitions ?? []) {
        const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
        if (isNonNullType(type) || v.variable.name.value === "topic")
          variables[v.variable.name.value] = sample(v.variable.name.value, type, ids);
      }
      out.push({ operationName: d.name?.value, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    }
  }
  return out;
}

/** Requests that fail in each way: resolver errors with paths, bad variables, unknown operations, limits, directives, node(id). */
export function errorPathRequests(ids: OperationIds): RequestBody[] {
  return [
    { query: `{ letter(id: "nope") { id title } }` },
    // A DomainError thrown by a resolver (BAD_USER_INPUT with its field), and a database error the input caused.
    { query: `{ letters(first: 500) { totalCount } }` },
    {
      query: `{ letters(first: 1, after: "${Buffer.from(JSON.stringify(["D", "not-a-date", "x"])).toString("base64url")}") { totalCount } }`,
    },
    {
      query: `query Q($id: ID!) { letter(id: $id) { id title sentOn signatures(first: 3) { edges { node { printedName member { fullName party } } } } } }`,
      variables: { id: ids.letterId },
    },
    { query: `query Q($n: Int!) { letters(first: $n) { totalCount } }`, variables: { n: "ten" } },
    { query: `query Q($n: Int!) { letters(first: $n) { totalCount } }`, variables: {} },
    { query: `query A { __typename } query B { __typename }`, operationName: "C" },
    {
      query: `query Q($d: Date) { members(first: 2, filter: { servingOn: $d }) { edges { node { bioguideId } } } }`,
      variables: { d: "2020-13-45" },
    },
    { query: `{ reviewQueue { totalCount } }` },
    { query: `{ letters(first: 100) { edges { node { signatures(first: 100) { edges { node { member { terms { party } } } } } } } } }` },
    { query: `{ letters(first: 2) { edges { node { id ...on Letter { title @skip(if: true) sentOn @include(if: true) } t: title } } } }` },
  ];
}

/** A value for a required variable: ids of the fixture, dates, small numbers, enum values, empty inputs. */
function sample(name: string, type: GraphQLInputType, ids: OperationIds): unknown {
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0].value;
  if (named instanceof GraphQLInputObjectType) return {};
  switch (named.name) {
    case "ID":
      return name.toLowerCase().includes("group") ? ids.groupId : ids.letterId;
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
