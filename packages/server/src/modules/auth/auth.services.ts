import type { Database } from "../../db/database";
import { MemoryStore, type RateLimitStore } from "../../security/rate-limit-store";
import { AuditService } from "./audit.service";
import { CredentialsService } from "./credentials.service";
import { LoginThrottle } from "./login-throttle";
import { UsersService } from "./users.service";

/** Accounts, credentials, sign-in throttling and the audit log. */
export interface AuthServices {
  users: UsersService;
  credentials: CredentialsService;
  audit: AuditService;
  throttle: LoginThrottle;
}

export function createAuthServices(db: Database, store: RateLimitStore = new MemoryStore()): AuthServices {
  return {
    users: new UsersService(db),
    credentials: new CredentialsService(db),
    audit: new AuditService(db),
    throttle: new LoginThrottle(store),
  };
}
