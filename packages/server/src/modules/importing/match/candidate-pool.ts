import { servicePeriods, type Legislator, type ServicePeriod } from "../../members/legislators-source";
import type { MatchCandidate } from "../types";

/** Service periods per legislator, computed once: pools are built for many dates. */
const periodsCache = new WeakMap<Legislator, ServicePeriod[]>();

/** Same answer as `periodOn` from legislators-source, without re-splitting terms on every call. */
export function servingPeriod(l: Legislator, date: string): ServicePeriod | undefined {
  let periods = periodsCache.get(l);
  if (!periods) periodsCache.set(l, (periods = servicePeriods(l)));
  let best: ServicePeriod | undefined;
  for (const p of periods) if (p.start <= date && date < p.end && (!best || p.start > best.start)) best = p;
  return best;
}

/** The members serving on `date` (YYYY-MM-DD), in either chamber, as match candidates. */
export function candidatesOn(legislators: Legislator[], date: string): MatchCandidate[] {
  const pool: MatchCandidate[] = [];
  for (const l of legislators) {
    const period = servingPeriod(l, date);
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
