/**
 * Compiled execution (GRAPHQL_JIT): graphql-jit turns each (schema, document, operation) into a
 * JavaScript function once; later requests for the same document run that function instead of
 * graphql-js's interpreter.
 *
 * Apollo Server 5 has no `executor` option; its gateway interface is the supported way to
 * replace execution (`jitGateway`): Apollo still parses, validates, runs every plugin (limits,
 * response cache, error logging) and formats errors, and hands execution to us.
 *
 * Compiled functions are kept for the last MAX_COMPILED documents, keyed by a hash of the schema,
 * the document's hash and the operation name, so a changed schema never runs a function compiled
 * for another. What graphql-jit cannot do as graphql-js does goes to graphql-js:
 * - subscriptions, unknown operations, documents graphql-jit refuses to compile;
 * - operations selecting an interface or union anywhere: graphql-jit calls `resolveType`
 *   synchronously, and TypeGraphQL's returns a promise (`node(id)` would come back null);
 * - variables are coerced by graphql-js first, so bad variables keep graphql-js's errors
 *   (Apollo's BAD_USER_INPUT, status 400).
 * Custom scalars (Date) serialize through their own `serialize`, as in graphql-js.
 */
import { createHash } from "node:crypto";
import {
  execute,
  getNamedType,
  getVariableValues,
  isAbstractType,
  printSchema,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type * as GraphqlJit from "graphql-jit";
import type { CompiledQuery } from "graphql-jit";

// The CommonJS build, always: it must share graphql-js with type-graphql (an ESM import under
// vitest would load graphql's ESM build, a second copy that rejects our schema).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileQuery, isCompiledQuery } = require("graphql-jit") as typeof GraphqlJit;

/** Compiled documents kept (a dashboard sends a few dozen; the rest are ad-hoc). */
export const MAX_COMPILED = 500;

/** What a request gives the executor (a subset of Apollo's gateway request context). */
export interface JitRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation?: OperationDefinitionNode | null;
  operationName?: string | null;
  queryHash?: string;
  request: { variables?: Record<string, unknown> | null; operationName?: string | null };
  context: unknown;
}

type Entry = CompiledQuery | "fallback";

export class JitExecutor {
  private readonly compiled = new Map<string, Entry>();
  private readonly schemaHashes = new WeakMap<GraphQLSchema, string>();
  /** Counters for tests and measurements. */
  readonly stats = { compiled: 0, fallbacks: 0, jit: 0, interpreted: 0 };

  constructor(private readonly maxEntries = MAX_COMPILED) {}

  /** A hash of the schema's printed SDL, computed once per schema object. */
  schemaHash(schema: GraphQLSchema): string {
    let hash = this.schemaHashes.get(schema);
    if (hash === undefined) {
      hash = createHash("sha256").update(printSchema(schema)).digest("hex");
      this.schemaHashes.set(schema, hash);
    }
    return hash;
  }

  get size(): number {
    return this.compiled.size;
  }

  async execute(r: JitRequest): Promise<ExecutionResult> {
    const { schema, document, operation } = r;
    const variables = r.request.variables ?? undefined;
    const name = r.operationName ?? r.request.operationName ?? undefined;
    // Queries only: graphql-jit runs a mutation's root fields side by side, where the spec (and
    // graphql-js) runs them one after another; subscriptions are graphql-js's too.
    if (operation?.operation !== "query") return this.interpret(r);
    const entry = this.entryFor(schema, document, operation, name ?? undefined, r.queryHash);
    if (entry === "fallback") return this.interpret(r);
    // graphql-js's coercion first: the same errors for bad variables as without JIT.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    this.stats.jit++;
    const result = entry.query(undefined, r.context, variables ?? {}) as ExecutionResult | Promise<ExecutionResult>;
    return isPromise(result) ? result.then(withGraphqlErrors) : withGraphqlErrors(result);
  }

  private interpret(r: JitRequest): Promise<ExecutionResult> | ExecutionResult {
    this.stats.interpreted++;
    return execute({
      schema: r.schema,
      document: r.document,
      contextValue: r.context,
      variableValues: r.request.variables ?? undefined,
      operationName: r.request.operationName ?? undefined,
    });
  }

  private entryFor(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    name: string | undefined,
    queryHash: string | undefined,
  ): Entry {
    // Without Apollo's hash (direct calls), the document object itself is the key (WeakMap-free: its text).
    const docKey =
      queryHash ??
      createHash("sha256")
        .update(document.loc?.source.body ?? JSON.stringify(document))
        .digest("hex");
    const key = `${this.schemaHash(schema)}:${docKey}:${name ?? ""}`;
    let entry = this.compiled.get(key);
    if (entry !== undefined) {
      this.compiled.delete(key); // least recently used goes first
      this.compiled.set(key, entry);
      return entry;
    }
    entry = this.compile(schema, document, operation, name);
    if (this.compiled.size >= this.maxEntries) this.compiled.delete(this.compiled.keys().next().value!);
    this.compiled.set(key, entry);
    return entry;
  }

  private compile(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, name: string | undefined): Entry {
    if (selectsAbstractType(schema, document)) {
      this.stats.fallbacks++;
      return "fallback";
    }
    try {
      const compiled = compileQuery(schema, document, name, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(compiled)) {
        this.stats.fallbacks++;
        return "fallback";
      }
      this.stats.compiled++;
      return compiled;
    } catch {
      this.stats.fallbacks++;
      return "fallback";
    }
  }
}

const isPromise = <T>(v: T | Promise<T>): v is Promise<T> => typeof (v as Promise<T>)?.then === "function";

/**
 * graphql-jit reports a resolver's error as its own GraphQLError look-alike (on graphql-js's
 * prototype, but without `extensions` when the thrown error has none, where graphql-js always
 * sets an object): Apollo's and our formatting read `extensions.code`, failed on it, and
 * answered a BAD_USER_INPUT as a masked internal error without its path. Each becomes what
 * graphql-js's locatedError makes: the same message, path and locations, the thrown error as
 * `originalError` and its extensions.
 */
function withGraphqlErrors(result: ExecutionResult): ExecutionResult {
  const jitMade = (e: GraphQLError) => !(e instanceof GraphQLError) || !e.extensions;
  if (!result.errors?.some(jitMade)) return result;
  const errors = result.errors.map((e) => {
    if (!jitMade(e)) return e;
    const located = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined });
    (located as { locations?: unknown }).locations = e.locations;
    return located;
  });
  return { ...result, errors };
}

/**
 * Whether the document selects a field of interface or union type, or has a fragment on one
 * (all its definitions: another operation's fragments only make this cautious).
 */
export function selectsAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  const abstract = () => {
    const type = typeInfo.getType();
    return type !== null && type !== undefined && isAbstractType(getNamedType(type));
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (abstract()) found = true;
      },
      InlineFragment() {
        if (abstract()) found = true;
      },
      FragmentDefinition() {
        if (abstract()) found = true;
      },
    }),
  );
  return found;
}

/**
 * Apollo Server's gateway interface around a fixed schema, executing through `jit`. Apollo
 * calls `load` at start and then `onSchemaLoadOrUpdate`'s callback; the schema never changes here.
 */
export function jitGateway(schema: GraphQLSchema, jit: JitExecutor) {
  return {
    async load() {
      return {
        executor: async (request: {
          schema: GraphQLSchema;
          document: DocumentNode;
          operation?: OperationDefinitionNode;
          operationName: string | null;
          queryHash: string;
          request: { variables?: Record<string, unknown>; operationName?: string };
          context: unknown;
        }) => {
          const result = await jit.execute(request);
          return result as ExecutionResult & { errors?: readonly GraphQLError[] };
        },
      };
    },
    onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
  };
}
