/**
 * Query limits: a maximum depth and a maximum cost, checked once the operation is known and
 * before anything runs. A connection costs its page size (`first`, default included) times
 * what each item asks for; `__typename` (which Apollo Client adds to every selection set) costs
 * nothing; every other field costs 1. Both errors carry QUERY_TOO_COMPLEX.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError, Kind, TypeNameMetaFieldDef,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { costPageSize } from "./connection";

// The CommonJS build, always: it must share graphql-js with type-graphql (an ESM import under
// vitest would load graphql's ESM build, a second copy that rejects our schema).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getComplexity, simpleEstimator } = require("graphql-query-complexity") as typeof QueryComplexity;

/** letters > edges > node > signatures > edges > node > member > terms > party is 9 deep. */
export const MAX_DEPTH = 12;
/** e.g. 100 letters with 20 signatures each and their members; 100 x 100 signatures is too much. */
export const MAX_COST = 25_000;

function tooComplex(message: string, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "QUERY_TOO_COMPLEX", ...extra, http: { status: 400 } } });
}

/** Fields the cost walk visits with fragments expanded (graphql-query-complexity's own guard, made explicit). */
export const MAX_QUERY_NODES = 10_000;

/** Fragment spreads per document walked by the depth check; a real dashboard query has a few dozen. */
export const MAX_SPREADS = 500;

/**
 * Depth of the deepest field; fragments are followed, introspection fields are not counted.
 * Linear in the document: each fragment's depth is computed once and remembered, so a fragment
 * spread twice by each level of a chain costs one walk per level, not 2^levels. A cycle (refused
 * by validation anyway) counts 0 where it closes. Spreads are counted as they are met, and more
 * than `maxSpreads` throws QUERY_TOO_COMPLEX (limit "spreads").
 */
export function operationDepth(
  operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, maxSpreads = MAX_SPREADS,
): number {
  const memo = new Map<string, number>();
  const walking = new Set<string>();
  let spreads = 0;
  const fragmentDepth = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    if (walking.has(name) || !fragments[name]) return 0;
    walking.add(name);
    const d = depth(fragments[name].selectionSet);
    walking.delete(name);
    memo.set(name, d);
    return d;
  };
  const depth = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) continue;
        max = Math.max(max, 1 + depth(sel.selectionSet));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depth(sel.selectionSet));
      } else {
        if (++spreads > maxSpreads) {
          throw tooComplex(`The document spreads fragments more than ${maxSpreads} times; the limit is ${maxSpreads}.`, { limit: "spreads", maxSpreads });
        }
        max = Math.max(max, fragmentDepth(sel.name.value));
      }
    }
    return max;
  };
  return depth(operation.selectionSet);
}

/**
 * A field with a `first` argument returns up to `first` items, each costing its selection. The
 * page size is the one the resolver will use (connection.ts `pageSize`): an absent or null
 * `first` is the field's default, not 1.
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = field.args.find((a) => a.name === "first");
  if (!first) return undefined;
  const items = costPageSize(args.first, first.defaultValue);
  return 1 + items * Math.max(childComplexity, 1);
};

/** `__typename` is answered from the schema, not resolved: Apollo Client adds it everywhere, it must not count. */
const typenameEstimator: ComplexityEstimator = ({ field }) => (field.name === TypeNameMetaFieldDef.name ? 0 : undefined);

export function operationCost(options: { schema: GraphQLSchema; document: DocumentNode; variables?: Record<string, unknown>; operationName?: string }): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables ?? {},
    operationName: options.operationName,
    estimators: [typenameEstimator, connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    maxQueryNodes: MAX_QUERY_NODES,
  });
}

/** How many verdicts queryLimitsPlugin remembers (documents repeat: a dashboard sends a few dozen). */
const VERDICTS = 1000;

/**
 * Checks depth and cost once the operation is known. The verdict depends only on the document,
 * the operation and the variables, so it is remembered for the last VERDICTS of them.
 */
export function queryLimitsPlugin<C extends object>(limits = { maxDepth: MAX_DEPTH, maxCost: MAX_COST }): ApolloServerPlugin<C> {
  const verdicts = new Map<string, GraphQLError | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, queryHash }) {
          if (!operation) return;
          const key = `${queryHash}\u0000${operation.name?.value ?? ""}\u0000${JSON.stringify(request.variables ?? {})}`;
          let verdict = verdicts.get(key);
          if (verdict === undefined) {
            verdict = checkLimits(schema, document, operation, request.variables, limits);
            if (verdicts.size >= VERDICTS) verdicts.delete(verdicts.keys().next().value!);
            verdicts.set(key, verdict);
          }
          if (verdict) throw new GraphQLError(verdict.message, { extensions: verdict.extensions }); // a fresh error per request
        },
      };
    },
  };
}

/** The QUERY_TOO_COMPLEX error for an operation over the limits, or null when it is within them. */
function checkLimits(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined,
  limits: { maxDepth: number; maxCost: number },
): GraphQLError | null {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  let depth: number;
  try {
    depth = operationDepth(operation, fragments);
  } catch (e) {
    return e as GraphQLError;
  }
  if (depth > limits.maxDepth) {
    return tooComplex(`The query is ${depth} fields deep; the limit is ${limits.maxDepth}.`, { limit: "depth", depth, maxDepth: limits.maxDepth });
  }
  let cost: number;
  try {
    cost = operationCost({ schema, document, variables, operationName: operation.name?.value });
  } catch (e) {
    // graphql-query-complexity stops after MAX_QUERY_NODES nodes (fragments expanded), so its work is bounded too.
    if (e instanceof Error && /maximum allowed number of nodes/.test(e.message)) {
      return tooComplex(`The query expands to more than ${MAX_QUERY_NODES} fields once its fragments are spread.`, { limit: "nodes", maxNodes: MAX_QUERY_NODES });
    }
    return null; // invalid variables: execution reports them with their own error
  }
  if (cost > limits.maxCost) {
    return tooComplex(
      `The query could cost ${cost} (each connection counts \`first\` times its fields); the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested fields.`,
      { limit: "cost", cost, maxCost: limits.maxCost },
    );
  }
  return null;
}
