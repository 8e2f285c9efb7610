/**
 * The data version (migration 1732870600000): a number that grows with every committed write to
 * the public tables, by any process. Read at most every `pollMs`, and on demand after this
 * server's own writes.
 */
import type { Database } from "../db/database";

export class DataVersion {
  private value: number | null = null;
  private readAt = -Infinity;
  private polling: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly pollMs: number,
    /** Called when the version moves on (the cache drops what it holds). */
    private readonly onChange: (version: number) => void = () => {},
  ) {}

  /** The newest version read so far (null before the first read). */
  get known(): number | null {
    return this.value;
  }

  /** The version as of at most `pollMs` ago: a number when known, a promise when it must be read. */
  current(): number | Promise<number> {
    if (this.value !== null && performance.now() - this.readAt < this.pollMs) return this.value;
    return (this.polling ??= this.read().finally(() => (this.polling = null)));
  }

  /**
   * Reads the version now. After a write: a poll already in flight may have started before the
   * commit, so this always starts its own read.
   */
  refresh(): Promise<number> {
    return this.read();
  }

  private async read(): Promise<number> {
    const startedAt = performance.now();
    const [row] = await this.db.query<{ version: string }>(`SELECT sum(version)::text AS version FROM data_version`);
    const version = Number(row.version);
    // Reads can finish out of order; the version only grows, so the larger one is the newer.
    if (this.value === null || version > this.value) {
      const changed = this.value !== null;
      this.value = version;
      if (changed) this.onChange(version);
    }
    this.readAt = Math.max(this.readAt, startedAt);
    return this.value;
  }
}
