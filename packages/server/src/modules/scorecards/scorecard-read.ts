/**
 * The scorecard read module: it owns the scoring SQL. A member's grade on a scorecard comes from
 * one statement over scorecard_letter, letter, signature and service_period (who served in the
 * letter's chamber on its date, half-open periods as everywhere else), so it is exact after any
 * import, review fix, letter edit or scorecard edit.
 *
 * A published scorecard's pages and map read its materialised grades (scorecard_member_score,
 * written by `refresh` from that same statement); triggers on every input mark the scorecard stale
 * in the writer's transaction, and the next read recomputes it under a lock (migration
 * 1732872000000-ScorecardScores explains why no write is missed). Drafts are graded live.
 * Published answers are also kept by the response cache, which the data-version triggers on all
 * those tables invalidate.
 */
import type { Database } from "../../db/database";
import { Conditions } from "../../db/sql";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../schema/connection";
import type { Chamber } from "../members/chamber";
import { partyFromName, type Party } from "../members/party";
import { partySql } from "../members/party-sql";
import { gradeOf, type GradeBand } from "./grade-scale";
import { ScorecardMemberOrder, type Stance } from "./scorecard.types";

export interface MemberScoreRow {
  scorecardId: string;
  bioguideId: string;
  grade: string | null;
  score: number | null;
  earned: number;
  possible: number;
  eligibleLetters: number;
  state: string | null;
  party: Party | null;
  chamber: Chamber | null;
}

export interface MemberFilterQuery {
  states?: string[] | null;
  parties?: Party[] | null;
  chamber?: Chamber | null;
  grades?: string[] | null;
}

export interface ExplanationRow {
  letterId: string | null;
  note: string | null;
  stance: Stance | null;
  signed: boolean | null;
  earned: number;
  possible: number;
}

export interface StateGradesRow {
  state: string;
  average: number;
  averageGrade: string;
  members: number;
  grades: { grade: string; count: number }[];
}

/**
 * Graded members (one row per scorecard and member, columns of `graded`) of the scorecards `sc`
 * selects, optionally only members `members` (a placeholder for text[]).
 *
 * A member is eligible for a letter when one of their service periods (half-open, as everywhere
 * else) in the letter's chamber (either chamber for a bicameral letter; only the scorecard's
 * chamber when it has one) holds the letter's date. Rather than join every letter to every
 * member (200 letters x 540 members is 100,000 rows to sort and group), each period's totals come
 * from running sums: letters and period boundaries are sorted together per chamber (a boundary
 * before a letter of the same day, so a running sum at a boundary counts the letters strictly
 * before it), and a period's letters are the running sum at its end minus the one at its start.
 *
 * - sl: the scorecard's letters within its scope, with the letter's current date and chamber;
 *   lc: one row per chamber a letter counts in;
 * - sp: the service periods that overlap the scorecard's letters (an index range on end_date);
 * - pt: per period, eligible letters, weight possible and weight of opposed letters;
 * - sw: per member, the weight of the letters they signed while eligible, support and oppose;
 * - earned = opposed weight not signed + supported weight signed = opposed - signed opposed + signed supported;
 * - im: hand-entered items; a member with only items is graded on them;
 * - state, party and chamber are those of the latest period with an eligible letter (the latest
 *   service period for a member graded on items alone);
 * - the grade is the band of round(earned / possible, 4) x 100 (see grade-scale.ts).
 */
export const GRADED = (scorecards: string, members: string | null) => `
  WITH sc AS (SELECT s.id, s.chamber, s.date_from, s.date_to, s.grade_scale FROM scorecard s WHERE ${scorecards}),
  bands AS (
    SELECT sc.id AS scorecard_id, b.grade, b.min, b.max
      FROM sc CROSS JOIN LATERAL jsonb_to_recordset(sc.grade_scale) AS b(grade text, min numeric, max numeric)),
  sl AS MATERIALIZED (
    SELECT x.scorecard_id, l.id AS letter_id, l.sent_on, l.chamber AS letter_chamber, sc.chamber AS only_chamber, x.stance, x.weight
      FROM sc JOIN scorecard_letter x ON x.scorecard_id = sc.id JOIN letter l ON l.id = x.letter_id
     WHERE (sc.chamber IS NULL OR l.chamber IN (sc.chamber, 'BICAMERAL'))
       AND (sc.date_from IS NULL OR l.sent_on >= sc.date_from) AND (sc.date_to IS NULL OR l.sent_on <= sc.date_to)),
  lc AS (
    SELECT sl.*, c.chamber FROM sl
     CROSS JOIN LATERAL unnest(CASE WHEN sl.letter_chamber = 'BICAMERAL' THEN ARRAY['HOUSE', 'SENATE'] ELSE ARRAY[sl.letter_chamber] END) AS c(chamber)
     WHERE sl.only_chamber IS NULL OR c.chamber = sl.only_chamber),
  span AS (SELECT scorecard_id, min(sent_on) AS lo, max(sent_on) AS hi FROM sl GROUP BY scorecard_id),
  sp AS MATERIALIZED (
    SELECT span.scorecard_id, p.id, p.bioguide_id, p.chamber, p.start_date, p.end_date, p.state, p.party
      FROM span JOIN service_period p ON p.end_date > span.lo AND p.start_date <= span.hi ${members ? `AND p.bioguide_id = ANY(${members})` : ""}),
  ev AS (
    SELECT scorecard_id, chamber, sent_on AS d, 1 AS kind, NULL::int AS period, 0 AS side, 1 AS n, weight AS w,
           CASE WHEN stance = 'OPPOSE' THEN weight ELSE 0 END AS wo
      FROM lc
    UNION ALL
    SELECT sp.scorecard_id, sp.chamber, e.d, 0, sp.id, e.side, 0, 0, 0
      FROM sp CROSS JOIN LATERAL (VALUES (sp.start_date, -1), (sp.end_date, 1)) AS e(d, side)),
  run AS (
    SELECT period, side, sum(n) OVER w AS n, sum(w) OVER w AS w, sum(wo) OVER w AS wo
      FROM ev WINDOW w AS (PARTITION BY scorecard_id, chamber ORDER BY d, kind)),
  pt AS (
    SELECT period, sum(side * n)::int AS eligible, sum(side * w) AS possible, sum(side * wo) AS opposed
      FROM run WHERE period IS NOT NULL GROUP BY period),
  pm AS (
    SELECT sp.scorecard_id, sp.bioguide_id, sum(pt.eligible)::int AS eligible, sum(pt.possible) AS possible, sum(pt.opposed) AS opposed,
           (array_agg(sp.state ORDER BY sp.start_date DESC))[1] AS state, (array_agg(sp.party ORDER BY sp.start_date DESC))[1] AS party,
           (array_agg(sp.chamber ORDER BY sp.start_date DESC))[1] AS chamber
      FROM sp JOIN pt ON pt.period = sp.id WHERE pt.eligible > 0
     GROUP BY sp.scorecard_id, sp.bioguide_id),
  sw AS (
    SELECT sl.scorecard_id, s.bioguide_id,
           coalesce(sum(sl.weight) FILTER (WHERE sl.stance = 'SUPPORT'), 0) AS supported, coalesce(sum(sl.weight) FILTER (WHERE sl.stance = 'OPPOSE'), 0) AS opposed
      FROM (SELECT DISTINCT letter_id, bioguide_id FROM signature
             WHERE letter_id IN (SELECT letter_id FROM sl) AND bioguide_id IS NOT NULL ${members ? `AND bioguide_id = ANY(${members})` : ""}) s
      JOIN sl ON sl.letter_id = s.letter_id
     WHERE EXISTS (
       SELECT 1 FROM sp WHERE sp.scorecard_id = sl.scorecard_id AND sp.bioguide_id = s.bioguide_id
          AND (sl.letter_chamber = 'BICAMERAL' OR sp.chamber = sl.letter_chamber) AND (sl.only_chamber IS NULL OR sp.chamber = sl.only_chamber)
          AND sp.start_date <= sl.sent_on AND sl.sent_on < sp.end_date)
     GROUP BY sl.scorecard_id, s.bioguide_id),
  lm AS (
    SELECT pm.scorecard_id, pm.bioguide_id, pm.eligible, pm.possible,
           pm.opposed - coalesce(sw.opposed, 0) + coalesce(sw.supported, 0) AS earned, pm.state, pm.party, pm.chamber
      FROM pm LEFT JOIN sw ON sw.scorecard_id = pm.scorecard_id AND sw.bioguide_id = pm.bioguide_id),
  im AS (
    SELECT i.scorecard_id, i.bioguide_id, sum(i.points) AS earned, sum(i.out_of) AS possible
      FROM sc JOIN scorecard_item i ON i.scorecard_id = sc.id ${members ? `WHERE i.bioguide_id = ANY(${members})` : ""}
     GROUP BY i.scorecard_id, i.bioguide_id),
  ms AS (
    SELECT coalesce(lm.scorecard_id, im.scorecard_id) AS scorecard_id, coalesce(lm.bioguide_id, im.bioguide_id) AS bioguide_id,
           coalesce(lm.eligible, 0) AS eligible, coalesce(lm.earned, 0) + coalesce(im.earned, 0) AS earned,
           coalesce(lm.possible, 0) + coalesce(im.possible, 0) AS possible, lm.state, lm.party, lm.chamber
      FROM lm FULL JOIN im ON im.scorecard_id = lm.scorecard_id AND im.bioguide_id = lm.bioguide_id),
  g AS (
    SELECT ms.scorecard_id, ms.bioguide_id, ms.eligible, ms.earned, ms.possible, round(ms.earned / ms.possible, 4) AS score,
           m.last_name, m.first_name,
           coalesce(ms.state, cur.state) AS state, coalesce(ms.party, cur.party) AS party, coalesce(ms.chamber, cur.chamber) AS chamber
      FROM ms JOIN member m ON m.bioguide_id = ms.bioguide_id
      LEFT JOIN LATERAL (
        SELECT p.state, p.party, p.chamber FROM service_period p
         WHERE ms.state IS NULL AND p.bioguide_id = ms.bioguide_id ORDER BY p.start_date DESC LIMIT 1) cur ON true),
  graded AS (
    SELECT g.*, b.grade, b.min AS band_min FROM g
      JOIN bands b ON b.scorecard_id = g.scorecard_id AND g.score * 100 >= b.min AND (g.score * 100 < b.max OR b.max = 100))`;

/** The columns of `graded`, in the materialised table's order. */
const COLUMNS =
  "scorecard_id, bioguide_id, eligible, earned, possible, score, grade, band_min, state, party, chamber, last_name, first_name";

/** The same rows as GRADED's `graded`, read from a published scorecard's materialised grades. */
const MATERIALISED = (scorecard: string) => `
  WITH graded AS (SELECT ${COLUMNS} FROM scorecard_member_score WHERE scorecard_id = ${scorecard})`;

const toScore = (r: Record<string, unknown>): MemberScoreRow => ({
  scorecardId: r.scorecard_id as string,
  bioguideId: r.bioguide_id as string,
  grade: r.grade as string,
  score: Number(r.score),
  earned: Number(r.earned),
  possible: Number(r.possible),
  eligibleLetters: r.eligible as number,
  state: (r.state as string | null) ?? null,
  party: partyFromName(r.party as string | null),
  chamber: (r.chamber as Chamber | null) ?? null,
});

/** ORDER BY of each order; every one ends on last name, first name, bioguide id (deterministic). */
const ORDER_BY: Record<ScorecardMemberOrder, string> = {
  GRADE: "score DESC, last_name, first_name, bioguide_id",
  NAME: "last_name, first_name, bioguide_id",
  STATE: "state, score DESC, last_name, first_name, bioguide_id",
};

/** Rows after the cursor (state, score, last name, first name, id) in each order. */
function afterCursor(c: Conditions, order: ScorecardMemberOrder, key: unknown[]): string {
  const [state, score, last, first, id] = key;
  const name = () => `(last_name, first_name, bioguide_id) > (${c.param(last)}::text, ${c.param(first)}::text, ${c.param(id)}::text)`;
  const byScore = () => {
    const s = c.param(score);
    return `(score < ${s}::numeric OR (score = ${s}::numeric AND ${name()}))`;
  };
  if (order === ScorecardMemberOrder.NAME) return name();
  if (order === ScorecardMemberOrder.GRADE) return byScore();
  const st = c.param(state);
  return `(state > ${st}::text OR (state = ${st}::text AND ${byScore()}))`;
}

export interface ReadOptions {
  /** Grade with the scoring statement even when the scorecard is published (benchmarks, tests). */
  live?: boolean;
}

export class ScorecardRead {
  constructor(private readonly db: Database) {}

  /**
   * Whether the scorecard's grades can be read from scorecard_member_score: it is published and
   * its rows are current (recomputed here first when a write marked them stale).
   */
  async materialised(scorecardId: string): Promise<boolean> {
    const [row] = await this.db.query<{ published: boolean; stale: boolean | null }>(
      `SELECT s.published_at IS NOT NULL AS published, st.stale
         FROM scorecard s LEFT JOIN scorecard_score_state st ON st.scorecard_id = s.id WHERE s.id = $1`,
      [scorecardId],
    );
    if (!row?.published || row.stale === null) return false;
    return row.stale ? this.refresh(scorecardId) : true;
  }

  /**
   * Recomputes a scorecard's materialised grades from the scoring statement, under its state
   * row's lock (concurrent readers wait and then find it fresh; writers' marks wait for the commit).
   */
  async refresh(scorecardId: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const [state] = await em.query(`SELECT stale FROM scorecard_score_state WHERE scorecard_id = $1 FOR UPDATE`, [scorecardId]);
      if (!state) return false;
      if (!state.stale) return true;
      await em.query(`DELETE FROM scorecard_member_score WHERE scorecard_id = $1`, [scorecardId]);
      await em.query(`${GRADED("s.id = $1", null)} INSERT INTO scorecard_member_score (${COLUMNS}) SELECT ${COLUMNS} FROM graded`, [
        scorecardId,
      ]);
      await em.query(`UPDATE scorecard_score_state SET stale = false, refreshed_at = now() WHERE scorecard_id = $1`, [scorecardId]);
      return true;
    });
  }

  /** The `graded` rows of one scorecard: materialised when published, else the scoring statement. */
  private async graded(c: Conditions, scorecardId: string, options: ReadOptions): Promise<string> {
    const id = c.param(scorecardId);
    return !options.live && (await this.materialised(scorecardId)) ? MATERIALISED(`${id}::uuid`) : GRADED(`s.id = ${id}`, null);
  }

  /** One page of a scorecard's graded members, in one statement (totalCount by a window over the filtered rows). */
  async members(
    scorecardId: string,
    filter: MemberFilterQuery,
    order: ScorecardMemberOrder,
    first: number,
    after?: string | null,
    options: ReadOptions = {},
  ): Promise<Page<MemberScoreRow>> {
    const c = new Conditions();
    const base = await this.graded(c, scorecardId, options);
    const parts: string[] = [];
    if (filter.states?.length)
      parts.push(
        c.anyOf(
          "state",
          filter.states.map((s) => s.trim().toUpperCase()),
        ),
      );
    if (filter.parties?.length) parts.push(partySql(c, "party", filter.parties));
    if (filter.chamber) parts.push(`chamber = ${c.param(filter.chamber)}`);
    if (filter.grades?.length)
      parts.push(
        c.anyOf(
          "grade",
          filter.grades.map((g) => g.trim()),
        ),
      );
    const key = decodeCursor(after, 5);
    const cursor = key ? afterCursor(c, order, key) : "true";
    const rows = await this.db.query(
      `${base}
       SELECT * FROM (SELECT graded.*, count(*) OVER ()::int AS total FROM graded ${parts.length ? `WHERE ${parts.join(" AND ")}` : ""}) x
        WHERE ${cursor}
        ORDER BY ${ORDER_BY[order]} LIMIT ${c.param(first + 1)}`,
      c.params,
    );
    let total = rows[0]?.total as number | undefined;
    if (total === undefined) {
      // Past the last row: the total still counts every matching member.
      total = key ? ((await this.members(scorecardId, filter, order, 1, null, options)).totalCount as number) : 0;
    }
    return pageOf(
      rows,
      first,
      toScore,
      (_, r) => encodeCursor([r.state, String(r.score), r.last_name, r.first_name, r.bioguide_id]),
      total,
    );
  }

  /**
   * Scores of `members` on the scorecards `published` (all published ones) or `scorecardId` (one,
   * any status), one statement; a member eligible for nothing has no row.
   */
  async scoresOf(members: readonly string[], scorecardId: string | null): Promise<MemberScoreRow[]> {
    const c = new Conditions();
    const which = scorecardId ? `s.id = ${c.param(scorecardId)}` : "s.published_at IS NOT NULL";
    const ids = c.param(members);
    const rows = await this.db.query(
      `${GRADED(which, `${ids}::text[]`)}
       SELECT graded.* FROM graded JOIN scorecard s ON s.id = graded.scorecard_id
        ORDER BY s.published_at DESC NULLS LAST, s.id, bioguide_id`,
      c.params,
    );
    return rows.map(toScore);
  }

  /** Per state: the graded members, their average score and its grade, and members per grade (best first). */
  async byState(scorecardId: string, scale: readonly GradeBand[], options: ReadOptions = {}): Promise<StateGradesRow[]> {
    const c = new Conditions();
    const base = await this.graded(c, scorecardId, options);
    const rows = await this.db.query<{ state: string; grade: string; band_min: string; n: number; average: string; members: number }>(
      `${base}
       SELECT state, grade, band_min, count(*)::int AS n,
              round(sum(sum(score)) OVER w / sum(count(*)) OVER w, 4) AS average, (sum(count(*)) OVER w)::int AS members
         FROM graded WHERE state IS NOT NULL
        GROUP BY state, grade, band_min
       WINDOW w AS (PARTITION BY state)
        ORDER BY state, band_min DESC`,
      c.params,
    );
    const out: StateGradesRow[] = [];
    for (const r of rows) {
      let last = out.at(-1);
      if (!last || last.state !== r.state) {
        const average = Number(r.average);
        out.push((last = { state: r.state, average, averageGrade: gradeOf(scale, average), members: r.members, grades: [] }));
      }
      last.grades.push({ grade: r.grade, count: r.n });
    }
    return out;
  }

  /**
   * For each (scorecard, member) key: every in-scope letter the member could sign, newest first,
   * with whether they signed and the points, then their hand-entered items. One statement.
   */
  async explanations(keys: readonly { scorecardId: string; bioguideId: string }[]): Promise<ExplanationRow[][]> {
    const rows = await this.db.query(
      `WITH k AS (SELECT * FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS k(scorecard_id, bioguide_id, i))
       SELECT k.i, 0 AS kind, l.id AS letter_id, NULL AS note, x.stance, l.sent_on, x.position,
              EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = l.id AND s.bioguide_id = k.bioguide_id) AS signed,
              x.weight AS possible, NULL::numeric AS points
         FROM k JOIN scorecard s ON s.id = k.scorecard_id
         JOIN scorecard_letter x ON x.scorecard_id = k.scorecard_id JOIN letter l ON l.id = x.letter_id
        WHERE (s.chamber IS NULL OR l.chamber IN (s.chamber, 'BICAMERAL'))
          AND (s.date_from IS NULL OR l.sent_on >= s.date_from) AND (s.date_to IS NULL OR l.sent_on <= s.date_to)
          AND EXISTS (
            SELECT 1 FROM service_period sp
             WHERE sp.bioguide_id = k.bioguide_id AND (l.chamber = 'BICAMERAL' OR sp.chamber = l.chamber)
               AND (s.chamber IS NULL OR sp.chamber = s.chamber) AND sp.start_date <= l.sent_on AND l.sent_on < sp.end_date)
       UNION ALL
       SELECT k.i, 1, NULL, i.note, NULL, NULL, i.position, NULL, i.out_of, i.points
         FROM k JOIN scorecard_item i ON i.scorecard_id = k.scorecard_id AND i.bioguide_id = k.bioguide_id
       ORDER BY 1, 2, 6 DESC, 7`,
      [keys.map((k) => k.scorecardId), keys.map((k) => k.bioguideId)],
    );
    const out: ExplanationRow[][] = keys.map(() => []);
    for (const r of rows) {
      const possible = Number(r.possible);
      const letter = r.kind === 0;
      const signed = letter ? (r.signed as boolean) : null;
      out[Number(r.i) - 1].push({
        letterId: (r.letter_id as string | null) ?? null,
        note: (r.note as string | null) ?? null,
        stance: (r.stance as Stance | null) ?? null,
        signed,
        possible,
        earned: letter ? (signed === (r.stance === "SUPPORT") ? possible : 0) : Number(r.points),
      });
    }
    return out;
  }
}
