/**
 * Named prepared statements, bounded per connection. Each distinct SQL text is prepared once
 * per pooled connection under a name derived from its text (planning costs more than running
 * most of the server's reads), but projections and filters let clients vary that text: left
 * alone, every variant would stay prepared on the server side for the connection's lifetime.
 * Each connection keeps at most `capacity` statements; preparing one more DEALLOCATEs the
 * least recently used.
 */
import { createHash } from "node:crypto";
import type pg from "pg";

/** Prepared statements kept per pooled connection by default. */
export const PREPARED_PER_CONNECTION = 256;

/** pg's record of what a connection has prepared (pg/lib/connection.js); DEALLOCATE must drop the entry too, or pg would skip the next Parse. */
interface PgConnection {
  parsedStatements: Record<string, string>;
  submittedNamedStatements?: Record<string, string>;
}

const connectionOf = (client: pg.PoolClient) => (client as unknown as { connection: PgConnection }).connection;

export class PreparedStatements {
  private readonly names = new Map<string, string>();
  /** Per connection: its statements' names, least recently used first. */
  private readonly used = new WeakMap<pg.PoolClient, Map<string, true>>();

  constructor(readonly capacity = PREPARED_PER_CONNECTION) {
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1 (got ${capacity})`);
  }

  /** A statement's name: a hash of its text, so equal texts share a name and different ones never do. */
  nameOf(sql: string): string {
    let name = this.names.get(sql);
    if (name === undefined) {
      name = `s_${createHash("sha256").update(sql).digest("base64url").slice(0, 24)}`;
      // A cache of hashes only; clearing it loses nothing but the hashing.
      if (this.names.size >= 4 * this.capacity) this.names.clear();
      this.names.set(sql, name);
    }
    return name;
  }

  /** Runs `sql` on `client` (held by the caller) as a named statement, deallocating the least recently used one when the connection is full. */
  async run(client: pg.PoolClient, sql: string, params: unknown[]): Promise<pg.QueryResult> {
    const name = this.nameOf(sql);
    const connection = connectionOf(client);
    let used = this.used.get(client);
    if (!used) this.used.set(client, (used = new Map()));
    if (used.has(name)) used.delete(name);
    else {
      while (used.size >= this.capacity) {
        const oldest = used.keys().next().value as string;
        used.delete(oldest);
        await client.query(`DEALLOCATE "${oldest}"`);
        delete connection.parsedStatements[oldest];
      }
    }
    used.set(name, true);
    try {
      return await client.query({ name, text: sql, values: params });
    } finally {
      // Keep the record true to pg's: a statement whose Parse failed was never prepared.
      if (connection.parsedStatements[name] === undefined) used.delete(name);
    }
  }
}
