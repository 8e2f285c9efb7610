import { DomainError } from "../../errors/domain-error";

/**
 * Input that cannot become a letter: BAD_USER_INPUT on the argument that carried it (`text`, or
 * `file` for a document), with a stable `reason` and, where there is one, the `line` at fault.
 */
export class ImportInputError extends DomainError {
  constructor(
    message: string,
    readonly reason: string,
    readonly line?: number,
    field: "text" | "file" = "text",
  ) {
    super(message, "BAD_USER_INPUT", { field, reason, ...(line ? { line } : {}) });
  }

  /** The same refusal, blamed on another argument (a document's `file`). */
  on(field: "text" | "file"): ImportInputError {
    return field === this.field ? this : new ImportInputError(this.message, this.reason, this.line, field);
  }
}
