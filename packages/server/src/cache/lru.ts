/** A least-recently-used map bounded by the bytes of its values (a Map keeps insertion order). */
export class ByteLru<V extends { bytes: number }> {
  private readonly entries = new Map<string, V>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    if (value.bytes > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.size += value.bytes;
    for (const [k, v] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(k);
      this.size -= v.bytes;
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.size -= old.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }

  get bytes(): number {
    return this.size;
  }

  get count(): number {
    return this.entries.size;
  }
}
