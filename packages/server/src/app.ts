/** The HTTP application: /graphql, /healthz, /readyz and the built dashboard at /. */
import { existsSync } from "node:fs";
import path from "node:path";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { type GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Config } from "./config";
import { createContext, createServices, type Context } from "./context";
import type { Database } from "./db/database";
import { buildAppSchema } from "./schema/build-schema";

const EXPOSED_CODES = new Set([
  "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "NOT_FOUND", "CONFLICT",
  "UNAUTHENTICATED", "FORBIDDEN", "QUERY_TOO_COMPLEX", "PERSISTED_QUERY_NOT_FOUND", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE",
]);

/** Client errors pass through; anything else is logged and masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && EXPOSED_CODES.has(code)) {
    const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error("internal error:", (error as GraphQLError)?.originalError ?? error);
  return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function createApp(db: Database, config: Pick<Config, "dashboardDir" | "production">): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const services = createServices(db);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: true,
    formatError,
    includeStacktraceInErrorResponses: !config.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await db.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => createContext(services) }),
  );

  const index = path.join(config.dashboardDir, "index.html");
  if (existsSync(index)) {
    app.use(express.static(config.dashboardDir, { index: false, maxAge: "1h" }));
    // Client-side routes (/letters/:id, ...) all load the dashboard's index.html.
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(index));
  } else {
    app.get("/", (_req, res) => {
      res.type("text").send("Signatory API: POST /graphql. The dashboard is not built (pnpm build).");
    });
  }
  return { app, httpServer, apollo };
}
