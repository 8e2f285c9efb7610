import { GraphQLError } from "graphql";

export type AuthErrorCode = "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "RATE_LIMITED";

/** A refusal the client should see, with its GraphQL error code. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly code: AuthErrorCode,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function unauthenticated(message = "Sign in (or send an API token) to do this."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

/** Runs a resolver's work, turning AuthErrors into GraphQL errors with their codes. */
export async function asAuthError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AuthError) throw new GraphQLError(e.message, { extensions: { code: e.code, ...e.extensions } });
    throw e;
  }
}
