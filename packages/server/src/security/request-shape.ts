/**
 * Checks on a GraphQL request's shape that run before Apollo parses anything: the query text's
 * size in bytes (comments and whitespace count), how deep and how large the variables are, and
 * that an automatic persisted query's hash is the hash of its text. Each refusal is a 400 with a
 * code, never a 500 further down (a 200,000-deep variable overflowed the stack in coercion).
 */
import { createHash } from "node:crypto";
import { documentBytesError } from "./document-limits";

/** Nesting of variables: the schema's deepest input (a filter with a list) is 3. */
export const MAX_VARIABLE_DEPTH = 16;
/** Values (objects, arrays, scalars) in all variables together. */
export const MAX_VARIABLE_VALUES = 10_000;

export interface ShapeError {
  status: number;
  code: string;
  message: string;
  extensions?: Record<string, unknown>;
}

/** Depth and size of a JSON value, walked without recursion and stopping at the limits. */
function variablesError(variables: unknown): ShapeError | null {
  if (variables === undefined || variables === null) return null;
  const stack: [unknown, number][] = [[variables, 1]];
  let values = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (++values > MAX_VARIABLE_VALUES) {
      return {
        status: 400,
        code: "BAD_USER_INPUT",
        message: `The variables hold more than ${MAX_VARIABLE_VALUES} values.`,
        extensions: { field: "variables" },
      };
    }
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_VARIABLE_DEPTH) {
      return {
        status: 400,
        code: "BAD_USER_INPUT",
        message: `The variables are nested more than ${MAX_VARIABLE_DEPTH} deep.`,
        extensions: { field: "variables" },
      };
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
  }
  return null;
}

function persistedQueryError(query: unknown, extensions: unknown): ShapeError | null {
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  if (typeof query !== "string" || hash === undefined) return null;
  if (typeof hash === "string" && createHash("sha256").update(query).digest("hex") === hash.toLowerCase()) return null;
  return {
    status: 400,
    code: "BAD_REQUEST",
    message: "The persisted query's sha256Hash is not the hash of its query.",
    extensions: { field: "extensions.persistedQuery.sha256Hash" },
  };
}

/** The first problem with a request (POST body, or GET search parameters), or null. */
export function requestShapeError(method: string, body: unknown, search: string, maxDocumentBytes: number): ShapeError | null {
  let query: unknown;
  let variables: unknown;
  let extensions: unknown;
  if (method === "POST") {
    const b = body as Record<string, unknown> | undefined;
    if (!b || typeof b !== "object" || Array.isArray(b)) return null; // Apollo answers these
    ({ query, variables, extensions } = b);
  } else {
    const params = new URLSearchParams(search);
    query = params.get("query") ?? undefined;
    // GET variables and extensions are JSON strings Apollo parses; their size is bounded by the URL.
    try {
      variables = JSON.parse(params.get("variables") ?? "null");
      extensions = JSON.parse(params.get("extensions") ?? "null");
    } catch {
      return null; // Apollo answers malformed JSON with 400
    }
  }
  const bytes = documentBytesError(query, maxDocumentBytes);
  if (bytes) return { status: 400, code: "QUERY_TOO_COMPLEX", message: bytes.message, extensions: bytes.extensions };
  return variablesError(variables) ?? persistedQueryError(query, extensions);
}
