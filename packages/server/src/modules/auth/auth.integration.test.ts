import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import { readLetter, SEED_LETTER, startTestServer, syncReferenceMembers, type TestServer } from "../../test/harness";
import { ImportService } from "../importing/import.service";
import { CredentialsService } from "./credentials.service";
import { ARGON2_PARAMS, sha256 } from "./secrets";

const Import = graphql(`
  mutation AuthImport($text: String!) { importLetter(text: $text) { created letter { id databaseId } } }
`);
const Preview = graphql(`query AuthPreview($text: String!) { previewImport(text: $text) { needsReview } }`);
const Queue = graphql(`query AuthQueue { reviewQueue { totalCount } }`);
const Resolve = graphql(`
  mutation AuthResolve($id: ID!, $bioguideId: String!) { resolveSignature(id: $id, bioguideId: $bioguideId) { status } }
`);
const Topics = graphql(
  `mutation AuthTopics($letterId: ID!, $topics: [String!]!) { setLetterTopics(letterId: $letterId, topics: $topics) }`,
);
const CreateUser = graphql(`
  mutation AuthCreateUser($email: String!, $password: String!, $role: Role!) { createUser(email: $email, password: $password, role: $role) { id email role } }
`);
const SetRole = graphql(`mutation AuthSetRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }`);
const Users = graphql(`query AuthUsers { users { totalCount edges { node { email role } } } }`);
const Audit = graphql(`
  query AuthAudit($first: Int, $after: String) {
    auditLog(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor action targetType targetId outcome detail } } }
  }
`);
const CreateToken = graphql(
  `mutation AuthCreateToken($name: String!) { createApiToken(name: $name) { token apiToken { id prefix revokedAt } } }`,
);
const RevokeToken = graphql(`mutation AuthRevokeToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`);
const Me = graphql(`query AuthMe { me { email role } }`);
const Letters = graphql(`query AuthLetters { letters { totalCount } }`);

let server: TestServer;
let seed: string;

beforeAll(async () => {
  server = await startTestServer();
  await syncReferenceMembers(server.db);
  seed = await readLetter(SEED_LETTER);
});
afterAll(() => server?.close());

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe("roles", () => {
  it("refuses importing and review without a session (UNAUTHENTICATED) and as VIEWER (FORBIDDEN); reads stay public", async () => {
    const id = "00000000-0000-0000-0000-000000000000";
    const calls = [
      [Import, { text: seed }],
      [Preview, { text: seed }],
      [Queue, {}],
      [Resolve, { id, bioguideId: "S000185" }],
      [Topics, { letterId: id, topics: ["x"] }],
      [Users, {}],
      [Audit, {}],
      [CreateUser, { email: "x@example.org", password: "a long password", role: "ADMIN" }],
    ] as const;
    for (const [doc, vars] of calls) {
      expect(code(await server.run(doc as never, vars as never)), "anonymous").toBe("UNAUTHENTICATED");
      expect(code(await server.run(doc as never, vars as never, { role: "VIEWER" })), "viewer").toBe("FORBIDDEN");
    }
    expect(code(await server.run(Users, {}, { role: "EDITOR" }))).toBe("FORBIDDEN");
    expect(await server.db.query(`SELECT count(*)::int AS n FROM letter`)).toEqual([{ n: 0 }]);
    expect((await server.run(Letters, {})).errors).toBeUndefined();
    expect((await server.run(Me, {})).data!.me).toBeNull();
    expect((await server.run(Me, {}, { role: "EDITOR" })).data!.me).toEqual({ email: "editor@test.example", role: "EDITOR" });
  });

  it("records a VIEWER's refused mutation in the audit log as DENIED", async () => {
    await server.run(Import, { text: seed }, { role: "VIEWER" });
    const [row] = await server.db.query(`SELECT actor, action, outcome FROM audit_log WHERE outcome = 'DENIED' ORDER BY id DESC LIMIT 1`);
    expect(row).toEqual({ actor: "viewer@test.example", action: "importLetter", outcome: "DENIED" });
  });
});

describe("audit log", () => {
  it("writes the import's row in the import's transaction: a failed import leaves neither letter nor SUCCESS row", async () => {
    const editor = await server.userWithRole("EDITOR");
    await server.userWithRole("ADMIN");
    const actor = { id: editor.id, label: editor.email };
    const before = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'letter.import'`);
    await expect(
      new ImportService(server.db).import(seed, {
        sourceName: "seed.md",
        actor,
        afterSigner: (p) => {
          if (p === 51) throw new Error("injected");
        },
      }),
    ).rejects.toThrow("injected");
    expect(await server.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'letter.import'`)).toEqual(before);
    expect(await server.db.query(`SELECT count(*)::int AS n FROM letter`)).toEqual([{ n: 0 }]);

    const imported = await server.run(Import, { text: seed }, { role: "EDITOR" });
    expect(imported.errors).toBeUndefined();
    const letter = imported.data!.importLetter.letter;
    await server.run(Topics, { letterId: letter.id, topics: ["sanctions"] }, { role: "EDITOR" });
    const bad = await server.run(Import, { text: "   " }, { role: "EDITOR" });
    expect(code(bad)).toBe("BAD_USER_INPUT");

    const log = await server.run(Audit, { first: 3 }, { role: "ADMIN" });
    expect(log.errors).toBeUndefined();
    const [failed, tagged, stored] = log.data!.auditLog.edges.map((e) => e.node);
    expect(stored).toMatchObject({
      actor: "editor@test.example",
      action: "letter.import",
      targetType: "Letter",
      targetId: letter.databaseId,
      outcome: "SUCCESS",
    });
    expect(JSON.parse(stored.detail!)).toMatchObject({ created: true });
    expect(tagged).toMatchObject({ action: "letter.setTopics", targetId: letter.databaseId, outcome: "SUCCESS" });
    expect(failed).toMatchObject({ action: "letter.import", outcome: "FAILURE" });
    expect(JSON.parse(failed.detail!)).toMatchObject({ reason: "EMPTY" });
    expect(log.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await server.run(Audit, { first: 100, after: log.data!.auditLog.pageInfo.endCursor }, { role: "ADMIN" });
    expect(next.data!.auditLog.edges.length).toBe(log.data!.auditLog.totalCount - 3);
  });
});

describe("users and tokens", () => {
  it("stores passwords as argon2id with OWASP parameters (m=19456 KiB, t=2, p=1)", async () => {
    expect(ARGON2_PARAMS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const res = await server.run(
      CreateUser,
      { email: "Ana@Example.org", password: "correct horse battery", role: "EDITOR" },
      { role: "ADMIN" },
    );
    expect(res.data!.createUser).toMatchObject({ email: "ana@example.org", role: "EDITOR" });
    const [row] = await server.db.query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE email = 'ana@example.org'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain("correct horse");
    expect(
      await server.db.query(`SELECT action, target_id FROM audit_log WHERE action = 'user.create' AND target_id = $1`, [
        res.data!.createUser.id,
      ]),
    ).toHaveLength(1);

    expect(
      code(await server.run(CreateUser, { email: "ANA@example.org", password: "another long one", role: "VIEWER" }, { role: "ADMIN" })),
    ).toBe("CONFLICT");
    expect(code(await server.run(CreateUser, { email: "bo@example.org", password: "short", role: "VIEWER" }, { role: "ADMIN" }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      code(await server.run(CreateUser, { email: "not-an-email", password: "a long password", role: "VIEWER" }, { role: "ADMIN" })),
    ).toBe("BAD_USER_INPUT");
  });

  it("lets an admin change roles (not lower their own) and list users", async () => {
    const ana = (await server.run(Users, {}, { role: "ADMIN" })).data!.users.edges.find((e) => e.node.email === "ana@example.org");
    expect(ana).toBeDefined();
    const [{ id }] = await server.db.query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'ana@example.org'`);
    const changed = await server.run(SetRole, { id, role: "VIEWER" }, { role: "ADMIN" });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setUserRole).toEqual({ id, role: "VIEWER" });
    const admin = await server.userWithRole("ADMIN");
    expect(code(await server.run(SetRole, { id: admin.id, role: "VIEWER" }, { role: "ADMIN" }))).toBe("BAD_USER_INPUT");
    expect(code(await server.run(SetRole, { id: "00000000-0000-0000-0000-000000000000", role: "VIEWER" }, { role: "ADMIN" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("shows an API token once, stores only its SHA-256, and revokes it", async () => {
    const res = await server.run(CreateToken, { name: "nightly import" }, { role: "ADMIN" });
    const { token, apiToken } = res.data!.createApiToken;
    expect(token).toMatch(/^sig_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.prefix).toBe(token.slice(0, 8));
    const stored = await server.db.query<{ token_hash: string }>(`SELECT token_hash FROM api_token WHERE id = $1`, [apiToken.id]);
    expect(stored).toEqual([{ token_hash: sha256(token) }]);
    const admin = await server.userWithRole("ADMIN");
    expect(await server.db.query(`SELECT 1 FROM api_token WHERE token_hash = $1 OR name = $1`, [token])).toHaveLength(0);
    const credentials = new CredentialsService(server.db);
    expect(await credentials.byToken(token)).toMatchObject({ id: admin.id, role: "ADMIN", via: "token" });
    const revoked = await server.run(RevokeToken, { id: apiToken.id }, { role: "ADMIN" });
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    expect(await credentials.byToken(token)).toBeNull();
  });
});
