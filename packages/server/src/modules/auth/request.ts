/**
 * Who is calling, per HTTP request: a session cookie (dashboard) or `Authorization: Bearer`
 * (scripts). Resolved once, before rate limiting and GraphQL, and kept in `res.locals`.
 */
import { randomUUID } from "node:crypto";
import type express from "express";
import type { Actor } from "./audit.service";
import type { AuthUser, CredentialsService } from "./credentials.service";

export const SESSION_COOKIE = "signatory_session";

/** This request, as the context sees it. */
export interface RequestInfo {
  /** Logged with internal errors and returned with them; also the X-Request-Id header. */
  id: string;
  ip: string | null;
  userAgent: string | null;
  user: AuthUser | null;
  /** The session secret from the cookie, when the user came in with one. */
  sessionSecret: string | null;
  /** Sets (or with null clears) the session cookie; a no-op outside HTTP. */
  setSessionCookie(session: { secret: string; expiresAt: Date } | null): void;
}

export function anonymousRequest(user: AuthUser | null = null): RequestInfo {
  return { id: randomUUID(), ip: null, userAgent: null, user, sessionSecret: null, setSessionCookie: () => {} };
}

export function actorOf(request: RequestInfo): Actor {
  return { id: request.user?.id ?? null, label: request.user?.email ?? "anonymous", requestId: request.id, ip: request.ip };
}

function cookie(header: string | undefined, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return null;
}

export type Credentials =
  | { kind: "none" }
  | { kind: "session"; secret: string }
  | { kind: "token"; secret: string }
  | { kind: "malformed" };

export function credentialsOf(req: express.Request): Credentials {
  const auth = req.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(auth.trim());
    return m ? { kind: "token", secret: m[1] } : { kind: "malformed" };
  }
  const secret = cookie(req.headers.cookie, SESSION_COOKIE);
  return secret && /^[A-Za-z0-9_-]{20,100}$/.test(secret) ? { kind: "session", secret } : { kind: "none" };
}

/** Looks the credentials up; an unknown token is null (the caller answers 401), a stale cookie is cleared. */
export async function resolveUser(credentials: CredentialsService, c: Credentials): Promise<AuthUser | null> {
  if (c.kind === "token") return credentials.byToken(c.secret);
  if (c.kind === "session") return credentials.bySession(c.secret);
  return null;
}

export function requestInfo(req: express.Request, res: express.Response, user: AuthUser | null, c: Credentials): RequestInfo {
  const id = (res.locals.requestId as string | undefined) ?? randomUUID();
  return {
    id,
    ip: req.ip ?? null,
    userAgent: req.headers["user-agent"] ?? null,
    user,
    sessionSecret: c.kind === "session" ? c.secret : null,
    setSessionCookie(session) {
      const options = { httpOnly: true, sameSite: "lax" as const, secure: req.secure, path: "/" };
      if (session) res.cookie(SESSION_COOKIE, session.secret, { ...options, expires: session.expiresAt });
      else res.clearCookie(SESSION_COOKIE, options);
    },
  };
}
