/**
 * Who is calling, per HTTP request: a session cookie (dashboard) or `Authorization: Bearer`
 * (scripts). Resolved once, before rate limiting and GraphQL (see http/graphql-endpoint.ts).
 */
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { serialize, type SerializeOptions } from "cookie";
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
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return null; // bad percent-encoding ("%"): no session, like a missing cookie
      }
    }
  }
  return null;
}

export type Credentials =
  { kind: "none" } | { kind: "session"; secret: string } | { kind: "token"; secret: string } | { kind: "malformed" };

export function credentialsOf(headers: IncomingHttpHeaders): Credentials {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(auth.trim());
    return m ? { kind: "token", secret: m[1] } : { kind: "malformed" };
  }
  const secret = cookie(headers.cookie, SESSION_COOKIE);
  return secret && /^[A-Za-z0-9_-]{20,100}$/.test(secret) ? { kind: "session", secret } : { kind: "none" };
}

/** Looks the credentials up; an unknown token is null (the caller answers 401), a stale cookie is cleared. */
export async function resolveUser(credentials: CredentialsService, c: Credentials): Promise<AuthUser | null> {
  if (c.kind === "token") return credentials.byToken(c.secret);
  if (c.kind === "session") return credentials.bySession(c.secret);
  return null;
}

/** What the HTTP layer knows of a request before GraphQL runs. */
export interface HttpRequest {
  id: string;
  ip: string | null;
  userAgent: string | null;
  /** HTTPS, directly or (behind a trusted proxy) by X-Forwarded-Proto: session cookies are then Secure. */
  secure: boolean;
  res: ServerResponse;
}

/** Adds a Set-Cookie header (several may be set on one response). */
export function setCookie(res: ServerResponse, name: string, value: string, options: SerializeOptions): void {
  res.appendHeader("Set-Cookie", serialize(name, value, options));
}

/** Clears a cookie the way browsers expect: empty, expired at the epoch, same path. */
export function clearCookie(res: ServerResponse, name: string, options: SerializeOptions = { path: "/" }): void {
  setCookie(res, name, "", { ...options, expires: new Date(0) });
}

export function requestInfo(http: HttpRequest, user: AuthUser | null, c: Credentials): RequestInfo {
  return {
    id: http.id,
    ip: http.ip,
    userAgent: http.userAgent,
    user,
    sessionSecret: c.kind === "session" ? c.secret : null,
    setSessionCookie(session) {
      const options = { httpOnly: true, sameSite: "lax" as const, secure: http.secure, path: "/" };
      if (session) setCookie(http.res, SESSION_COOKIE, session.secret, { ...options, expires: session.expiresAt });
      else clearCookie(http.res, SESSION_COOKIE, options);
    },
  };
}
