/**
 * Integration-test harness: a fresh database per test file (in-memory PGlite, or a new schema
 * on TEST_DATABASE_URL), migrations applied, and the real GraphQL server over it.
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { AddressInfo } from "node:net";
import { createApp, type App, type AppConfig } from "../app";
import { loadConfig } from "../config";
import { createContext, createServices } from "../context";
import type pg from "pg";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { Database, POOL_SIZE, type DatabaseOptions } from "../db/database";
import type { AuthUser } from "../modules/auth/credentials.service";
import { anonymousRequest } from "../modules/auth/request";
import type { Role } from "../modules/auth/roles";
import { loadLegislators, type Legislator } from "../modules/members/legislators-source";
import { MembersService } from "../modules/members/members.service";
import { legislatorsDir, lettersDir } from "./shared-dir";

export interface TestServer {
  db: Database;
  app: App;
  /**
   * Runs an operation through Apollo with a fresh per-request context: anonymous, or signed in
   * as a user with `as.role` (made on first use, `<role>@test.example`).
   */
  run<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables?: V,
    as?: { role: `${Role}` },
  ): Promise<{ data: R | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** The test user with this role (made on first use). */
  userWithRole(role: `${Role}`): Promise<AuthUser>;
  close(): Promise<void>;
}

export const usingPostgres = () => Boolean(process.env.TEST_DATABASE_URL);

export async function openTestDatabase(options: Partial<DatabaseOptions> = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL ?? null;
  const schema = url ? `test_${randomBytes(6).toString("hex")}` : undefined;
  const db = await Database.open({ ...options, url, dataDir: null, schema });
  await db.migrate();
  if (schema) {
    const close = db.close.bind(db);
    db.close = async () => {
      await db.query(`DROP SCHEMA "${schema}" CASCADE`);
      await close();
    };
  }
  return db;
}

export async function startTestServer(database: Partial<DatabaseOptions> = {}): Promise<TestServer> {
  const db = await openTestDatabase(database);
  // No alerts worker: its polling would run statements in the background of statement counts.
  const app = await createApp(db, { dashboardDir: "/nonexistent", production: false, alerts: { ...loadConfig({}).alerts, worker: false } });
  const services = createServices(db);
  const users = new Map<string, Promise<AuthUser>>();
  const userWithRole = (role: `${Role}`) => {
    let user = users.get(role);
    if (!user) {
      user = services.auth.users
        .create(
          { id: null, label: "test" },
          { email: `${role.toLowerCase()}@test.example`, password: randomBytes(12).toString("hex"), role: role as Role },
        )
        .then((u) => ({ id: u.id, email: u.email, role: u.role, via: "session" as const }));
      users.set(role, user);
    }
    return user;
  };
  return {
    db,
    app,
    userWithRole,
    async run(doc, variables, as) {
      const user = as ? await userWithRole(as.role) : null;
      const res = await app.apollo.executeOperation(
        { query: print(doc), variables },
        { contextValue: createContext(services, anonymousRequest(user)) },
      );
      if (res.body.kind !== "single") throw new Error("unexpected incremental response");
      const { data, errors } = res.body.singleResult;
      return { data: (data ?? null) as never, errors: errors as never };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export interface HttpTestServer {
  db: Database;
  app: App;
  /** http://127.0.0.1:<port> */
  url: string;
  /** POSTs JSON to /graphql; returns status, headers and the parsed body. */
  gql(body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any; text: string }>;
  close(): Promise<void>;
}

/** The real HTTP server (createApp) on an ephemeral port over a fresh test database. */
export async function startHttpServer(config: Partial<AppConfig> = {}, db?: Database): Promise<HttpTestServer> {
  const database = db ?? (await openTestDatabase());
  const app = await createApp(database, { dashboardDir: "/nonexistent", production: false, ...config });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    db: database,
    app,
    url,
    async gql(body, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, headers: res.headers, body: parsed, text };
    },
    async close() {
      await app.close();
      if (!db) await database.close();
    },
  };
}

let legislators: Promise<Legislator[]> | null = null;
/** The reference legislators, read once per test file. */
export function referenceLegislators(): Promise<Legislator[]> {
  legislators ??= loadLegislators([legislatorsDir()]).then((r) => r.legislators);
  return legislators;
}

export async function syncReferenceMembers(db: Database) {
  return new MembersService(db).sync(await referenceLegislators());
}

export const readLetter = (name: string) => readFile(path.join(lettersDir(), `${name}.md`), "utf8");
export const readExpected = async (name: string) =>
  JSON.parse(await readFile(path.join(lettersDir(), `${name}.expected.json`), "utf8")) as {
    date: string;
    chamber: string;
    recipients: { name: string; title: string }[];
    signers: { printed: string; bioguide: string; role: string; state: string; party: string }[];
  };
export { SEED_LETTER } from "./shared-dir";

/** Counts the statements sent through `db.query` while `work` runs (every read of the API goes through it). */
export async function countStatements(db: Database, work: () => Promise<unknown>): Promise<number> {
  const original = db.query;
  let n = 0;
  db.query = function (this: Database, ...args: Parameters<typeof original>) {
    n++;
    return original.apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    db.query = original;
  }
  return n;
}

/** Runs `sql` on every pooled connection at once (PostgreSQL only): what each connection holds, e.g. its prepared statements. */
export async function onEveryConnection<T>(db: Database, sql: string): Promise<T[][]> {
  const pool = (db.source.driver as PostgresDriver).master as pg.Pool;
  const clients = await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.connect()));
  try {
    return await Promise.all(clients.map(async (c) => (await c.query(sql)).rows as T[]));
  } finally {
    for (const c of clients) c.release();
  }
}
