import { describe, expect, it } from "vitest";
import { ByteLru } from "./lru";

describe("ByteLru", () => {
  it("evicts the least recently used entries once over its bytes", () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set("a", { bytes: 40 });
    lru.set("b", { bytes: 40 });
    lru.get("a"); // b is now the oldest
    lru.set("c", { bytes: 40 });
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBeDefined();
    expect(lru.get("c")).toBeDefined();
    expect(lru.bytes).toBe(80);
  });

  it("refuses a value larger than the whole cache and counts replaced entries once", () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set("big", { bytes: 101 });
    expect(lru.count).toBe(0);
    lru.set("a", { bytes: 30 });
    lru.set("a", { bytes: 50 });
    expect(lru.bytes).toBe(50);
    lru.clear();
    expect([lru.count, lru.bytes]).toEqual([0, 0]);
  });
});
