/**
 * Fixed-window counters for rate limits: in memory for one process, in Redis when several
 * processes share the load (REDIS_URL).
 */
import Redis from "ioredis";

export interface Count {
  /** Hits in the current window. */
  count: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimitStore {
  /** Counts one hit on `key`; the window starts with the first hit. */
  hit(key: string, windowMs: number): Promise<Count>;
  peek(key: string): Promise<Count>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(sweepMs = 60_000) {
    this.sweeper = setInterval(() => this.sweep(), sweepMs);
    this.sweeper.unref();
  }

  async hit(key: string, windowMs: number): Promise<Count> {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return { count: w.count, resetMs: w.resetAt - now };
  }

  async peek(key: string): Promise<Count> {
    const now = Date.now();
    const w = this.windows.get(key);
    return w && w.resetAt > now ? { count: w.count, resetMs: w.resetAt - now } : { count: 0, resetMs: 0 };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private sweep() {
    const now = Date.now();
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}

const HIT = `
local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local t = redis.call('PTTL', KEYS[1])
if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); t = tonumber(ARGV[1]) end
return {c, t}`;

/** Shared counters: INCR + PEXPIRE in one Lua call, so every process sees the same window. */
export class RedisStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = "signatory:rl:",
  ) {
    // One retry, then the command fails and the limiter lets the request through (see consume):
    // a limiter that waited for Redis would stall every request.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    this.redis.on("error", (e: Error) => console.error(`rate limit store (redis): ${e.message}`));
  }

  async hit(key: string, windowMs: number): Promise<Count> {
    const [count, ttl] = (await this.redis.eval(HIT, 1, this.prefix + key, String(windowMs))) as [number, number];
    return { count, resetMs: ttl };
  }

  async peek(key: string): Promise<Count> {
    const [count, ttl] = await Promise.all([this.redis.get(this.prefix + key), this.redis.pttl(this.prefix + key)]);
    return count && ttl > 0 ? { count: Number(count), resetMs: ttl } : { count: 0, resetMs: 0 };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createStore(redisUrl: string | null): RateLimitStore {
  return redisUrl ? new RedisStore(redisUrl) : new MemoryStore();
}
