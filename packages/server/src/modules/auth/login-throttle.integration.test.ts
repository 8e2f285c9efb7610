/** The sign-in throttle on both stores: exact under concurrency, per account-and-address, a backoff and no lockout. */
import { randomBytes } from "node:crypto";
import { redisAvailable, TEST_REDIS_URL } from "../../test/redis";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore, RedisStore, type RateLimitStore } from "../../security/rate-limit-store";
import { LoginThrottle } from "./login-throttle";

const REDIS_URL = TEST_REDIS_URL;
let redisUp = false;
beforeAll(async () => {
  redisUp = await redisAvailable(REDIS_URL);
});

const stores: [string, () => RateLimitStore, boolean][] = [
  ["memory", () => new MemoryStore(), false],
  ["redis", () => new RedisStore(REDIS_URL, `signatory:test:${randomBytes(4).toString("hex")}:`), true],
];

const codeOf = (e: unknown) => (e as { code?: string }).code;

describe.each(stores)("sign-in throttle, %s store", (_name, make, needsRedis) => {
  it("lets exactly 5 of 40 concurrent wrong guesses reach the password check", async (ctx) => {
    if (needsRedis && !redisUp) return ctx.skip();
    const store = make();
    const throttle = new LoginThrottle(store, 5, 60_000, 1000, 1);
    let checked = 0;
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 40 }, () => throttle.attempt("a@example.org", "203.0.113.9", async () => (checked++, null))),
      );
      expect(checked).toBe(5);
      expect(outcomes.filter((o) => o.status === "rejected" && codeOf(o.reason) === "RATE_LIMITED")).toHaveLength(35);
    } finally {
      await store.close();
    }
  });

  it("locks the pair, not the account: another address still signs in, after the account's backoff", async (ctx) => {
    if (needsRedis && !redisUp) return ctx.skip();
    const store = make();
    const throttle = new LoginThrottle(store, 5, 60_000, 1000, 50);
    try {
      for (let i = 0; i < 5; i++) expect(await throttle.attempt("b@example.org", "203.0.113.1", async () => null)).toBeNull();
      await expect(throttle.attempt("b@example.org", "203.0.113.1", async () => "user")).rejects.toMatchObject({ code: "RATE_LIMITED" });
      const started = Date.now();
      expect(await throttle.attempt("b@example.org", "203.0.113.2", async () => "user")).toBe("user");
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);
      expect(throttle.backoff(4)).toBe(0);
      expect(throttle.backoff(6)).toBe(100);
      expect(throttle.backoff(100)).toBe(4000);
    } finally {
      await store.close();
    }
  });
});
