/** The Apollo Client of the dashboard: one cache, connections merged page by page. */
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";

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

export function createApolloClient(uri = "/graphql"): ApolloClient<unknown> {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: createCache() });
}
