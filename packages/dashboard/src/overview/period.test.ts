import { describe, expect, it } from "vitest";
import { parsePeriod, periodOptions } from "./period";

const today = new Date("2025-03-15T12:00:00Z");

describe("overview period", () => {
  it("reads a year, the last 12 months, or all time", () => {
    expect(parsePeriod("2020", today)).toEqual({ dateFrom: "2020-01-01", dateTo: "2020-12-31", label: "2020" });
    expect(parsePeriod("12m", today)).toEqual({ dateFrom: "2024-03-15", label: "the last 12 months" });
    expect(parsePeriod("", today)).toEqual({ label: "all time" });
    expect(parsePeriod("nonsense", today)).toEqual({ label: "all time" });
  });

  it("offers every year down to the first", () => {
    expect(periodOptions(today, 2023).map((o) => o.value)).toEqual(["", "12m", "2025", "2024", "2023"]);
  });
});
