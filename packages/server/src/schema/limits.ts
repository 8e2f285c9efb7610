/**
 * Query limits: a maximum depth and a maximum cost, checked once the operation is known and
 * before anything runs. A connection costs its page size (`first`, default included) times
 * what each item asks for; `__typename` (which Apollo Client adds to every selection set) costs
 * nothing; every other field costs 1. Both errors carry QUERY_TOO_COMPLEX.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
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

/**
 * Fields with fragments expanded. Counted by operationShape without expanding anything; also
 * graphql-query-complexity's own guard, so the cost walk that follows visits at most this many.
 */
export const MAX_QUERY_NODES = 2_500;

const tooManyNodes = () =>
  tooComplex(`The query expands to more than ${MAX_QUERY_NODES} fields once its fragments are spread.`, {
    limit: "nodes",
    maxNodes: MAX_QUERY_NODES,
  });

/** Fragment spreads per document walked by the depth check; a real dashboard query has a few dozen. */
export const MAX_SPREADS = 500;

/** Depth of the deepest field and the number of fields with every fragment spread expanded. */
export interface OperationShape {
  depth: number;
  fields: number;
}

/**
 * Depth of the deepest field (fragments followed, introspection fields not counted) and the
 * number of fields once fragments are expanded. Linear in the document: each fragment's shape
 * is computed once and remembered, so a fragment spread twice by each level of a chain costs
 * one walk per level, not 2^levels (the expanded count may still be 2^levels: it is a number,
 * refused when over MAX_QUERY_NODES before any walk expands it). A cycle (refused by validation
 * anyway) counts 0 where it closes. More than `maxSpreads` spreads throws QUERY_TOO_COMPLEX
 * (limit "spreads").
 */
export function operationShape(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  maxSpreads = MAX_SPREADS,
): OperationShape {
  const memo = new Map<string, OperationShape>();
  const walking = new Set<string>();
  let spreads = 0;
  const fragmentShape = (name: string): OperationShape => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    if (walking.has(name) || !fragments[name]) return { depth: 0, fields: 0 };
    walking.add(name);
    const shape = walk(fragments[name].selectionSet);
    walking.delete(name);
    memo.set(name, shape);
    return shape;
  };
  const walk = (set: SelectionSetNode | undefined): OperationShape => {
    const out = { depth: 0, fields: 0 };
    if (!set) return out;
    for (const sel of set.selections) {
      let inner: OperationShape;
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) continue;
        const below = walk(sel.selectionSet);
        inner = { depth: 1 + below.depth, fields: 1 + below.fields };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        inner = walk(sel.selectionSet);
      } else {
        if (++spreads > maxSpreads) {
          throw tooComplex(`The document spreads fragments more than ${maxSpreads} times; the limit is ${maxSpreads}.`, {
            limit: "spreads",
            maxSpreads,
          });
        }
        inner = fragmentShape(sel.name.value);
      }
      out.depth = Math.max(out.depth, inner.depth);
      out.fields += inner.fields;
    }
    return out;
  };
  return walk(operation.selectionSet);
}

/** Depth of the deepest field (see operationShape). */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  maxSpreads = MAX_SPREADS,
): number {
  return operationShape(operation, fragments, maxSpreads).depth;
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

export function operationCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}): number {
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
 * Depth and cost verdicts, remembered for the last VERDICTS (document, operation, variables):
 * the verdict depends on nothing else. Shared by Apollo's pipeline (queryLimitsPlugin) and the
 * direct execution path (http/direct-execution.ts), so a document is costed once for both.
 */
export class OperationLimits {
  private readonly verdicts = new Map<string, GraphQLError | null>();

  constructor(readonly limits = { maxDepth: MAX_DEPTH, maxCost: MAX_COST }) {}

  /** Null when within the limits; else the error to answer with (a fresh one each call). `documentKey` names the document (its hash or text). */
  check(
    documentKey: string,
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): GraphQLError | null {
    const key = `${documentKey}\u0000${operation.name?.value ?? ""}\u0000${variables ? JSON.stringify(variables) : "{}"}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = checkLimits(schema, document, operation, variables, this.limits);
      if (this.verdicts.size >= VERDICTS) this.verdicts.delete(this.verdicts.keys().next().value!);
      this.verdicts.set(key, verdict);
    }
    return verdict && new GraphQLError(verdict.message, { extensions: verdict.extensions });
  }
}

/**
 * Checks depth and cost once the operation is known (OperationLimits). Documents `trusted`
 * names (the dashboard's, checked when the server started) are not checked again.
 */
export function queryLimitsPlugin<C extends object>(
  limits: OperationLimits = new OperationLimits(),
  trusted?: { trusts(hash: string | undefined): boolean },
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, queryHash }) {
          if (!operation || trusted?.trusts(queryHash)) return;
          const error = limits.check(queryHash, schema, document, operation, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

/** The QUERY_TOO_COMPLEX error for an operation over the limits, or null when it is within them. */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits = { maxDepth: MAX_DEPTH, maxCost: MAX_COST },
): GraphQLError | null {
  return checkLimits(schema, document, operation, variables, limits);
}

function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: { maxDepth: number; maxCost: number },
): GraphQLError | null {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  let shape: OperationShape;
  try {
    shape = operationShape(operation, fragments);
  } catch (e) {
    return e as GraphQLError;
  }
  const { depth } = shape;
  if (shape.fields > MAX_QUERY_NODES) return tooManyNodes();
  if (depth > limits.maxDepth) {
    return tooComplex(`The query is ${depth} fields deep; the limit is ${limits.maxDepth}.`, {
      limit: "depth",
      depth,
      maxDepth: limits.maxDepth,
    });
  }
  let cost: number;
  try {
    cost = operationCost({ schema, document, variables, operationName: operation.name?.value });
  } catch (e) {
    // graphql-query-complexity stops after MAX_QUERY_NODES nodes (fragments expanded), so its work is bounded too.
    if (e instanceof Error && /maximum allowed number of nodes/.test(e.message)) return tooManyNodes();
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
