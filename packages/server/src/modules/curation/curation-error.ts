/** A curation request that cannot be done; `code` is the GraphQL error code, `field` the input at fault. */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly code: "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT",
    readonly field?: string,
  ) {
    super(message);
  }
}
