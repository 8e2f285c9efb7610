import { describe, expect, it } from "vitest";
import { countByParty, describePartyCounts, formatPartyCounts, partyInfo } from "./party";

describe("countByParty", () => {
  it("counts each party, largest first", () => {
    const parties = [...Array(48).fill("DEMOCRAT"), "REPUBLICAN", "REPUBLICAN", "REPUBLICAN"];
    expect(countByParty(parties)).toEqual([
      { party: "DEMOCRAT", count: 48 },
      { party: "REPUBLICAN", count: 3 },
    ]);
    expect(formatPartyCounts(countByParty(parties))).toBe("D 48 · R 3");
  });

  it("breaks ties in the usual party order and puts unknown parties last", () => {
    const counts = countByParty([null, null, null, "INDEPENDENT", "REPUBLICAN", "DEMOCRAT", undefined]);
    expect(counts.map((c) => c.party)).toEqual(["DEMOCRAT", "REPUBLICAN", "INDEPENDENT", null]);
    expect(formatPartyCounts(counts)).toBe("D 1 · R 1 · I 1 · ? 4");
  });

  it("is empty for no signers", () => {
    expect(countByParty([])).toEqual([]);
  });
});

describe("partyInfo", () => {
  it("gives every party a letter and a tone", () => {
    expect(partyInfo("DEMOCRAT")).toMatchObject({ abbr: "D", tone: "dem" });
    expect(partyInfo("REPUBLICAN")).toMatchObject({ abbr: "R", tone: "rep" });
    expect(partyInfo("INDEPENDENT")).toMatchObject({ abbr: "I", tone: "ind" });
    expect(partyInfo(null)).toMatchObject({ abbr: "?", name: "Unknown party" });
  });
});

describe("describePartyCounts", () => {
  it("spells the counts out, singular and plural", () => {
    expect(
      describePartyCounts([
        { party: "DEMOCRAT", count: 48 },
        { party: "REPUBLICAN", count: 3 },
        { party: "INDEPENDENT", count: 1 },
        { party: null, count: 2 },
      ]),
    ).toBe("48 Democrats, 3 Republicans, 1 Independent, 2 unmatched signers");
    expect(describePartyCounts([{ party: "OTHER", count: 1 }])).toBe("1 member of another party");
    expect(describePartyCounts([])).toBe("");
  });
});
