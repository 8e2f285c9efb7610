/**
 * The database: a real PostgreSQL when a URL is given, otherwise the embedded PGlite (the same
 * PostgreSQL, compiled to WASM) in a data folder. Both run the same migrations.
 */
import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { DataSource, type EntityManager } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { PGliteDriver } from "typeorm-pglite";
import { types as pgliteTypes } from "@electric-sql/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";
import { entities } from "./entities";
import { migrations } from "./migrations/index";
import { PreparedStatements } from "./prepared-statements";

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
  /** PostgreSQL: how many pooled connections import transactions may hold at once; the rest are kept for reads. */
  importConnections?: number;
  /** PostgreSQL: the short statement timeout of expensive public filters (`query(…, { publicFilter: true })`). */
  publicFilterTimeoutMs?: number;
  /** PostgreSQL: named prepared statements kept per pooled connection (least recently used ones are deallocated); default 256. */
  preparedStatements?: number;
}

export interface QueryOptions {
  /**
   * An expensive public filter (full-text search, substring matches): on PostgreSQL it runs under
   * the short public-filter timeout, and a timeout is marked `publicFilter` (QUERY_TOO_COMPLEX to the client).
   */
  publicFilter?: boolean;
}

/** Pooled connections on PostgreSQL. */
export const POOL_SIZE = 10;

/** A counting semaphore: at most `size` holders; the others wait in order. */
class Slots {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.held >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.held++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.held--;
    }
  }
}

// Dates stay "YYYY-MM-DD" strings: a JS Date would shift them by the time zone.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (v: string) => v);

export class Database {
  private queue: Promise<unknown> = Promise.resolve();

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
    /** Import transactions' share of the pool: reads always have the rest. */
    private readonly importSlots: Slots = new Slots(POOL_SIZE),
    /** The statement timeout of expensive public filters, in ms (0: the pool's own). */
    readonly publicFilterTimeoutMs = 0,
    /** PostgreSQL: the named statements of each pooled connection, bounded. */
    readonly prepared: PreparedStatements = new PreparedStatements(),
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
      // Dates as text are YYYY-MM-DD (pg's date parser keeps the text; key columns pack it: member-letters.service.ts).
      "-c DateStyle=ISO",
      ...(options.schema ? [`-c search_path=${options.schema}`] : []),
      ...(options.parallelWorkers !== undefined ? [`-c max_parallel_workers_per_gather=${Math.floor(options.parallelWorkers)}`] : []),
    ];
    if (options.url) {
      source = new DataSource({
        ...common,
        url: options.url,
        extra: {
          max: POOL_SIZE,
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
    const importConnections = Math.min(Math.max(options.importConnections ?? 2, 1), POOL_SIZE - 1);
    return new Database(
      source,
      pool,
      !options.url,
      options.importTimeoutMs ?? 120_000,
      releaseLock,
      direct,
      new Slots(importConnections),
      options.publicFilterTimeoutMs ?? 2_000,
      new PreparedStatements(options.preparedStatements),
    );
  }

  async migrate(): Promise<string[]> {
    const ran = await this.source.runMigrations({ transaction: "each" });
    return ran.map((m) => m.name);
  }

  /**
   * Runs `work` in one transaction: all of it is stored or none. PGlite has one connection,
   * so its transactions take turns; on PostgreSQL each gets its own pooled connection.
   */
  transaction<T>(work: (em: EntityManager) => Promise<T>, options: { statementTimeoutMs?: number; share?: "import" } = {}): Promise<T> {
    if (options.share === "import" && !this.embedded) {
      const { share: _, ...rest } = options;
      return this.importSlots.run(() => this.transaction(work, rest));
    }
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
   * A connection keeps its most recently used statements only (prepared-statements.ts): clients
   * vary the text through projections and filters.
   */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<T[]> {
    if (!this.pool) return this.source.query(sql, params);
    if (options.publicFilter && this.publicFilterTimeoutMs > 0) return this.queryWithin(this.publicFilterTimeoutMs, sql, params);
    const client = await this.pool.connect();
    let failure: Error | undefined;
    try {
      return (await this.prepared.run(client, sql, params)).rows as T[];
    } catch (e) {
      failure = e as Error;
      throw e;
    } finally {
      // As pg's pool.query does: a connection that saw an error is not reused.
      client.release(failure);
    }
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

  /** One statement under its own `statement_timeout` (a transaction with SET LOCAL); a timeout error is marked `publicFilter`. */
  private async queryWithin<T>(timeoutMs: number, sql: string, params: unknown[]): Promise<T[]> {
    const client = await this.pool!.connect();
    let broken = false;
    try {
      await client.query(`BEGIN; SET LOCAL statement_timeout = ${Math.floor(timeoutMs)}`);
      const result = await this.prepared.run(client, sql, params);
      await client.query("COMMIT");
      return result.rows as T[];
    } catch (e) {
      await client.query("ROLLBACK").catch(() => (broken = true));
      if ((e as { code?: string }).code === "57014") (e as { publicFilter?: boolean }).publicFilter = true;
      throw e;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.source.isInitialized) await this.source.destroy();
    this.releaseLock();
  }
}
