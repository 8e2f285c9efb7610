import type { QueryOptions } from "./database";
/** Collects WHERE conditions and their numbered parameters for hand-written SQL. */
export class Conditions {
  private readonly parts: string[] = [];

  /** `params` may be shared by several Conditions whose WHEREs go into one statement. */
  constructor(readonly params: unknown[] = []) {}

  /** Adds `value` as a parameter and returns its placeholder ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition built from the placeholder of `value`. */
  add(build: (placeholder: string) => string, value: unknown): this {
    this.parts.push(build(this.param(value)));
    return this;
  }

  raw(condition: string): this {
    this.parts.push(condition);
    return this;
  }

  get where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(" AND ")}` : "";
  }
}

const lookups = new WeakMap<object, Map<string, string>>();

/**
 * Maps a raw row onto an entity instance so that its getters (e.g. `party`) work. Only the row's
 * own columns are visited: rows carry a few of an entity's columns (projections), and reading the
 * absent ones cost five times the mapping itself (a miss on the row walks its prototype chain).
 */
export function hydrate<T extends object>(Type: new () => T, row: Record<string, unknown>, columns: Record<string, keyof T>): T {
  // Hot path (every row of every list): the mapping becomes a Map once per mapping, not per row.
  let lookup = lookups.get(columns);
  if (!lookup) lookups.set(columns, (lookup = new Map(Object.entries(columns) as [string, string][])));
  const obj = new Type() as Record<string, unknown>;
  for (const column in row) {
    const prop = lookup.get(column);
    if (prop !== undefined) obj[prop] = row[column];
  }
  return obj as T;
}

/**
 * A count that runs only when called: a connection's `totalCount` costs a statement only when a
 * query selects it. `params` is copied, so adding conditions afterwards does not change it.
 */
export function countLater(
  db: { query<T>(sql: string, params: unknown[], options?: QueryOptions): Promise<T[]> },
  sql: string,
  params: unknown[],
  options?: QueryOptions,
): () => Promise<number> {
  const frozen = [...params];
  return async () => (await db.query<{ n: number }>(sql, frozen, options))[0].n;
}
