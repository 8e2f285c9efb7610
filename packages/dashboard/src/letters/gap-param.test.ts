import { describe, expect, it } from "vitest";
import { formatGap, gapOf, parseGap } from "./gap-param";

describe("?gap=", () => {
  it("round-trips committees, subcommittees, states and groups", () => {
    for (const p of ["committee:HSFA", "committee:HSFA13:sub", "state:CA", "group:0b7c3f1e-1111-4222-8333-944445555666"]) {
      expect(formatGap(parseGap(p)!)).toBe(p);
    }
    expect(gapOf(parseGap("committee:hsfa:sub")!)).toEqual({ committee: "HSFA", includeSubcommittees: true });
  });
  it("ignores what it cannot read", () => {
    for (const p of ["", "committee:", "committee:Foreign Affairs", "state:California", "group:x", "nope:CA"])
      expect(parseGap(p)).toBeNull();
  });
});
