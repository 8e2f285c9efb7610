import { DomainError } from "../../errors/domain-error";

/** A curation request that cannot be done; `code` is the GraphQL error code, `field` the input at fault. */
export class CurationError extends DomainError {
  constructor(
    message: string,
    override readonly code: "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT",
    field?: string,
  ) {
    super(message, code, field ? { field } : {});
  }
}
