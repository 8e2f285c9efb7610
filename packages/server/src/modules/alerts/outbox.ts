/**
 * The outbox: an event row written in the same transaction as the change it reports, so an
 * event exists exactly when its change was committed. The delivery worker (delivery-worker.ts)
 * reads it; nothing is lost if the process stops between the commit and the delivery.
 */
import type { EntityManager } from "typeorm";

export type LetterEventType = "LETTER_IMPORTED" | "LETTER_UPDATED";

export interface LetterEvent {
  type: LetterEventType;
  letterId: string;
  /** Members whose signatures the change touched (an update); an import takes every signer. */
  bioguideIds?: string[];
  /** What changed, in a few words ("TJ Cox confirmed as signer"). */
  summary?: string;
}

/** PostgreSQL channel on which workers are woken (and, with `pg_notify`, only at commit). */
export const OUTBOX_CHANNEL = "signatory_outbox";

/**
 * Records a letter event inside the caller's transaction `tx`. Call it from any code that
 * imports or changes a letter (the importer, review's resolve, letter edits).
 */
export async function recordLetterEvent(tx: EntityManager, event: LetterEvent): Promise<string> {
  // One statement: the row, and the notification (sent at commit) carrying its id.
  const [row] = await tx.query(
    `WITH e AS (INSERT INTO outbox_event (type, letter_id, detail) VALUES ($1, $2, $3) RETURNING id)
     SELECT id, pg_notify($4 || '_' || current_schema(), id::text) FROM e`,
    [event.type, event.letterId, JSON.stringify({ bioguideIds: event.bioguideIds ?? [], summary: event.summary ?? null }), OUTBOX_CHANNEL],
  );
  return String(row.id);
}
