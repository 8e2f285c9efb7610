import { DomainError } from "../../../errors/domain-error";

/**
 * A file that cannot be read as a letter: BAD_USER_INPUT on the `file` argument, with a stable
 * `reason` (ENCRYPTED, TOO_MANY_PAGES, NOT_A_PDF...). Nothing is stored when one is thrown.
 */
export class DocumentError extends DomainError {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message, "BAD_USER_INPUT", { field: "file", reason });
  }
}
