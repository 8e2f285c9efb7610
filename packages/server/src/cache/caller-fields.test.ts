/**
 * Guard: no field whose resolver reads the caller can be cached. The response cache keeps a
 * query when every field it selects is public (public-fields.ts); a field answered from the
 * caller's session that is neither `@Authorized` nor in CALLER_FIELDS would be cached and served
 * to other users. "Reads the caller" is read off each resolver's code, through TypeGraphQL's
 * metadata: it names the context's `user` or `request` (session, token, address, actorOf), or
 * hands the whole context to another function, which could read them.
 */
import "reflect-metadata";
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../schema/build-schema";
import { CALLER_FIELDS, guardedFields, PublicFields } from "./public-fields";
import { getOperationAST, parse, type GraphQLSchema } from "graphql";

interface ResolverInfo {
  /** `Type.field` */
  field: string;
  source: string;
  contextParam: string | null;
  /** The resolver class's prototype, whose other methods a resolver may hand the context to. */
  owner: object;
}

/** Where a method's parameter list ends in its source. */
function paramsEnd(source: string): number {
  let depth = 0;
  for (let i = source.indexOf("("); i < source.length; i++) {
    if (source[i] === "(") depth++;
    if (source[i] === ")" && --depth === 0) return i;
  }
  return source.length;
}

/** The parameter names of a method, from its source. */
function paramNames(source: string): string[] {
  return source
    .slice(source.indexOf("(") + 1, paramsEnd(source))
    .split(",")
    .map((p) => p.trim().split(/[\s=:]/)[0])
    .filter(Boolean);
}

/** Every query and field resolver TypeGraphQL knows, with its code and the name its `@Ctx()` parameter has. */
function queryResolvers(): ResolverInfo[] {
  const m = getMetadataStorage();
  const types = [...m.objectTypes, ...m.interfaceTypes];
  const nameOf = new Map(types.map((t) => [t.target, t.name]));
  const out: ResolverInfo[] = [];
  const add = (field: string, target: { prototype: unknown }, methodName: string) => {
    let d: PropertyDescriptor | undefined;
    for (let o = target.prototype as object | null; o && !d; o = Object.getPrototypeOf(o) as object | null)
      d = Object.getOwnPropertyDescriptor(o, methodName);
    const fn: unknown = d?.value ?? d?.get; // a getter field reads its own object, never the context
    if (typeof fn !== "function") return;
    const source = fn.toString();
    const ctx = m.params.find(
      (p) => p.target === target && p.methodName === methodName && p.kind === "context" && !("propertyName" in p && p.propertyName),
    );
    out.push({ field, source, contextParam: ctx ? (paramNames(source)[ctx.index] ?? null) : null, owner: target.prototype as object });
  };
  for (const q of m.queries) add(`Query.${q.schemaName}`, q.target, q.methodName);
  for (const r of m.fieldResolvers) {
    const type = r.getObjectType?.();
    const name = type ? nameOf.get(type) : undefined;
    if (name) add(`${name}.${r.schemaName}`, r.target, r.methodName);
  }
  return out;
}

/**
 * True when the code reads the caller through the context named `ctx`: `ctx.user`, `ctx.request`,
 * `ctx[...]`, `{ ...ctx }`, or the whole context handed to a function, which could read them. A
 * context handed to a method of the same class (`this.page(ctx, …)`) is followed into that method.
 */
function readsCaller(source: string, ctx: string | null, owner?: object, seen = new Set<string>()): boolean {
  if (!ctx) return false;
  const c = ctx.replace(/[$]/g, "\\$");
  const body = source.slice(paramsEnd(source) + 1);
  if (new RegExp(`\\b${c}\\s*\\.\\s*(user|request)\\b|\\b${c}\\s*\\[|\\.\\.\\.\\s*${c}\\b`).test(body)) return true;
  for (const m of body.matchAll(new RegExp(`[(,]\\s*${c}\\s*(?=[,)])`, "g"))) {
    // The call the context is an argument of, and at which position.
    let depth = 0;
    let index = 0;
    let open = m.index + 1;
    for (let i = m.index; i >= 0; i--) {
      const ch = body[i];
      if (ch === ")" || ch === "]" || ch === "}") depth++;
      else if ((ch === "(" || ch === "[" || ch === "{") && depth-- === 0) {
        open = i;
        break;
      } else if (ch === "," && depth === 0 && i !== m.index) index++;
    }
    if (body[m.index] === ",") index++;
    const callee = /this\.(\w+)\s*$/.exec(body.slice(0, open))?.[1];
    const method = callee && owner ? (owner as Record<string, unknown>)[callee] : undefined;
    if (typeof method !== "function" || body[open] !== "(") return true; // handed to code this check cannot follow
    if (seen.has(callee!)) continue;
    seen.add(callee!);
    const inner = method.toString();
    if (readsCaller(inner, paramNames(inner)[index] ?? null, owner, seen)) return true;
  }
  return false;
}

describe("caller-dependent fields", () => {
  let schema: GraphQLSchema;
  let resolvers: ResolverInfo[];
  let guarded: Set<string>;
  beforeAll(async () => {
    schema = await buildAppSchema();
    resolvers = queryResolvers();
    guarded = guardedFields();
  });

  it("are @Authorized or listed as caller fields, so the cache never keeps them", () => {
    expect(resolvers.length).toBeGreaterThan(50);
    const unlisted = resolvers
      .filter((r) => readsCaller(r.source, r.contextParam, r.owner))
      .map((r) => r.field)
      .filter((f) => !guarded.has(f) && !CALLER_FIELDS.includes(f));
    expect(unlisted).toEqual([]);
  });

  it("are found: `me` reads the caller and its responses are not cached", () => {
    const me = resolvers.find((r) => r.field === "Query.me")!;
    expect(readsCaller(me.source, me.contextParam)).toBe(true);
    const doc = parse(`{ me { email } }`);
    expect(new PublicFields(schema).cacheable(doc, getOperationAST(doc)!)).toBe(false);
    // Every listed caller field is a field of the schema (a rename would leave the list stale).
    for (const f of CALLER_FIELDS) {
      const [type, field] = f.split(".");
      expect((schema.getType(type) as { getFields?: () => Record<string, unknown> })?.getFields?.()[field], f).toBeDefined();
    }
  });

  it("are recognised in any form: the user, the request, an indexed or spread context, or the context handed on", () => {
    const reads = [
      "me(ctx) { return ctx.user; }",
      "a(root, context) { return context.request.ip; }",
      "b(c) { return actorOf(c.request); }",
      "d(ctx) { return helper(ctx); }",
      "e(ctx, x) { return helper(x, ctx); }",
      "f(ctx) { return ctx['user']; }",
      "g(ctx) { return run({ ...ctx }); }",
    ];
    for (const source of reads)
      expect(
        readsCaller(
          source,
          paramNames(source).find((p) => /^c/.test(p))!,
        ),
        source,
      ).toBe(true);
    const owner = {
      page(c: unknown, id: string) {
        return [c, id];
      },
      leak(id: string, c: { user: unknown }) {
        return [id, c.user];
      },
    };
    expect(readsCaller("k(ctx, id) { return this.page(ctx, id); }", "ctx", owner)).toBe(false);
    expect(readsCaller("l(ctx, id) { return this.leak(f(id, 2), ctx); }", "ctx", owner)).toBe(true);
    expect(readsCaller("m(ctx, id) { return other.page(ctx, id); }", "ctx", owner)).toBe(true);
    for (const source of [
      "h(root, ctx) { return ctx.loaders.memberById.load(root.id); }",
      "i(ctx) { return ctx.letters.byId(ctxId); }",
      "j(root) { return root.user; }",
    ]) {
      expect(readsCaller(source, paramNames(source).includes("ctx") ? "ctx" : null), source).toBe(false);
    }
  });
});
