/** Every environment variable the server reads, parsed and validated in one place. */
import os from "node:os";
import path from "node:path";

export interface Config {
  port: number;
  /** A real PostgreSQL when set; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  /** A PostgreSQL schema to work in instead of the default (DATABASE_SCHEMA; tests run servers in their own). */
  databaseSchema?: string;
  dataDir: string;
  /** Files, folders or URLs of congress-legislators data for `members sync`. */
  legislatorsSource: string[] | null;
  /** The built dashboard served at `/`, if present. */
  dashboardDir: string;
  production: boolean;
  /** Seed a labelled demo when the database has no members and no letters. */
  demo: boolean;
  /** Schema introspection on /graphql (INTROSPECTION, default on). */
  introspection: boolean;
  /** Express "trust proxy": false, true, a hop count, or addresses/subnets (TRUST_PROXY). */
  trustProxy: boolean | number | string;
  /** Shared rate-limit counters for several processes; null keeps them in memory. */
  redisUrl: string | null;
  /** Requests per client (API token, signed-in user, else IP) per window; 0 turns it off. */
  rateLimit: { max: number; windowMs: number };
  /** Per-document limits, checked before validation and execution. */
  limits: { maxAliases: number; maxDirectives: number; maxTokens: number; maxDocumentBytes?: number };
  /**
   * Parsing, matching and extraction of imported letters run in a pool of worker threads
   * (IMPORT_WORKERS, default: the number of cores), each letter within IMPORT_PARSE_TIMEOUT_MS
   * and IMPORT_PARSE_MEMORY_MB, else refused as TOO_COMPLEX.
   */
  importWorkers?: { size: number; timeoutMs: number; memoryMb: number };
  /** PostgreSQL: statement timeout for requests, a longer one for imports, and the wait for a pooled connection. */
  db: {
    statementTimeoutMs: number;
    importTimeoutMs: number;
    connectTimeoutMs: number;
    parallelWorkers: number;
    /** The shorter timeout of expensive public filters (full-text search, mentions), PUBLIC_FILTER_TIMEOUT_MS. */
    publicFilterTimeoutMs?: number;
    /** Pooled connections imports may hold at once (IMPORT_CONNECTIONS); the rest stay for reads. */
    importConnections?: number;
  };
  /**
   * Response cache of public queries (src/cache/): up to `maxBytes` (CACHE_MAX_MB, default 64;
   * 0 turns it off); the data version is re-read at most every `versionPollMs`
   * (CACHE_VERSION_POLL_MS, default 250), which bounds how long another process's write can go unseen.
   */
  cache: { maxBytes: number; versionPollMs: number };
  /** Watches, notifications and webhooks (src/modules/alerts/). */
  alerts: AlertsConfig;
  /** How long SIGTERM waits for in-flight requests before exiting anyway. */
  shutdownTimeoutMs: number;
  /**
   * The dashboard's trusted documents (security/trusted-documents.ts): the manifest codegen
   * writes (TRUSTED_DOCUMENTS_FILE, default packages/dashboard/src/gql/persisted-documents.json),
   * and TRUSTED_DOCUMENTS_ONLY (default off; honoured in production only): cookie sessions may
   * send only those documents, API tokens and anonymous clients any document within the limits.
   */
  trustedDocuments?: { file: string; only: boolean };
  /** GRAPHQL_JIT: execute repeated documents compiled by graphql-jit (schema/jit-executor.ts) instead of graphql-js. */
  graphqlJit?: boolean;
  /**
   * DIRECT_EXECUTION (default on): a query whose document Apollo has validated once runs without
   * Apollo's request pipeline afterwards (http/direct-execution.ts), with the same answer.
   */
  directExecution?: boolean;
}

export interface AlertsConfig {
  /** WEBHOOK_ALLOW_PRIVATE: webhooks may go to private, loopback and link-local addresses (tests, local use). */
  allowPrivate: boolean;
  /** WATCH_MAX_PER_USER */
  maxWatches: number;
  /** WEBHOOK_MAX_PER_USER: webhook URLs (per-user and per-watch) one user may have. */
  maxWebhooks: number;
  /** WEBHOOK_TIMEOUT_MS: one delivery attempt's limit. */
  timeoutMs: number;
  /** WEBHOOK_MAX_ATTEMPTS: attempts before a delivery is dead-lettered. */
  maxAttempts: number;
  /** WEBHOOK_RETRY_BASE_MS: the first retry's delay; each next one doubles it. */
  retryBaseMs: number;
  /** ALERTS_POLL_MS: how often the worker looks for work it was not woken for. */
  pollMs: number;
  /** ALERTS_WORKER: false runs no delivery worker in this process (subscriptions still work). */
  worker: boolean;
}

export class ConfigError extends Error {}

/** The repository root, from src/ or dist/ alike. */
export const REPO_ROOT = path.resolve(__dirname, "../../..");

/** Relative paths are relative to where the user ran the command (pnpm sets INIT_CWD). */
export function resolveUserPath(p: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), p);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 4000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`PORT must be a port number, got "${raw}"`);
  return n;
}

function parseDatabaseUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new ConfigError("DATABASE_URL must start with postgres:// or postgresql://");
  return raw;
}

function parseSchema(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(raw)) throw new ConfigError(`DATABASE_SCHEMA must be a lower-case SQL name, got "${raw}"`);
  return raw;
}

function parseBool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseInt_(name: string, raw: string | undefined, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === "" || /^(0|false|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw; // addresses, subnets or names such as "loopback, 10.0.0.0/8", as Express reads them
}

function parseRedisUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!/^rediss?:\/\//.test(raw)) throw new ConfigError("REDIS_URL must start with redis:// or rediss://");
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    databaseSchema: parseSchema(env.DATABASE_SCHEMA),
    dataDir: env.DATA_DIR ? resolveUserPath(env.DATA_DIR, env) : path.join(REPO_ROOT, ".data"),
    legislatorsSource: env.LEGISLATORS_SOURCE
      ? env.LEGISLATORS_SOURCE.split(",").map((s) => (/^https?:/.test(s) ? s : resolveUserPath(s.trim(), env)))
      : null,
    dashboardDir: env.DASHBOARD_DIR ? resolveUserPath(env.DASHBOARD_DIR, env) : path.join(REPO_ROOT, "packages/dashboard/dist"),
    production: env.NODE_ENV === "production",
    demo: parseBool("DEMO", env.DEMO, true),
    // Off by default in production (the dashboard's explorer reads the bundled schema, not introspection).
    introspection: parseBool("INTROSPECTION", env.INTROSPECTION, env.NODE_ENV !== "production"),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redisUrl: parseRedisUrl(env.REDIS_URL),
    rateLimit: {
      max: parseInt_("RATE_LIMIT_MAX", env.RATE_LIMIT_MAX, 300),
      windowMs: 1000 * parseInt_("RATE_LIMIT_WINDOW_SECONDS", env.RATE_LIMIT_WINDOW_SECONDS, 60, 1),
    },
    limits: {
      maxAliases: parseInt_("MAX_ALIASES", env.MAX_ALIASES, 30, 1),
      maxDirectives: parseInt_("MAX_DIRECTIVES", env.MAX_DIRECTIVES, 20, 1),
      maxTokens: parseInt_("MAX_TOKENS", env.MAX_TOKENS, 3000, 100),
      maxDocumentBytes: parseInt_("MAX_DOCUMENT_BYTES", env.MAX_DOCUMENT_BYTES, 65_536, 1024),
    },
    importWorkers: {
      size: parseInt_("IMPORT_WORKERS", env.IMPORT_WORKERS, Math.max(1, os.availableParallelism?.() ?? os.cpus().length), 1, 64),
      timeoutMs: parseInt_("IMPORT_PARSE_TIMEOUT_MS", env.IMPORT_PARSE_TIMEOUT_MS, 2_000, 100),
      memoryMb: parseInt_("IMPORT_PARSE_MEMORY_MB", env.IMPORT_PARSE_MEMORY_MB, 256, 32),
    },
    db: {
      statementTimeoutMs: parseInt_("DB_STATEMENT_TIMEOUT_MS", env.DB_STATEMENT_TIMEOUT_MS, 10_000),
      importTimeoutMs: parseInt_("IMPORT_STATEMENT_TIMEOUT_MS", env.IMPORT_STATEMENT_TIMEOUT_MS, 120_000),
      connectTimeoutMs: parseInt_("DB_CONNECT_TIMEOUT_MS", env.DB_CONNECT_TIMEOUT_MS, 5_000, 1),
      parallelWorkers: parseInt_("DB_PARALLEL_WORKERS", env.DB_PARALLEL_WORKERS, 0, 0, 64),
      publicFilterTimeoutMs: parseInt_("PUBLIC_FILTER_TIMEOUT_MS", env.PUBLIC_FILTER_TIMEOUT_MS, 2_000),
      importConnections: parseInt_("IMPORT_CONNECTIONS", env.IMPORT_CONNECTIONS, 2, 1, 100),
    },
    cache: {
      maxBytes: parseInt_("CACHE_MAX_MB", env.CACHE_MAX_MB, 64, 0, 1 << 20) * 1024 * 1024,
      versionPollMs: parseInt_("CACHE_VERSION_POLL_MS", env.CACHE_VERSION_POLL_MS, 250, 0, 3_600_000),
    },
    shutdownTimeoutMs: parseInt_("SHUTDOWN_TIMEOUT_MS", env.SHUTDOWN_TIMEOUT_MS, 25_000, 0),
    trustedDocuments: {
      file: env.TRUSTED_DOCUMENTS_FILE
        ? resolveUserPath(env.TRUSTED_DOCUMENTS_FILE, env)
        : path.join(REPO_ROOT, "packages/dashboard/src/gql/persisted-documents.json"),
      only: parseBool("TRUSTED_DOCUMENTS_ONLY", env.TRUSTED_DOCUMENTS_ONLY, false),
    },
    graphqlJit: parseBool("GRAPHQL_JIT", env.GRAPHQL_JIT, true),
    directExecution: parseBool("DIRECT_EXECUTION", env.DIRECT_EXECUTION, true),
    alerts: {
      allowPrivate: parseBool("WEBHOOK_ALLOW_PRIVATE", env.WEBHOOK_ALLOW_PRIVATE, false),
      maxWatches: parseInt_("WATCH_MAX_PER_USER", env.WATCH_MAX_PER_USER, 100, 0),
      maxWebhooks: parseInt_("WEBHOOK_MAX_PER_USER", env.WEBHOOK_MAX_PER_USER, 5, 0),
      timeoutMs: parseInt_("WEBHOOK_TIMEOUT_MS", env.WEBHOOK_TIMEOUT_MS, 5_000, 1),
      maxAttempts: parseInt_("WEBHOOK_MAX_ATTEMPTS", env.WEBHOOK_MAX_ATTEMPTS, 6, 1, 50),
      retryBaseMs: parseInt_("WEBHOOK_RETRY_BASE_MS", env.WEBHOOK_RETRY_BASE_MS, 10_000, 1),
      pollMs: parseInt_("ALERTS_POLL_MS", env.ALERTS_POLL_MS, 1_000, 10),
      worker: parseBool("ALERTS_WORKER", env.ALERTS_WORKER, true),
    },
  };
}
