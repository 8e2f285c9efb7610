/**
 * A file that cannot be read as a letter. `reason` is a stable code (ENCRYPTED, TOO_MANY_PAGES,
 * NOT_A_PDF...); callers turn it into BAD_USER_INPUT. Nothing is stored when one is thrown.
 */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}
