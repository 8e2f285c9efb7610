/**
 * The members read module: how member and term rows are read and mapped, and which columns each
 * GraphQL field of a member needs (the look-ahead). Its SQL reads members and terms only; what a
 * member signed is read by the letters module (modules depend one way: letters -> members).
 */
import type { GraphQLResolveInfo } from "graphql";
import type { Database } from "../../db/database";
import { entityColumns } from "../../db/entity-columns";
import { hydrate } from "../../db/sql";
import { badInput } from "../../schema/connection";
import { nodeFields, Projection } from "../../schema/projection";
import { perSelection } from "../../schema/selection";
import { Member } from "./member.entity";
import { Term } from "./term.entity";

/** member column -> Member property, from the entity's decorators. */
const MEMBER_COLUMNS = entityColumns(Member);
/** term column -> Term property, from the entity's decorators. */
const TERM_COLUMNS = entityColumns(Term);

/** `columns` of `member m`, for a SELECT list. */
export const memberSelect = (columns: readonly string[]) => columns.map((c) => `m.${c}`).join(", ");
/** Every stored column of `member m`, for a SELECT list. */
export const MEMBER_SELECT = memberSelect(Object.keys(MEMBER_COLUMNS));
/** Every stored column of `term t`, for a SELECT list. */
export const TERM_SELECT = Object.keys(TERM_COLUMNS)
  .map((c) => `t.${c}`)
  .join(", ");

/**
 * A member read with some of its columns (MEMBER_PROJECTION): the bioguide id always, the rest
 * when the query selects them. Typed apart from a whole Member so that code reading a column the
 * projection may have left out says so.
 */
export type MemberRow = Pick<Member, "bioguideId"> & Partial<Member>;

/** A row's member (all of its columns read). */
export const toMember = (row: Record<string, unknown>) => hydrate(Member, row, MEMBER_COLUMNS);
export const toTerm = (row: Record<string, unknown>) => hydrate(Term, row, TERM_COLUMNS);

/** Some member columns of `m` (MEMBER_PROJECTION) as m_<column>, for a query that joins the member to another row. */
export const memberJoinedSelect = (columns: readonly string[]) => columns.map((c) => `m.${c} AS m_${c}`).join(", ");
const MEMBER_JOINED_COLUMNS = Object.fromEntries(Object.entries(MEMBER_COLUMNS).map(([c, prop]) => [`m_${c}`, prop])) as Record<
  string,
  keyof Member
>;
/** The member of a row selected with memberJoinedSelect; null when the join found none. */
export const toJoinedMember = (row: Record<string, unknown>) => (row.m_bioguide_id ? hydrate(Member, row, MEMBER_JOINED_COLUMNS) : null);

/** Member fields a query can select; those resolved through loaders need only the bioguide id. */
export const MEMBER_PROJECTION = new Projection(
  MEMBER_COLUMNS,
  Object.fromEntries(
    ["id", "coSigners", "currentTerm", "district", "letterCount", "party", "record", "signatures", "state", "termOn", "terms"].map((f) => [
      f,
      ["bioguide_id"],
    ]),
  ),
  ["bioguide_id"],
);

/** The member columns a connection of members (`info`) needs: only those its nodes' fields read. */
export function memberNodeColumns(info: GraphQLResolveInfo): readonly string[] {
  return perSelection(info, "memberNodeColumns", () => MEMBER_PROJECTION.columnsFor(nodeFields(info)));
}

/** The default page size of `members`: the argument's `defaultValue` and pageSize's fallback for `first: null`. */
export const MEMBERS_PAGE = 50;

/** Where a member served on a day: the term, with the party, state and district of that day. */
export interface PeriodKey {
  bioguideId: string;
  date: string;
}

/** Returns `keys.map(key => found by key ?? fallback)`: a by-keys loader's answer from rows in any order. */
export function byKeys<K, R, V>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  valueOf: (row: R) => V,
  fallback: () => V,
): V[] {
  const found = new Map<K, V>();
  for (const r of rows) found.set(keyOf(r), valueOf(r));
  return keys.map((k) => (found.has(k) ? found.get(k)! : fallback()));
}

/** Groups rows by key, in row order: `keys.map(key => rows of key)` (an empty list when none). */
export function groupedByKeys<K, R, V>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, valueOf: (row: R) => V): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) groups.get(keyOf(r))?.push(valueOf(r));
  return keys.map((k) => groups.get(k)!);
}

/** Reads of members and their terms, by keys (what the per-request loaders batch). */
export class MembersRead {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<(Member | null)[]> {
    const rows = await this.db.query(`SELECT ${MEMBER_SELECT} FROM member m WHERE m.bioguide_id = ANY($1)`, [ids]);
    return byKeys(
      ids,
      rows,
      (r) => r.bioguide_id as string,
      toMember,
      () => null,
    );
  }

  /** Each member's terms, oldest first. */
  async terms(ids: readonly string[]): Promise<Term[][]> {
    const rows = await this.db.query(`SELECT ${TERM_SELECT} FROM term t WHERE t.bioguide_id = ANY($1) ORDER BY t.bioguide_id, t.seq`, [
      ids,
    ]);
    return groupedByKeys(ids, rows, (r) => r.bioguide_id as string, toTerm);
  }

  /** The term each member served on each date, with that day's party; null when not serving. */
  async termsOn(keys: readonly PeriodKey[]): Promise<(Term | null)[]> {
    const bad = keys.find((k) => !/^\d{4}-\d{2}-\d{2}$/.test(k.date));
    if (bad) throw badInput(`\`date\` must be YYYY-MM-DD, got "${bad.date}".`, "date");
    const rows = await this.db.query(
      `SELECT DISTINCT ON (q.k) q.k, ${TERM_SELECT}, sp.party AS day_party, sp.state AS day_state, sp.district AS day_district
         FROM unnest($1::int[], $2::text[], $3::date[]) AS q(k, bioguide_id, d)
         JOIN service_period sp ON sp.bioguide_id = q.bioguide_id AND sp.start_date <= q.d AND q.d < sp.end_date
         JOIN term t ON t.id = sp.term_id
        ORDER BY q.k, sp.start_date DESC`,
      [keys.map((_, i) => i), keys.map((k) => k.bioguideId), keys.map((k) => k.date)],
    );
    return byKeys(
      keys.map((_, i) => i),
      rows,
      (r) => r.k as number,
      (r) => toTerm({ ...r, party: r.day_party, state: r.day_state, district: r.day_district }),
      () => null,
    );
  }

  /** Each member's latest service period as a term with the party it ends with. */
  async currentTerms(ids: readonly string[]): Promise<(Term | null)[]> {
    const rows = await this.db.query(
      `SELECT DISTINCT ON (sp.bioguide_id) ${TERM_SELECT}, sp.party AS day_party
         FROM service_period sp JOIN term t ON t.id = sp.term_id
        WHERE sp.bioguide_id = ANY($1)
        ORDER BY sp.bioguide_id, sp.start_date DESC`,
      [ids],
    );
    return byKeys(
      ids,
      rows,
      (r) => r.bioguide_id as string,
      (r) => toTerm({ ...r, party: r.day_party }),
      () => null,
    );
  }
}
