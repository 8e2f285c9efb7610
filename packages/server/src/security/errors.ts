/**
 * What clients see of errors: their own mistakes with codes, never internals. A DomainError
 * (errors/domain-error.ts), which services throw for requests they refuse, becomes its message,
 * code and details here and nowhere else. An unexpected error is logged with the request's id
 * and answered with INTERNAL_SERVER_ERROR and that id.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { DomainError } from "../errors/domain-error";
import { TOKEN_LIMIT_MESSAGE } from "./document-limits";
import { logError } from "./log";

export const EXPOSED_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "NOT_FOUND",
  "CONFLICT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "QUERY_TOO_COMPLEX",
  "RATE_LIMITED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const MASKED_MESSAGE = "Internal server error";

/**
 * PostgreSQL errors a caller's values cause, not a fault of the server: class 22 (data
 * exceptions: a NUL byte, a crafted cursor's "not-a-date", a number out of range) and 54001
 * (a search so large the planner's stack overflows). They become BAD_USER_INPUT.
 */
const INPUT_SQLSTATES = /^(22...|54001)$/;

/** A BAD_USER_INPUT (or, for a cancelled expensive filter, QUERY_TOO_COMPLEX) answer for a database error the input caused, or null. */
export function inputErrorOf(error: unknown): { message: string; extensions: Record<string, unknown> } | null {
  const driver = (error as { driverError?: { code?: unknown } } | undefined)?.driverError ?? error;
  const sqlState = (driver as { code?: unknown } | undefined)?.code;
  if (typeof sqlState !== "string") return null;
  if (INPUT_SQLSTATES.test(sqlState)) {
    return {
      message: "A value in the request cannot be used (e.g. a NUL character, a malformed cursor, or a search too large).",
      extensions: { code: "BAD_USER_INPUT", sqlState },
    };
  }
  if (sqlState === "57014" && (driver as { publicFilter?: boolean }).publicFilter) {
    return {
      message: "The filter took too long; narrow it (fewer or shorter search words).",
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "filterTime" },
    };
  }
  return null;
}

/** "Did you mean …?" in any form graphql-js writes it (fields, arguments, types, enum values, input fields). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** Removes schema suggestions from a message (for production, or with introspection off). */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "").trim();
}

/** Apollo's formatError: client errors pass through without stack traces; anything else is masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (domain) return { message: domain.message, locations: formatted.locations, path: formatted.path, extensions: domain.extensions };
  const input = inputErrorOf((error as GraphQLError)?.originalError);
  if (input) return { message: input.message, locations: formatted.locations, path: formatted.path, extensions: input.extensions };
  const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
  let code = extensions.code as string | undefined;
  // Apollo gives every validation error GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
  const own = (error as GraphQLError)?.originalError as GraphQLError | undefined;
  if (code === "GRAPHQL_VALIDATION_FAILED" && own?.extensions?.code === "QUERY_TOO_COMPLEX") code = "QUERY_TOO_COMPLEX";
  const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) {
    return {
      message: `The document has more than ${tokens[1]} tokens; the limit is ${tokens[1]}.`,
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", maxTokens: Number(tokens[1]) },
    };
  }
  if (code && EXPOSED_CODES.has(code)) return { ...formatted, extensions: { ...extensions, code } };
  return { message: MASKED_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** The DomainError behind a GraphQL error (graphql-js keeps the thrown error as `originalError`), or null. */
export function domainErrorOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const original = (error as GraphQLError | undefined)?.originalError;
  return original instanceof DomainError ? original : null;
}

/** Logs the errors that are not the client's (with the request id); those are answered masked. */
export function logUnexpectedErrors(errors: readonly GraphQLError[], requestId: string | undefined): void {
  for (const e of errors) {
    const code = e.extensions?.code as string | undefined;
    if ((code && EXPOSED_CODES.has(code)) || domainErrorOf(e) || inputErrorOf(e.originalError)) continue;
    logError(`[request ${requestId ?? "?"}] internal error:`, e.originalError ?? e);
  }
}

/** Puts the request id on the masked (INTERNAL_SERVER_ERROR) errors of an answer, so a report can be found in the log. */
export function tagMaskedErrors(errors: readonly GraphQLFormattedError[] | undefined, requestId: string | undefined): void {
  for (const e of errors ?? []) {
    if (e.extensions?.code === "INTERNAL_SERVER_ERROR") (e.extensions as Record<string, unknown>).requestId = requestId;
  }
}

/**
 * Execution errors as Apollo Server formats them (its `normalizeAndFormatErrors`): a code
 * (INTERNAL_SERVER_ERROR when none), then `format`, whose own failure is masked. For the direct
 * execution path (http/direct-execution.ts), which answers without Apollo's pipeline; no error
 * here carries HTTP status or headers (`extensions.http`), so the status stays 200.
 */
export function formatExecutionErrors(
  errors: readonly GraphQLError[],
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    try {
      return format(
        { ...error.toJSON(), extensions: { ...error.extensions, code: error.extensions.code ?? "INTERNAL_SERVER_ERROR" } },
        error,
      );
    } catch {
      return { message: MASKED_MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
  });
}

/** Logs internal errors with the request id and puts the id on the masked errors sent back. */
export function errorLoggingPlugin<C extends { request: { id: string } }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          logUnexpectedErrors(errors, contextValue.request?.id);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === "single") tagMaskedErrors(response.body.singleResult.errors, contextValue.request?.id);
        },
      };
    },
  };
}

/** A formatError that also drops every "Did you mean …?" (variables' enum values and input fields too, which Apollo's option misses). */
export function formatErrorWithoutSuggestions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const out = formatError(formatted, error);
  return out.message.includes("Did you mean") ? { ...out, message: withoutSuggestions(out.message) } : out;
}
