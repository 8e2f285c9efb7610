/**
 * Per-client rate limit on /graphql: an API token or signed-in user counts as itself,
 * anyone else by IP address. Every answer carries RateLimit-* headers; over the limit is
 * 429 with a RATE_LIMITED error and Retry-After.
 */
import type { ServerResponse } from "node:http";
import { sendJson } from "./http-json";
import type { Count, RateLimitStore } from "./rate-limit-store";

export interface RateLimit {
  max: number;
  windowMs: number;
}

export function rateLimitedBody(retryAfter: number, message = `Too many requests; try again in ${retryAfter} s.`) {
  return { errors: [{ message, extensions: { code: "RATE_LIMITED", retryAfter } }] };
}

export function setRateLimitHeaders(res: ServerResponse, limit: RateLimit, c: Count): void {
  const reset = Math.max(1, Math.ceil(c.resetMs / 1000));
  res.setHeader("RateLimit-Policy", `${limit.max};w=${Math.round(limit.windowMs / 1000)}`);
  res.setHeader("RateLimit-Limit", String(limit.max));
  res.setHeader("RateLimit-Remaining", String(Math.max(0, limit.max - c.count)));
  res.setHeader("RateLimit-Reset", String(reset));
}

/** Counts one request against `key`; false (and a 429 sent) when over the limit. */
export async function consume(store: RateLimitStore, limit: RateLimit, key: string, res: ServerResponse): Promise<boolean> {
  if (limit.max <= 0) return true;
  let c: Count;
  try {
    c = await store.hit(`req:${key}`, limit.windowMs);
  } catch (e) {
    // The limiter's store is down: serve rather than refuse everyone.
    console.error(`rate limit: store unavailable, not limiting (${e instanceof Error ? e.message : e})`);
    return true;
  }
  setRateLimitHeaders(res, limit, c);
  if (c.count <= limit.max) return true;
  const retryAfter = Math.max(1, Math.ceil(c.resetMs / 1000));
  res.setHeader("Retry-After", String(retryAfter));
  sendJson(res, 429, rateLimitedBody(retryAfter));
  return false;
}
