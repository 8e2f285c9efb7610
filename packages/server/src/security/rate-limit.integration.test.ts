import { randomBytes } from "node:crypto";
import { redisAvailable, TEST_REDIS_URL } from "../test/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, startHttpServer } from "../test/harness";
import type { Database } from "../db/database";
import { MemoryStore, RedisStore, type RateLimitStore } from "./rate-limit-store";

const REDIS_URL = TEST_REDIS_URL;
let redisUp = false;
beforeAll(async () => {
  redisUp = await redisAvailable(REDIS_URL);
  if (!redisUp) console.warn(`no Redis at ${REDIS_URL}: the Redis store tests are skipped`);
});

const stores: [string, () => RateLimitStore, boolean][] = [
  ["memory", () => new MemoryStore(), false],
  ["redis", () => new RedisStore(REDIS_URL), true],
];

describe.each(stores)("%s store", (_name, make, needsRedis) => {
  it("counts hits in a fixed window and resets after it", async (ctx) => {
    if (needsRedis && !redisUp) return ctx.skip();
    const store = make();
    const key = `t:${randomBytes(6).toString("hex")}`;
    try {
      expect(await store.peek(key)).toEqual({ count: 0, resetMs: 0 });
      expect((await store.hit(key, 300)).count).toBe(1);
      const second = await store.hit(key, 300);
      expect(second.count).toBe(2);
      expect(second.resetMs).toBeGreaterThan(0);
      expect(second.resetMs).toBeLessThanOrEqual(300);
      expect((await store.peek(key)).count).toBe(2);
      await new Promise((r) => setTimeout(r, 350));
      expect((await store.hit(key, 300)).count).toBe(1);
      await store.reset(key);
      expect((await store.peek(key)).count).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe("per-client limit over HTTP", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it("answers 429 RATE_LIMITED with Retry-After and RateLimit headers past the limit, per client address", async () => {
    const server = await startHttpServer({ trustProxy: "loopback", rateLimit: { max: 3, windowMs: 60_000 } }, db);
    try {
      const from = (ip: string) => server.gql({ query: "{ __typename }" }, { "x-forwarded-for": ip });
      for (let i = 1; i <= 3; i++) {
        const ok = await from("203.0.113.10");
        expect(ok.status).toBe(200);
        expect(ok.headers.get("ratelimit-remaining")).toBe(String(3 - i));
      }
      const refused = await from("203.0.113.10");
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
      expect(refused.body.errors[0].extensions.retryAfter).toBeGreaterThan(0);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(refused.headers.get("ratelimit-limit")).toBe("3");
      expect(refused.headers.get("ratelimit-policy")).toBe("3;w=60");
      expect(Number(refused.headers.get("ratelimit-reset"))).toBeLessThanOrEqual(60);
      expect((await from("203.0.113.11")).status).toBe(200);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("shares one count between two processes through Redis", async (ctx) => {
    if (!redisUp) return ctx.skip();
    const config = { trustProxy: "loopback", redisUrl: REDIS_URL, rateLimit: { max: 4, windowMs: 60_000 } } as const;
    const a = await startHttpServer(config, db);
    const b = await startHttpServer(config, db);
    const ip = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}`;
    try {
      const statuses: number[] = [];
      for (const s of [a, b, a, b, a, b]) statuses.push((await s.gql({ query: "{ __typename }" }, { "x-forwarded-for": ip })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
