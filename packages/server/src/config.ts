/** Every environment variable the server reads, parsed and validated in one place. */
import path from "node:path";

export interface Config {
  port: number;
  /** A real PostgreSQL when set; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Files, folders or URLs of congress-legislators data for `members sync`. */
  legislatorsSource: string[] | null;
  /** The built dashboard served at `/`, if present. */
  dashboardDir: string;
  production: boolean;
  /** Seed a labelled demo when the database has no members and no letters. */
  demo: boolean;
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

function parseBool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir: env.DATA_DIR ? resolveUserPath(env.DATA_DIR, env) : path.join(REPO_ROOT, ".data"),
    legislatorsSource: env.LEGISLATORS_SOURCE
      ? env.LEGISLATORS_SOURCE.split(",").map((s) => (/^https?:/.test(s) ? s : resolveUserPath(s.trim(), env)))
      : null,
    dashboardDir: env.DASHBOARD_DIR
      ? resolveUserPath(env.DASHBOARD_DIR, env)
      : path.join(REPO_ROOT, "packages/dashboard/dist"),
    production: env.NODE_ENV === "production",
    demo: parseBool("DEMO", env.DEMO, true),
  };
}
