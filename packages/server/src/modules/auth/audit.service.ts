import { userInfo } from "node:os";
import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";
import { countLater } from "../../db/sql";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../schema/connection";
import { AuditEntry, AuditOutcome } from "./auth.types";

/** Who did something: a signed-in user, a token's owner, or the command line. */
export interface Actor {
  /** The user's id; null for the command line. */
  id: string | null;
  /** The user's email, or "cli:<os user>". */
  label: string;
  requestId?: string | null;
  ip?: string | null;
}

/** The command line acts with direct database access, as the OS user who ran it. */
export function cliActor(): Actor {
  let user = process.env.USER ?? "unknown";
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry (containers): keep $USER */
  }
  return { id: null, label: `cli:${user}` };
}

export interface AuditRecord {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome?: AuditOutcome;
  detail?: Record<string, unknown> | null;
}

type Queryable = Pick<EntityManager, "query">;

/**
 * Writes one audit row. Pass the transaction's EntityManager so that the row is stored with
 * the change it describes, or not at all.
 */
export async function writeAudit(em: Queryable, actor: Actor, record: AuditRecord): Promise<void> {
  await em.query(
    `INSERT INTO audit_log (actor_id, actor, action, target_type, target_id, outcome, detail, request_id, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      actor.id,
      actor.label,
      record.action,
      record.targetType ?? null,
      record.targetId ?? null,
      record.outcome ?? AuditOutcome.SUCCESS,
      record.detail ? JSON.stringify(record.detail) : null,
      actor.requestId ?? null,
      actor.ip ?? null,
    ],
  );
}

/** A failed or refused attempt, recorded after its transaction rolled back; never throws. */
export async function recordAttempt(db: Database, actor: Actor, record: AuditRecord): Promise<void> {
  try {
    await writeAudit(db.manager, actor, record);
  } catch (e) {
    console.error(`audit: could not record ${record.action} (${record.outcome}):`, e);
  }
}

export class AuditService {
  constructor(private readonly db: Database) {}

  /** Newest first, keyset-paginated on the row id. */
  async list(first: number, after?: string | null): Promise<Page<AuditEntry>> {
    const cursor = decodeCursor(after, 1);
    const rows = await this.db.query<Record<string, unknown>>(
      `SELECT id::text, at, actor_id, actor, action, target_type, target_id, outcome, detail, request_id, ip
         FROM audit_log ${cursor ? "WHERE id < $2::bigint" : ""} ORDER BY audit_log.id DESC LIMIT $1`,
      cursor ? [first + 1, String(cursor[0])] : [first + 1],
    );
    const count = countLater(this.db, `SELECT count(*)::int AS n FROM audit_log`, []);
    return pageOf(
      rows,
      first,
      (r): AuditEntry =>
        Object.assign(new AuditEntry(), {
          id: r.id as string,
          at: new Date(r.at as string),
          actorId: (r.actor_id as string | null) ?? null,
          actor: r.actor as string,
          action: r.action as string,
          targetType: (r.target_type as string | null) ?? null,
          targetId: (r.target_id as string | null) ?? null,
          outcome: r.outcome as AuditOutcome,
          detail: r.detail ? JSON.stringify(r.detail) : null,
          requestId: (r.request_id as string | null) ?? null,
        }),
      (_, r) => encodeCursor([r.id]),
      count,
    );
  }
}
