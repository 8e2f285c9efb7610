/**
 * TypeGraphQL wraps every field it resolves. Per call its wrapper builds resolver data, runs the
 * middleware chain (empty here unless a field has roles or middlewares), sorts the parameters'
 * metadata and maps it into an argument list. On lists that is paid per row: Q2 of the
 * benchmark (20 members, 200 signatures with their letters) spent ~10% of its server CPU there.
 *
 * After the schema is built, this replaces the wrapper where it does nothing but call through:
 * - an object field read from a property under another name (`Letter.databaseId` is `id`): a
 *   property read, or no resolver at all when the names agree (graphql-jit then inlines it);
 * - a getter of the object type's class (`Letter.id` is `get nodeId()`): the getter, read on a
 *   root of that class;
 * - a field resolver whose parameters are @Root, @Ctx, @Info and @Arg: a direct call on the
 *   resolver class's instance. Each argument is converted into its input class by TypeGraphQL's
 *   own conversion, as its wrapper does; the schema is built with `validate: false`, so its
 *   wrapper validates nothing either (an @Arg with validation of its own keeps the wrapper).
 *   TypeGraphQL's wrapper also awaits each argument's (empty) validation: a member's
 *   `signatures(first: 10)` on a page of members was a promise and a microtask a row.
 * Fields with roles (@Authorized) or middlewares keep TypeGraphQL's resolver: their checks run.
 * A root that is not an instance of the @Root parameter's class goes through TypeGraphQL's
 * resolver too, which converts it as before.
 */
import path from "node:path";
import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type ObjectTypeMetadata = ReturnType<typeof getMetadataStorage>["objectTypes"][number];
type FieldMetadata = NonNullable<ObjectTypeMetadata["fields"]>[number];
/** A class, as TypeGraphQL's metadata holds it. */
type ClassOf = ObjectTypeMetadata["target"];
type Instance = Record<string, (...args: unknown[]) => unknown>;
type ParamGetter = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type ArgMetadata = { name: string; getType: () => unknown; validateSettings?: unknown; validateFn?: unknown };

/**
 * TypeGraphQL's conversion of an argument into its input class (not exported by the package: its
 * file, next to the entry point of the pinned version).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { convertArgToInstance } = require(path.join(path.dirname(require.resolve("type-graphql")), "resolvers/convert-args.js")) as {
  convertArgToInstance: (arg: ArgMetadata, args: Record<string, unknown>) => unknown;
};

const none = (list: readonly unknown[] | undefined) => !list || list.length === 0;

/** Replaces TypeGraphQL's per-call wrapper on `schema`'s plain fields and field resolvers; returns how many. */
export function unwrapResolvers(schema: GraphQLSchema, resolverClasses: readonly ClassOf[]): number {
  const storage = getMetadataStorage();
  const instances = new Map<ClassOf, Instance>();
  let unwrapped = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const graphqlFields = type.getFields();
    for (const field of fieldsOf(objectType.target, storage.objectTypes)) {
      const graphqlField = graphqlFields[field.schemaName];
      if (!graphqlField?.resolve || !none(field.roles) || !none(field.middlewares)) continue;
      const resolver = storage.fieldResolvers.find(
        (r) =>
          (r.kind === "internal" || resolverClasses.includes(r.target)) &&
          r.getObjectType?.() === field.target &&
          r.methodName === field.name,
      );
      if (!resolver) {
        const name = field.name;
        graphqlField.resolve = name === field.schemaName ? undefined : (root) => (root as Record<string, unknown>)[name];
        unwrapped++;
        continue;
      }
      if (!none(resolver.roles) || !none(resolver.middlewares)) continue;
      if (resolver.kind === "internal") {
        // A getter of the object type's class (`get nodeId()`): TypeGraphQL converts the root to the class and reads it.
        const Type = field.target;
        const name = field.name;
        if (!hasGetter(Type.prototype, name)) continue;
        const wrapped = graphqlField.resolve;
        graphqlField.resolve = (root, args, ctx, info) =>
          root instanceof Type ? (root as Record<string, unknown>)[name] : wrapped(root, args, ctx, info);
        unwrapped++;
        continue;
      }
      const getters = paramGetters(resolver.params ?? []);
      if (!getters) continue;
      let instance = instances.get(resolver.target);
      if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => Instance)()));
      graphqlField.resolve = directCall(instance, resolver.methodName, getters, rootClass(resolver.params ?? []), graphqlField.resolve);
      unwrapped++;
    }
  }
  return unwrapped;
}

/** The fields of an object type's class, its own and those it inherits from object type classes (a connection's `totalCount`). */
function fieldsOf(target: ClassOf, objectTypes: readonly ObjectTypeMetadata[]): FieldMetadata[] {
  const fields = new Map<string, FieldMetadata>();
  for (let t: ClassOf | null = target; t && t !== Function.prototype; t = Object.getPrototypeOf(t)) {
    for (const f of objectTypes.find((o) => o.target === t)?.fields ?? []) if (!fields.has(f.schemaName)) fields.set(f.schemaName, f);
  }
  return [...fields.values()];
}

function hasGetter(prototype: object | null, name: string): boolean {
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const property = Object.getOwnPropertyDescriptor(p, name);
    if (property) return Boolean(property.get);
  }
  return false;
}

/** How to get each parameter, in order; null when one needs TypeGraphQL (validation, @Args classes, custom decorators). */
function paramGetters(params: readonly { kind: string; index: number; propertyName?: string }[]): ParamGetter[] | null {
  const getters: ParamGetter[] = [];
  for (const p of [...params].sort((a, b) => a.index - b.index)) {
    if (p.index !== getters.length) return null;
    const property = p.propertyName;
    if (p.kind === "root") getters.push(property ? (root) => (root as Record<string, unknown>)[property] : (root) => root);
    else if (p.kind === "context")
      getters.push(property ? (_, __, ctx) => (ctx as Record<string, unknown>)[property] : (_, __, ctx) => ctx);
    else if (p.kind === "info") getters.push((_, __, ___, info) => info);
    else if (p.kind === "arg") {
      const arg = p as unknown as ArgMetadata;
      if (arg.validateSettings !== undefined || arg.validateFn !== undefined) return null;
      getters.push((_, args) => convertArgToInstance(arg, args));
    } else return null;
  }
  return getters;
}

/** The class TypeGraphQL would convert the root into, when the resolver takes the whole root. */
function rootClass(params: readonly { kind: string; propertyName?: string; getType?: () => unknown }[]): ClassOf | null {
  const root = params.find((p) => p.kind === "root");
  if (!root || root.propertyName || !root.getType) return null;
  const type = root.getType();
  return typeof type === "function" && type !== Object ? type : null;
}

function directCall(
  instance: Instance,
  method: string,
  getters: readonly ParamGetter[],
  RootClass: ClassOf | null,
  wrapped: Resolve,
): Resolve {
  const fn = instance[method];
  // One form per parameter count: no array and no padding arguments per call. (A single form that
  // passed undefined for missing parameters measured 0.88-0.91x of this, but a rerun of identical
  // code gave 0.91-0.94x on the same machine: not shown to be slower, not worth changing.)
  const [a, b, c] = getters;
  const call: Resolve =
    getters.length === 0
      ? () => fn.call(instance)
      : getters.length === 1
        ? (root, args, ctx, info) => fn.call(instance, a(root, args, ctx, info))
        : getters.length === 2
          ? (root, args, ctx, info) => fn.call(instance, a(root, args, ctx, info), b(root, args, ctx, info))
          : getters.length === 3
            ? (root, args, ctx, info) => fn.call(instance, a(root, args, ctx, info), b(root, args, ctx, info), c(root, args, ctx, info))
            : (root, args, ctx, info) =>
                fn.apply(
                  instance,
                  getters.map((g) => g(root, args, ctx, info)),
                );
  if (!RootClass) return call;
  return (root, args, ctx, info) => (root instanceof RootClass ? call(root, args, ctx, info) : wrapped(root, args, ctx, info));
}
