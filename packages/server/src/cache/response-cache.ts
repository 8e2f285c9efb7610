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
import type express from "express";
import { print } from "graphql";
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

/** What the middleware knows about a request that Apollo then answers. */
interface Pending {
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
  /** Query text -> hash of its printed (normalized) document. */
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

  /** Express middleware for /graphql, after body parsing: answers hits, prepares misses. */
  readonly middleware: express.RequestHandler = (req, res, next) => {
    const body = req.body as Record<string, unknown> | undefined;
    if (req.method !== "POST" || typeof body?.query !== "string" || body.extensions !== undefined) return next();
    const version = this.version.current();
    if (typeof version === "number") return this.lookup(req, res, next, body, version);
    version.then(
      (v) => this.lookup(req, res, next, body, v),
      () => next(), // database unreachable: no cache; Apollo answers (or reports the error)
    );
  };

  private lookup(req: express.Request, res: express.Response, next: express.NextFunction, body: Record<string, unknown>, version: number): void {
    const query = body.query as string;
    const rest = `\u0000${String(body.operationName ?? "")}\u0000${JSON.stringify(body.variables ?? {})}\u0000${req.headers.accept ?? ""}`;
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
        return;
      }
    }
    const pending: Pending = { query, rest, version, key, store: false };
    res.locals.responseCache = pending;
    const send = res.send;
    res.send = ((chunk: unknown) => {
      if (pending.store && pending.key !== null && res.statusCode === 200 && typeof chunk === "string") {
        this.put(pending.key, pending.version, chunk, String(res.getHeader("content-type") ?? "application/json; charset=utf-8"));
      }
      return send.call(res, chunk);
    }) as typeof res.send;
    next();
  }

  private put(key: string, version: number, text: string, contentType: string): void {
    // Written while the data changed: the version moved on and this response may predate it.
    if (version !== this.version.known) return;
    const body = Buffer.from(text);
    this.lru.set(key, { version, body, contentType, bytes: body.length + 2 * key.length + ENTRY_OVERHEAD });
  }

  /** Links Apollo's context of this request to what the middleware prepared (call from the context factory). */
  attach(context: object, res: express.Response): void {
    const pending = res.locals.responseCache as Pending | undefined;
    if (pending) (context as { [PENDING]?: Pending })[PENDING] = pending;
  }

  /** Decides what may be stored, sets the headers, and re-reads the data version after mutations. */
  plugin<C extends object>(): ApolloServerPlugin<C> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const cache = this;
    return {
      async requestDidStart({ contextValue }) {
        const pending = (contextValue as { [PENDING]?: Pending })[PENDING];
        let cacheable = false;
        return {
          async didResolveOperation({ document, operation, schema }) {
            if (!pending || !operation) return;
            let normalized = cache.documents.get(pending.query);
            if (normalized === undefined) {
              normalized = createHash("sha256").update(print(document)).digest("base64url");
              remember(cache.documents, pending.query, normalized);
            }
            pending.key = normalized + pending.rest;
            const verdictKey = `${normalized}\u0000${operation.name?.value ?? ""}`;
            let verdict = cache.verdicts.get(verdictKey);
            if (verdict === undefined) {
              cache.publicFields ??= new PublicFields(schema);
              verdict = cache.publicFields.cacheable(document, operation);
              remember(cache.verdicts, verdictKey, verdict);
            }
            cacheable = verdict;
          },
          async willSendResponse({ response, operation }) {
            if (operation?.operation === "mutation") {
              // Before the answer leaves: the caller's next read must see this write.
              await cache.version.refresh().catch(() => cache.lru.clear());
            }
            const ok = cacheable && response.body.kind === "single" && !response.body.singleResult.errors && (response.http.status ?? 200) === 200;
            response.http.headers.set("cache-control", ok ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
            if (pending) {
              response.http.headers.set("x-cache", "MISS");
              pending.store = ok;
            }
          },
        };
      },
    };
  }
}
