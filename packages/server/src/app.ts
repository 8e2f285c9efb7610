/** The HTTP application: /graphql (http/graphql-endpoint.ts), and with Express /healthz, /readyz and the built dashboard at /. */
import { existsSync } from "node:fs";
import path from "node:path";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import compression from "compression";
import express from "express";
import { ResponseCache } from "./cache/response-cache";
import { loadConfig, type Config } from "./config";
import { createServices, type Context } from "./context";
import { closeDocumentWorkers } from "./modules/importing/documents/document-pool";
import { closeLetterWorkers, configureLetterWorkers } from "./modules/importing/parse-in-worker";
import type { Database } from "./db/database";
import { graphqlEndpoint, isGraphqlPath } from "./http/graphql-endpoint";
import { createBroker, startAlerts, type Alerts } from "./modules/alerts/alerts";
import { documentLimitsRule, MAX_DOCUMENT_BYTES } from "./security/document-limits";
import { documentStore, persistedQueryStore } from "./security/document-store";
import { errorLoggingPlugin, formatError, formatErrorWithoutSuggestions } from "./security/errors";
import { createStore, type RateLimitStore } from "./security/rate-limit-store";
import { TrustedDocuments, withTrustedDocuments } from "./security/trusted-documents";
import { buildAppSchema } from "./schema/build-schema";
import { OperationLimits, queryLimitsPlugin } from "./schema/limits";
import { DirectExecution } from "./http/direct-execution";
import { JitExecutor, jitGateway } from "./schema/jit-executor";
import { originalRoutes } from "./modules/importing/documents/original.routes";
import { uploadBodyBytes } from "./modules/importing/documents/upload";

/** Client errors pass through; anything else is logged (with the request id) and masked. */
export { formatError } from "./security/errors";

/** Parsed documents kept for reuse (Apollo's document store), in real bytes. */
const DOCUMENT_STORE_BYTES = 16 << 20;
/** Automatic persisted queries' texts, in real bytes. */
const PERSISTED_QUERY_BYTES = 8 << 20;

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** The executable schema (TypeGraphQL's), as Apollo runs it. */
  schema: GraphQLSchema;
  /** The compiled-execution cache (GRAPHQL_JIT); null when off. */
  jit: JitExecutor | null;
  /** The direct execution path (DIRECT_EXECUTION); null when off. */
  direct: DirectExecution | null;
  /** The response cache; null when CACHE_MAX_MB is 0. */
  cache: ResponseCache | null;
  /** Watches and alerts: the delivery worker, live subscriptions (WebSocket on /graphql). */
  alerts: Alerts;
  /** Stops taking requests, waits for those in flight (Apollo's drain, up to SHUTDOWN_TIMEOUT_MS), closes the rate-limit store and the letter workers. Idempotent. */
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
  const { broker } = await createBroker(db);
  const services = createServices(db, store, { config: config.alerts, broker });
  const cache = config.cache.maxBytes > 0 ? new ResponseCache(db, config.cache) : null;
  if (cache) broker.beforeLetter = () => cache.version.refresh();
  let graphql: ReturnType<typeof graphqlEndpoint> | null = null;
  const httpServer = http.createServer((req, res) => (graphql && isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));
  const schema = await buildAppSchema();
  // The dashboard's documents, parsed, validated and costed once here (security/trusted-documents.ts).
  const trusted = TrustedDocuments.load(config.trustedDocuments?.file);
  const limitsRule = documentLimitsRule(config.limits);
  for (const { hash, reason } of trusted.prepare(schema, [limitsRule], config.limits.maxTokens)) {
    console.warn(`trusted document ${hash} is not trusted: ${reason}`);
  }
  const suggestionsOff = config.production || !config.introspection;
  // GRAPHQL_JIT: Apollo's gateway interface hands execution to graphql-jit (schema/jit-executor.ts).
  const jit = config.graphqlJit ? new JitExecutor() : null;
  const limits = new OperationLimits();
  const formatErrors = suggestionsOff ? formatErrorWithoutSuggestions : formatError;
  // Queries Apollo has validated once run without its pipeline after (http/direct-execution.ts).
  const direct =
    config.directExecution === false
      ? null
      : new DirectExecution({ schema, limits, formatError: formatErrors, jit, cache, trusted, maxBytes: DOCUMENT_STORE_BYTES });
  const apollo = new ApolloServer<Context>({
    ...(jit ? { gateway: jitGateway(schema, jit) } : { schema }),
    introspection: config.introspection,
    // "Did you mean …?" would reveal the schema even with introspection off.
    formatError: formatErrors,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: suggestionsOff,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Parsed documents and persisted query texts are kept within real bytes (security/document-store.ts).
    documentStore: withTrustedDocuments(documentStore(DOCUMENT_STORE_BYTES), trusted),
    persistedQueries: { cache: persistedQueryStore(PERSISTED_QUERY_BYTES) },
    // One stop path (main.ts): Apollo's own SIGTERM handler stops first, and a second stop() never returns.
    stopOnTerminationSignals: false,
    validationRules: [limitsRule],
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      // In-flight requests get up to SHUTDOWN_TIMEOUT_MS to finish; idle keep-alive connections close at once.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      // Apollo installs cache control by default; it wraps every field resolver (willResolveField)
      // to collect cache hints nobody reads here. (Inline tracing only runs in federated
      // subgraphs and usage reporting only with APOLLO_KEY: neither is active.)
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin<Context>(limits, trusted),
      ...(direct ? [direct.plugin<Context>()] : []),
      errorLoggingPlugin<Context>(),
      ...(cache ? [cache.plugin<Context>()] : []),
    ],
  });
  await apollo.start();
  const alerts = await startAlerts({ db, httpServer, schema, services, broker, config });
  if (config.importWorkers) await configureLetterWorkers(config.importWorkers);
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
    // Files arrive base64 in the GraphQL body: editors get room for the largest document allowed, others 1 MB.
    apollo,
    direct: direct ?? undefined,
    services,
    store,
    cache,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    maxBodyBytes: 1 << 20,
    maxUploadBodyBytes: uploadBodyBytes(),
    maxDocumentBytes: config.limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES,
    trusted,
    trustedOnly: config.production && (config.trustedDocuments?.only ?? false),
  });

  const index = path.join(config.dashboardDir, "index.html");
  if (existsSync(index)) {
    // The dashboard's scripts are ~4x smaller compressed (the letter page: 759 KB of JS sent
    // uncompressed, measured by `pnpm bench:dashboard`).
    app.use(compression());
    // Vite names the built files after their content: a changed file is a new name, so browsers may keep them.
    app.use(
      "/assets",
      express.static(path.join(config.dashboardDir, "assets"), { index: false, immutable: true, maxAge: "1y", fallthrough: false }),
    );
    app.use(express.static(config.dashboardDir, { index: false, maxAge: "1h" }));
    // Client-side routes (/letters/:id, ...) all load the dashboard's index.html.
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(index));
  } else {
    app.get("/", (_req, res) => {
      res.type("text").send("Signatory API: POST /graphql. The dashboard is not built (pnpm build).");
    });
  }
  let closing: Promise<void> | null = null;
  // One stop path, safe to call twice (a second apollo.stop() would never return).
  const close = () =>
    (closing ??= (async () => {
      draining = true;
      if (direct) direct.stopping = true;
      await alerts.close(); // sockets first: an open WebSocket would hold the HTTP server's drain
      await apollo.stop();
      await Promise.all([store.close(), closeLetterWorkers(), closeDocumentWorkers()]);
    })());
  return { app, httpServer, apollo, schema, jit, direct, cache, alerts, close };
}
