/**
 * What clients see of errors: their own mistakes with codes, never internals. An unexpected
 * error is logged with the request's id and answered with INTERNAL_SERVER_ERROR and that id.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { TOKEN_LIMIT_MESSAGE } from "./document-limits";

export const EXPOSED_CODES = new Set([
  "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "NOT_FOUND", "CONFLICT",
  "UNAUTHENTICATED", "FORBIDDEN", "QUERY_TOO_COMPLEX", "RATE_LIMITED", "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE",
]);

export const MASKED_MESSAGE = "Internal server error";

/** Apollo's formatError: client errors pass through without stack traces; anything else is masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
  let code = extensions.code as string | undefined;
  // Apollo gives every validation error GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
  const own = (error as GraphQLError)?.originalError as GraphQLError | undefined;
  if (code === "GRAPHQL_VALIDATION_FAILED" && own?.extensions?.code === "QUERY_TOO_COMPLEX") code = "QUERY_TOO_COMPLEX";
  const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) {
    return { message: `The document has more than ${tokens[1]} tokens; the limit is ${tokens[1]}.`, extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", maxTokens: Number(tokens[1]) } };
  }
  if (code && EXPOSED_CODES.has(code)) return { ...formatted, extensions: { ...extensions, code } };
  return { message: MASKED_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** Logs internal errors with the request id and puts the id on the masked errors sent back. */
export function errorLoggingPlugin<C extends { request: { id: string } }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = e.extensions?.code as string | undefined;
            if (code && EXPOSED_CODES.has(code)) continue;
            console.error(`[request ${contextValue.request?.id ?? "?"}] internal error:`, e.originalError ?? e);
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === "INTERNAL_SERVER_ERROR") (e.extensions as Record<string, unknown>).requestId = contextValue.request?.id;
          }
        },
      };
    },
  };
}
