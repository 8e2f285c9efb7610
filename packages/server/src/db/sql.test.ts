import { describe, expect, it } from "vitest";
import { Conditions, sqlInteger } from "./sql";

describe("Conditions.anyOf", () => {
  it("compares with one parameter for one value and with an array for several", () => {
    const c = new Conditions();
    expect(c.anyOf("sp.state", ["CA"])).toBe("sp.state = $1::text");
    expect(c.anyOf("s.district", [1, 2], "int")).toBe("s.district = ANY($2::int[])");
    expect(c.params).toEqual(["CA", [1, 2]]);
  });
});

describe("sqlInteger", () => {
  it("writes non-negative integers and refuses anything else", () => {
    expect(sqlInteger(11)).toBe("11");
    for (const bad of [-1, 1.5, Number.NaN, Infinity, "1; DROP TABLE x" as unknown as number])
      expect(() => sqlInteger(bad)).toThrow(/integer/);
  });
});
