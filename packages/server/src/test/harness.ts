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
import { createApp, type App } from "../app";
import { createContext, createServices } from "../context";
import { Database } from "../db/database";
import { loadLegislators, type Legislator } from "../modules/members/legislators-source";
import { MembersService } from "../modules/members/members.service";
import { legislatorsDir, lettersDir } from "./shared-dir";

export interface TestServer {
  db: Database;
  app: App;
  /** Runs an operation through Apollo with a fresh per-request context. */
  run<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables?: V,
  ): Promise<{ data: R | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

export const usingPostgres = () => Boolean(process.env.TEST_DATABASE_URL);

export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL ?? null;
  const schema = url ? `test_${randomBytes(6).toString("hex")}` : undefined;
  const db = await Database.open({ url, dataDir: null, schema });
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

export async function startTestServer(): Promise<TestServer> {
  const db = await openTestDatabase();
  const app = await createApp(db, { dashboardDir: "/nonexistent", production: false });
  const services = createServices(db);
  return {
    db,
    app,
    async run(doc, variables) {
      const res = await app.apollo.executeOperation(
        { query: print(doc), variables },
        { contextValue: createContext(services) },
      );
      if (res.body.kind !== "single") throw new Error("unexpected incremental response");
      const { data, errors } = res.body.singleResult;
      return { data: (data ?? null) as never, errors: errors as never };
    },
    async close() {
      await app.apollo.stop();
      await db.close();
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
