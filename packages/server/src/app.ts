/** The HTTP application: /graphql (http/graphql-endpoint.ts), and with Express /healthz, /readyz and the built dashboard at /. */
import { existsSync } from "node:fs";
import path from "node:path";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import compression from "compression";
import express from "express";
import { ResponseCache } from "./cache/response-cache";
import { loadConfig, type Config } from "./config";
import { createServices, type Context } from "./context";
import type { Database } from "./db/database";
import { graphqlEndpoint, isGraphqlPath } from "./http/graphql-endpoint";
import { documentLimitsRule } from "./security/document-limits";
import { errorLoggingPlugin, formatError } from "./security/errors";
import { createStore, type RateLimitStore } from "./security/rate-limit-store";
import { buildAppSchema } from "./schema/build-schema";
import { queryLimitsPlugin } from "./schema/limits";
import { originalRoutes } from "./modules/importing/documents/original.routes";
import { uploadBodyBytes } from "./modules/importing/documents/upload";

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
  const store: RateLimitStore = createStore(config.redisUrl);
  const services = createServices(db, store);
  const cache = config.cache.maxBytes > 0 ? new ResponseCache(db, config.cache) : null;
  let graphql: ReturnType<typeof graphqlEndpoint> | null = null;
  const httpServer = http.createServer((req, res) => (graphql && isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));
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
  originalRoutes(app, services.documents.originals);
  graphql = graphqlEndpoint({
    // Files arrive base64 in the GraphQL body: room for the largest document allowed.
    apollo, services, store, cache, rateLimit: config.rateLimit, trustProxy: config.trustProxy, maxBodyBytes: uploadBodyBytes(),
  });

  const index = path.join(config.dashboardDir, "index.html");
  if (existsSync(index)) {
    // The dashboard's scripts are ~4x smaller compressed (the letter page: 759 KB of JS sent
    // uncompressed, measured by `pnpm bench:dashboard`).
    app.use(compression());
    // Vite names the built files after their content: a changed file is a new name, so browsers may keep them.
    app.use("/assets", express.static(path.join(config.dashboardDir, "assets"), { index: false, immutable: true, maxAge: "1y", fallthrough: false }));
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
