/** The Apollo Client of the dashboard: one cache, connections merged page by page. */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from "@apollo/client";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import type { DocumentNode } from "graphql";
import { getMainDefinition, relayStylePagination } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter (and order); `first`/`after` pages are appended to it.
          letters: relayStylePagination(["filter", "orderBy"]),
          members: relayStylePagination(["filter"]),
        },
      },
      Letter: { fields: { signatures: relayStylePagination(["filter"]) } },
      // Members have no `id`; the Biographical Directory id identifies them.
      Member: { keyFields: ["bioguideId"] },
    },
  });
}

/**
 * The trusted-document hash codegen embeds in the dashboard's own documents
 * (packages/shared/codegen.ts, `persistedDocuments`), if this document is one of them.
 */
export function trustedHash(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === "string" ? hash : undefined;
}

/**
 * The HTTP link: the dashboard's own operations send their trusted-document hash instead of the
 * text (Apollo's persisted-query protocol). The server knows them from the same generated
 * manifest; if it does not (PERSISTED_QUERY_NOT_FOUND, e.g. a server older than this page) the
 * link sends the text once more. Documents without a hash go as text.
 */
export function createHttpLink(uri = "/graphql", fetchImpl?: typeof fetch): ApolloLink {
  const http = new HttpLink({ uri, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const persisted = createPersistedQueryLink({ generateHash: (document) => trustedHash(document)! });
  // The retry with the text goes as a plain query: our hash is of codegen's printing, not of the
  // text Apollo Client sends, so it must not ask the server to register the text under it.
  const plainRetry = new ApolloLink((operation, forward) => {
    const { http: options } = operation.getContext() as { http?: { includeQuery?: boolean } };
    if (options?.includeQuery) operation.setContext({ http: { ...options, includeExtensions: false } });
    return forward(operation);
  });
  return split(({ query }) => trustedHash(query) !== undefined, ApolloLink.from([persisted, plainRetry, http]), http);
}

/** Subscriptions go over WebSocket to the same /graphql (opened on first use); everything else over HTTP. */
export function createApolloClient(uri = "/graphql"): ApolloClient<unknown> {
  const http = createHttpLink(uri);
  const link =
    typeof WebSocket === "undefined" || typeof location === "undefined"
      ? http
      : split(
          ({ query }) => {
            const d = getMainDefinition(query);
            return d.kind === "OperationDefinition" && d.operation === "subscription";
          },
          new GraphQLWsLink(
            createClient({ url: new URL(uri, location.href).href.replace(/^http/, "ws"), lazy: true, retryAttempts: Infinity }),
          ),
          http,
        );
  return new ApolloClient({ link, cache: createCache() });
}
