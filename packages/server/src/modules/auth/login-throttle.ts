/**
 * Sign-in throttling that a stranger cannot turn into a lockout (OWASP's authentication cheat
 * sheet: lock by account *and* source, slow down globally):
 *
 * - per account and address: LOGIN_MAX_FAILURES failed sign-ins in LOGIN_WINDOW_MS, then
 *   RATE_LIMITED for that pair only. The real user, from another address, still gets in.
 * - per address: LOGIN_MAX_ADDRESS_FAILURES in the window (one address spraying many accounts).
 * - per account from every address: past LOGIN_MAX_FAILURES, each attempt waits a backoff that
 *   doubles with every further failure (up to LOGIN_MAX_BACKOFF_MS): a distributed guesser is
 *   slowed, nobody is locked out.
 *
 * The counters are reserved before the password is checked (an atomic increment in memory or
 * in Redis), so 40 concurrent guesses get exactly LOGIN_MAX_FAILURES checks, not "everyone who
 * read the count before the first failure was written".
 */
import type { RateLimitStore } from "../../security/rate-limit-store";
import { AuthError } from "./auth-errors";

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_MAX_ADDRESS_FAILURES = 20;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_BACKOFF_MS = 250;
export const LOGIN_MAX_BACKOFF_MS = 4000;

const account = (email: string) => email.trim().toLowerCase();

export class LoginThrottle {
  constructor(
    private readonly store: RateLimitStore,
    readonly maxFailures = LOGIN_MAX_FAILURES,
    readonly windowMs = LOGIN_WINDOW_MS,
    readonly maxAddressFailures = LOGIN_MAX_ADDRESS_FAILURES,
    readonly backoffMs = LOGIN_BACKOFF_MS,
  ) {}

  private keys(email: string, ip: string | null) {
    return {
      pair: `login:pair:${account(email)}\u0000${ip ?? "unknown"}`,
      address: `login:ip:${ip ?? "unknown"}`,
      account: `login:acct:${account(email)}`,
    };
  }

  /** The wait before checking a password of an account that has failed `failures` times in the window, from anywhere. */
  backoff(failures: number): number {
    if (failures < this.maxFailures) return 0;
    return Math.min(LOGIN_MAX_BACKOFF_MS, this.backoffMs * 2 ** (failures - this.maxFailures));
  }

  /**
   * Runs `verify` (the password check) if this account-and-address pair and this address have
   * attempts left, counting the attempt first. Null from `verify` is a failure; anything else a
   * success, which clears the pair's count. Throws RATE_LIMITED (with retryAfter seconds) otherwise.
   */
  async attempt<T>(email: string, ip: string | null, verify: () => Promise<T | null>): Promise<T | null> {
    const k = this.keys(email, ip);
    for (const [key, max] of [
      [k.pair, this.maxFailures],
      [k.address, this.maxAddressFailures],
    ] as const) {
      const c = await this.store.hit(key, this.windowMs);
      if (c.count > max) {
        const retryAfter = Math.max(1, Math.ceil(c.resetMs / 1000));
        throw new AuthError(`Too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} min.`, "RATE_LIMITED", { retryAfter });
      }
    }
    const wait = this.backoff((await this.store.peek(k.account)).count);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const result = await verify();
    if (result === null) {
      await this.store.hit(k.account, this.windowMs);
    } else {
      // A correct password: this pair starts afresh (the address's count stays: it bounds spraying).
      await this.store.reset(k.pair);
    }
    return result;
  }
}
