import { periodOn, type Legislator } from "../../members/legislators-source";
import type { MatchCandidate } from "../types";

/** The members serving on `date` (YYYY-MM-DD), in either chamber, as match candidates. */
export function candidatesOn(legislators: Legislator[], date: string): MatchCandidate[] {
  const pool: MatchCandidate[] = [];
  for (const l of legislators) {
    const period = periodOn(l, date);
    if (!period) continue;
    pool.push({
      bioguideId: l.bioguideId,
      firstName: l.firstName,
      middleName: l.middleName,
      lastName: l.lastName,
      suffix: l.suffix,
      nickname: l.nickname,
      officialFull: l.officialFull,
      chamber: period.chamber,
      state: period.state,
      district: period.district,
      party: period.party,
    });
  }
  return pool;
}
