import DataLoader from "dataloader";
import type { Database } from "../../db/database";
import { Conditions, hydrate } from "../../db/sql";
import { decodeCursor, encodeCursor, type Page } from "../../schema/connection";
import { KNOWN_PARTY_NAMES, partyNames, type Party } from "../members/party";
import type { LetterChamber, SignerRole } from "./enums";
import { Letter } from "./letter.entity";
import { Signature } from "./signature.entity";

export interface LetterQuery {
  chamber?: LetterChamber | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

export interface SignatureQuery {
  states?: string[] | null;
  parties?: Party[] | null;
  roles?: SignerRole[] | null;
}

const LETTER_COLUMNS: Record<string, keyof Letter> = {
  id: "id", title: "title", sent_on: "sentOn", chamber: "chamber", recipients: "recipients",
  salutation: "salutation", body: "body", source_name: "sourceName", content_hash: "contentHash",
  signer_count: "signerCount", is_demo: "isDemo", created_at: "createdAt",
};

const SIGNATURE_COLUMNS: Record<string, keyof Signature> = {
  id: "id", letter_id: "letterId", position: "position", printed_name: "printedName", printed_title: "printedTitle",
  role: "role", status: "status", confidence: "confidence", bioguide_id: "bioguideId", state: "state",
  district: "district", party: "partyName", candidates: "candidates",
};

export const toLetter = (row: Record<string, unknown>) => hydrate(Letter, row, LETTER_COLUMNS);
export const toSignature = (row: Record<string, unknown>) => hydrate(Signature, row, SIGNATURE_COLUMNS);

/** SQL for "column is one of these parties"; OTHER means any party the enum does not name. */
export function partySql(c: Conditions, column: string, parties: Party[]): string {
  const { names, other } = partyNames(parties);
  const named = `${column} = ANY(${c.param(names)})`;
  if (!other) return named;
  return `(${named} OR (${column} IS NOT NULL AND NOT (${column} = ANY(${c.param(KNOWN_PARTY_NAMES)}))))`;
}

export class LettersService {
  constructor(private readonly db: Database) {}

  /** A per-request loader of letters by id. */
  loader(): DataLoader<string, Letter | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.query(`SELECT * FROM letter WHERE id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(rows.map((r) => [r.id as string, toLetter(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  async byId(id: string): Promise<Letter | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = await this.db.query(`SELECT * FROM letter WHERE id = $1`, [id]);
    return row ? toLetter(row) : null;
  }

  /** Letters newest first, keyset-paginated on (sent_on, id). */
  async list(filter: LetterQuery, first: number, after?: string | null): Promise<Page<Letter>> {
    const c = new Conditions();
    if (filter.chamber) c.add((p) => `chamber = ${p}`, filter.chamber);
    if (filter.dateFrom) c.add((p) => `sent_on >= ${p}`, filter.dateFrom);
    if (filter.dateTo) c.add((p) => `sent_on <= ${p}`, filter.dateTo);
    const [{ n }] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM letter ${c.where}`, c.params);
    const cursor = decodeCursor(after, 2);
    if (cursor) c.raw(`(sent_on, id) < (${c.param(cursor[0])}::date, ${c.param(cursor[1])}::uuid)`);
    const rows = await this.db.query(
      `SELECT * FROM letter ${c.where} ORDER BY sent_on DESC, id DESC LIMIT ${c.param(first + 1)}`,
      c.params,
    );
    const nodes = rows.slice(0, first).map(toLetter);
    return { nodes, cursors: nodes.map((l) => encodeCursor([l.sentOn, l.id])), hasNextPage: rows.length > first, totalCount: n };
  }

  /** A letter's signatures in document order, filtered by state, party and role. */
  async signatures(letterId: string, filter: SignatureQuery, first: number, after?: string | null): Promise<Page<Signature>> {
    const c = new Conditions().add((p) => `letter_id = ${p}`, letterId);
    if (filter.states?.length) c.add((p) => `state = ANY(${p})`, filter.states.map((s) => s.toUpperCase()));
    if (filter.parties?.length) c.raw(partySql(c, "party", filter.parties));
    if (filter.roles?.length) c.add((p) => `role = ANY(${p})`, filter.roles);
    const [{ n }] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM signature ${c.where}`, c.params);
    const cursor = decodeCursor(after, 1);
    if (cursor) c.add((p) => `position > ${p}`, Number(cursor[0]));
    const rows = await this.db.query(
      `SELECT * FROM signature ${c.where} ORDER BY position LIMIT ${c.param(first + 1)}`,
      c.params,
    );
    const nodes = rows.slice(0, first).map(toSignature);
    return { nodes, cursors: nodes.map((s) => encodeCursor([s.position])), hasNextPage: rows.length > first, totalCount: n };
  }
}
