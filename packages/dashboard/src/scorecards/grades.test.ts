import { describe, expect, it } from "vitest";
import { formatScore, gradeTone, readScorecardFilters, scoresCsv } from "./grades";

describe("scorecard helpers", () => {
  it("reads filters from the URL and drops what is not a state, party or order", () => {
    expect(readScorecardFilters(new URLSearchParams("state=ca,XYZ,ny&party=democrat,NOPE&sort=name"))).toEqual({
      states: ["CA", "NY"],
      parties: ["DEMOCRAT"],
      sort: "NAME",
    });
    expect(readScorecardFilters(new URLSearchParams("sort=bogus")).sort).toBe("GRADE");
  });

  it("formats scores and grade tones", () => {
    expect(formatScore(0.875)).toBe("87.5%");
    expect(formatScore(1)).toBe("100.0%");
    expect(formatScore(null)).toBe("—");
    expect(gradeTone("A+")).toBe("a");
    expect(gradeTone("D-")).toBe("d");
    expect(gradeTone(null)).toBe("none");
  });

  it("exports one CSV row per member with the party spelled out", () => {
    const csv = scoresCsv([
      {
        member: { bioguideId: "S000344", fullName: "Brad Sherman" },
        grade: "A+",
        score: 1,
        earned: 2,
        possible: 2,
        eligibleLetters: 2,
        state: "CA",
        party: "DEMOCRAT",
        chamber: "HOUSE",
      },
    ]);
    expect(csv).toBe(
      "bioguide_id,name,state,party,chamber,grade,score_percent,earned,possible,eligible_letters\r\nS000344,Brad Sherman,CA,Democrat,HOUSE,A+,100,2,2,2\r\n",
    );
  });
});
