/** Failed sign-ins: 5 per account and 5 per IP address in 15 minutes, then RATE_LIMITED until the window ends. */
import type { RateLimitStore } from "../../security/rate-limit-store";
import { AuthError } from "./auth-errors";

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export class LoginThrottle {
  constructor(
    private readonly store: RateLimitStore,
    readonly maxFailures = LOGIN_MAX_FAILURES,
    readonly windowMs = LOGIN_WINDOW_MS,
  ) {}

  private keys(email: string, ip: string | null) {
    return [`login:acct:${email.trim().toLowerCase()}`, ...(ip ? [`login:ip:${ip}`] : [])];
  }

  /** Throws RATE_LIMITED (with retryAfter seconds) when the account or the address is locked. */
  async check(email: string, ip: string | null): Promise<void> {
    for (const key of this.keys(email, ip)) {
      const c = await this.store.peek(key);
      if (c.count >= this.maxFailures) {
        const retryAfter = Math.max(1, Math.ceil(c.resetMs / 1000));
        throw new AuthError(`Too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} min.`, "RATE_LIMITED", { retryAfter });
      }
    }
  }

  async failed(email: string, ip: string | null): Promise<void> {
    for (const key of this.keys(email, ip)) await this.store.hit(key, this.windowMs);
  }

  /** A correct password clears the account's count (not the address's). */
  async succeeded(email: string): Promise<void> {
    await this.store.reset(this.keys(email, null)[0]);
  }
}
