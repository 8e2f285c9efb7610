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

  /**
   * `column` is one of `values`: `column = $n::type` for one value, `column = ANY($n::type[])` for
   * several. The same rows either way, but not the same plans: a prepared statement with `= $n`
   * gets a generic plan PostgreSQL estimates from the column's statistics, keeps and stops planning,
   * while with an array of unknown length it guesses, keeps planning each run, and its generic plan
   * can be far worse (members by state and party: 0.38 ms of PostgreSQL's time a run planned each
   * time, 0.18 ms on the kept plan, 31 ms on the generic plan of the `ANY` form).
   */
  anyOf(column: string, values: readonly unknown[], type = "text"): string {
    return values.length === 1 ? `${column} = ${this.param(values[0])}::${type}` : `${column} = ANY(${this.param(values)}::${type}[])`;
  }

  raw(condition: string): this {
    this.parts.push(condition);
    return this;
  }

  get where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(" AND ")}` : "";
  }
}

/**
 * A non-negative integer written into SQL text (a LIMIT whose value shapes the plan); anything else
 * throws, so no text reaches the statement.
 */
export function sqlInteger(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a non-negative integer for SQL: ${n}`);
  return String(n);
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
