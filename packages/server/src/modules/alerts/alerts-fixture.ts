/**
 * Test helpers for alerts: a server with alert settings for tests, users who call GraphQL as
 * themselves, a real HTTP webhook receiver, and distinct copies of the reference letter.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig, type AlertsConfig } from "../../config";
import { createContext, createServices, type Services } from "../../context";
import type { Database } from "../../db/database";
import { anonymousRequest } from "../auth/request";
import type { Role } from "../auth/roles";
import type { AuthUser } from "../auth/credentials.service";
import { readLetter, SEED_LETTER, startHttpServer, type HttpTestServer } from "../../test/harness";
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER } from "./webhook-sender";

export const gql = (source: string) => parse(source) as TypedDocumentNode<any, Record<string, unknown>>;

export function alertsConfig(o: Partial<AlertsConfig> = {}): AlertsConfig {
  return { ...loadConfig({}).alerts, allowPrivate: true, pollMs: 50, retryBaseMs: 100, timeoutMs: 1000, maxAttempts: 3, ...o };
}

export interface AlertsServer extends HttpTestServer {
  services: Services;
  user(email: string, role?: `${Role}`): Promise<AuthUser>;
  as(user: AuthUser | null, doc: TypedDocumentNode<any, any>, variables?: Record<string, unknown>): Promise<{ data: any; errors?: any[] }>;
}

/** With `db`, a second server over the same database (closing it leaves the database open). */
export async function startAlertsServer(o: Partial<AlertsConfig> = {}, db?: Database): Promise<AlertsServer> {
  const config = alertsConfig(o);
  const server = await startHttpServer({ alerts: config }, db);
  const services = createServices(server.db, undefined, { config, broker: server.app.alerts.broker });
  return {
    ...server,
    services,
    async user(email, role = "VIEWER") {
      const u = await services.auth.users.create(
        { id: null, label: "test" },
        { email, password: randomBytes(12).toString("hex"), role: role as Role },
      );
      return { id: u.id, email: u.email, role: u.role, via: "session" as const };
    },
    async as(user, doc, variables) {
      const res = await server.app.apollo.executeOperation(
        { query: doc.loc!.source.body, variables },
        { contextValue: createContext(services, anonymousRequest(user)) },
      );
      if (res.body.kind !== "single") throw new Error("unexpected incremental response");
      return { data: res.body.singleResult.data, errors: res.body.singleResult.errors as any[] | undefined };
    },
  };
}

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A real HTTP server that records each webhook and answers `status()` (200 by default). */
export async function startReceiver(status: (r: Received) => number = () => 200) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const r = { headers: req.headers, body, at: Date.now() };
      received.push(r);
      res.statusCode = status(r);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    /** Received requests with their idempotency keys, each key counted once (what a receiver that dedupes would act on). */
    distinct: () => [...new Map(received.map((r) => [r.headers[IDEMPOTENCY_HEADER] as string, r])).values()],
    signatureOf: (r: Received) => r.headers[SIGNATURE_HEADER] as string,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The reference letter dated another day of October 2020: same signers, a new letter. */
export async function seedLetterOn(day: number): Promise<string> {
  const seed = await readLetter(SEED_LETTER);
  return seed.replace(/October 23, 2020/g, `October ${day}, 2020`);
}

export async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
