/** Input that cannot become a letter; `line` points at the problem where there is one. */
export class ImportInputError extends Error {
  constructor(
    message: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(message);
  }
}
