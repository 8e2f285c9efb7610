/** The Apollo Client of the dashboard: one cache, connections merged page by page. */
import { ApolloClient, HttpLink, InMemoryCache, split } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
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

/** Subscriptions go over WebSocket to the same /graphql (opened on first use); everything else over HTTP. */
export function createApolloClient(uri = "/graphql"): ApolloClient<unknown> {
  const http = new HttpLink({ uri });
  const link =
    typeof WebSocket === "undefined" || typeof location === "undefined"
      ? http
      : split(
          ({ query }) => {
            const d = getMainDefinition(query);
            return d.kind === "OperationDefinition" && d.operation === "subscription";
          },
          new GraphQLWsLink(createClient({ url: new URL(uri, location.href).href.replace(/^http/, "ws"), lazy: true, retryAttempts: Infinity })),
          http,
        );
  return new ApolloClient({ link, cache: createCache() });
}
