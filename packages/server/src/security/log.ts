/**
 * Logging of errors that may carry user values (SQL parameters, cursors, variables): each
 * logged line is cut to MAX_LOG_CHARS, so a 500 KB cursor cannot make a 500 KB log line.
 */
import { inspect } from "node:util";

export const MAX_LOG_CHARS = 2000;

/** `text` cut to `max` characters, saying how much was left out. */
export function truncate(text: string, max = MAX_LOG_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters]`;
}

/** console.error of a message and an error (its stack and properties), truncated. */
export function logError(message: string, error: unknown): void {
  const detail =
    typeof error === "string"
      ? error
      : inspect(error, { depth: 3, maxStringLength: MAX_LOG_CHARS, maxArrayLength: 20, breakLength: Infinity });
  console.error(truncate(message), truncate(detail, 4 * MAX_LOG_CHARS));
}
