import type { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { Letter } from "../modules/letters/letter.entity";
import { Signature } from "../modules/letters/signature.entity";
import { toGlobalId } from "../modules/node/global-id";
import { buildAppSchema } from "./build-schema";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name];
const info = (type: string, name: string) => ({ parentType: schema.getType(type), fieldName: name }) as unknown as GraphQLResolveInfo;
const ID = "0b8e2b7a-4a4c-4c39-9a55-6f2d7c1f0e11";

describe("unwrapResolvers", () => {
  it("leaves fields read under their own name to the executor, and reads renamed ones directly", () => {
    expect(field("Letter", "title").resolve).toBeUndefined();
    expect(field("Letter", "databaseId").resolve!({ id: ID }, {}, {}, info("Letter", "databaseId"))).toBe(ID);
  });

  it("reads a getter on a root of its class, and converts any other root as TypeGraphQL does", () => {
    const letter = Object.assign(new Letter(), { id: ID });
    expect(field("Letter", "id").resolve!(letter, {}, {}, info("Letter", "id"))).toBe(toGlobalId("Letter", ID));
    expect(field("Letter", "id").resolve!({ id: ID }, {}, {}, info("Letter", "id"))).toBe(toGlobalId("Letter", ID));
  });

  it("calls a field resolver without arguments directly, with its root and context", async () => {
    const joined = Object.assign(new Letter(), { id: ID, title: "t" });
    const signature = Object.assign(new Signature(), { letterId: ID, joinedLetter: joined });
    expect(field("Signature", "letter").resolve!(signature, {}, {}, info("Signature", "letter"))).toBe(joined);
    const loaded = Object.assign(new Letter(), { id: ID });
    const ctx = { loaders: { letterById: { load: async (id: string) => (id === ID ? loaded : null) } } };
    const unjoined = Object.assign(new Signature(), { letterId: ID });
    await expect(field("Signature", "letter").resolve!(unjoined, {}, ctx, info("Signature", "letter"))).resolves.toBe(loaded);
  });

  it("keeps the role check on every field with @Authorized", async () => {
    const storage = getMetadataStorage();
    const guarded = storage.objectTypes.flatMap((o) =>
      (o.fields ?? []).filter((f) => f.roles !== undefined).map((f) => [o.name, f.schemaName] as const),
    );
    const fieldResolvers = storage.fieldResolvers
      .filter((r) => r.roles !== undefined && r.getObjectType)
      .map((r) => [storage.objectTypes.find((o) => o.target === r.getObjectType!())?.name, r.schemaName] as const);
    const all = [...guarded, ...fieldResolvers].filter(([type, name]) => type && schema.getType(type) && field(type, name));
    expect(all.map(([type, name]) => `${type}.${name}`)).toContain("Letter.history");
    for (const [type, name] of all) {
      const call = async () => field(type!, name).resolve!({ id: ID }, { first: 1 }, { user: null }, info(type!, name));
      await expect(call(), `${type}.${name}`).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    }
  });
});
