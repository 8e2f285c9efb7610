/**
 * The database: a real PostgreSQL when a URL is given, otherwise the embedded PGlite (the same
 * PostgreSQL, compiled to WASM) in a data folder. Both run the same migrations.
 */
import "reflect-metadata";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { DataSource, type EntityManager } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { PGliteDriver } from "typeorm-pglite";
import { types as pgliteTypes } from "@electric-sql/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";
import { entities } from "./entities";
import { migrations } from "./migrations/index";

export interface DatabaseOptions {
  /** postgres://... ; null for the embedded PGlite. */
  url: string | null;
  /** PGlite's folder; null keeps the embedded database in memory (tests). */
  dataDir?: string | null;
  /** Who holds PGlite's folder, for the message another process gets ("the server on port 4000"). */
  purpose?: string;
  /** A PostgreSQL schema to work in (tests give each file its own). */
  schema?: string;
  logging?: boolean;
  /** PostgreSQL: every statement on a pooled connection is cancelled after this long (0: never). */
  statementTimeoutMs?: number;
  /** PostgreSQL: how long to wait for a pooled connection (or a new one) before failing. */
  connectTimeoutMs?: number;
  /** The longer statement timeout of import transactions (`SET LOCAL`). */
  importTimeoutMs?: number;
  /**
   * PostgreSQL: `max_parallel_workers_per_gather` of pooled connections. The server's queries are
   * many, short and concurrent: a parallel plan starts worker processes that compete with the
   * other requests for the same cores (Q3 of the benchmark: 36 ms parallel, 10 ms serial). 0 (the
   * default) plans serially; undefined keeps PostgreSQL's setting.
   */
  parallelWorkers?: number;
}

// Dates stay "YYYY-MM-DD" strings: a JS Date would shift them by the time zone.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (v: string) => v);

/** A prepared statement's name for each SQL text: a hash, so that equal texts share a name and different ones never do. */
class StatementNames {
  private readonly names = new Map<string, string>();

  of(sql: string): string {
    let name = this.names.get(sql);
    if (name === undefined) {
      name = `s_${createHash("sha256").update(sql).digest("base64url").slice(0, 24)}`;
      // The server's statements come from a bounded set of templates; the bound keeps a misuse from growing the map.
      if (this.names.size >= 2000) this.names.clear();
      this.names.set(sql, name);
    }
    return name;
  }
}

export class Database {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statementNames = new StatementNames();

  private constructor(
    readonly source: DataSource,
    /**
     * PostgreSQL: TypeORM's own pool. Plain reads go to it directly: TypeORM's query runner
     * (acquire, logging hooks, result wrapping) cost more CPU than the statement itself on short
     * reads. Null on PGlite, whose single connection TypeORM's driver owns.
     */
    private readonly pool: pg.Pool | null,
    /** PGlite: a single connection shared by every query. */
    readonly embedded: boolean,
    /** The statement timeout of import transactions, in ms. */
    readonly importTimeoutMs: number,
    /** Gives up PGlite's data folder (a no-op otherwise). */
    private readonly releaseLock: () => void,
    /** PostgreSQL: how to open a connection of its own (LISTEN); null on PGlite. */
    private readonly direct: { url: string; options?: string } | null = null,
  ) {}

  static async open(options: DatabaseOptions): Promise<Database> {
    const common = {
      type: "postgres" as const,
      entities,
      migrations,
      synchronize: false,
      migrationsRun: false,
      logging: options.logging ?? false,
      schema: options.schema,
      // Migrations own the schema; gen_random_uuid() is built into PostgreSQL 13+.
      installExtensions: false,
    };
    let source: DataSource;
    let releaseLock = () => {};
    const sessionOptions = [
      ...(options.schema ? [`-c search_path=${options.schema}`] : []),
      ...(options.parallelWorkers !== undefined ? [`-c max_parallel_workers_per_gather=${Math.floor(options.parallelWorkers)}`] : []),
    ];
    if (options.url) {
      source = new DataSource({
        ...common,
        url: options.url,
        extra: {
          max: 10,
          connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
          ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
          ...(sessionOptions.length ? { options: sessionOptions.join(" ") } : {}),
        },
      });
    } else {
      if (options.dataDir) {
        mkdirSync(options.dataDir, { recursive: true });
        releaseLock = lockDataDir(options.dataDir, options.purpose ?? `process ${process.pid}`);
      }
      const driver = new PGliteDriver({
        dataDir: options.dataDir ?? undefined,
        parsers: { [pgliteTypes.DATE]: (v: string) => v },
      }).driver;
      source = new DataSource({ ...common, driver });
    }
    try {
      await source.initialize();
    } catch (e) {
      releaseLock();
      throw e;
    }
    if (options.schema) await source.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    const pool = options.url ? ((source.driver as PostgresDriver).master as pg.Pool) : null;
    const direct = options.url ? { url: options.url, options: options.schema ? `-c search_path=${options.schema}` : undefined } : null;
    return new Database(source, pool, !options.url, options.importTimeoutMs ?? 120_000, releaseLock, direct);
  }

  async migrate(): Promise<string[]> {
    const ran = await this.source.runMigrations({ transaction: "each" });
    return ran.map((m) => m.name);
  }

  /**
   * Runs `work` in one transaction: all of it is stored or none. PGlite has one connection,
   * so its transactions take turns; on PostgreSQL each gets its own pooled connection.
   */
  transaction<T>(work: (em: EntityManager) => Promise<T>, options: { statementTimeoutMs?: number } = {}): Promise<T> {
    const timed = options.statementTimeoutMs
      ? async (em: EntityManager) => {
          // SET LOCAL takes no bind parameters; the number is ours, not the client's.
          await em.query(`SET LOCAL statement_timeout = ${Math.floor(options.statementTimeoutMs!)}`);
          return work(em);
        }
      : work;
    if (!this.embedded) return this.source.transaction(timed);
    const run = this.queue.then(() => this.source.transaction(timed));
    this.queue = run.catch(() => undefined);
    return run;
  }

  get manager(): EntityManager {
    return this.source.manager;
  }

  /**
   * Runs one statement outside any transaction and returns its rows (also for INSERT/UPDATE …
   * RETURNING). On PostgreSQL the statement is prepared once per pooled connection, named after
   * its text: an unnamed statement is planned on every execution, and planning cost more than
   * running most of the server's reads (the delegation query: 1–2 ms planning, 0.4 ms executing).
   */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (!this.pool) return this.source.query(sql, params);
    return (await this.pool.query({ name: this.statementNames.of(sql), text: sql, values: params })).rows as T[];
  }

  /**
   * PostgreSQL: LISTENs on `channel` (qualified by the current schema, so test schemas do not
   * hear each other) on a connection of its own and calls `onMessage` with each payload.
   * Returns a function that stops listening; null on PGlite (one process: nothing to hear).
   */
  async listen(channel: string, onMessage: (payload: string) => void): Promise<(() => Promise<void>) | null> {
    if (!this.direct) return null;
    const client = new pg.Client({ connectionString: this.direct.url, options: this.direct.options });
    await client.connect();
    const [{ name }] = (await client.query(`SELECT $1 || '_' || current_schema() AS name`, [channel])).rows;
    client.on("notification", (n) => n.channel === name && onMessage(n.payload ?? ""));
    // A dropped connection must not crash the process; the worker's poll still finds the work.
    client.on("error", (e) => console.error(`LISTEN ${name}: connection error:`, e.message));
    await client.query(`LISTEN "${name.replace(/"/g, "")}"`);
    return async () => {
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    if (this.source.isInitialized) await this.source.destroy();
    this.releaseLock();
  }
}
