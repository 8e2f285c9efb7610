import { describe, expect, it } from "vitest";
import { callListText, comparisonCsv, type Compared } from "./comparison";
import { filterRows, sortRows, type MatrixRow } from "./matrix";

const hoyer: Compared = {
  bioguideId: "H000874",
  member: { fullName: "Steny H. Hoyer" },
  onThis: { date: "2020-05-01", serving: true, signed: false, party: "DEMOCRAT", state: "MD", district: 5 },
  onOther: { date: "2018-05-01", serving: true, signed: true, party: "DEMOCRAT", state: "MD", district: 5 },
};

describe("comparison call list", () => {
  it("prints one member a line with party and seat now", () => {
    expect(callListText([hoyer], "2020-05-01", "2018-05-01")).toBe(
      "Signed the 2018-05-01 version, not the 2020-05-01 one (1)\nSteny H. Hoyer (D) MD-5",
    );
  });
  it("writes both dates' party and seat to CSV", () => {
    expect(comparisonCsv([hoyer]).split("\r\n")[1]).toBe("Steny H. Hoyer,H000874,D,MD-5,no,D,MD-5,yes,yes");
  });
});

describe("series matrix", () => {
  const row = (name: string, party: "DEMOCRAT" | "REPUBLICAN", state: string, signed: boolean[]): MatrixRow => ({
    bioguideId: name,
    member: { fullName: name },
    signedCount: signed.filter(Boolean).length,
    cells: signed.map((s) => ({ signed: s, serving: true, party, state })),
  });
  const rows = [
    row("Ann", "DEMOCRAT", "CA", [true, false]),
    row("Bob", "REPUBLICAN", "TX", [true, true]),
    row("Cy", "DEMOCRAT", "TX", [false, true]),
  ];
  it("filters by latest party and state", () => {
    expect(filterRows(rows, ["DEMOCRAT"], ["TX"]).map((r) => r.bioguideId)).toEqual(["Cy"]);
    expect(filterRows(rows, [], []).length).toBe(3);
  });
  it("sorts by a column, either way", () => {
    expect(sortRows(rows, "signed", true).map((r) => r.bioguideId)).toEqual(["Bob", "Cy", "Ann"]);
    expect(sortRows(rows, "v0", true).map((r) => r.bioguideId)[2]).toBe("Cy");
    expect(sortRows(rows, "name", false).map((r) => r.bioguideId)).toEqual(["Ann", "Bob", "Cy"]);
  });
});
