/**
 * The committees read module: owns the SQL of committees, their dated membership and the
 * letters their members signed. "On date D" means the membership stretches that hold D.
 */
import { DomainError, notFound } from "../../errors/domain-error";
import type { Database } from "../../db/database";
import { COMMITTEE_IDS, DATA_FROM, HOLDS } from "./committee-sql";
import { toMember } from "../members/members.read";
import { SERVING_ON } from "../members/serving-sql";
import { toLetter, LETTER_SELECT } from "../letters/letters.read";
export { committeeId, COMMITTEE_IDS, DATA_FROM, HOLDS } from "./committee-sql";
import { Committee, type CommitteeChamber, type CommitteeSide, type CommitteeLetter, type CommitteeSeat } from "./committee-types";

const COMMITTEE_SELECT = `c.id, c.name, c.chamber, c.parent_id, c.url, c.jurisdiction, c.is_current`;

export const toCommittee = (r: Record<string, unknown>, prefix = ""): Committee =>
  Object.assign(new Committee(), {
    id: r[`${prefix}id`] as string,
    name: r[`${prefix}name`] as string,
    chamber: r[`${prefix}chamber`] as CommitteeChamber,
    parentId: (r[`${prefix}parent_id`] as string | null) ?? null,
    url: (r[`${prefix}url`] as string | null) ?? null,
    jurisdiction: (r[`${prefix}jurisdiction`] as string | null) ?? null,
    isCurrent: Boolean(r[`${prefix}is_current`]),
  });

export function noCommitteeData(on: string, from: string | null): DomainError {
  return new DomainError(
    from
      ? `Committee membership is known from ${from}; the data cannot say who sat on a committee on ${on}.`
      : "No committee membership is loaded: run `signatory members sync` with the committee files.",
    "BAD_USER_INPUT",
    { reason: "NO_DATA", dataFrom: from, date: on },
  );
}

export const notFoundCommittee = (id: string) => notFound(`There is no committee "${id}".`, "committee");

const toSeat = (r: Record<string, any>): CommitteeSeat => ({
  committee: toCommittee(r, "c_"),
  member: toMember(r),
  side: r.side ? (r.side.toUpperCase() as CommitteeSide) : null,
  rank: r.rank ?? null,
  title: r.title ?? null,
  from: r.from_date,
  to: r.to_date ?? null,
});

export const today = () => new Date().toISOString().slice(0, 10);

export class CommitteesService {
  constructor(private readonly db: Database) {}

  async list(filter: {
    chamber?: CommitteeChamber | null;
    current?: boolean | null;
    subcommittees?: boolean | null;
  }): Promise<Committee[]> {
    const rows = await this.db.query(
      `SELECT ${COMMITTEE_SELECT} FROM committee c
        WHERE ($1::text IS NULL OR c.chamber = $1) AND ($2::boolean IS NULL OR c.is_current = $2)
          AND (coalesce($3::boolean, false) OR c.parent_id IS NULL)
        ORDER BY c.chamber, c.name, c.id`,
      [filter.chamber ?? null, filter.current ?? null, filter.subcommittees ?? null],
    );
    return rows.map((r) => toCommittee(r));
  }

  async byIds(ids: readonly string[]): Promise<(Committee | null)[]> {
    const rows = await this.db.query(`SELECT ${COMMITTEE_SELECT} FROM committee c WHERE c.id = ANY($1::text[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id as string, toCommittee(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async subcommittees(parentId: string): Promise<Committee[]> {
    const rows = await this.db.query(`SELECT ${COMMITTEE_SELECT} FROM committee c WHERE c.parent_id = $1 ORDER BY c.name, c.id`, [
      parentId,
    ]);
    return rows.map((r) => toCommittee(r));
  }

  /** Seats held on `on`, chair and ranking member first, then majority before minority, by rank and name. */
  async members(id: string, on: string, includeSubcommittees = false): Promise<CommitteeSeat[]> {
    const rows = await this.db.query(
      `SELECT m.*, cm.side, cm.rank, cm.title, to_char(cm.start_date, 'YYYY-MM-DD') AS from_date, to_char(cm.end_date, 'YYYY-MM-DD') AS to_date,
              ${COMMITTEE_SELECT.replace(/c\.(\w+)/g, "c.$1 AS c_$1")}, ${DATA_FROM} AS data_from
         FROM committee_membership cm JOIN committee c ON c.id = cm.committee_id JOIN member m ON m.bioguide_id = cm.bioguide_id
        WHERE cm.committee_id IN ${COMMITTEE_IDS("$1", "$3")} AND ${HOLDS("cm", "$2::date")}
        ORDER BY c.parent_id NULLS FIRST, c.id,
                 CASE WHEN cm.title ~* '^chair' THEN 0 WHEN cm.title ~* 'ranking' THEN 1 ELSE 2 END,
                 cm.side, cm.rank NULLS LAST, m.last_name, m.first_name, m.bioguide_id`,
      [id, on, includeSubcommittees],
    );
    if (rows.length === 0) await this.assertAnswerable(on);
    return rows.map(toSeat);
  }

  /** Throws NO_DATA when `on` is before the first version of the membership data (or none is loaded). */
  async assertAnswerable(on: string): Promise<void> {
    const [{ from }] = await this.db.query<{ from: string | null }>(`SELECT ${DATA_FROM} AS "from"`);
    if (!from || on < from) throw noCommitteeData(on, from);
  }

  /** A member's seats on `on` (committees and subcommittees). */
  async ofMember(bioguideId: string, on: string): Promise<CommitteeSeat[]> {
    const rows = await this.db.query(
      `SELECT m.*, cm.side, cm.rank, cm.title, to_char(cm.start_date, 'YYYY-MM-DD') AS from_date, to_char(cm.end_date, 'YYYY-MM-DD') AS to_date,
              ${COMMITTEE_SELECT.replace(/c\.(\w+)/g, "c.$1 AS c_$1")}
         FROM committee_membership cm JOIN committee c ON c.id = cm.committee_id JOIN member m ON m.bioguide_id = cm.bioguide_id
        WHERE cm.bioguide_id = $1 AND ${HOLDS("cm", "$2::date")}
        ORDER BY coalesce(c.parent_id, c.id), c.parent_id NULLS FIRST, c.name`,
      [bioguideId, on],
    );
    if (rows.length === 0) await this.assertAnswerable(on);
    return rows.map(toSeat);
  }

  /** Letters signed by the most members of the committee (membership on each letter's date). */
  async topLetters(id: string, first: number, includeSubcommittees = false): Promise<CommitteeLetter[]> {
    const rows = await this.db.query(
      `SELECT ${LETTER_SELECT}, x.n FROM (
         SELECT s.letter_id, count(DISTINCT s.bioguide_id)::int AS n
           FROM signature s JOIN letter l ON l.id = s.letter_id
           JOIN committee_membership cm ON cm.bioguide_id = s.bioguide_id AND ${HOLDS("cm", "l.sent_on")}
          WHERE cm.committee_id IN ${COMMITTEE_IDS("$1", "$3")}
          GROUP BY s.letter_id) x JOIN letter l ON l.id = x.letter_id
        ORDER BY x.n DESC, l.sent_on DESC, l.id LIMIT $2`,
      [id, first, includeSubcommittees],
    );
    return rows.map((r) => ({ letter: toLetter(r), signers: r.n as number }));
  }

  /**
   * Bioguide ids of the committee's members on `on` who also served in one of `chambers` that day
   * (for watches and alerts). Throws NO_DATA for a date the data cannot answer.
   */
  async memberIdsOn(
    id: string,
    on: string,
    opts: { includeSubcommittees?: boolean; chambers?: ("HOUSE" | "SENATE")[] } = {},
  ): Promise<string[]> {
    await this.assertAnswerable(on);
    const rows = await this.db.query<{ bioguide_id: string }>(
      `SELECT DISTINCT cm.bioguide_id FROM committee_membership cm
        WHERE cm.committee_id IN ${COMMITTEE_IDS("$1", "$3")} AND ${HOLDS("cm", "$2::date")}
          AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = cm.bioguide_id
                AND sp.chamber = ANY($4::text[]) AND ${SERVING_ON("sp", "$2::date")}))
        ORDER BY 1`,
      [id, on, opts.includeSubcommittees ?? false, opts.chambers ?? null],
    );
    return rows.map((r) => r.bioguide_id);
  }
}
