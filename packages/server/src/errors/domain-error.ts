/**
 * The one error type services throw for a request they refuse: a message for the client, a
 * GraphQL error code, and details such as the `field` at fault, a stable `reason` or the `line`.
 * Services never build GraphQL errors; security/errors.ts (Apollo's formatError) turns a
 * DomainError into the error clients see, in one place. Anything else thrown stays internal
 * and is masked.
 */

/** Codes a DomainError may carry; every one is shown to clients (security/errors.ts EXPOSED_CODES). */
export type DomainErrorCode =
  "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "RATE_LIMITED" | "BAD_REQUEST";

/** What a DomainError tells the client besides its code: the input at fault and any other facts. */
export interface DomainErrorDetails {
  /** The argument or input field at fault (`email`, `text`, `input.letters.state`). */
  field?: string;
  [key: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: DomainErrorCode,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get field(): string | undefined {
    return this.details.field;
  }

  /**
   * The GraphQL error's extensions: the code first, then the details. graphql-js copies an
   * original error's `extensions` onto the located error, so the code survives every executor
   * (Apollo, WebSocket subscriptions); formatError sends exactly these.
   */
  get extensions(): Record<string, unknown> {
    return { code: this.code, ...this.details };
  }
}

const withField = (field: string | undefined) => (field ? { field } : {});

export const badUserInput = (message: string, field?: string) => new DomainError(message, "BAD_USER_INPUT", withField(field));
export const notFound = (message: string, field?: string) => new DomainError(message, "NOT_FOUND", withField(field));
export const conflict = (message: string, field?: string) => new DomainError(message, "CONFLICT", withField(field));
export const unauthenticated = (message = "Sign in (or send an API token) to do this.") => new DomainError(message, "UNAUTHENTICATED");
export const forbidden = (message: string) => new DomainError(message, "FORBIDDEN");
