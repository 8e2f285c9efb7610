import type { Database } from "../../db/database";
import { Conditions, countLater } from "../../db/sql";
import { badInput, decodeCursor, encodeCursor, pageOf, type Page } from "../../schema/connection";
import { letterUuid } from "../node/global-id";
import { byKeys, memberJoinedSelect, MEMBER_PROJECTION, toJoinedMember, toMember } from "../members/members.read";
import type { Member } from "../members/member.entity";
import { partyFromName, type Party } from "../members/party";
import { partySql } from "../members/party-sql";
import { SERVING_FOR } from "../members/serving-sql";
import type { Chamber } from "../members/chamber";
import { SignerRole } from "./enums";
import type { Letter } from "./letter.entity";
import { memberSetConditions } from "../gaps/member-set-sql";
import { isExpensive, letterConditions, searchText, TSQUERY, type LetterQuery } from "./letter-query";
import {
  LetterOrder,
  type MentionKind,
  type DelegationMember,
  type LetterBreakdown,
  type LetterMention,
  type PartyCount,
  type StateCount,
} from "./letter-types";
import type { Signature } from "./signature.entity";
import {
  LETTER_PROJECTION,
  LETTER_SELECT,
  letterSelect,
  SIGNATURE_SELECT,
  signatureSelect,
  toLetter,
  toSignature,
  type DelegationKey,
  type DelegationPlan,
  type DelegationSigners,
  type LetterRow,
  type SignaturePagePlan,
  type SignatureRow,
  type SignatureQuery,
} from "./letters.read";

export type { LetterQuery } from "./letter-query";
export type { SignatureQuery } from "./letters.read";

/** Sort key, SQL order and keyset condition of each letter order; cursors start with the order's tag. */
const ORDERS = {
  [LetterOrder.DATE]: {
    tag: "D",
    order: "l.sent_on DESC, l.id DESC",
    key: (r: Record<string, unknown>) => [r.sent_on, r.id],
    after: (c: Conditions, k: unknown[]) => `(l.sent_on, l.id) < (${c.param(k[0])}::date, ${c.param(k[1])}::uuid)`,
  },
  [LetterOrder.SIGNER_COUNT]: {
    tag: "S",
    order: "l.signer_count DESC, l.sent_on DESC, l.id DESC",
    key: (r: Record<string, unknown>) => [r.signer_count, r.sent_on, r.id],
    after: (c: Conditions, k: unknown[]) =>
      `(l.signer_count, l.sent_on, l.id) < (${c.param(k[0])}::int, ${c.param(k[1])}::date, ${c.param(k[2])}::uuid)`,
  },
  [LetterOrder.RELEVANCE]: {
    tag: "R",
    order: "rank DESC, l.sent_on DESC, l.id DESC",
    key: (r: Record<string, unknown>) => [r.rank_text, r.sent_on, r.id],
    after: (c: Conditions, k: unknown[], rank?: string) =>
      `(${rank}, l.sent_on, l.id) < (${c.param(k[0])}::real, ${c.param(k[1])}::date, ${c.param(k[2])}::uuid)`,
  },
} as const;

/** Adds a signature filter's conditions on `signature s`. */
function signatureConditions(c: Conditions, filter: SignatureQuery): Conditions {
  if (filter.states?.length)
    c.raw(
      c.anyOf(
        "s.state",
        filter.states.map((s) => s.trim().toUpperCase()),
      ),
    );
  if (filter.parties?.length) c.raw(partySql(c, "s.party", filter.parties));
  if (filter.roles?.length) c.raw(c.anyOf("s.role", filter.roles));
  if (filter.districts?.length) c.raw(c.anyOf("s.district", filter.districts, "int"));
  if (filter.statuses?.length) c.raw(c.anyOf("s.status", filter.statuses));
  memberSetConditions(c, "s", "(SELECT sent_on FROM letter sl WHERE sl.id = s.letter_id)", filter);
  return c;
}

const ROLE_ORDER = [SignerRole.LEAD, SignerRole.COSIGNER, SignerRole.SIGNER];

/** Counts keyed by party name folded into the Party enum (several historical names become OTHER). */
export function partyCounts(rows: { party: string | null; n: number }[]): PartyCount[] {
  const byParty = new Map<Party | null, number>();
  for (const r of rows) {
    const p = partyFromName(r.party);
    byParty.set(p, (byParty.get(p) ?? 0) + r.n);
  }
  return [...byParty]
    .map(([party, count]) => ({ party, count }))
    .sort((a, b) => b.count - a.count || String(a.party).localeCompare(String(b.party)));
}

export function stateCounts(rows: { state: string | null; n: number }[]): StateCount[] {
  return rows
    .map((r) => ({ state: r.state, count: r.n }))
    .sort((a, b) => b.count - a.count || String(a.state).localeCompare(String(b.state)));
}

/** Which delegation rows to read, and which of their columns. */
interface DelegationRead {
  /** The member columns; all when absent (`bioguide_id` and `last_name` always come: the order needs them). */
  memberColumns?: readonly string[];
  /** All members, or only the signers or only the non-signers (their day's party is then not read either). */
  signers: DelegationSigners;
  /** Whether the keys are several: each row then says whose it is (`k`, the index of its key); else it is key 0's. */
  keyed: boolean;
}

/**
 * Delegation rows for the keys relation `q(k, letter_id, d, chamber, state)`, each member once.
 * A row carries no column its reader can do without: built as JSON by PostgreSQL (a letter with
 * its delegations), each column of each row costs it ~0.3 µs (Q6 of the benchmark asks for the
 * non-signers alone: 44 of California's 52 members, two columns fewer each).
 */
const DELEGATION_ROWS = (keys: string, { memberColumns = MEMBER_PROJECTION.all, signers, keyed }: DelegationRead) => {
  const signed = `EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = q.letter_id AND s.bioguide_id = sp.bioguide_id)`;
  const columns = [
    ...(keyed ? ["q.k"] : []),
    ...[...new Set(["bioguide_id", "last_name", ...memberColumns])].map((c) => `m.${c}`),
    "sp.chamber AS sp_chamber",
    "sp.district AS sp_district",
    ...(signers === "all" ? ["sp.party AS sp_party", `${signed} AS signed`] : []),
  ];
  return `
  SELECT DISTINCT ON (q.k, sp.bioguide_id) ${columns.join(", ")}
    FROM ${keys}
    JOIN service_period sp
      ON sp.state = q.state AND ${SERVING_FOR("sp", "q.chamber", "q.d")}
    JOIN member m ON m.bioguide_id = sp.bioguide_id
   ${signers === "all" ? "" : `WHERE ${signers === "signed" ? "" : "NOT "}${signed}`}
   ORDER BY q.k, sp.bioguide_id, sp.start_date DESC`;
};

/** What a statement for all `plans` reads: the union of their member columns, and their signers when they agree (else all). */
function delegationRead(plans: readonly DelegationPlan[], keyed: boolean): DelegationRead {
  const signers = plans[0]?.signers ?? "all";
  return {
    memberColumns: plans.some((p) => !p.memberColumns) ? undefined : [...new Set(plans.flatMap((p) => p.memberColumns!))],
    signers: plans.every((p) => (p.signers ?? "all") === signers) ? signers : "all",
    keyed,
  };
}

/** Groups DELEGATION_ROWS by key: senators first, then by district, last name and id. */
function delegationLists(rows: Record<string, unknown>[], keyCount: number, { signers }: DelegationRead): DelegationMember[][] {
  const out: DelegationMember[][] = Array.from({ length: keyCount }, () => []);
  for (const r of rows) {
    out[(r.k as number | undefined) ?? 0].push({
      member: toMember(r),
      chamber: r.sp_chamber as Chamber,
      district: r.sp_district as number | null,
      party: signers === "all" ? partyFromName(r.sp_party as string) : null,
      signed: signers === "all" ? (r.signed as boolean) : signers === "signed",
    });
  }
  for (const list of out) {
    list.sort(
      (a, b) =>
        b.chamber.localeCompare(a.chamber) ||
        (a.district ?? -1) - (b.district ?? -1) ||
        a.member.lastName.localeCompare(b.member.lastName) ||
        a.member.bioguideId.localeCompare(b.member.bioguideId),
    );
  }
  return out;
}

/** The position a signature cursor (`after`) points at; 0 for none; BAD_USER_INPUT for a cursor from elsewhere. */
function positionAfter(after: string | null): number {
  const cursor = decodeCursor(after, 1);
  const position = cursor ? Number(cursor[0]) : 0;
  if (!Number.isInteger(position)) throw badInput("`after` is not a cursor from this connection.", "after");
  return position;
}

/**
 * The statement behind a page of signatures for each of `letterIds` (its parameters and
 * conditions go into `c`, which must hold no conditions yet): window functions give each letter its total and the rank of a row after the cursor (the
 * position); only `columns` of each signature, and with `memberColumns` the signer's member.
 */
function signaturePageSql(
  c: Conditions,
  letterIds: readonly string[],
  { filter, first, after, columns, memberColumns }: SignaturePagePlan,
): string {
  const afterPosition = positionAfter(after);
  c.add((p) => `s.letter_id = ANY(${p}::uuid[])`, letterIds);
  signatureConditions(c, filter);
  const pos = c.param(afterPosition);
  return `SELECT x.*${memberColumns ? `, ${memberJoinedSelect(memberColumns)}` : ""} FROM (
       SELECT ${signatureSelect(columns)}, count(*) OVER w AS total, s.position > ${pos} AS in_page,
              count(*) FILTER (WHERE s.position > ${pos}) OVER (w ORDER BY s.position) AS rn,
              row_number() OVER (w ORDER BY s.position) AS rn_all
         FROM signature s ${c.where}
       WINDOW w AS (PARTITION BY s.letter_id)
     ) x
     ${memberColumns ? "LEFT JOIN member m ON m.bioguide_id = x.bioguide_id" : ""}
     -- the first row of each letter comes along even when the cursor is past it: it carries the total
     WHERE (x.in_page AND x.rn <= ${c.param(first + 1)}) OR x.rn_all = 1
     ORDER BY x.letter_id, x.position`;
}

/** Called with each whole member read along a signature page (a loader may then keep it). */
export type OnMember = (member: Member) => void;

/**
 * The statement behind one letter's page (`letter(id) { signatures }`), as a subquery of a
 * statement on `letter l`: the signatures after the cursor in position order, `LIMIT first + 1`,
 * an index range read. No window functions: signaturePageSql needs them to page several letters
 * at once and to carry each total; one letter's total is a second subquery, only when the query
 * asks for it (`page_total`). About 0.45 ms of PostgreSQL time less per request than the
 * windowed form at 100 signers (measured: 1.25 vs 0.78 ms a round trip).
 */
function letterPageSql(
  c: Conditions,
  { filter, first, after, columns, memberColumns, total }: SignaturePagePlan,
): { page: string; total: string | null } {
  const afterPosition = positionAfter(after);
  c.raw("s.letter_id = l.id");
  signatureConditions(c, filter);
  const matching = c.where;
  const page = `SELECT ${signatureSelect(columns)}${memberColumns ? `, ${memberJoinedSelect(memberColumns)}` : ""}
       FROM signature s ${memberColumns ? "LEFT JOIN member m ON m.bioguide_id = s.bioguide_id" : ""}
       ${matching} AND s.position > ${c.param(afterPosition)}
      ORDER BY s.position LIMIT ${c.param(first + 1)}`;
  return { page, total: total ? `SELECT count(*)::int FROM signature s ${matching}` : null };
}

/** A row's signature; with the member joined, each signature carries it: `member` then resolves without a promise. */
function signatureNode({ memberColumns }: SignaturePagePlan, onWholeMember?: OnMember): (r: Record<string, unknown>) => SignatureRow {
  // A loader may keep only whole members.
  const onMember = memberColumns?.length === MEMBER_PROJECTION.all.length ? onWholeMember : undefined;
  return memberColumns
    ? (r: Record<string, unknown>) => {
        const signature = toSignature(r);
        signature.joinedMember = toJoinedMember(r);
        if (signature.joinedMember) onMember?.(signature.joinedMember as Member); // whole: onMember is set only when every column was read
        return signature;
      }
    : toSignature;
}

const signatureCursor = (s: SignatureRow) => encodeCursor([s.position]);

/** Pages from signaturePageSql's rows. */
function signaturePagesOf(
  letterIds: readonly string[],
  rows: Record<string, unknown>[],
  plan: SignaturePagePlan,
  onWholeMember?: OnMember,
): Map<string, Page<SignatureRow>> {
  return pagesBy(letterIds, rows, "letter_id", plan.first, signatureNode(plan, onWholeMember), signatureCursor);
}

export class LettersService {
  constructor(private readonly db: Database) {}

  /** A letter by its global id or raw uuid: whole, or only `columns` of it. */
  async byId(id: string): Promise<Letter | null>;
  async byId(id: string, columns: readonly string[]): Promise<LetterRow | null>;
  async byId(id: string, columns: readonly string[] = LETTER_PROJECTION.all): Promise<Letter | null> {
    const uuid = letterUuid(id);
    if (!uuid) return null;
    const [row] = await this.db.query(`SELECT ${letterSelect(columns)} FROM letter l WHERE l.id = $1`, [uuid]);
    return row ? toLetter(row) : null;
  }

  async byIds(ids: readonly string[]): Promise<(Letter | null)[]> {
    const rows = await this.db.query(`SELECT ${LETTER_SELECT} FROM letter l WHERE l.id = ANY($1::uuid[])`, [ids]);
    return byKeys(
      ids,
      rows,
      (r) => r.id as string,
      toLetter,
      () => null,
    );
  }

  /** Letters matching `filter`, keyset-paginated in the given order (newest first by default). */
  async list(
    filter: LetterQuery,
    first: number,
    after?: string | null,
    orderBy: LetterOrder = LetterOrder.DATE,
    columns: readonly string[] = LETTER_PROJECTION.all,
  ): Promise<Page<LetterRow>> {
    const search = searchText(filter);
    if (orderBy === LetterOrder.RELEVANCE && !search) {
      throw badInput("`orderBy: RELEVANCE` needs a `filter.search`.", "orderBy");
    }
    const c = letterConditions(new Conditions(), filter);
    const timing = { publicFilter: isExpensive(filter) };
    const count = countLater(this.db, `SELECT count(*)::int AS n FROM letter l ${c.where}`, c.params, timing);
    const o = ORDERS[orderBy];
    const rank = search ? `ts_rank(l.search, ${TSQUERY(c.param(search))})` : "0::real";
    const cursor = decodeCursor(after, o.key({}).length + 1);
    if (cursor) {
      if (cursor[0] !== o.tag) throw badInput("`after` is a cursor of another order.", "after");
      c.raw(o.after(c, cursor.slice(1), rank));
    }
    const rows = await this.db.query(
      `SELECT ${letterSelect(columns)}, ${rank} AS rank, (${rank})::text AS rank_text
         FROM letter l ${c.where} ORDER BY ${o.order} LIMIT ${c.param(first + 1)}`,
      c.params,
      timing,
    );
    return pageOf(rows, first, toLetter, (_, r) => encodeCursor([o.tag, ...o.key(r)]), count);
  }

  /**
   * A page of signatures for each of several letters, in one statement: window functions give
   * each letter its total and the rank of a row after the cursor (the position). Only
   * `plan.columns` of each signature are read. With `plan.memberColumns`, the signers' members
   * come in the same statement (only those columns of them), each on its signature; `onMember`
   * receives them when every column was read (a loader may then keep them).
   */
  async signaturePages(
    letterIds: readonly string[],
    plan: SignaturePagePlan,
    onMember?: OnMember,
  ): Promise<Map<string, Page<SignatureRow>>> {
    const c = new Conditions();
    const rows = await this.db.query(signaturePageSql(c, letterIds, plan), c.params);
    return signaturePagesOf(letterIds, rows, plan, onMember);
  }

  /**
   * A letter (its `letterColumns`) with one page of its signatures, in one statement
   * (`letter(id) { signatures }` needs no second round trip); the page as `signaturePages` would
   * read it. Null when there is no such letter.
   */
  async byIdWithSignatures(
    id: string,
    {
      signatures,
      letterColumns = LETTER_PROJECTION.all,
      onMember,
    }: { signatures: SignaturePagePlan; letterColumns?: readonly string[]; onMember?: OnMember },
  ): Promise<{ letter: LetterRow; page: Page<SignatureRow> } | null> {
    const uuid = letterUuid(id);
    if (!uuid) return null;
    const c = new Conditions();
    const letterId = c.param(uuid);
    const sql = letterPageSql(c, signatures);
    const [row] = await this.db.query(
      `SELECT ${letterSelect(letterColumns)}, (SELECT coalesce(json_agg(p ORDER BY p.position), '[]') FROM (${sql.page}) p) AS page_rows
              ${sql.total ? `, (${sql.total}) AS page_total` : ""}
         FROM letter l WHERE l.id = ${letterId}`,
      c.params,
    );
    if (!row) return null;
    // Not asked for: counted only if read after all (the loader's page may serve another selection).
    const total = sql.total
      ? (row.page_total as number)
      : () => this.signaturePages([uuid], { ...signatures, first: 1, after: null }).then((pages) => pages.get(uuid)!.totalCount as number);
    return {
      letter: toLetter(row),
      page: pageOf(
        row.page_rows as Record<string, unknown>[],
        signatures.first,
        signatureNode(signatures, onMember),
        signatureCursor,
        total,
      ),
    };
  }

  /** Signature counts by party, state and role for several letters: one GROUPING SETS query. */
  async breakdowns(letterIds: readonly string[]): Promise<Map<string, LetterBreakdown>> {
    const rows = await this.db.query<{
      letter_id: string;
      party: string | null;
      state: string | null;
      role: SignerRole | null;
      g: number;
      n: number;
    }>(
      `SELECT letter_id, party, state, role, GROUPING(party, state, role)::int AS g, count(*)::int AS n
         FROM signature WHERE letter_id = ANY($1::uuid[])
        GROUP BY GROUPING SETS ((letter_id, party), (letter_id, state), (letter_id, role))`,
      [letterIds],
    );
    const out = new Map<string, LetterBreakdown>();
    for (const id of letterIds) {
      const mine = rows.filter((r) => r.letter_id === id);
      // GROUPING(party, state, role): bit 2 = party rolled up, bit 1 = state, bit 0 = role.
      const byParty = partyCounts(mine.filter((r) => r.g === 0b011));
      const byState = stateCounts(mine.filter((r) => r.g === 0b101));
      const byRole = mine
        .filter((r) => r.g === 0b110)
        .map((r) => ({ role: r.role!, count: r.n }))
        .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
      const has = (p: Party) => byParty.some((x) => x.party === p && x.count > 0);
      out.set(id, { byParty, byState, byRole, bipartisan: has("DEMOCRAT" as Party) && has("REPUBLICAN" as Party) });
    }
    return out;
  }

  /**
   * The members serving each (letter, state) on the letter's date in its chamber(s) (both for
   * BICAMERAL), each with chamber, district and party that day and whether they signed; when all
   * the keys ask for only the signers or only the non-signers, only those, without their party.
   */
  async delegations(keys: readonly DelegationKey[]): Promise<DelegationMember[][]> {
    // One statement for all keys: the union of their columns.
    const read = delegationRead(keys, true);
    const rows = await this.db.query(
      DELEGATION_ROWS(`unnest($1::int[], $2::uuid[], $3::date[], $4::text[], $5::text[]) AS q(k, letter_id, d, chamber, state)`, read),
      [keys.map((_, i) => i), keys.map((k) => k.letterId), keys.map((k) => k.sentOn), keys.map((k) => k.chamber), keys.map((k) => k.state)],
    );
    return delegationLists(rows, keys.length, read);
  }

  /**
   * A letter and a delegation for each plan in one statement (`letter(id) { delegation(state) }`
   * needs no second round trip), reading the member columns the plans need; `lists` follows
   * `plans`. Null when there is no such letter. One state (the usual case) is a plain `= $2`: PostgreSQL then settles on a
   * generic plan for the prepared statement and stops planning it (0.35 ms a run against 0.8 ms
   * with the planning that a list of states keeps needing).
   */
  async byIdWithDelegations(
    id: string,
    plans: readonly DelegationPlan[],
    letterColumns: readonly string[] = LETTER_PROJECTION.all,
  ): Promise<{ letter: LetterRow; lists: DelegationMember[][] } | null> {
    const uuid = letterUuid(id);
    if (!uuid) return null;
    const states = [...new Set(plans.map((p) => p.state))];
    // One statement for all the states: what their selections need.
    const read = delegationRead(plans, states.length > 1);
    const keys =
      states.length === 1
        ? `(SELECT 0 AS k, l.id AS letter_id, l.sent_on AS d, l.chamber, $2::text AS state) AS q`
        : `(SELECT (st.i - 1)::int AS k, l.id AS letter_id, l.sent_on AS d, l.chamber, st.state
            FROM unnest($2::text[]) WITH ORDINALITY AS st(state, i)) AS q`;
    const [row] = await this.db.query(
      `WITH l AS (SELECT ${letterSelect(letterColumns)} FROM letter l WHERE l.id = $1)
       SELECT l.*, (SELECT coalesce(json_agg(d), '[]') FROM (${DELEGATION_ROWS(keys, read)}) d) AS delegation_rows FROM l`,
      [uuid, states.length === 1 ? states[0] : states],
    );
    if (!row) return null;
    const lists = delegationLists(row.delegation_rows as Record<string, unknown>[], states.length, read);
    return { letter: toLetter(row), lists: plans.map((p) => lists[states.indexOf(p.state)]) };
  }

  async mentions(letterIds: readonly string[]): Promise<LetterMention[][]> {
    const rows = await this.db.query(
      `SELECT letter_id, kind, text, role, normalized, count FROM letter_mention
        WHERE letter_id = ANY($1::uuid[]) ORDER BY letter_id, count DESC, kind, text`,
      [letterIds],
    );
    return letterIds.map((id) =>
      rows
        .filter((r) => r.letter_id === id)
        .map((r) => ({
          kind: r.kind as MentionKind,
          text: r.text as string,
          role: r.role as string | null,
          normalized: r.normalized as string,
          count: r.count as number,
        })),
    );
  }

  async topics(letterIds: readonly string[]): Promise<string[][]> {
    const rows = await this.db.query<{ letter_id: string; topic: string }>(
      `SELECT letter_id, topic FROM letter_topic WHERE letter_id = ANY($1::uuid[]) ORDER BY letter_id, topic`,
      [letterIds],
    );
    return letterIds.map((id) => rows.filter((r) => r.letter_id === id).map((r) => r.topic));
  }

  async signatureByIds(ids: readonly string[]): Promise<(Signature | null)[]> {
    const rows = await this.db.query(`SELECT ${SIGNATURE_SELECT} FROM signature s WHERE s.id = ANY($1::uuid[])`, [ids]);
    return byKeys(
      ids,
      rows,
      (r) => r.id as string,
      toSignature,
      () => null,
    );
  }
}

/**
 * Splits rows ordered by `parent` into one page per parent. Rows carry the parent's `total`;
 * rows with `in_page` false only carry that total.
 */
function pagesBy<T>(
  parents: readonly string[],
  rows: Record<string, unknown>[],
  parentColumn: string,
  first: number,
  toNode: (row: Record<string, unknown>) => T,
  cursorOf: (node: T, row: Record<string, unknown>) => string,
): Map<string, Page<T>> {
  const grouped = new Map<string, Record<string, unknown>[]>(parents.map((p) => [p, []]));
  const totals = new Map<string, number>();
  for (const r of rows) {
    totals.set(r[parentColumn] as string, Number(r.total));
    if (r.in_page !== false) grouped.get(r[parentColumn] as string)?.push(r);
  }
  const out = new Map<string, Page<T>>();
  for (const [parent, list] of grouped) out.set(parent, pageOf(list, first, toNode, cursorOf, totals.get(parent) ?? 0));
  return out;
}
