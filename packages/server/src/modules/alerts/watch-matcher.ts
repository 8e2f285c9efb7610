/**
 * Matches one event to watches in SQL: each kind turns the event into keys, the `watch_key`
 * index finds the candidate watches (no scan of all watches), kinds with a finer rule confirm
 * their candidates, and the matches become notifications and webhook deliveries. Unique keys
 * (`notification (event_id, watch_id)`, `delivery.idempotency_key`) make a second run of the
 * same event write nothing.
 */
import type { EntityManager } from "typeorm";
import { WATCH_KINDS, type CandidateWatch, type StoredEvent } from "./watch-kinds";

export interface MatchResult {
  notifications: { id: string; userId: string }[];
  deliveries: number;
}

/** The watches `event` matches, with the message each gets. */
export async function matchingWatches(em: EntityManager, event: StoredEvent): Promise<{ watch: CandidateWatch; message: string }[]> {
  const kinds = WATCH_KINDS.filter((k) => k.events.includes(event.type));
  const out: { watch: CandidateWatch; message: string }[] = [];
  const [letter] = await em.query(`SELECT title FROM letter WHERE id = $1`, [event.letterId]);
  if (!letter) return out;
  for (const kind of kinds) {
    const keys = await kind.eventKeys(em, event);
    if (keys.length === 0) continue;
    const rows = await em.query(
      `SELECT DISTINCT w.id, w.user_id, w.kind, w.target, w.label
         FROM watch_key k JOIN watch w ON w.id = k.watch_id
        WHERE k.key = ANY($1::text[]) AND w.kind = $2`,
      [keys, kind.kind],
    );
    let candidates: CandidateWatch[] = rows.map((r: Record<string, unknown>) => ({
      id: r.id,
      userId: r.user_id,
      kind: r.kind,
      target: r.target,
      label: r.label,
    }));
    if (kind.confirm && candidates.length) {
      const ok = await kind.confirm(em, event, candidates);
      candidates = candidates.filter((w) => ok.has(w.id));
    }
    for (const watch of candidates) out.push({ watch, message: kind.message(event, letter.title, watch) });
  }
  return out;
}

export async function matchEvent(em: EntityManager, event: StoredEvent): Promise<MatchResult> {
  const matches = await matchingWatches(em, event);
  if (matches.length === 0) return { notifications: [], deliveries: 0 };
  const notifications = await em.query(
    `INSERT INTO notification (user_id, watch_id, event_id, letter_id, message)
     SELECT m.user_id, m.watch_id, $1, $2, m.message
       FROM jsonb_to_recordset($3::jsonb) AS m(user_id uuid, watch_id uuid, message text)
     ON CONFLICT (event_id, watch_id) DO NOTHING
     RETURNING id, user_id`,
    [event.id, event.letterId, JSON.stringify(matches.map((m) => ({ user_id: m.watch.userId, watch_id: m.watch.id, message: m.message })))],
  );
  // Webhooks: a watch's own URL gets one delivery per watch; a user's URL one per event with
  // every match of that user whose watch has no URL of its own.
  const payloadOf = (ms: typeof matches) => ({
    event: { id: event.id, type: event.type, letterId: event.letterId, summary: event.detail.summary },
    matches: ms.map((m) => ({ watchId: m.watch.id, kind: m.watch.kind, label: m.watch.label, message: m.message })),
  });
  const watchIds = matches.map((m) => m.watch.id);
  const urls = await em.query(
    `SELECT w.id AS watch_id, w.user_id, w.webhook_url, uw.url AS user_url
       FROM watch w LEFT JOIN user_webhook uw ON uw.user_id = w.user_id
      WHERE w.id = ANY($1::uuid[])`,
    [watchIds],
  );
  const rows: { key: string; user_id: string; watch_id: string | null; url: string; payload: unknown }[] = [];
  type Batch = { url: string; matches: { watch: CandidateWatch; message: string }[] };
  const perUser = new Map<string, Batch>();
  for (const u of urls) {
    const match = matches.find((m) => m.watch.id === u.watch_id)!;
    if (u.webhook_url) {
      rows.push({
        key: `${event.id}:watch:${u.watch_id}:WEBHOOK`,
        user_id: u.user_id,
        watch_id: u.watch_id,
        url: u.webhook_url,
        payload: payloadOf([match]),
      });
    } else if (u.user_url) {
      const entry: Batch = perUser.get(u.user_id) ?? { url: u.user_url, matches: [] };
      entry.matches.push(match);
      perUser.set(u.user_id, entry);
    }
  }
  for (const [userId, e] of perUser) {
    rows.push({ key: `${event.id}:user:${userId}:WEBHOOK`, user_id: userId, watch_id: null, url: e.url, payload: payloadOf(e.matches) });
  }
  if (rows.length) {
    await em.query(
      `INSERT INTO delivery (idempotency_key, user_id, watch_id, event_id, channel, url, payload)
       SELECT d.key, d.user_id, d.watch_id, $1, 'WEBHOOK', d.url, d.payload
         FROM jsonb_to_recordset($2::jsonb) AS d(key text, user_id uuid, watch_id uuid, url text, payload jsonb)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [event.id, JSON.stringify(rows)],
    );
  }
  return {
    notifications: notifications.map((n: { id: string; user_id: string }) => ({ id: n.id, userId: n.user_id })),
    deliveries: rows.length,
  };
}
