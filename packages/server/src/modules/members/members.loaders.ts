import DataLoader from "dataloader";
import { Projection } from "../../schema/projection";
import type { Database } from "../../db/database";
import { hydrate } from "../../db/sql";
import { pageLoader } from "../letters/letters.loaders";
import type { Signature } from "../letters/signature.entity";
import { Member } from "./member.entity";
import { MemberLettersService, type MemberSignatureQuery, type PeriodKey } from "./member-letters.service";
import { Term } from "./term.entity";

const MEMBER_COLUMNS: Record<string, keyof Member> = {
  bioguide_id: "bioguideId", full_name: "fullName", first_name: "firstName", middle_name: "middleName",
  last_name: "lastName", suffix: "suffix", nickname: "nickname", official_full: "officialFull",
  gender: "gender", birthday: "birthday", is_demo: "isDemo",
};
const TERM_COLUMNS: Record<string, keyof Term> = {
  id: "id", bioguide_id: "bioguideId", seq: "seq", chamber: "chamber", start_date: "start", end_date: "end",
  state: "state", district: "district", party: "partyName", caucus: "caucus",
  party_affiliations: "partyAffiliationRows", url: "url",
};

export const toMember = (row: Record<string, unknown>) => hydrate(Member, row, MEMBER_COLUMNS);

/** Some member columns of `m` (MEMBER_PROJECTION) as m_<column>, for a query that joins the member to another row. */
export const memberJoinedSelect = (columns: readonly string[]) => columns.map((c) => `m.${c} AS m_${c}`).join(", ");
/** Member fields a query can select; those resolved through loaders need only the bioguide id. */
export const MEMBER_PROJECTION = new Projection(
  MEMBER_COLUMNS,
  Object.fromEntries(
    ["id", "coSigners", "currentTerm", "district", "letterCount", "party", "record", "signatures", "state", "termOn", "terms"].map((f) => [f, ["bioguide_id"]]),
  ),
  ["bioguide_id"],
);
const MEMBER_JOINED_COLUMNS = Object.fromEntries(Object.entries(MEMBER_COLUMNS).map(([c, prop]) => [`m_${c}`, prop]));
/** The member of a row selected with memberJoinedSelect; null when the join found none. */
export const toJoinedMember = (row: Record<string, unknown>) => (row.m_bioguide_id ? hydrate(Member, row, MEMBER_JOINED_COLUMNS) : null);
export const toTerm = (row: Record<string, unknown>) => hydrate(Term, row, TERM_COLUMNS);

/** Per-request loaders: one query per kind of thing, however many rows ask. */
export function membersLoaders(db: Database, memberLetters = new MemberLettersService(db)) {
  return {
    memberById: new DataLoader<string, Member | null>(async (ids) => {
      const rows = await db.query(`SELECT * FROM member WHERE bioguide_id = ANY($1)`, [ids]);
      const byId = new Map(rows.map((r) => [r.bioguide_id as string, toMember(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    termsByMember: new DataLoader<string, Term[]>(async (ids) => {
      const rows = await db.query(`SELECT * FROM term WHERE bioguide_id = ANY($1) ORDER BY bioguide_id, seq`, [ids]);
      const byId = new Map<string, Term[]>(ids.map((id) => [id, []]));
      for (const r of rows) byId.get(r.bioguide_id as string)!.push(toTerm(r));
      return ids.map((id) => byId.get(id)!);
    }),
    termOn: new DataLoader<PeriodKey, Term | null, string>((keys) => memberLetters.termsOn(keys), {
      cacheKeyFn: (k) => `${k.bioguideId}/${k.date}`,
    }),
    currentTermByMember: new DataLoader<string, Term | null>((ids) => memberLetters.currentTerms(ids)),
    letterCountByMember: new DataLoader<string, number>((ids) => memberLetters.letterCounts(ids)),
    signaturesByMember: pageLoader<MemberSignaturePageKey, Signature>(
      (k) => k.bioguideId,
      (k) => [k.filter, k.first, k.after, k.columns ?? null, k.letterColumns ?? null],
      (ids, k) => memberLetters.signaturePages(ids, k.filter, k.first, k.after, k.columns, k.letterColumns ?? undefined),
    ),
  };
}

export interface MemberSignaturePageKey {
  bioguideId: string;
  filter: MemberSignatureQuery;
  first: number;
  after: string | null;
  /** The signature columns to read (SIGNATURE_PROJECTION); all when absent. */
  columns?: readonly string[];
  /** When the query asks for each signature's letter: the letter columns to read with it. */
  letterColumns?: readonly string[] | null;
}
