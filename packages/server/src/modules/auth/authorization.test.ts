import { describe, expect, it } from "vitest";
import { getMetadataStorage } from "type-graphql";
import { buildAppSchema } from "../../schema/build-schema";

/** Mutations anyone may call: signing in and out. Everything else that writes needs a role. */
const PUBLIC_MUTATIONS = new Set(["login", "logout"]);
/** Queries that need a role (the rest of the API is public reading). */
const GUARDED_QUERIES = { previewImport: ["EDITOR"], reviewQueue: ["EDITOR"], users: ["ADMIN"], auditLog: ["ADMIN"], apiTokens: ["ADMIN"] };

function authorizedRoles(kind: "mutations" | "queries", field: string): string[] | null {
  const storage = getMetadataStorage();
  const resolver = storage[kind].find((m) => m.schemaName === field);
  if (!resolver) throw new Error(`no resolver metadata for ${field}`);
  const auth = storage.authorizedFields.find((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
  return auth ? auth.roles : null;
}

describe("authorization", () => {
  it("guards every mutation of the schema with @Authorized (login and logout excepted)", async () => {
    const schema = await buildAppSchema();
    const fields = Object.keys(schema.getMutationType()!.getFields());
    expect(fields.length).toBeGreaterThan(5);
    const unguarded = fields.filter((f) => !PUBLIC_MUTATIONS.has(f) && authorizedRoles("mutations", f) === null);
    expect(unguarded).toEqual([]);
    for (const f of PUBLIC_MUTATIONS) expect(authorizedRoles("mutations", f)).toBeNull();
  });

  it("asks EDITOR for importing and review, ADMIN for users, tokens and the audit log", async () => {
    const schema = await buildAppSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    for (const f of ["importLetter", "resolveSignature", "setLetterTopics"]) expect(authorizedRoles("mutations", f), f).toEqual(["EDITOR"]);
    for (const f of ["createUser", "setUserRole", "createApiToken", "revokeApiToken"])
      expect(authorizedRoles("mutations", f), f).toEqual(["ADMIN"]);
    expect(mutations).toEqual(expect.arrayContaining(["importLetter", "createUser", "login", "logout"]));
    for (const [f, roles] of Object.entries(GUARDED_QUERIES)) expect(authorizedRoles("queries", f), f).toEqual(roles);
  });
});
