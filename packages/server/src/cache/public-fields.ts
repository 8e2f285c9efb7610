/**
 * Which operations the response cache may keep: queries whose every selected field answers the
 * same to everyone. A field guarded by `@Authorized` (its answer depends on who asks, or is an
 * error) or one that reads the caller (`me`) makes the whole response private.
 */
import {
  isAbstractType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getMetadataStorage } from "type-graphql";

/** Public (no `@Authorized`) but answered from the caller's session. */
export const CALLER_FIELDS: readonly string[] = ["Query.me"];

/** `Type.field` of every field TypeGraphQL guards with `@Authorized` (on the field or its resolver class). */
export function guardedFields(): Set<string> {
  const m = getMetadataStorage();
  const out = new Set<string>();
  for (const q of m.queries) if (q.roles) out.add(`Query.${q.schemaName}`);
  for (const q of m.mutations) if (q.roles) out.add(`Mutation.${q.schemaName}`);
  const types = [...m.objectTypes, ...m.interfaceTypes];
  const nameOf = new Map(types.map((t) => [t.target, t.name]));
  for (const t of types) {
    // A type also has the fields of the classes it extends (connections, base classes).
    for (let cls: object | null = t.target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as object | null) {
      for (const f of m.fields) if (f.target === cls && f.roles) out.add(`${t.name}.${f.schemaName}`);
    }
  }
  for (const r of m.fieldResolvers) {
    const type = r.roles ? r.getObjectType?.() : undefined;
    const name = type ? nameOf.get(type) : undefined;
    if (name) out.add(`${name}.${r.schemaName}`);
  }
  return out;
}

export class PublicFields {
  private readonly private_: Set<string>;

  constructor(
    private readonly schema: GraphQLSchema,
    guarded: Set<string> = guardedFields(),
  ) {
    this.private_ = new Set([...guarded, ...CALLER_FIELDS]);
  }

  /** True when `operation` is a query and every field it (or any fragment) selects is public. */
  cacheable(document: DocumentNode, operation: OperationDefinitionNode): boolean {
    if (operation.operation !== "query") return false;
    const typeInfo = new TypeInfo(this.schema);
    let ok = true;
    const visitor = visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (name.startsWith("__")) return;
        if (!parent) return void (ok = false); // unknown: validation failed, do not cache
        const owners = isAbstractType(parent) ? [parent, ...this.schema.getPossibleTypes(parent)] : [parent];
        if (owners.some((t) => this.private_.has(`${t.name}.${name}`))) ok = false;
      },
    });
    for (const d of document.definitions) {
      if (d === operation || d.kind === Kind.FRAGMENT_DEFINITION) visit(d, visitor);
      if (!ok) return false;
    }
    return ok;
  }
}
