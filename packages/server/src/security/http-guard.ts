/**
 * The middleware in front of /graphql: a request id, who is calling (session or API token),
 * the per-client rate limit, and JSON errors for bodies that are too large or malformed.
 */
import { randomUUID } from "node:crypto";
import type express from "express";
import type { CredentialsService } from "../modules/auth/credentials.service";
import { credentialsOf, resolveUser, SESSION_COOKIE } from "../modules/auth/request";
import { consume, type RateLimit } from "./rate-limit";
import type { RateLimitStore } from "./rate-limit-store";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id for logs and error answers; a proxy's X-Request-Id is kept when it looks like one. */
export function requestId(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader("X-Request-Id", id);
  next();
}

function unauthenticated(res: express.Response, message: string): void {
  res.status(401).json({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] });
}

/** Resolves the caller into `res.locals.auth` and applies the rate limit (per user, else per IP). */
export function authAndRateLimit(credentials: CredentialsService, store: RateLimitStore, limit: RateLimit): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const c = credentialsOf(req);
      const ipKey = `ip:${req.ip ?? "unknown"}`;
      if (c.kind === "malformed") {
        if (await consume(store, limit, ipKey, res)) unauthenticated(res, "The Authorization header must be `Bearer <token>`.");
        return;
      }
      if (c.kind === "token" && limit.max > 0 && (await store.peek(`req:${ipKey}`).catch(() => ({ count: 0 }))).count > limit.max) {
        // Guessing tokens from an address that is already over its limit: refuse before the lookup.
        await consume(store, limit, ipKey, res);
        return;
      }
      const user = await resolveUser(credentials, c);
      if (!user && c.kind === "token") {
        if (await consume(store, limit, ipKey, res)) unauthenticated(res, "This API token is unknown or revoked.");
        return;
      }
      if (!user && c.kind === "session") res.clearCookie(SESSION_COOKIE, { path: "/" });
      if (!(await consume(store, limit, user ? `user:${user.id}` : ipKey, res))) return;
      res.locals.auth = { user, credentials: user ? c : { kind: "none" } };
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** Body-parser and other errors on /graphql as GraphQL-shaped JSON (413, 400), never an HTML page. */
export function graphqlHttpErrors(err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (res.headersSent) return next(err);
  const e = err as { status?: number; type?: string };
  if (e.status === 413 || e.type === "entity.too.large") {
    res.status(413).json({ errors: [{ message: "The request body is larger than 1 MB.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  } else if (e.status && e.status >= 400 && e.status < 500) {
    res.status(e.status).json({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
  } else {
    console.error(`[request ${res.locals.requestId ?? "?"}] internal error:`, err);
    res.status(500).json({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: res.locals.requestId } }] });
  }
}
