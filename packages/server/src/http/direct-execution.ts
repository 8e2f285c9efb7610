/**
 * The direct execution path: a POSTed query whose document Apollo Server has already parsed and
 * validated runs without Apollo's request pipeline.
 *
 * Apollo stays the path for everything it decides: the first request for a document (parse,
 * validation and their errors), mutations, GET, persisted-query extensions, operations over the
 * limits, bad variables, content types other than JSON. Once a document has passed validation
 * there (or was prepared as a trusted document at start), later requests for the same text
 * only do what a valid query needs: the limits verdict (remembered per variables), the response
 * cache's bookkeeping, execution (graphql-js, or the compiled function with GRAPHQL_JIT), error
 * formatting and logging as Apollo does them (security/errors.ts), and one JSON.stringify. The
 * answer is the same bytes, status and headers Apollo sends (`direct-execution.integration.test.ts`
 * compares both paths on every example and dashboard operation).
 *
 * Apollo's pipeline (its hooks, header map, content negotiation and promise chains) ran for every
 * query: `{ __typename }` took 0.13 ms of CPU a request with it and 0.07 ms this way (`pnpm bench`,
 * Q5, BENCHMARKS.md), now half of PostGraphile's.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  execute,
  getOperationAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import Negotiator from "negotiator";
import type { CachePending, ResponseCache } from "../cache/response-cache";
import { ByteLru } from "../cache/lru";
import type { Context } from "../context";
import type { JitExecutor } from "../schema/jit-executor";
import type { OperationLimits } from "../schema/limits";
import { documentBytes } from "../security/document-store";
import { formatExecutionErrors, logUnexpectedErrors, tagMaskedErrors } from "../security/errors";
import { sha256Hex, type TrustedDocuments } from "../security/trusted-documents";

/** The content types Apollo answers a single result with, in its order of preference. */
const JSON_TYPE = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json; charset=utf-8";
/** Apollo's third choice, whose answers it writes its own way: Apollo answers those. */
const CALLBACK_TYPE = "application/json; callbackSpec=1.0; charset=utf-8";

/** Accept headers seen (a few per client library) -> the content type Apollo picks, or null (Apollo answers 406). */
const ACCEPT_CACHE_SIZE = 64;

/** A document known to be valid, by its text. */
interface Known {
  document: DocumentNode;
  /** Checked within the limits at start with any variables (a trusted document): no verdict per request. */
  trusted: boolean;
  /** sha256 of the text, once the JIT needs a key. */
  hash?: string;
  bytes: number;
}

/** A request the direct path answers: its document, operation and variables. */
export interface DirectRequest {
  query: string;
  known: Known;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  contentType: string;
}

export interface DirectAnswer {
  status: number;
  headers: [string, string][];
  text: string;
}

export interface DirectExecutionOptions {
  schema: GraphQLSchema;
  limits: OperationLimits;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  jit: JitExecutor | null;
  cache: ResponseCache | null;
  /** The dashboard's documents, prepared at start: known before their first request. */
  trusted?: TrustedDocuments;
  /** Bytes of parsed documents kept (least recently used out). */
  maxBytes: number;
}

export class DirectExecution {
  private readonly known: ByteLru<Known>;
  private readonly accepts = new Map<string, string | null>();
  /** Set when the server stops: Apollo then refuses what arrives. */
  stopping = false;
  /** Requests answered here, and matched requests handed back to Apollo (variables that do not coerce). */
  readonly stats = { answered: 0, handedBack: 0 };

  constructor(private readonly o: DirectExecutionOptions) {
    this.known = new ByteLru(o.maxBytes);
    for (const [hash] of o.trusted?.entries() ?? []) {
      const text = o.trusted!.executedText(hash);
      const document = text === undefined ? undefined : o.trusted!.document(sha256Hex(text));
      if (text !== undefined && document) this.remember(text, document, true);
    }
  }

  /** An Apollo plugin that records each document once Apollo has parsed and validated it. */
  plugin<C extends object>(): ApolloServerPlugin<C> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const direct = this;
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ source, document, queryHash }) {
            if (source !== undefined && !direct.known.get(source))
              direct.remember(source, document, direct.o.trusted?.trusts(queryHash) ?? false);
          },
        };
      },
    };
  }

  private remember(text: string, document: DocumentNode, trusted: boolean): void {
    this.known.set(text, { document, trusted, bytes: documentBytes(document) + 2 * text.length });
  }

  /**
   * The request as the direct path runs it, or null when Apollo must answer: not a POSTed JSON
   * object with a known query text (no extensions), not a query operation, over the limits, or
   * asking for a content type Apollo would refuse.
   */
  match(body: unknown, accept: string | undefined): DirectRequest | null {
    if (this.stopping || typeof body !== "object" || body === null || Array.isArray(body)) return null;
    const { query, variables, operationName, extensions, ...rest } = body as Record<string, unknown>;
    if (typeof query !== "string" || extensions !== undefined || Object.keys(rest).length) return null;
    if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return null;
    const known = this.known.get(query);
    if (!known) return null;
    const operation = getOperationAST(known.document, (operationName as string | null | undefined) ?? undefined);
    if (operation?.operation !== "query") return null;
    const contentType = this.contentTypeFor(accept);
    if (contentType === null) return null;
    const vars = (variables ?? undefined) as Record<string, unknown> | undefined;
    if (!known.trusted && this.o.limits.check(query, this.o.schema, known.document, operation, vars)) return null;
    return { query, known, operation, variables: vars, contentType };
  }

  /**
   * Runs a matched request. Null when execution never started (variables that do not coerce):
   * Apollo then answers with its errors and status.
   */
  async run(r: DirectRequest, context: Context, pending: CachePending | null): Promise<DirectAnswer | null> {
    const { cache, schema } = this.o;
    const cacheable = cache ? cache.resolved(pending, r.known.document, r.operation, schema) : false;
    const result = await this.execute(r, context);
    if (result.data === undefined) {
      this.stats.handedBack++;
      return null;
    }
    this.stats.answered++;
    const errors = result.errors?.length ? result.errors : undefined;
    let formatted: GraphQLFormattedError[] | undefined;
    if (errors) {
      logUnexpectedErrors(errors, context.request.id);
      formatted = formatExecutionErrors(errors, this.o.formatError);
      tagMaskedErrors(formatted, context.request.id);
    }
    const headers: [string, string][] = [];
    if (cache) await cache.finish(pending, false, cacheable && !errors, (name, value) => headers.push([name, value]));
    headers.push(["content-type", r.contentType]);
    // Apollo's key order (errors, data) and its trailing newline: the same bytes either way.
    const text = JSON.stringify(formatted ? { errors: formatted, data: result.data } : { data: result.data }) + "\n";
    return { status: 200, headers, text };
  }

  private execute(r: DirectRequest, context: Context): Promise<ExecutionResult> | ExecutionResult {
    const operationName = r.operation.name?.value;
    if (this.o.jit) {
      r.known.hash ??= sha256Hex(r.query);
      return this.o.jit.execute({
        schema: this.o.schema,
        document: r.known.document,
        operation: r.operation,
        operationName,
        queryHash: r.known.hash,
        request: { variables: r.variables, operationName },
        context,
      });
    }
    return execute({
      schema: this.o.schema,
      document: r.known.document,
      operationName,
      variableValues: r.variables,
      contextValue: context,
    });
  }

  /** What Apollo answers a single result with for this Accept header (negotiator, as Apollo does), or null for a 406. */
  private contentTypeFor(accept: string | undefined): string | null {
    if (!accept) return JSON_TYPE;
    let type = this.accepts.get(accept);
    if (type === undefined) {
      const chosen = new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE, CALLBACK_TYPE]);
      type = chosen === JSON_TYPE || chosen === GRAPHQL_RESPONSE_TYPE ? chosen : null;
      if (this.accepts.size >= ACCEPT_CACHE_SIZE) this.accepts.delete(this.accepts.keys().next().value!);
      this.accepts.set(accept, type);
    }
    return type;
  }
}
