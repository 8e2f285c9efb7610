/**
 * Trusted documents: the dashboard's operations, known to the server by hash.
 *
 * Codegen writes packages/dashboard/src/gql/persisted-documents.json (hash -> document text, the
 * hash being the plain hex SHA-256 of the text). The server loads it at start and, once the
 * schema is built, prepares each document there and then (`prepare`): `__typename` is added to
 * every selection set but the operation's, as the dashboard's Apollo Client cache does to every
 * document it sends (the answer must carry them), then it is parsed, validated and its limits
 * checked. A request for a known document then skips parsing, validation and cost analysis:
 * the parsed documents are pinned in Apollo's document store (keyed by the hash of the text
 * executed) and queryLimitsPlugin skips the hashes `trusts`.
 *
 * A request names a document by Apollo's persisted-query extension
 * (`extensions.persistedQuery.sha256Hash`, what the dashboard's Apollo Client link sends). The
 * endpoint (`resolve`) turns a known hash into the document's text before the response cache
 * and Apollo see the request, so both work as for a plain query. A known hash sent with a
 * different text is refused (PERSISTED_QUERY_HASH_MISMATCH). An unknown hash goes on to Apollo's
 * automatic persisted queries (PERSISTED_QUERY_NOT_FOUND unless registered; with a text, Apollo
 * checks the text hashes to it).
 *
 * TRUSTED_DOCUMENTS_ONLY (production): cookie sessions, i.e. the dashboard, may send only these
 * documents (TRUSTED_DOCUMENT_REQUIRED otherwise). API tokens and anonymous clients may send
 * any document within the limits.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { REPO_ROOT } from "../config";
import { checkOperationLimits } from "../schema/limits";

/** Where codegen writes the dashboard's manifest. */
export const DEFAULT_MANIFEST = path.join(REPO_ROOT, "packages/dashboard/src/gql/persisted-documents.json");

export const sha256Hex = (text: string): string => createHash("sha256").update(text).digest("hex");

/** A refusal the endpoint sends as is. */
export interface TrustedDocumentError {
  status: number;
  code: string;
  message: string;
}

export class TrustedDocuments {
  /** hash -> text, as loaded. */
  private readonly texts: Map<string, string>;
  /** manifest hash -> the text executed (with `__typename`), for those that passed `prepare`. */
  private readonly executed = new Map<string, string>();
  /** hash of the text executed -> its parsed and validated document. */
  private readonly prepared = new Map<string, DocumentNode>();

  constructor(entries: Iterable<[string, string]>) {
    this.texts = new Map();
    for (const [hash, text] of entries) {
      if (typeof text !== "string" || sha256Hex(text) !== hash)
        throw new Error(`trusted documents: the text of ${hash} does not hash to it`);
      this.texts.set(hash, text);
    }
  }

  /** Reads a manifest (hash -> text); a missing file is an empty set (the dashboard's codegen has not run). */
  static load(file: string = DEFAULT_MANIFEST): TrustedDocuments {
    if (!existsSync(file)) return new TrustedDocuments([]);
    const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    return new TrustedDocuments(Object.entries(raw));
  }

  get size(): number {
    return this.texts.size;
  }

  /** hash -> text of every document loaded. */
  entries(): IterableIterator<[string, string]> {
    return this.texts.entries();
  }

  text(hash: string): string | undefined {
    return this.texts.get(hash);
  }

  /** The text a request for this manifest hash executes (once prepared). */
  executedText(hash: string): string | undefined {
    return this.executed.get(hash);
  }

  /**
   * Whether Apollo's hash of a query text (hex SHA-256) is a document parsed, validated and
   * within the limits at start: requests for it skip all three.
   */
  trusts(queryHash: string | undefined): boolean {
    return queryHash !== undefined && this.prepared.has(queryHash);
  }

  /** The parsed document for Apollo's hash of a prepared text (the document store's pinned entries). */
  document(hash: string): DocumentNode | undefined {
    return this.prepared.get(hash);
  }

  /**
   * Parses and validates every document against `schema` with Apollo's rules and checks each
   * operation's depth and cost (with no variables: page sizes are the fields' defaults, and
   * `first` is bounded by the connection anyway). Returns the documents refused, with why;
   * those stay out of the trusted set and take the normal path.
   */
  prepare(schema: GraphQLSchema, rules: ValidationRule[], maxTokens?: number): { hash: string; reason: string }[] {
    const refused: { hash: string; reason: string }[] = [];
    this.prepared.clear();
    this.executed.clear();
    for (const [hash, text] of this.texts) {
      try {
        const executed = print(withTypename(parse(text, { maxTokens })));
        const document = parse(executed, { maxTokens });
        const errors = validate(schema, document, [...specifiedRules, ...rules]);
        if (errors.length) throw errors[0];
        for (const d of document.definitions) {
          if (d.kind !== Kind.OPERATION_DEFINITION) continue;
          const operation = getOperationAST(document, d.name?.value)!;
          const verdict = checkOperationLimits(schema, document, operation, {});
          if (verdict) throw verdict;
        }
        this.prepared.set(sha256Hex(executed), document);
        this.executed.set(hash, executed);
      } catch (e) {
        refused.push({ hash, reason: e instanceof GraphQLError || e instanceof Error ? e.message : String(e) });
      }
    }
    return refused;
  }

  /**
   * Resolves a POST body's document id in place: a known hash becomes its text (the extension
   * removed). With `only` (TRUSTED_DOCUMENTS_ONLY for this caller) any document that is not a
   * trusted one is refused. Returns the refusal, or null to go on.
   */
  resolve(body: unknown, only: boolean): TrustedDocumentError | null {
    const b = body as Record<string, unknown> | undefined;
    if (!b || typeof b !== "object") return null;
    const extensions = b.extensions as Record<string, unknown> | undefined;
    const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
    const hash = typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash : undefined;
    if (hash !== undefined) {
      const text = this.texts.get(hash);
      if (text !== undefined) {
        const executed = this.executed.get(hash) ?? text;
        if (b.query !== undefined && b.query !== text && b.query !== executed) {
          return { status: 400, code: "PERSISTED_QUERY_HASH_MISMATCH", message: `The document sent is not the trusted document ${hash}.` };
        }
        b.query = executed;
        const { persistedQuery: _, ...rest } = extensions!;
        if (Object.keys(rest).length) b.extensions = rest;
        else delete b.extensions;
        return null;
      }
      // Not ours: an Apollo automatic persisted query (Apollo refuses a text whose hash is not this one).
      return only ? required() : null;
    }
    if (only && !(typeof b.query === "string" && this.isTrustedText(b.query))) return required();
    return null;
  }

  /** A manifest text, or the text executed for one. */
  private isTrustedText(query: string): boolean {
    const hash = sha256Hex(query);
    return this.texts.has(hash) || this.prepared.has(hash);
  }

  /** GET requests (query and extensions in the URL): with `only`, refused unless they name or carry a trusted document. */
  resolveSearch(search: string, only: boolean): TrustedDocumentError | null {
    if (!only) return null;
    const params = new URLSearchParams(search);
    const query = params.get("query");
    if (query !== null && this.isTrustedText(query)) return null;
    try {
      const hash = (JSON.parse(params.get("extensions") ?? "null") as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery
        ?.sha256Hash;
      const text = typeof hash === "string" ? this.texts.get(hash) : undefined;
      if (text !== undefined && (query === null || query === text || query === this.executed.get(hash as string))) return null;
    } catch {
      // not JSON: refused below
    }
    return required();
  }
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

/**
 * `__typename` added to every selection set except an operation's own, unless it selects a
 * field starting with `__` already: what Apollo Client's cache does to every document it sends.
 */
export function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith("__"))) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

const required = (): TrustedDocumentError => ({
  status: 400,
  code: "TRUSTED_DOCUMENT_REQUIRED",
  message:
    "This server accepts only the dashboard's own documents from signed-in browser sessions (TRUSTED_DOCUMENTS_ONLY); use an API token for other queries.",
});

/**
 * Apollo's document store with the trusted documents pinned: a key ending in a prepared hash is
 * answered from them whatever the LRU holds, so ad-hoc documents cannot evict the dashboard's.
 * (Apollo's key is a schema-hash prefix plus the query hash.)
 */
export function withTrustedDocuments<
  S extends {
    get(key: string): Promise<DocumentNode | undefined>;
    set(key: string, value: DocumentNode): Promise<void>;
    delete(key: string): Promise<boolean | void>;
  },
>(store: S, trusted: TrustedDocuments): S {
  return Object.assign(Object.create(store) as S, {
    async get(key: string): Promise<DocumentNode | undefined> {
      return trusted.document(key.slice(-64)) ?? store.get(key);
    },
    async set(key: string, value: DocumentNode): Promise<void> {
      if (trusted.document(key.slice(-64))) return;
      return store.set(key, value);
    },
    async delete(key: string) {
      return store.delete(key);
    },
  });
}
