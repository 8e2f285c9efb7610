/** Totals over the letters a filter selects: aggregates in SQL, one statement for the parts asked for. */
import type { Database } from "../../db/database";
import { Conditions } from "../../db/sql";
import { isExpensive, letterConditions, type LetterQuery } from "../letters/letter-query";
import { partyCounts, stateCounts } from "../letters/letters.service";
import type { PartyCount, StateCount } from "../letters/letter-types";

export interface MonthRow {
  month: string;
  letters: number;
  signatures: number;
}

export interface SignerCountRow {
  bioguideId: string;
  letters: number;
}

export interface TopicCountRow {
  topic: string;
  letters: number;
}

/** How many of the most active signers `topSigners` lists. */
export const TOP_SIGNERS = 25;

export interface StatsRow {
  letters: number;
  signatures: number;
  uniqueSigners: number;
  byParty: PartyCount[];
  byState: StateCount[];
  byMonth: MonthRow[];
  topSigners: SignerCountRow[];
  byTopic: TopicCountRow[];
}

/** The aggregates behind the fields: each is a subquery over the selected letters `fl`. */
const PARTS = {
  totals: `SELECT json_build_object('letters', (SELECT count(*) FROM fl), 'signatures', count(s.id), 'signers', count(DISTINCT s.bioguide_id))
             FROM fl JOIN signature s ON s.letter_id = fl.id`,
  groups: `SELECT coalesce(json_agg(x), '[]') FROM (
             SELECT s.party, s.state, GROUPING(s.party, s.state)::int AS g, count(*)::int AS n
               FROM fl JOIN signature s ON s.letter_id = fl.id
              GROUP BY GROUPING SETS ((s.party), (s.state))) x`,
  months: `SELECT coalesce(json_agg(x ORDER BY x.month), '[]') FROM (
             SELECT to_char(fl.sent_on, 'YYYY-MM') AS month, count(DISTINCT fl.id)::int AS letters, count(s.id)::int AS signatures
               FROM fl LEFT JOIN signature s ON s.letter_id = fl.id
              GROUP BY 1) x`,
  signers: `SELECT coalesce(json_agg(x ORDER BY x.letters DESC, x."bioguideId"), '[]') FROM (
             SELECT s.bioguide_id AS "bioguideId", count(DISTINCT fl.id)::int AS letters
               FROM fl JOIN signature s ON s.letter_id = fl.id
              WHERE s.bioguide_id IS NOT NULL
              GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_SIGNERS}) x`,
  topics: `SELECT coalesce(json_agg(x ORDER BY x.letters DESC, x.topic), '[]') FROM (
             SELECT t.topic, count(*)::int AS letters
               FROM fl JOIN letter_topic t ON t.letter_id = fl.id
              GROUP BY 1) x`,
} as const;

export type StatsPart = keyof typeof PARTS;

/**
 * `groups` over the monthly rollup (migration SignatureMonthCount): the whole months of the
 * range from `signature_month_count`, the partial months at its ends from the signatures of the
 * selected letters `fl`. Only for a filter on dates and chamber, which the rollup's key can
 * answer; `fl` holds exactly the letters of that filter. The whole months run from `lo`
 * (dateFrom when it is a 1st, else the 1st of the next month) up to `hi` excluded (the 1st of
 * dateTo's month, or of the next one when dateTo is a month's last day). A letter of `fl` is
 * counted from its signatures when its date is not in [lo, hi): that also covers a range
 * inside one month (hi <= lo, no whole month at all).
 */
function rollupGroups(c: Conditions, filter: LetterQuery): string {
  const lo = filter.dateFrom
    ? `(date_trunc('month', (${c.param(filter.dateFrom)}::date - 1)::timestamp) + interval '1 month')::date`
    : null;
  const hi = filter.dateTo ? `date_trunc('month', (${c.param(filter.dateTo)}::date + 1)::timestamp)::date` : null;
  const whole = [
    ...(filter.chamber ? [`m.chamber = ${c.param(filter.chamber)}`] : []),
    ...(lo ? [`m.month >= ${lo}`] : []),
    ...(hi ? [`m.month < ${hi}`] : []),
  ];
  const edge = [...(lo ? [`fl.sent_on < ${lo}`] : []), ...(hi ? [`fl.sent_on >= ${hi}`] : [])];
  const rows = [`SELECT m.party, m.state, m.n FROM signature_month_count m ${whole.length ? `WHERE ${whole.join(" AND ")}` : ""}`];
  if (edge.length) rows.push(`SELECT s.party, s.state, 1 FROM fl JOIN signature s ON s.letter_id = fl.id WHERE ${edge.join(" OR ")}`);
  return `SELECT coalesce(json_agg(x), '[]') FROM (
            SELECT r.party, r.state, GROUPING(r.party, r.state)::int AS g, sum(r.n)::int AS n
              FROM (${rows.join(" UNION ALL ")}) r
             GROUP BY GROUPING SETS ((r.party), (r.state))) x`;
}

/** Whether `filter` selects letters by date range and chamber only (`c`: its conditions). */
function datesAndChamberOnly(filter: LetterQuery, c: Conditions): boolean {
  const { chamber, dateFrom, dateTo } = filter;
  // Any other condition (now or added later to letterConditions) makes the two differ.
  return letterConditions(new Conditions(), { chamber, dateFrom, dateTo }).where === c.where;
}

/** Which part computes each field of `Stats`. */
export const STATS_PART_OF: Record<keyof StatsRow, StatsPart> = {
  letters: "totals",
  signatures: "totals",
  uniqueSigners: "totals",
  byParty: "groups",
  byState: "groups",
  byMonth: "months",
  topSigners: "signers",
  byTopic: "topics",
};

export class StatsService {
  constructor(private readonly db: Database) {}

  /**
   * The parts asked for (all by default), in one statement; fields of other parts are left out.
   * `groups` reads the monthly rollup when the filter allows it; `rollup: false` counts the
   * signature rows instead (the same answer, slower: tests compare the two).
   */
  async stats(
    filter: LetterQuery,
    parts: ReadonlySet<StatsPart> = new Set(Object.keys(PARTS) as StatsPart[]),
    { rollup = true }: { rollup?: boolean } = {},
  ): Promise<Partial<StatsRow>> {
    const c = letterConditions(new Conditions(), filter); // checks the filter even when nothing is counted
    if (parts.size === 0) return {};
    const fromRollup = rollup && parts.has("groups") && datesAndChamberOnly(filter, c);
    const columns = [...parts].map((p) => `(${p === "groups" && fromRollup ? rollupGroups(c, filter) : PARTS[p]}) AS ${p}`);
    const [row] = await this.db.query<{
      totals?: { letters: number; signatures: number; signers: number };
      groups?: { party: string | null; state: string | null; g: number; n: number }[];
      months?: MonthRow[];
      signers?: SignerCountRow[];
      topics?: TopicCountRow[];
    }>(`WITH fl AS (SELECT l.id, l.sent_on FROM letter l ${c.where}) SELECT ${columns.join(", ")}`, c.params, {
      publicFilter: isExpensive(filter),
    });
    const out: Partial<StatsRow> = {};
    if (row.totals)
      Object.assign(out, { letters: row.totals.letters, signatures: row.totals.signatures, uniqueSigners: row.totals.signers });
    if (row.groups) {
      // GROUPING(party, state): 0b01 = state rolled up (a party row), 0b10 = party rolled up.
      out.byParty = partyCounts(row.groups.filter((r) => r.g === 0b01));
      out.byState = stateCounts(row.groups.filter((r) => r.g === 0b10));
    }
    if (row.months) out.byMonth = row.months;
    if (row.signers) out.topSigners = row.signers;
    if (row.topics) out.byTopic = row.topics;
    return out;
  }
}
