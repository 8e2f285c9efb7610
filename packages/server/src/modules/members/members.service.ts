import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";
import { Conditions, countLater } from "../../db/sql";
import { containsPattern, fold } from "../../db/text";
import { badInput, decodeCursor, encodeCursor, pageOf, type Page } from "../../schema/connection";
import { letterUuid } from "../node/global-id";
import { partySql } from "./party-sql";
import { IN_CHAMBER_OF, SERVING_ON } from "./serving-sql";
import type { Chamber } from "./chamber";
import { memberSelect, toMember, type MemberRow } from "./members.read";
import type { Party } from "./party";
import { clearDemo } from "../demo/demo.service";
import type { MatchCandidate } from "../importing/types";
import { displayName, servicePeriods, type Legislator } from "./legislators-source";

export interface SyncSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MemberQuery {
  /** Part of a name, accents and case ignored. */
  name?: string | null;
  states?: string[] | null;
  parties?: Party[] | null;
  chambers?: Chamber[] | null;
  /** Only members serving that day; state, party and chamber filters then apply to that day. */
  servingOn?: string | null;
  /** Only members who signed this letter (its global id or uuid); filters then apply to the letter's date. */
  signed?: string | null;
  /** Only members who could have signed this letter (serving in its chamber on its date) and did not. */
  notSigned?: string | null;
}

/** A letter id of the filter as a uuid (null when absent); BAD_USER_INPUT when it is no letter id. */
function letterArg(id: string | null | undefined, field: "signed" | "notSigned"): string | null {
  if (id === null || id === undefined) return null;
  const uuid = letterUuid(id);
  if (!uuid) throw badInput(`\`${field}\` is not a letter id.`, `filter.${field}`);
  return uuid;
}

export type SyncProgress = (done: number, total: number) => void;

const BATCH = 500;

/** Inserts rows in multi-row statements of BATCH rows; `tail` is ON CONFLICT / RETURNING. */
async function insertRows(em: EntityManager, table: string, columns: string[], rows: unknown[][], tail = "") {
  const out: Record<string, any>[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const params: unknown[] = [];
    const values = chunk.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
    const result = await em.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values.join(", ")} ${tail}`, params);
    if (Array.isArray(result)) out.push(...result);
  }
  return out;
}

const hashOf = (l: Legislator) => createHash("sha256").update(JSON.stringify(l)).digest("hex");

/** The columns of a members page's cursor. */
const CURSOR_COLUMNS = ["last_name", "first_name", "bioguide_id"];

export class MembersService {
  constructor(private readonly db: Database) {}

  /**
   * Upserts members with all their terms and service periods, in one transaction. A member
   * whose source record is unchanged is left alone, so running a sync twice changes nothing.
   */
  async sync(legislators: Legislator[], onProgress: SyncProgress = () => {}): Promise<SyncSummary> {
    return this.db.transaction(async (em) => {
      await clearDemo(em);
      const existing = new Map<string, string | null>(
        (await em.query(`SELECT bioguide_id, source_hash FROM member`)).map((r: { bioguide_id: string; source_hash: string | null }) => [
          r.bioguide_id,
          r.source_hash,
        ]),
      );
      const summary: SyncSummary = { added: 0, updated: 0, unchanged: 0 };
      const changed: { l: Legislator; hash: string }[] = [];
      for (const l of legislators) {
        const hash = hashOf(l);
        const seen = existing.get(l.bioguideId);
        if (seen === hash) summary.unchanged++;
        else {
          if (seen === undefined) summary.added++;
          else summary.updated++;
          changed.push({ l, hash });
        }
      }
      onProgress(summary.unchanged, legislators.length);
      for (let i = 0; i < changed.length; i += BATCH) {
        const chunk = changed.slice(i, i + BATCH);
        await this.writeMembers(em, chunk);
        onProgress(summary.unchanged + Math.min(i + BATCH, changed.length), legislators.length);
      }
      return summary;
    });
  }

  private async writeMembers(em: EntityManager, chunk: { l: Legislator; hash: string }[]) {
    const ids = chunk.map((c) => c.l.bioguideId);
    await em.query(`DELETE FROM term WHERE bioguide_id = ANY($1)`, [ids]);
    const memberRows = chunk.map(({ l, hash }) => [
      l.bioguideId,
      displayName(l),
      l.firstName,
      l.middleName,
      l.lastName,
      l.suffix,
      l.nickname,
      l.officialFull,
      l.gender,
      l.birthday,
      hash,
    ]);
    const cols = [
      "bioguide_id",
      "full_name",
      "first_name",
      "middle_name",
      "last_name",
      "suffix",
      "nickname",
      "official_full",
      "gender",
      "birthday",
      "source_hash",
    ];
    await insertRows(
      em,
      "member",
      cols,
      memberRows,
      `ON CONFLICT (bioguide_id) DO UPDATE SET ${cols
        .slice(1)
        .map((c) => `${c} = EXCLUDED.${c}`)
        .join(", ")}`,
    );
    const termRows = chunk.flatMap(({ l }) =>
      l.terms.map((t, seq) => [
        l.bioguideId,
        seq,
        t.chamber,
        t.start,
        t.end,
        t.state,
        t.district,
        t.party,
        t.caucus,
        JSON.stringify(t.partyAffiliations),
        t.url,
      ]),
    );
    const termIds = await insertRows(
      em,
      "term",
      ["bioguide_id", "seq", "chamber", "start_date", "end_date", "state", "district", "party", "caucus", "party_affiliations", "url"],
      termRows,
      "RETURNING id, bioguide_id, seq",
    );
    const idOf = new Map(termIds.map((r) => [`${r.bioguide_id}/${r.seq}`, r.id]));
    const periodRows = chunk.flatMap(({ l }) =>
      servicePeriods(l)
        .filter((p) => p.start < p.end)
        .map((p) => [l.bioguideId, idOf.get(`${l.bioguideId}/${p.termIndex}`), p.chamber, p.start, p.end, p.state, p.district, p.party]),
    );
    await insertRows(
      em,
      "service_period",
      ["bioguide_id", "term_id", "chamber", "start_date", "end_date", "state", "district", "party"],
      periodRows,
    );
  }

  /** Members serving in the given chambers on `date`, with their state, district and party that day. */
  async servingOn(date: string, chambers: ("HOUSE" | "SENATE")[], em: EntityManager = this.db.manager): Promise<MatchCandidate[]> {
    const rows = await em.query(
      `SELECT DISTINCT ON (m.bioguide_id)
              m.bioguide_id, m.first_name, m.middle_name, m.last_name, m.suffix, m.nickname, m.official_full,
              p.chamber, p.state, p.district, p.party
         FROM service_period p JOIN member m USING (bioguide_id)
        WHERE p.chamber = ANY($2) AND ${SERVING_ON("p", "$1")}
        ORDER BY m.bioguide_id, p.start_date DESC`,
      [date, chambers],
    );
    return rows.map((r: Record<string, any>) => ({
      bioguideId: r.bioguide_id,
      firstName: r.first_name,
      middleName: r.middle_name,
      lastName: r.last_name,
      suffix: r.suffix,
      nickname: r.nickname,
      officialFull: r.official_full,
      chamber: r.chamber,
      state: r.state,
      district: r.district,
      party: r.party,
    }));
  }

  /**
   * Members by last name, keyset-paginated on (last_name, first_name, bioguide_id): whole, or
   * only `columns` of them (MEMBER_PROJECTION) and the cursor's.
   */
  async list(query: MemberQuery, first: number, after?: string | null, columns?: readonly string[]): Promise<Page<MemberRow>> {
    const filter = { ...query, signed: letterArg(query.signed, "signed"), notSigned: letterArg(query.notSigned, "notSigned") };
    const c = new Conditions();
    if (filter.name?.trim()) {
      c.add(
        (p) =>
          `(signatory_fold(m.full_name) LIKE ${p} OR signatory_fold(m.official_full) LIKE ${p} OR signatory_fold(m.last_name) LIKE ${p})`,
        containsPattern(fold(filter.name.trim())),
      );
    }
    // The day the state, party and chamber filters look at: `servingOn`, else the letter's date.
    const letterRef = filter.notSigned ?? filter.signed;
    let day: string | null = null;
    if (filter.servingOn) day = c.param(filter.servingOn) + "::date";
    else if (letterRef) day = `(SELECT sent_on FROM letter WHERE id = ${c.param(letterRef)}::uuid)`;
    const needsPeriod = day || filter.states?.length || filter.parties?.length || filter.chambers?.length;
    if (needsPeriod) {
      const p = c;
      const parts: string[] = ["sp.bioguide_id = m.bioguide_id"];
      if (day) parts.push(SERVING_ON("sp", day));
      if (filter.states?.length)
        parts.push(
          p.anyOf(
            "sp.state",
            filter.states.map((s) => s.toUpperCase()),
          ),
        );
      if (filter.chambers?.length) parts.push(p.anyOf("sp.chamber", filter.chambers));
      if (filter.parties?.length) parts.push(partySql(p, "sp.party", filter.parties));
      if (filter.notSigned) {
        parts.push(
          `EXISTS (SELECT 1 FROM letter l WHERE l.id = ${p.param(filter.notSigned)}::uuid AND ${IN_CHAMBER_OF("sp", "l.chamber")})`,
        );
      }
      c.raw(`EXISTS (SELECT 1 FROM service_period sp WHERE ${parts.join(" AND ")})`);
    }
    if (filter.signed) {
      c.add((p) => `EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = ${p}::uuid AND s.bioguide_id = m.bioguide_id)`, filter.signed);
    }
    if (filter.notSigned) {
      c.add(
        (p) => `NOT EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = ${p}::uuid AND s.bioguide_id = m.bioguide_id)`,
        filter.notSigned,
      );
    }
    const count = countLater(this.db, `SELECT count(*)::int AS n FROM member m ${c.where}`, c.params);
    const cursor = decodeCursor(after, 3);
    if (cursor) {
      c.raw(`(m.last_name, m.first_name, m.bioguide_id) > (${c.param(cursor[0])}, ${c.param(cursor[1])}, ${c.param(cursor[2])})`);
    }
    const select = columns ? memberSelect([...new Set([...columns, ...CURSOR_COLUMNS])]) : "m.*";
    const rows = await this.db.query(
      `SELECT ${select} FROM member m ${c.where} ORDER BY m.last_name, m.first_name, m.bioguide_id LIMIT ${c.param(first + 1)}`,
      c.params,
    );
    return pageOf(rows, first, toMember, (m) => encodeCursor([m.lastName, m.firstName, m.bioguideId]), count);
  }

  /** State, district and party of a member serving in one of `chambers` on `date`, if they were. */
  async periodOn(
    bioguideId: string,
    chambers: ("HOUSE" | "SENATE")[],
    date: string,
    em: EntityManager = this.db.manager,
  ): Promise<{ state: string; district: number | null; party: string } | null> {
    const [period] = await em.query(
      `SELECT sp.state, sp.district, sp.party FROM service_period sp
        WHERE sp.bioguide_id = $1 AND sp.chamber = ANY($2) AND ${SERVING_ON("sp", "$3")}
        ORDER BY sp.start_date DESC LIMIT 1`,
      [bioguideId, chambers, date],
    );
    return period ?? null;
  }

  /** How many real (non-demo) members are loaded. */
  async realMemberCount(em: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM member WHERE NOT is_demo`);
    return n;
  }
}
