/** What a query selects below the field being resolved: lets a resolver load only what is asked for. */
import {
  getArgumentValues,
  getNamedType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";

const bySelection = new WeakMap<readonly FieldNode[], Map<string, unknown>>();

/**
 * `compute(info)`, once per selection (the field's nodes in its document) and `key`. A field
 * resolved for every row of a list (200 members' `signatures` in one query) asks the same
 * look-ahead question each time; the answer must depend only on the selection (not on
 * arguments, variables or the row), as the columns a selection needs do.
 */
export function perSelection<T>(info: GraphQLResolveInfo, key: string, compute: (info: GraphQLResolveInfo) => T): T {
  let answers = bySelection.get(info.fieldNodes);
  if (!answers) bySelection.set(info.fieldNodes, (answers = new Map()));
  if (!answers.has(key)) answers.set(key, compute(info));
  return answers.get(key) as T;
}

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

/** One selection of a child field, seen from its parent: its arguments and the `info` its own resolver will get (as far as look-ahead needs). */
export interface ChildSelection {
  args: Record<string, unknown>;
  info: GraphQLResolveInfo;
}

/**
 * Each selection of the child field `name` below the current field (an object type), with its
 * arguments (defaults applied; throws as the field would on a bad argument value). A root field
 * uses it to read ahead what the child's resolver will ask for.
 */
export function childSelections(info: GraphQLResolveInfo, name: string): ChildSelection[] {
  const def = (getNamedType(info.returnType) as GraphQLObjectType).getFields()[name];
  return subfields(info)
    .filter((f) => f.name.value === name)
    .map((node) => ({ args: getArgumentValues(def, node, info.variableValues), info: { ...info, fieldNodes: [node] } }));
}
