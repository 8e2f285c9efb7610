/**
 * Trusted documents (security/trusted-documents.ts) over real HTTP: the dashboard's documents by
 * hash, refusals with codes, and TRUSTED_DOCUMENTS_ONLY for cookie sessions in production.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../schema/build-schema";
import { documentLimitsRule } from "./document-limits";
import { loadConfig } from "../config";
import { startHttpServer, type HttpTestServer } from "../test/harness";
import { CredentialsService } from "../modules/auth/credentials.service";
import { Role } from "../modules/auth/roles";
import { UsersService } from "../modules/auth/users.service";
import { sha256Hex, TrustedDocuments } from "./trusted-documents";

const manifest = TrustedDocuments.load();
const hashOf = (name: RegExp) => {
  for (const [hash, text] of manifest.entries()) {
    if (name.test(text)) return { hash, text };
  }
  throw new Error(`no trusted document ${name}`);
};
const ME = hashOf(/^query Me \{/);
const byHash = (hash: string, extra: Record<string, unknown> = {}) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  ...extra,
});
const PASSWORD = "correct horse battery";

let server: HttpTestServer;
let strict: HttpTestServer;
let session: Record<string, string>;
let bearer: Record<string, string>;
beforeAll(async () => {
  server = await startHttpServer({});
  strict = await startHttpServer(
    { production: true, trustedDocuments: { file: loadConfig({}).trustedDocuments!.file, only: true } },
    server.db,
  );
  const users = new UsersService(server.db);
  const user = await users.create({ id: null, label: "test" }, { email: "ed@example.org", password: PASSWORD, role: Role.EDITOR });
  const login = await strict.gql({ query: `mutation { login(email: "ed@example.org", password: "${PASSWORD}") { email } }` });
  expect(login.body).toEqual({ data: { login: { email: "ed@example.org" } } });
  session = { cookie: /signatory_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")![0] };
  const { token } = await new CredentialsService(server.db).createToken({ id: null, label: "test" }, user.id, "script");
  bearer = { authorization: `Bearer ${token}` };
});
afterAll(async () => {
  await strict?.close();
  await server?.close();
});

describe("the manifest", () => {
  it("holds every dashboard operation, each hashing to its key, all valid and within the limits", async () => {
    expect(manifest.size).toBeGreaterThan(20);
    const refused = manifest.prepare(await buildAppSchema(), [documentLimitsRule(loadConfig({}).limits)], 3000);
    expect(refused).toEqual([]);
    expect(manifest.trusts(sha256Hex(manifest.executedText(ME.hash)!))).toBe(true);
    expect(manifest.executedText(ME.hash)).toMatch(/me \{\s+email\s+id\s+role\s+__typename\s+\}/);
    expect(manifest.trusts(sha256Hex("{ __typename }"))).toBe(false);
  });

  it("refuses to load a manifest whose text does not hash to its key", () => {
    expect(() => new TrustedDocuments([[ME.hash, ME.text + " "]])).toThrow(/does not hash/);
  });
});

describe("document ids", () => {
  it("executes a known hash sent without its text", async () => {
    const res = await server.gql(byHash(ME.hash));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { me: null } });
    const signedIn = await server.gql(byHash(ME.hash), session);
    expect(signedIn.body.data.me.email).toBe("ed@example.org");
  });

  it("answers an unknown hash with PERSISTED_QUERY_NOT_FOUND", async () => {
    const res = await server.gql(byHash("0".repeat(64)));
    expect(res.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(res.body.data).toBeUndefined();
  });

  it("refuses an altered document sent with a known hash", async () => {
    const altered = ME.text.replace("email", "email role");
    const res = await server.gql(byHash(ME.hash, { query: altered }), session);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
    expect(res.body.data).toBeUndefined();
    // the exact text with its hash is fine
    expect((await server.gql(byHash(ME.hash, { query: ME.text }), session)).body.data.me.email).toBe("ed@example.org");
  });

  it("still takes ad-hoc documents when TRUSTED_DOCUMENTS_ONLY is off, from any caller", async () => {
    expect((await server.gql({ query: "{ me { email } }" }, session)).body).toEqual({ data: { me: { email: "ed@example.org" } } });
  });
});

describe("TRUSTED_DOCUMENTS_ONLY in production", () => {
  it("refuses an ad-hoc document or an unknown hash from a cookie session", async () => {
    const adHoc = await strict.gql({ query: "{ me { email } }" }, session);
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors[0].extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    const unknown = await strict.gql(byHash("1".repeat(64), { query: "{ me { email } }" }), session);
    expect(unknown.body.errors[0].extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    const get = await fetch(`${strict.url}/graphql?query=${encodeURIComponent("{ me { email } }")}`, {
      headers: { "apollo-require-preflight": "1", ...session },
    });
    expect(((await get.json()) as any).errors[0].extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
  });

  it("executes the dashboard's documents for a cookie session, by hash or by exact text", async () => {
    expect((await strict.gql(byHash(ME.hash), session)).body.data.me.email).toBe("ed@example.org");
    expect((await strict.gql({ query: ME.text }, session)).body.data.me.email).toBe("ed@example.org");
  });

  it("lets API tokens and anonymous clients send any document", async () => {
    expect((await strict.gql({ query: "{ me { email } }" }, bearer)).body).toEqual({ data: { me: { email: "ed@example.org" } } });
    expect((await strict.gql({ query: "{ me { email } }" })).body).toEqual({ data: { me: null } });
  });
});
