import { describe, expect, it } from "vitest";
import { checkGradeScale, DEFAULT_GRADE_SCALE, gradeOf, roundScore } from "./grade-scale";
import { congressDates } from "./scorecards.service";

describe("grade scales", () => {
  it("accepts the default scale, best band first, and grades band edges as documented", () => {
    const scale = checkGradeScale(DEFAULT_GRADE_SCALE);
    expect(scale[0].grade).toBe("A+");
    expect(gradeOf(scale, 1)).toBe("A+");
    expect(gradeOf(scale, 0.97)).toBe("A+");
    expect(gradeOf(scale, 0.9699)).toBe("A");
    expect(gradeOf(scale, roundScore(8.9995, 10))).toBe("A-"); // 0.89995 rounds half-up to 0.9000
    expect(gradeOf(scale, 0)).toBe("F");
  });

  it("refuses overlaps, gaps, a scale not covering 0..100 and repeated grades", () => {
    const bad = [
      [
        { grade: "P", min: 50, max: 100 },
        { grade: "F", min: 0, max: 60 },
      ],
      [
        { grade: "P", min: 60, max: 100 },
        { grade: "F", min: 0, max: 50 },
      ],
      [
        { grade: "P", min: 50, max: 99 },
        { grade: "F", min: 0, max: 50 },
      ],
      [
        { grade: "P", min: 50, max: 100 },
        { grade: "F", min: 10, max: 50 },
      ],
      [
        { grade: "P", min: 50, max: 100 },
        { grade: "P", min: 0, max: 50 },
      ],
      [
        { grade: "P", min: 50, max: 50 },
        { grade: "F", min: 0, max: 50 },
      ],
    ];
    for (const scale of bad) expect(() => checkGradeScale(scale), JSON.stringify(scale)).toThrow(/Grade scale/);
  });

  it("dates Congresses as the 20th Amendment does", () => {
    expect(congressDates(117)).toEqual({ from: "2021-01-03", to: "2023-01-02" });
    expect(congressDates(118)).toEqual({ from: "2023-01-03", to: "2025-01-02" });
    expect(congressDates(72)).toEqual({ from: "1931-03-04", to: "1933-03-03" });
  });
});
