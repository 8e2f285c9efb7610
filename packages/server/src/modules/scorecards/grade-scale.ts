/**
 * Grade scales: bands of a percentage, each `[min, max)` (the top band also holds 100).
 *
 * Rounding and ties, deterministic and documented (README "Scorecards"):
 * - a member's score is earned / possible rounded half-up to 4 decimal places (0.89995 -> 0.9000);
 * - the grade is the band holding score x 100 (so 0.9000 is 90%, A- on the default scale);
 * - members with equal scores are ordered by last name, first name, then bioguide id.
 */
import { badInput } from "../../schema/connection";

export interface GradeBand {
  grade: string;
  /** Lowest percentage of the band, included. */
  min: number;
  /** Highest percentage, excluded (included when it is 100). */
  max: number;
}

/** The usual US school scale. */
export const DEFAULT_GRADE_SCALE: readonly GradeBand[] = [
  { grade: "A+", min: 97, max: 100 },
  { grade: "A", min: 93, max: 97 },
  { grade: "A-", min: 90, max: 93 },
  { grade: "B+", min: 87, max: 90 },
  { grade: "B", min: 83, max: 87 },
  { grade: "B-", min: 80, max: 83 },
  { grade: "C+", min: 77, max: 80 },
  { grade: "C", min: 73, max: 77 },
  { grade: "C-", min: 70, max: 73 },
  { grade: "D+", min: 67, max: 70 },
  { grade: "D", min: 63, max: 67 },
  { grade: "D-", min: 60, max: 63 },
  { grade: "F", min: 0, max: 60 },
];

/**
 * Checks a scale and returns it best band first, or throws BAD_USER_INPUT (field `gradeScale`):
 * bands must not overlap, leave no gap, and cover 0 to 100; grades are 1 to 8 characters, unique.
 */
export function checkGradeScale(bands: readonly GradeBand[]): GradeBand[] {
  const bad = (message: string) => badInput(`Grade scale: ${message}`, "gradeScale");
  if (bands.length < 1 || bands.length > 26) throw bad("give 1 to 26 bands.");
  const seen = new Set<string>();
  for (const b of bands) {
    const grade = b.grade.trim();
    if (grade.length < 1 || grade.length > 8) throw bad(`grade "${b.grade}" must be 1 to 8 characters.`);
    if (seen.has(grade)) throw bad(`grade "${grade}" appears twice.`);
    seen.add(grade);
    if (!Number.isFinite(b.min) || !Number.isFinite(b.max) || b.min < 0 || b.max > 100 || b.min >= b.max) {
      throw bad(`band ${grade} must have 0 <= min < max <= 100, got ${b.min}..${b.max}.`);
    }
  }
  const sorted = bands.map((b) => ({ grade: b.grade.trim(), min: b.min, max: b.max })).sort((a, b) => a.min - b.min);
  if (sorted[0].min !== 0) throw bad(`the lowest band must start at 0, ${sorted[0].grade} starts at ${sorted[0].min}.`);
  if (sorted.at(-1)!.max !== 100) throw bad(`the highest band must end at 100, ${sorted.at(-1)!.grade} ends at ${sorted.at(-1)!.max}.`);
  for (let i = 1; i < sorted.length; i++) {
    const [lo, hi] = [sorted[i - 1], sorted[i]];
    if (hi.min < lo.max) throw bad(`bands ${lo.grade} (${lo.min}..${lo.max}) and ${hi.grade} (${hi.min}..${hi.max}) overlap.`);
    if (hi.min > lo.max) throw bad(`no band covers ${lo.max}..${hi.min}.`);
  }
  return sorted.reverse();
}

/** Score rounded as SQL rounds it (half-up, 4 places); for tests and the dashboard's explanations. */
export function roundScore(earned: number, possible: number): number {
  return Math.round((earned / possible) * 10000 + 1e-9) / 10000;
}

/** The grade of a rounded score on a checked scale. */
export function gradeOf(scale: readonly GradeBand[], score: number): string {
  const pct = score * 100;
  const band = scale.find((b) => pct >= b.min - 1e-9 && (pct < b.max - 1e-9 || b.max === 100));
  return band!.grade;
}
