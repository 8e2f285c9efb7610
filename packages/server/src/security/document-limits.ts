/**
 * Limits on the document itself, checked with validation: aliases and directives. The token limit is graphql's
 * own `parse(…, { maxTokens })`. Each refusal is QUERY_TOO_COMPLEX with the limit it hit.
 */
import { BREAK, GraphQLError, visit, type DocumentNode, type ValidationRule } from "graphql";

export interface DocumentLimits {
  maxAliases: number;
  maxDirectives: number;
}

export function limitError(limit: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "QUERY_TOO_COMPLEX", limit, ...extra, http: { status: 400 } } });
}

export function countDocument(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
  });
  return { aliases, directives };
}

/** Checks a parsed document; throws QUERY_TOO_COMPLEX naming the limit. */
export function checkDocument(document: DocumentNode, limits: DocumentLimits): void {
  const { aliases, directives } = countDocument(document);
  if (aliases > limits.maxAliases) {
    throw limitError("aliases", `The document has ${aliases} aliases; the limit is ${limits.maxAliases}.`, { aliases, maxAliases: limits.maxAliases });
  }
  if (directives > limits.maxDirectives) {
    throw limitError("directives", `The document has ${directives} directives; the limit is ${limits.maxDirectives}.`, {
      directives, maxDirectives: limits.maxDirectives,
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
