import { beforeAll, describe, expect, it } from "vitest";
import { periodOn, type Legislator } from "../../members/legislators-source";
import { findSharedDir, readRealLetters, sharedLegislators } from "../generator/shared-data";
import { parseLetter } from "../parse/parse-letter";
import type { MatchCandidate } from "../types";
import { candidatesOn, servingPeriod } from "./candidate-pool";
import { buildMatcher, matchName } from "./match-name";
import { areAliases, fold, parsePrintedName } from "./name-forms";

const shared = findSharedDir();

describe.skipIf(!shared)("matchName on the real letters", () => {
  let legislators: Legislator[];
  beforeAll(async () => {
    legislators = await sharedLegislators(shared!);
  });

  it("builds pools with the same periods as periodOn", () => {
    for (const date of ["2013-02-01", "2017-01-03", "2019-02-13", "2020-10-23", "2025-02-13", "2026-05-31"]) {
      for (const l of legislators) expect(servingPeriod(l, date)).toEqual(periodOn(l, date));
    }
  });

  for (const { name, text, expected } of shared ? readRealLetters(shared) : []) {
    it(`matches every signer of ${name}`, () => {
      const parsed = parseLetter(text);
      const pool = candidatesOn(legislators, parsed.date!);
      const matcher = buildMatcher(pool);
      const results = parsed.signers.map((s) => matcher.match(s.printed, { chamber: s.chamber }));
      expect(results.map((r) => r.bioguideId)).toEqual(expected.signers.map((s) => s.bioguide));
      expect(results.every((r) => r.status === "MATCHED")).toBe(true);
    });
  }

  describe("the House on 2020-10-23", () => {
    let pool: MatchCandidate[];
    const house = { chamber: "HOUSE" } as const;
    beforeAll(() => {
      pool = candidatesOn(legislators, "2020-10-23");
    });

    it("has the expected pool", () => {
      expect(pool.filter((c) => c.chamber === "HOUSE")).toHaveLength(436);
    });

    it("never picks between members sharing a surname", () => {
      for (const surname of ["Scott", "Johnson", "Lee", "Garcia", "Rice"]) {
        const r = matchName(surname, pool, house);
        expect(r.status, surname).toBe("AMBIGUOUS");
        expect(r.bioguideId).toBeNull();
        expect(r.candidates.length).toBeGreaterThan(1);
      }
      expect(
        matchName("Scott", pool, house)
          .candidates.map((c) => c.bioguideId)
          .sort(),
      ).toEqual(["S000185", "S001157", "S001189"]);
    });

    it("tells members sharing a surname apart by first name or nickname", () => {
      const cases: [string, string][] = [
        ["David Scott", "S001157"],
        ["Austin Scott", "S001189"],
        ["Bobby Scott", "S000185"],
        ["Robert C. Scott", "S000185"],
        ["Hank Johnson", "J000288"],
        ['Henry C. "Hank" Johnson, Jr.', "J000288"],
        ["Eddie Bernice Johnson", "J000126"],
        ["Dusty Johnson", "J000301"],
        ["Kathleen Rice", "R000602"],
        ["Tom Rice", "R000597"],
        ["Barbara Lee", "L000551"],
        ["Sheila Jackson Lee", "J000032"],
        ["Chuy García", "G000586"],
        ["Jesus Garcia", "G000586"],
        ["Sylvia R. Garcia", "G000587"],
      ];
      for (const [printed, id] of cases) {
        const r = matchName(printed, pool, house);
        expect([printed, r.status, r.bioguideId]).toEqual([printed, "MATCHED", id]);
      }
    });

    it("reads accents, case, honorifics, suffixes, initials and compound surnames", () => {
      const cases: [string, string][] = [
        ["Tony Cardenas", "C001097"],
        ["TONY CÁRDENAS", "C001097"],
        ["Rep. Linda Sanchez", "S001156"],
        ["The Honorable Nydia M. Velázquez", "V000081"],
        ["Joseph P. Kennedy III", "K000379"],
        ["Joe Kennedy", "K000379"],
        ["Frank Pallone, Jr.", "P000034"],
        ["J. Luis Correa", "C001110"],
        ["Lou Correa", "C001110"],
        ["Eleanor Holmes Norton", "N000147"],
        ["Debbie Wasserman Schultz", "W000797"],
        ["Wasserman Schultz, Debbie", "W000797"],
        ["Lisa Blunt Rochester", "B001303"],
        ["Mario Diaz-Balart", "D000600"],
        ["MARIO DIAZ BALART", "D000600"],
        ["Jeff Van Drew", "V000133"],
        ["Chellie Pingree", "P000597"],
        ["Jim Costa", "C001059"],
        ["James P. McGovern", "M000312"],
        ["Jim McGovern", "M000312"],
        ["Jan Schakowsky", "S001145"],
        ["Janice D. Schakowsky", "S001145"],
      ];
      for (const [printed, id] of cases) {
        const r = matchName(printed, pool, house);
        expect([printed, r.status, r.bioguideId]).toEqual([printed, "MATCHED", id]);
      }
    });

    it("gives an exact full name confidence 1 and a bare unique surname less", () => {
      expect(matchName("Nancy Pelosi", pool, house).confidence).toBe(1);
      const bare = matchName("Pelosi", pool, house);
      expect(bare.status).toBe("MATCHED");
      expect(bare.confidence).toBeLessThan(0.8);
    });

    it("leaves unknown names UNMATCHED, with the closest names as suggestions", () => {
      const r = matchName("Nancy Pelosy", pool, house);
      expect(r.status).toBe("UNMATCHED");
      expect(r.bioguideId).toBeNull();
      expect(r.candidates[0].bioguideId).toBe("P000197");
      expect(r.candidates.length).toBeLessThanOrEqual(5);
      expect(matchName("Robert Johnson", pool, house).status).toBe("UNMATCHED");
      expect(matchName("Zzyzx Qwerty", pool, house).candidates).toEqual([]);
    });

    it("restricts to the chamber, and falls back to the other with less confidence", () => {
      expect(matchName("Tim Scott", pool, house)).toMatchObject({ status: "MATCHED", bioguideId: "S001184" });
      expect(matchName("Tim Scott", pool, house).confidence).toBeLessThan(1);
      expect(matchName("Tim Scott", pool, { chamber: "SENATE" }).confidence).toBe(1);
      expect(matchName("Scott", pool, { chamber: "SENATE" }).status).toBe("AMBIGUOUS"); // Rick and Tim
      const pelosi = matchName("Nancy Pelosi", pool, { chamber: "SENATE" });
      expect(pelosi).toMatchObject({ status: "MATCHED", bioguideId: "P000197" });
      expect(pelosi.confidence).toBeLessThan(1);
      expect(matchName("Scott", pool).candidates).toHaveLength(5);
    });
  });

  it("leaves two members with the same name AMBIGUOUS (Mike Rogers, AL and MI, 2013)", () => {
    const pool = candidatesOn(legislators, "2013-06-01");
    const r = matchName("Mike Rogers", pool, { chamber: "HOUSE" });
    expect(r.status).toBe("AMBIGUOUS");
    expect(r.candidates.map((c) => c.bioguideId).sort()).toEqual(["R000572", "R000575"]);
    expect(matchName("Harold Rogers", pool, { chamber: "HOUSE" }).bioguideId).toBe("R000395");
    expect(matchName("Hal Rogers", pool, { chamber: "HOUSE" }).bioguideId).toBe("R000395");
  });

  it("tells the Senate's Scotts apart in 2019", () => {
    const pool = candidatesOn(legislators, "2019-02-13");
    expect(matchName("Rick Scott", pool, { chamber: "SENATE" }).bioguideId).toBe("S001217");
    expect(matchName("Tim Scott", pool, { chamber: "SENATE" }).bioguideId).toBe("S001184");
    expect(matchName("Senator Scott", pool, { chamber: "SENATE" }).status).toBe("AMBIGUOUS");
  });
});

describe("name forms", () => {
  it("folds accents, case and punctuation", () => {
    expect(fold("Cárdenas")).toBe("cardenas");
    expect(fold("O’Rourke")).toBe("orourke");
    expect(fold("Diaz-Balart")).toBe("diaz balart");
    expect(fold("M.D.")).toBe("md");
  });

  it("takes printed names apart", () => {
    expect(parsePrintedName('Henry C. "Hank" Johnson, Jr.')).toEqual({
      tokens: ["henry", "c", "johnson"],
      nickname: "hank",
      suffix: "jr",
    });
    expect(parsePrintedName("Neal P. Dunn, M.D.")).toEqual({ tokens: ["neal", "p", "dunn"], nickname: null, suffix: "md" });
    expect(parsePrintedName("Frank Pallone Jr.")).toEqual({ tokens: ["frank", "pallone"], nickname: null, suffix: "jr" });
    expect(parsePrintedName("Sen. Scott, Tim")).toEqual({ tokens: ["tim", "scott"], nickname: null, suffix: null });
    expect(parsePrintedName("The Honorable Nancy Pelosi")).toEqual({ tokens: ["nancy", "pelosi"], nickname: null, suffix: null });
  });

  it("knows common diminutives and clipped names", () => {
    expect(areAliases("bob", "robert")).toBe(true);
    expect(areAliases("chellie", "rochelle")).toBe(true);
    expect(areAliases("ted", "theodore")).toBe(true);
    expect(areAliases("ted", "edward")).toBe(true);
    expect(areAliases("deb", "deborah")).toBe(true);
    expect(areAliases("bob", "william")).toBe(false);
    expect(areAliases("jo", "joseph")).toBe(false);
  });
});
