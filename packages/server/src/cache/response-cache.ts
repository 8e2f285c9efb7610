/**
 * The response cache: whole serialized responses of public queries, keyed by the normalized
 * document, the operation name, the variables (and the Accept header, which picks the content
 * type), and valid for one data version.
 *
 * - Only queries whose every field is public (see public-fields.ts); never mutations, never
 *   responses with errors or a status other than 200.
 * - A hit is answered before Apollo (after request id, auth and rate limiting) with the stored
 *   bytes and `X-Cache: HIT`; everything else goes through Apollo (`X-Cache: MISS`).
 * - Writes anywhere (this server, the CLI, psql) bump the data version; this server reads it at
 *   most every CACHE_VERSION_POLL_MS, so another process's write shows within that long. After
 *   its own mutations it reads the version before answering: a user always reads their own writes.
 * - Bounded by bytes (CACHE_MAX_MB), least recently used first out.
 */
import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { ServerResponse } from "node:http";
import { print, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { Database } from "../db/database";
import { DataVersion } from "./data-version";
import { ByteLru } from "./lru";
import { PublicFields } from "./public-fields";

/** Same answer for everyone, but only as of the current data version: check back every time. */
export const PUBLIC_CACHE_CONTROL = "public, no-cache";
/** Depends on the caller, or failed: keep nowhere. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

interface Entry {
  version: number;
  body: Buffer;
  contentType: string;
  bytes: number;
}

/** What `lookup` knows about a request that Apollo then answers. */
export interface CachePending {
  /** sha256 of the query text. */
  query: string;
  /** Operation name, variables and Accept, as a key suffix. */
  rest: string;
  /** The data version when the request arrived: the response is stored under it. */
  version: number;
  /** Normalized document + rest, once the document is known. */
  key: string | null;
  store: boolean;
}

/** Where the context carries its Pending (Apollo copies the context object per operation: no WeakMap). */
const PENDING = Symbol("responseCache");

/** Entries of the small per-document maps (query text -> normalized key, verdicts). */
const DOCUMENTS = 1000;
/** Map and key overhead counted per entry, besides the body. */
const ENTRY_OVERHEAD = 256;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= DOCUMENTS) map.delete(map.keys().next().value!);
  map.set(key, value);
}

export interface ResponseCacheOptions {
  maxBytes: number;
  versionPollMs: number;
}

export class ResponseCache {
  readonly version: DataVersion;
  private readonly lru: ByteLru<Entry>;
  /** Hash of the query text -> hash of its printed (normalized) document. */
  private readonly documents = new Map<string, string>();
  /** Normalized document + operation name -> may it be cached. */
  private readonly verdicts = new Map<string, boolean>();
  private publicFields: PublicFields | null = null;

  constructor(db: Database, options: ResponseCacheOptions) {
    this.lru = new ByteLru(options.maxBytes);
    this.version = new DataVersion(db, options.versionPollMs, () => this.lru.clear());
  }

  get stats() {
    return { entries: this.lru.count, bytes: this.lru.bytes };
  }

  /**
   * Before Apollo, after the body is parsed: answers a hit (and returns "hit"), or returns what a
   * miss needs later (`attach` it to the context, `store` the answer). Null when the request is
   * not a candidate (not a POSTed query) or the data version cannot be read.
   */
  async lookup(method: string, body: unknown, accept: string | undefined, res: ServerResponse): Promise<"hit" | CachePending | null> {
    const b = body as Record<string, unknown> | undefined;
    if (method !== "POST" || typeof b?.query !== "string" || b.extensions !== undefined) return null;
    let version: number;
    try {
      const current = this.version.current();
      version = typeof current === "number" ? current : await current;
    } catch {
      return null; // database unreachable: no cache; Apollo answers (or reports the error)
    }
    // The query text is keyed by its hash: remembering 1000 texts whole could hold 1000 padded documents.
    const query = createHash("sha256").update(b.query).digest("base64url");
    const rest = `\u0000${String(b.operationName ?? "")}\u0000${JSON.stringify(b.variables ?? {})}\u0000${accept ?? ""}`;
    const document = this.documents.get(query);
    const key = document === undefined ? null : document + rest;
    if (key !== null) {
      const entry = this.lru.get(key);
      if (entry && entry.version === version) {
        res.writeHead(200, {
          "content-type": entry.contentType,
          "content-length": entry.body.length,
          "cache-control": PUBLIC_CACHE_CONTROL,
          "x-cache": "HIT",
        });
        res.end(entry.body);
        return "hit";
      }
    }
    return { query, rest, version, key, store: false };
  }

  /** Keeps Apollo's answer to a miss when the plugin found it cacheable. */
  store(pending: CachePending | null, status: number, text: string, contentType: string): void {
    if (!pending?.store || pending.key === null || status !== 200) return;
    // Written while the data changed: the version moved on and this response may predate it.
    if (pending.version !== this.version.known) return;
    const body = Buffer.from(text);
    this.lru.set(pending.key, {
      version: pending.version,
      body,
      contentType,
      bytes: body.length + 2 * pending.key.length + ENTRY_OVERHEAD,
    });
  }

  /** Links Apollo's context of this request to what `lookup` prepared (call from the context factory). */
  attach(context: object, pending: CachePending | null): void {
    if (pending) (context as { [PENDING]?: CachePending })[PENDING] = pending;
  }

  /**
   * Once the operation is known: keys `pending` by the normalized document and says whether the
   * operation may be cached (every field public).
   */
  resolved(pending: CachePending | null, document: DocumentNode, operation: OperationDefinitionNode, schema: GraphQLSchema): boolean {
    if (!pending) return false;
    let normalized = this.documents.get(pending.query);
    if (normalized === undefined) {
      normalized = createHash("sha256").update(print(document)).digest("base64url");
      remember(this.documents, pending.query, normalized);
    }
    pending.key = normalized + pending.rest;
    const verdictKey = `${normalized}\u0000${operation.name?.value ?? ""}`;
    let verdict = this.verdicts.get(verdictKey);
    if (verdict === undefined) {
      this.publicFields ??= new PublicFields(schema);
      verdict = this.publicFields.cacheable(document, operation);
      remember(this.verdicts, verdictKey, verdict);
    }
    return verdict;
  }

  /**
   * Before the answer leaves: after a mutation re-reads the data version (the caller's next read
   * must see this write), sets Cache-Control (and X-Cache: MISS for a candidate), and marks
   * whether `store` may keep the answer (`ok`: cacheable, no errors, status 200).
   */
  async finish(
    pending: CachePending | null,
    mutation: boolean,
    ok: boolean,
    setHeader: (name: string, value: string) => void,
  ): Promise<void> {
    if (mutation) await this.version.refresh().catch(() => this.lru.clear());
    setHeader("cache-control", ok ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
    if (pending) {
      setHeader("x-cache", "MISS");
      pending.store = ok;
    }
  }

  /** `resolved` and `finish` in Apollo's pipeline (the direct path calls them itself). */
  plugin<C extends object>(): ApolloServerPlugin<C> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const cache = this;
    return {
      async requestDidStart({ contextValue }) {
        const pending = (contextValue as { [PENDING]?: CachePending })[PENDING] ?? null;
        let cacheable = false;
        return {
          async didResolveOperation({ document, operation, schema }) {
            if (operation) cacheable = cache.resolved(pending, document, operation, schema);
          },
          async willSendResponse({ response, operation }) {
            const ok =
              cacheable && response.body.kind === "single" && !response.body.singleResult.errors && (response.http.status ?? 200) === 200;
            await cache.finish(pending, operation?.operation === "mutation", ok, (name, value) => response.http.headers.set(name, value));
          },
        };
      },
    };
  }
}
