/**
 * What runs in front of GraphQL on /graphql: a request id, the client's address and protocol
 * (through trusted proxies only), who is calling (session or API token), and the per-client rate
 * limit. Plain node:http, no framework: see http/graphql-endpoint.ts for why.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import proxyaddr from "proxy-addr";
import type { CredentialsService } from "../modules/auth/credentials.service";
import { clearCookie, credentialsOf, resolveUser, SESSION_COOKIE, type Credentials } from "../modules/auth/request";
import type { AuthUser } from "../modules/auth/credentials.service";
import { sendError } from "./http-json";
import { consume, type RateLimit } from "./rate-limit";
import type { RateLimitStore } from "./rate-limit-store";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id for logs and error answers; a proxy's X-Request-Id is kept when it looks like one. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader("X-Request-Id", id);
  return id;
}

export type TrustProxy = boolean | number | string;
type TrustFn = (address: string, hop: number) => boolean;

/** TRUST_PROXY as Express reads "trust proxy": false, true, a hop count, or addresses/subnets. */
export function compileTrust(value: TrustProxy): TrustFn {
  if (value === true) return () => true;
  if (typeof value === "number") return (_address, hop) => hop < value;
  if (value === false || value === "") return () => false;
  return proxyaddr.compile(value.split(",").map((v) => v.trim()));
}

/** The client's address and whether it came over HTTPS, believing forwarded headers only from trusted proxies. */
export function clientOf(req: IncomingMessage, trust: TrustFn): { ip: string | null; secure: boolean } {
  const remote = req.socket.remoteAddress;
  const ip = remote === undefined ? null : proxyaddr(req, trust);
  let secure = Boolean((req.socket as TLSSocket).encrypted);
  if (remote !== undefined && trust(remote, 0)) {
    const proto = req.headers["x-forwarded-proto"];
    if (typeof proto === "string" && proto) secure = proto.split(",")[0].trim().toLowerCase() === "https";
  }
  return { ip, secure };
}

export interface Caller {
  user: AuthUser | null;
  credentials: Credentials;
}

/**
 * Resolves who is calling and counts the request against their rate limit (per user, else per
 * IP). Null when the request was answered here (401 or 429).
 */
export async function authenticate(
  credentials: CredentialsService,
  store: RateLimitStore,
  limit: RateLimit,
  req: IncomingMessage,
  res: ServerResponse,
  ip: string | null,
): Promise<Caller | null> {
  const c = credentialsOf(req.headers);
  const ipKey = `ip:${ip ?? "unknown"}`;
  if (c.kind === "malformed") {
    if (await consume(store, limit, ipKey, res))
      sendError(res, 401, "UNAUTHENTICATED", "The Authorization header must be `Bearer <token>`.");
    return null;
  }
  if (c.kind === "token" && limit.max > 0 && (await store.peek(`req:${ipKey}`).catch(() => ({ count: 0 }))).count > limit.max) {
    // Guessing tokens from an address that is already over its limit: refuse before the lookup.
    await consume(store, limit, ipKey, res);
    return null;
  }
  const user = await resolveUser(credentials, c);
  if (!user && c.kind === "token") {
    if (await consume(store, limit, ipKey, res)) sendError(res, 401, "UNAUTHENTICATED", "This API token is unknown or revoked.");
    return null;
  }
  if (!user && c.kind === "session") clearCookie(res, SESSION_COOKIE);
  if (!(await consume(store, limit, user ? `user:${user.id}` : ipKey, res))) return null;
  return { user, credentials: user ? c : { kind: "none" } };
}
