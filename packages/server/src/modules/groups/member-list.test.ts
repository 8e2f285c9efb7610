import { describe, expect, it } from "vitest";
import { MemberListError, parseMemberList } from "./member-list";

describe("parseMemberList", () => {
  it("reads bioguide ids, 'Last, First', 'Rep. First Last (ST-NN)', honorifics and comma-separated lists", () => {
    const entries = parseMemberList(
      [
        "S000344",
        "Pelosi, Nancy",
        "Rep. Adam Schiff (CA-28)",
        "Rep. Schiff, Adam (CA-28)",
        "Sen. Van Hollen",
        "1. Hank Johnson, Jr.",
        "Brad Sherman, Judy Chu",
        "P000197, S000344",
        "",
      ].join("\n"),
    );
    expect(entries.map((e) => [e.line, e.bioguideId ?? e.name, e.state, e.district, e.chamber])).toEqual([
      [1, "S000344", null, null, null],
      [2, "Pelosi, Nancy", null, null, null],
      [3, "Rep. Adam Schiff", "CA", 28, "HOUSE"],
      [4, "Rep. Schiff, Adam", "CA", 28, "HOUSE"],
      [5, "Sen. Van Hollen", null, null, "SENATE"],
      [6, "Hank Johnson, Jr.", null, null, null],
      [7, "Brad Sherman", null, null, null],
      [7, "Judy Chu", null, null, null],
      [8, "P000197", null, null, null],
      [8, "S000344", null, null, null],
    ]);
  });

  it("reads a CSV with a bioguide or name column", () => {
    const entries = parseMemberList('name,bioguide,note\n"Schiff, Adam",,x\nNancy Pelosi,P000197,y\n');
    expect(entries.map((e) => e.bioguideId ?? e.name)).toEqual(["Schiff, Adam", "P000197"]);
    expect(entries.map((e) => e.line)).toEqual([2, 3]);
  });

  it("refuses 10,000 lines and binary text quickly", () => {
    const t0 = performance.now();
    expect(() => parseMemberList(Array.from({ length: 10_000 }, (_, i) => `Name ${i}`).join("\n"))).toThrow(MemberListError);
    expect(() => parseMemberList("Schiff\u0000\u0001\u0002")).toThrow(/not plain text/);
    expect(() => parseMemberList("x".repeat(200_000))).toThrow(/longer than/);
    expect(performance.now() - t0).toBeLessThan(1_000); // ~5 ms alone; generous for a loaded CI machine
  });
});
