/** What a query selects below the field being resolved: lets a resolver load only what is asked for. */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The fields selected directly under the current field, fragments and inline fragments followed. */
export function subfields(info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else walk(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return out;
}

/** Names of the fields selected directly under the current field. */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  return new Set(subfields(info).map((f) => f.name.value));
}
