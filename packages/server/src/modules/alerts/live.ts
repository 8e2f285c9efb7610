/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) at /graphql on the same HTTP
 * server. The caller is the upgrade request's session cookie or bearer token (a cookie only
 * from the dashboard's own origin: another site's page must not subscribe as the user).
 * Only subscriptions are served here; queries and mutations go through POST /graphql with its
 * rate limits and cache.
 */
import type { IncomingMessage, Server } from "node:http";
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from "graphql";
import type * as GraphqlWsForWs from "graphql-ws/dist/use/ws";
import { WebSocketServer } from "ws";
import { createContext, type Services } from "../../context";
import { anonymousRequest, credentialsOf, resolveUser } from "../auth/request";
import { documentLimitsRule, type DocumentLimits } from "../../security/document-limits";

// graphql-ws names its server entry only in package "exports", which this package's Node10
// resolution does not read; the types are taken from the file the entry points at.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require("graphql-ws/use/ws") as typeof GraphqlWsForWs;

export interface LiveServer {
  /** Closes every socket (code 1001) and stops accepting upgrades. */
  close(): Promise<void>;
}

/** Same-origin check for cookie-authenticated upgrades. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function attachLiveServer(
  httpServer: Server,
  schema: GraphQLSchema,
  services: Services,
  limits: DocumentLimits & { maxTokens: number },
): LiveServer {
  const wss = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: 64 * 1024 });
  const rules = [...specifiedRules, documentLimitsRule(limits)];
  const server = useServer(
    {
      schema,
      validate: (s, doc) => validate(s, doc, rules),
      // graphql-ws answers a refused subscribe with GraphQLErrors it sends as they are (no
      // formatError here): these are protocol answers, not a service's refusals (DomainError).
      onSubscribe: (_ctx, _id, payload) => {
        let doc;
        try {
          doc = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError("Unparseable document.")];
        }
        if (getOperationAST(doc, payload.operationName)?.operation !== "subscription") {
          return [
            new GraphQLError("Only subscriptions are served over WebSocket; send queries and mutations to POST /graphql.", {
              extensions: { code: "BAD_REQUEST" },
            }),
          ];
        }
      },
      context: async (ctx) => {
        const req = ctx.extra.request;
        const c = credentialsOf(req.headers);
        const allowed = c.kind === "token" || (c.kind === "session" && sameOrigin(req));
        const user = allowed ? await resolveUser(services.auth.credentials, c) : null;
        return createContext(services, anonymousRequest(user));
      },
    },
    wss,
  );
  return {
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
