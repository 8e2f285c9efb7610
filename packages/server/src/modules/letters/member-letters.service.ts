/** A member's letters: what they signed, with whom, and what they could have signed. */
import type { Database } from "../../db/database";
import { Conditions, sqlInteger } from "../../db/sql";
import { decodeCursor, encodeCursor, once, pageOf, type Page } from "../../schema/connection";
import type { Letter } from "./letter.entity";
import {
  LETTER_SELECT,
  letterJoinedSelect,
  signatureSelect,
  toJoinedLetter,
  toLetter,
  toSignature,
  type MemberSignaturePageKey,
  type SignatureRow,
} from "./letters.read";
import { SERVING_FOR } from "../members/serving-sql";

export interface CoSignerRow {
  bioguideId: string;
  count: number;
}

export interface MemberRecordRow {
  eligible: number;
  signed: number;
  letters: { letter: Letter; signed: boolean }[];
}

/** Letter `l` is in the chamber member `$id` served in on its date (both chambers for BICAMERAL). */
const SERVED_ON_LETTER = (id: string) =>
  `EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = ${id} AND ${SERVING_FOR("sp", "l.chamber", "l.sent_on")})`;

/**
 * A member's signature row's keys as one text value: its letter's date, its id and its letter's id
 * (fixed widths: 10, 36, 36), then the member's bioguide id. pg's cost is mostly per value read:
 * measured on Q2's page (200 rows, 4 connections), ~1 µs a row plus ~0.35 µs a value; these four
 * as one value took the page from 0.47 to 0.32 ms of CPU. (`to_char` for the date would cost
 * PostgreSQL 0.1 ms more a page than `::text`, whose form the session's DateStyle fixes:
 * db/database.ts.) Date then id first: the rows of a member sort newest first by this text
 * (ids are unique; dates as YYYY-MM-DD and lowercase uuids order as text as in PostgreSQL).
 */
const ROW_KEYS = "s.letter_sent_on::text || s.id::text || s.letter_id::text || p.bioguide_id";
const rowKeys = (row: Record<string, unknown>) => row.row_keys as string;
const sentOnOf = (keys: string) => keys.slice(0, 10);
const idOf = (keys: string) => keys.slice(10, 46);
const letterIdOf = (keys: string) => keys.slice(46, 82);
const memberOf = (keys: string) => keys.slice(82);
const newestFirst = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  rowKeys(a) < rowKeys(b) ? 1 : rowKeys(a) > rowKeys(b) ? -1 : 0;

export class MemberLettersService {
  constructor(private readonly db: Database) {}

  /**
   * For each member, a page of their signatures, newest letter first, in one statement: a
   * LATERAL join reads `first` entries a member (one more when the query selects `hasNextPage`:
   * Q2 read 220 rows to show 200) from the signature index on (bioguide_id, letter_sent_on, id),
   * which holds each signature's letter too: an index-only read when the query selects no other
   * signature column (`letter_sent_on` is the letter's date, copied by the database onto its
   * signatures: migrations 1732873000000, 1732874000000), then joins those signatures' letters by
   * primary key. Sorting by the letter's own date instead read and sorted every signature of the
   * member (Q2 of the benchmark). Only
   * `columns` of each signature are read, the keys packed in one value (ROW_KEYS); with
   * `letterColumns`, those columns of its letter come along and the signature carries the letter
   * (`letter` then needs no second statement). Nothing is read twice: the member is the page's,
   * the letter's id and date are the signature's `letter_id` and `letter_sent_on`. The totals are
   * counted only when a query selects `totalCount`, in one statement for all the members.
   */
  async signaturePages(ids: readonly string[], key: Omit<MemberSignaturePageKey, "bioguideId">): Promise<Map<string, Page<SignatureRow>>> {
    const { filter, first, after, columns, letterColumns, hasNext } = key;
    const c = new Conditions();
    const members = c.param(ids);
    c.raw("s.bioguide_id = p.bioguide_id");
    if (filter.topic?.trim()) {
      c.add(
        (p) => `EXISTS (SELECT 1 FROM letter_topic t WHERE t.letter_id = s.letter_id AND lower(t.topic) = lower(${p}))`,
        filter.topic.trim(),
      );
    }
    if (filter.dateFrom) c.add((p) => `s.letter_sent_on >= ${p}::date`, filter.dateFrom);
    if (filter.dateTo) c.add((p) => `s.letter_sent_on <= ${p}::date`, filter.dateTo);
    const matching = c.where; // before the cursor: the totals count every matching signature
    const countParams = [...c.params];
    const cursor = decodeCursor(after, 2);
    if (cursor) c.raw(`(s.letter_sent_on, s.id) < (${c.param(cursor[0])}::date, ${c.param(cursor[1])}::uuid)`);
    // The keys every row has go in one value (ROW_KEYS); the other columns the query selects as they are.
    const ownColumns = columns.filter((col) => !["bioguide_id", "id", "letter_id"].includes(col));
    const joinedColumns = letterColumns?.filter((col) => col !== "id" && col !== "sent_on") ?? [];
    // The LIMIT is written into the statement, not passed: with a parameter PostgreSQL's generic plan
    // guesses a tenth of each member's signatures, so it plans the statement anew on every run
    // (0.69 ms of its time for Q2's page against 0.57 on the plan it keeps with the number written).
    // Each page size is then a statement of its own: at most ~200 (`first` is at most 100), within
    // what a connection keeps prepared (db/prepared-statements.ts).
    const rows = await this.db.query(
      `SELECT ${ROW_KEYS} AS row_keys${ownColumns.length ? `, ${signatureSelect(ownColumns)}` : ""}${
        joinedColumns.length ? `, ${letterJoinedSelect(joinedColumns)}` : ""
      }
         FROM unnest(${members}::text[]) AS p(bioguide_id)
        CROSS JOIN LATERAL (
          SELECT ${signatureSelect([...new Set(["id", "letter_id", "letter_sent_on", ...ownColumns])])} FROM signature s ${c.where}
           ORDER BY s.letter_sent_on DESC, s.id DESC LIMIT ${sqlInteger(hasNext ? first + 1 : first)}) s
        ${joinedColumns.length ? "JOIN letter l ON l.id = s.letter_id" : ""}`,
      c.params,
    );
    const totals = once(async () => {
      const counted = await this.db.query<{ page_of: string; n: number }>(
        `SELECT p.bioguide_id AS page_of, (SELECT count(*)::int FROM signature s ${matching}) AS n
           FROM unnest(${members}::text[]) AS p(bioguide_id)`,
        countParams,
      );
      return new Map(counted.map((r) => [r.page_of, r.n]));
    });
    const toNode = (r: Record<string, unknown>) => {
      const keys = rowKeys(r);
      const signature = toSignature(r);
      signature.id = idOf(keys);
      signature.letterId = letterIdOf(keys);
      signature.bioguideId = memberOf(keys);
      if (letterColumns) {
        const letter = toJoinedLetter(r);
        letter.id = signature.letterId;
        letter.sentOn = sentOnOf(keys);
        signature.joinedLetter = letter;
      }
      return signature;
    };
    // Without `hasNextPage` in the query, a page reads no extra row; should it be asked after all, a
    // row after the last node answers (it has its own key: the loader keeps both pages apart).
    const nextAfter = (id: string) => async (cursor: string) =>
      (
        await this.signaturePages([id], {
          ...key,
          first: 1,
          after: cursor,
          columns: ["id", "letter_id"],
          letterColumns: null,
          hasNext: false,
        })
      ).get(id)!.nodes.length > 0;
    const byMember = new Map<string, Record<string, unknown>[]>(ids.map((id) => [id, []]));
    for (const r of rows) byMember.get(memberOf(rowKeys(r)))?.push(r);
    // Each member's rows newest first, as the LATERAL read them: sorted here (a few rows each, most
    // often in order already), which costs less than PostgreSQL sorting the whole statement's.
    for (const list of byMember.values()) list.sort(newestFirst);
    const out = new Map<string, Page<SignatureRow>>();
    for (const [id, list] of byMember) {
      out.set(
        id,
        pageOf(
          list,
          first,
          toNode,
          (n, r) => encodeCursor([sentOnOf(rowKeys(r)), n.id]),
          async () => (await totals()).get(id) ?? 0,
          hasNext ? undefined : nextAfter(id),
        ),
      );
    }
    return out;
  }

  /** How many letters each member signed. */
  async letterCounts(ids: readonly string[]): Promise<number[]> {
    const rows = await this.db.query<{ bioguide_id: string; n: number }>(
      `SELECT bioguide_id, count(DISTINCT letter_id)::int AS n FROM signature WHERE bioguide_id = ANY($1) GROUP BY bioguide_id`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.bioguide_id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  /** The members who most often signed the same letters as `id`, most shared letters first. */
  async coSigners(id: string, first: number): Promise<CoSignerRow[]> {
    const rows = await this.db.query<{ bioguide_id: string; n: number }>(
      `SELECT o.bioguide_id, count(DISTINCT o.letter_id)::int AS n
         FROM signature s JOIN signature o ON o.letter_id = s.letter_id
        WHERE s.bioguide_id = $1 AND o.bioguide_id IS NOT NULL AND o.bioguide_id <> $1
        GROUP BY o.bioguide_id ORDER BY n DESC, o.bioguide_id LIMIT $2`,
      [id, first],
    );
    return rows.map((r) => ({ bioguideId: r.bioguide_id, count: r.n }));
  }

  /**
   * Letters (on a topic, if given) the member could have signed, having served in the letter's
   * chamber on its date, and whether they did: totals for all, and the newest `first` letters.
   */
  async record(id: string, topic: string | null, first: number): Promise<MemberRecordRow> {
    const c = new Conditions();
    const me = c.param(id);
    c.raw(SERVED_ON_LETTER(me));
    if (topic?.trim()) {
      c.add((p) => `EXISTS (SELECT 1 FROM letter_topic t WHERE t.letter_id = l.id AND lower(t.topic) = lower(${p}))`, topic.trim());
    }
    const signed = `EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = l.id AND s.bioguide_id = ${me})`;
    const rows = await this.db.query(
      `WITH e AS (SELECT ${LETTER_SELECT}, ${signed} AS signed FROM letter l ${c.where})
       SELECT e.*, count(*) OVER ()::int AS eligible, (count(*) FILTER (WHERE e.signed) OVER ())::int AS signed_count
         FROM e ORDER BY e.sent_on DESC, e.id DESC LIMIT ${c.param(first)}`,
      c.params,
    );
    if (rows.length === 0) return { eligible: 0, signed: 0, letters: [] };
    return {
      eligible: rows[0].eligible as number,
      signed: rows[0].signed_count as number,
      letters: rows.map((r) => ({ letter: toLetter(r), signed: r.signed as boolean })),
    };
  }
}
