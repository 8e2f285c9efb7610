/**
 * Relations read in the parent's own statement: a signature page read with its members (or a
 * member's page with its letters) puts each related row on the parent (`joinedMember`,
 * `joinedLetter`), and the field's resolver returns it without a promise. TypeGraphQL still
 * calls that resolver through its generic wrapper (parameter list sorted and mapped, middleware
 * chain, resolver data) for every row: for 100 signers, more CPU than reading the row.
 *
 * `shortcutJoinedFields` puts a check in front of such a field: the joined value when the row
 * carries one, the TypeGraphQL resolver otherwise. It is the resolver's own first line, so the
 * answer is the same. A field guarded by `@Authorized` or a middleware would skip its guard this
 * way: those are refused when the schema is built.
 */
import { getMetadataStorage } from "type-graphql";
import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from "graphql";

export interface JoinedField {
  /** GraphQL type and field, e.g. Signature.member. */
  type: string;
  field: string;
  /** The property of the row that holds the relation when it was read with the row. */
  property: string;
  /** The @Resolver class and method that resolve the field otherwise. */
  resolver: Function;
  method: string;
}

/** Installs the shortcut on each field; throws when one is guarded (its resolver must run). */
export function shortcutJoinedFields(schema: GraphQLSchema, fields: readonly JoinedField[]): void {
  const m = getMetadataStorage();
  for (const j of fields) {
    const guarded =
      m.authorizedFields.some((a) => a.target === j.resolver && a.fieldName === j.method) ||
      m.authorizedResolver.some((a) => a.target === j.resolver) ||
      m.middlewares.some((a) => a.target === j.resolver && a.fieldName === j.method) ||
      m.resolverMiddlewares.some((a) => a.target === j.resolver);
    if (guarded) throw new Error(`${j.type}.${j.field} has a guard or middleware: its resolver must always run`);
    const field = (schema.getType(j.type) as GraphQLObjectType | undefined)?.getFields()[j.field];
    if (!field?.resolve) throw new Error(`${j.type}.${j.field} has no resolver to shortcut`);
    const resolve: GraphQLFieldResolver<Record<string, unknown>, unknown> = field.resolve;
    const property = j.property;
    field.resolve = (row, args, context, info) => {
      const joined = row[property];
      return joined !== undefined && joined !== null ? joined : resolve(row, args, context, info);
    };
  }
}
