/**
 * Caches of parsed documents bounded by the memory they really hold. Apollo's default document
 * store sizes an entry by `JSON.stringify(document)`, which leaves out the source text every
 * AST node's `loc` keeps alive (and the token list): a `{ __typename }` padded with a 950 KB
 * comment counted a few bytes and held a megabyte. Here an entry counts its source text twice
 * (UTF-16) plus its serialized AST several times over (objects, locations, tokens).
 */
import type { DocumentNode } from "graphql";
import { ByteLru } from "../cache/lru";

/** How much memory an AST takes per byte of its JSON, measured on dashboard queries (objects, loc, tokens). */
const AST_BYTES_PER_JSON_BYTE = 6;
const ENTRY_OVERHEAD = 256;

/** Bytes a parsed document keeps alive: its source text, its nodes and their locations. */
export function documentBytes(document: DocumentNode): number {
  const source = document.loc?.source.body.length ?? 0;
  return 2 * source + AST_BYTES_PER_JSON_BYTE * JSON.stringify(document).length + ENTRY_OVERHEAD;
}

/** Bytes of a string value (persisted query texts). */
const stringBytes = (value: string): number => 2 * value.length + ENTRY_OVERHEAD;

/** A KeyValueCache (Apollo's document store and persisted queries) that is least-recently-used within `maxBytes` of real memory. */
export class ByteBoundedCache<V> {
  private readonly lru: ByteLru<{ value: V; bytes: number }>;

  constructor(
    maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {
    this.lru = new ByteLru(maxBytes);
  }

  async get(key: string): Promise<V | undefined> {
    return this.lru.get(key)?.value;
  }

  async set(key: string, value: V): Promise<void> {
    this.lru.set(key, { value, bytes: this.sizeOf(value) + 2 * key.length });
  }

  async delete(key: string): Promise<boolean> {
    this.lru.delete(key);
    return true;
  }

  get bytes(): number {
    return this.lru.bytes;
  }

  get count(): number {
    return this.lru.count;
  }
}

export const documentStore = (maxBytes: number) => new ByteBoundedCache<DocumentNode>(maxBytes, documentBytes);
export const persistedQueryStore = (maxBytes: number) => new ByteBoundedCache<string>(maxBytes, stringBytes);
