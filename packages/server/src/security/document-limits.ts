/**
 * Limits on the document itself, checked with validation: aliases, directives and a field
 * repeated in one selection. The token limit is graphql's own `parse(…, { maxTokens })`.
 * Each refusal is QUERY_TOO_COMPLEX with the limit it hit.
 */
import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type ValidationRule } from "graphql";

export interface DocumentLimits {
  maxAliases: number;
  maxDirectives: number;
}

/** The same field (response key) more often than this in one selection set is a duplication attack, not a query. */
export const MAX_FIELD_REPEATS = 10;

export function limitError(limit: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "QUERY_TOO_COMPLEX", limit, ...extra, http: { status: 400 } } });
}

export function countDocument(document: DocumentNode): { aliases: number; directives: number; repeats: number } {
  let aliases = 0;
  let directives = 0;
  let repeats = 0;
  visit(document, {
    SelectionSet(node) {
      const seen = new Map<string, number>();
      for (const sel of node.selections) {
        if (sel.kind !== Kind.FIELD) continue;
        const key = sel.alias?.value ?? sel.name.value;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        repeats = Math.max(repeats, n);
      }
    },
    Field(node) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
  });
  return { aliases, directives, repeats };
}

/** Checks a parsed document; throws QUERY_TOO_COMPLEX naming the limit. */
export function checkDocument(document: DocumentNode, limits: DocumentLimits): void {
  const { aliases, directives, repeats } = countDocument(document);
  if (repeats > MAX_FIELD_REPEATS) {
    throw limitError("repeatedFields", `A field is asked for ${repeats} times in one selection; the limit is ${MAX_FIELD_REPEATS}.`, {
      repeats,
    });
  }
  if (aliases > limits.maxAliases) {
    throw limitError("aliases", `The document has ${aliases} aliases; the limit is ${limits.maxAliases}.`, {
      aliases,
      maxAliases: limits.maxAliases,
    });
  }
  if (directives > limits.maxDirectives) {
    throw limitError("directives", `The document has ${directives} directives; the limit is ${limits.maxDirectives}.`, {
      directives,
      maxDirectives: limits.maxDirectives,
    });
  }
}

/**
 * As a validation rule, so that the refusal is a client error (Apollo turns an exception in a
 * plugin's validationDidStart into a 500). The token limit bounds the work validation does first.
 */
export function documentLimitsRule(limits: DocumentLimits): ValidationRule {
  return (context) => ({
    Document: {
      enter(document) {
        try {
          checkDocument(document, limits);
        } catch (e) {
          context.reportError(e as GraphQLError);
        }
        return BREAK;
      },
    },
  });
}

/** graphql-js's message when `maxTokens` stops the parser. */
export const TOKEN_LIMIT_MESSAGE = /Document contains more th\w+ (\d+) tokens/;

/** Bytes of query text per document (MAX_DOCUMENT_BYTES): comments and whitespace count, checked before parsing. */
export const MAX_DOCUMENT_BYTES = 65_536;

/**
 * The QUERY_TOO_COMPLEX answer (HTTP 400) for a query text over `maxBytes`, or null. Runs before
 * Apollo parses anything, so a document padded with a megabyte of comment costs a length check.
 */
export function documentBytesError(query: unknown, maxBytes: number): { message: string; extensions: Record<string, unknown> } | null {
  if (typeof query !== "string" || query.length <= maxBytes / 3) return null; // UTF-8 is at most 3 bytes per UTF-16 unit
  const bytes = Buffer.byteLength(query, "utf8");
  if (bytes <= maxBytes) return null;
  return {
    message: `The document is ${bytes} bytes; the limit is ${maxBytes} (comments and whitespace count).`,
    extensions: { limit: "bytes", bytes, maxBytes },
  };
}
