import { DomainError, type DomainErrorDetails } from "../../errors/domain-error";

export { forbidden, unauthenticated } from "../../errors/domain-error";

export type AuthErrorCode = "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "RATE_LIMITED";

/** A refusal of the auth services the client should see, with its GraphQL error code. */
export class AuthError extends DomainError {
  constructor(message: string, code: AuthErrorCode, details: DomainErrorDetails = {}) {
    super(message, code, details);
  }
}
