/**
 * The database: a real PostgreSQL when a URL is given, otherwise the embedded PGlite (the same
 * PostgreSQL, compiled to WASM) in a data folder. Both run the same migrations.
 */
import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { DataSource, type EntityManager } from "typeorm";
import { PGliteDriver } from "typeorm-pglite";
import { types as pgliteTypes } from "@electric-sql/pglite";
import pg from "pg";
import { entities } from "./entities";
import { migrations } from "./migrations/index";

export interface DatabaseOptions {
  /** postgres://... ; null for the embedded PGlite. */
  url: string | null;
  /** PGlite's folder; null keeps the embedded database in memory (tests). */
  dataDir?: string | null;
  /** A PostgreSQL schema to work in (tests give each file its own). */
  schema?: string;
  logging?: boolean;
}

// Dates stay "YYYY-MM-DD" strings: a JS Date would shift them by the time zone.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (v: string) => v);

export class Database {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly source: DataSource,
    /** PGlite: a single connection shared by every query. */
    readonly embedded: boolean,
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
    if (options.url) {
      source = new DataSource({
        ...common,
        url: options.url,
        extra: {
          max: 10,
          connectionTimeoutMillis: 10_000,
          ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
        },
      });
    } else {
      if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
      const driver = new PGliteDriver({
        dataDir: options.dataDir ?? undefined,
        parsers: { [pgliteTypes.DATE]: (v: string) => v },
      }).driver;
      source = new DataSource({ ...common, driver });
    }
    await source.initialize();
    if (options.schema) await source.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    return new Database(source, !options.url);
  }

  async migrate(): Promise<string[]> {
    const ran = await this.source.runMigrations({ transaction: "each" });
    return ran.map((m) => m.name);
  }

  /**
   * Runs `work` in one transaction: all of it is stored or none. PGlite has one connection,
   * so its transactions take turns; on PostgreSQL each gets its own pooled connection.
   */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.embedded) return this.source.transaction(work);
    const run = this.queue.then(() => this.source.transaction(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  get manager(): EntityManager {
    return this.source.manager;
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.source.query(sql, params);
  }

  async close(): Promise<void> {
    if (this.source.isInitialized) await this.source.destroy();
  }
}
