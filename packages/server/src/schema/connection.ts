import { badUserInput, type DomainError } from "../errors/domain-error";
import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Where a page of a connection ends." })
export class PageInfo {
  /** The page this describes (its cursors are encoded only when a query asks for one). */
  page: Page<unknown>;

  @Field(() => Boolean, { description: "True when more items follow this page." })
  get hasNextPage(): boolean | Promise<boolean> {
    const known = this.page.hasNextPage;
    return typeof known === "boolean" ? known : known();
  }

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  get endCursor(): string | null {
    const n = this.page.nodes.length;
    return n ? this.page.cursor(n - 1) : null;
  }
}

export interface Page<T> {
  nodes: T[];
  /** The cursor of `nodes[i]`, encoded when asked for: most queries select no cursor. */
  cursor: (i: number) => string;
  /**
   * Whether more items follow: known when the page was read with one row more than it shows,
   * else a function that finds out (it runs only if a query asks after all).
   */
  hasNextPage: boolean | (() => Promise<boolean>);
  /** The count, or a function that counts: it runs only when a query selects `totalCount`. */
  totalCount: number | (() => Promise<number>);
}

/**
 * A page from the rows a keyset query read with `LIMIT first + 1`: the first `first` rows become
 * nodes, the extra row only says that more follow. A query that does not select `hasNextPage`
 * needs no extra row: read with `LIMIT first` and pass `nextAfter`, which finds out from the last
 * node's cursor if asked after all.
 */
export function pageOf<R, T>(
  rows: readonly R[],
  first: number,
  toNode: (row: R) => T,
  cursorOf: (node: T, row: R) => string,
  totalCount: Page<T>["totalCount"],
  nextAfter?: (cursor: string) => Promise<boolean>,
): Page<T> {
  const page = rows.slice(0, first);
  const nodes = page.map(toNode);
  const cursor = (i: number) => cursorOf(nodes[i], page[i]);
  // Read without the extra row and full: only what follows the last node can tell.
  const unknown = nextAfter !== undefined && rows.length === first;
  const hasNextPage = unknown ? once(() => nextAfter(cursor(first - 1))) : rows.length > first;
  return { nodes, cursor, hasNextPage, totalCount };
}

/** Calls `count` once, the first time the result is asked for. */
export function once<T>(count: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= count());
}

/** A Relay-style connection type named `${name}Connection` with `${name}Edge` edges. */
export function ConnectionType<T extends object>(name: string, Node: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class Edge {
    /** The page and the place in it of this edge's node (for its cursor). */
    page: Page<T> | Page<Partial<T>>;
    index: number;

    @Field(() => String, { description: "Opaque cursor of this item." })
    get cursor(): string {
      return this.page.cursor(this.index);
    }

    @Field(() => Node, { description: `The ${name}.` })
    node: T | Partial<T>;
  }

  /** Abstract: a concrete subclass names the type (e.g. LetterConnection). */
  @ObjectType({ simpleResolvers: true })
  abstract class Connection {
    @Field(() => [Edge], { description: "The items of this page, in order." })
    edges: Edge[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo: PageInfo;

    count: number | (() => Promise<number>);

    @Field(() => Int, { description: "How many items match in all pages." })
    get totalCount(): number | Promise<number> {
      return typeof this.count === "number" ? this.count : this.count();
    }

    /** The connection of a page; its nodes may be partly read rows of T (only the columns the query selects). */
    static from<C extends Connection>(this: new () => C, page: Page<T> | Page<Partial<T>>): C {
      const pageInfo = new PageInfo();
      pageInfo.page = page as Page<unknown>;
      return Object.assign(new this(), {
        edges: page.nodes.map((node, index) => Object.assign(new Edge(), { node, page, index })),
        pageInfo,
        count: typeof page.totalCount === "number" ? page.totalCount : once(page.totalCount),
      });
    }
  }
  return Connection;
}

export const MAX_PAGE = 100;

/** BAD_USER_INPUT, naming the argument at fault where there is one. */
export function badInput(message: string, field?: string): DomainError {
  return badUserInput(message, field);
}

/**
 * The page size a connection field uses: `first`, or the field's default when `first` is absent
 * or null. Resolvers call this; the cost check (limits.ts) uses costPageSize, which applies the
 * same default, so a `first: null` costs what it returns.
 */
export function pageSize(first: number | null | undefined, defaultSize: number): number {
  return checkFirst(first ?? defaultSize);
}

/** The page size the cost check assumes: pageSize's default rule, clamped instead of refused (the resolver refuses). */
export function costPageSize(first: unknown, defaultSize: unknown): number {
  const n = typeof first === "number" ? first : typeof defaultSize === "number" ? defaultSize : MAX_PAGE;
  return Math.min(Math.max(Math.trunc(n), 1), MAX_PAGE);
}

export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput(`\`first\` must be between 1 and ${MAX_PAGE}, got ${first}.`, "first");
  }
  return first;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Characters of a cursor: encodeCursor's keys (a tag, a date or a rank, an id) stay far below. */
export const MAX_CURSOR_LENGTH = 512;

/** Decodes a cursor made by encodeCursor with `arity` parts, or throws BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    // A cursor is a few short keys; anything long was not made here (and is not worth decoding).
    const key = cursor.length <= MAX_CURSOR_LENGTH ? JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) : null;
    const primitive = (v: unknown) => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    if (Array.isArray(key) && key.length === arity && key.every(primitive)) return key;
  } catch {
    /* fall through */
  }
  throw badInput("`after` is not a cursor from this connection.", "after");
}
