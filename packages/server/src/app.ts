/** The HTTP application: /graphql, /healthz, /readyz and the built dashboard at /. */
import { existsSync } from "node:fs";
import path from "node:path";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { ResponseCache } from "./cache/response-cache";
import { loadConfig, type Config } from "./config";
import { createContext, createServices, type Context } from "./context";
import type { Database } from "./db/database";
import { requestInfo, type Credentials } from "./modules/auth/request";
import type { AuthUser } from "./modules/auth/credentials.service";
import { documentLimitsRule } from "./security/document-limits";
import { errorLoggingPlugin, formatError } from "./security/errors";
import { authAndRateLimit, graphqlHttpErrors, requestId } from "./security/http-guard";
import { createStore, type RateLimitStore } from "./security/rate-limit-store";
import { buildAppSchema } from "./schema/build-schema";
import { queryLimitsPlugin } from "./schema/limits";

/** Client errors pass through; anything else is logged (with the request id) and masked. */
export { formatError } from "./security/errors";

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** The response cache; null when CACHE_MAX_MB is 0. */
  cache: ResponseCache | null;
  /** Stops taking requests, waits for those in flight (Apollo's drain), and closes the rate-limit store. */
  close(): Promise<void>;
}

/** What createApp needs; security settings not given take their defaults from config.ts. */
export type AppConfig = Pick<Config, "dashboardDir" | "production"> & Partial<Config>;

export async function createApp(db: Database, appConfig: AppConfig): Promise<App> {
  const config: Config = { ...loadConfig({}), ...appConfig };
  const app = express();
  app.set("trust proxy", config.trustProxy);
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const store: RateLimitStore = createStore(config.redisUrl);
  const services = createServices(db, store);
  const cache = config.cache.maxBytes > 0 ? new ResponseCache(db, config.cache) : null;
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: config.introspection,
    formatError,
    includeStacktraceInErrorResponses: false,
    // "Did you mean …?" would reveal the schema even with introspection off.
    hideSchemaDetailsFromClientErrors: config.production || !config.introspection,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [documentLimitsRule(config.limits)],
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo installs cache control by default; it wraps every field resolver (willResolveField)
      // to collect cache hints nobody reads here. (Inline tracing only runs in federated
      // subgraphs and usage reporting only with APOLLO_KEY: neither is active.)
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin<Context>(),
      errorLoggingPlugin<Context>(),
      ...(cache ? [cache.plugin<Context>()] : []),
    ],
  });
  await apollo.start();
  let draining = false;

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: "shutting down" });
      return;
    }
    try {
      await db.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });
  app.use(
    "/graphql",
    requestId,
    authAndRateLimit(services.auth.credentials, store, config.rateLimit),
    express.json({ limit: "1mb" }),
    // Public queries answered before Apollo when the data has not changed since (X-Cache: HIT).
    ...(cache ? [cache.middleware] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const auth = res.locals.auth as { user: AuthUser | null; credentials: Credentials };
        const context = createContext(services, requestInfo(req, res, auth.user, auth.credentials));
        cache?.attach(context, res);
        return context;
      },
    }),
    graphqlHttpErrors,
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
  const close = async () => {
    draining = true;
    await apollo.stop();
    await store.close();
  };
  return { app, httpServer, apollo, cache, close };
}
