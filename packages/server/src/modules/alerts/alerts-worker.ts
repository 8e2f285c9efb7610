/**
 * The delivery worker, run inside each server process. Two jobs, each claiming its rows with
 * `FOR UPDATE SKIP LOCKED` so several processes on one PostgreSQL never take the same row:
 *
 * 1. events: one outbox event per transaction is matched to watches (watch-matcher.ts); its
 *    notifications and webhook deliveries are inserted under unique keys and the event marked
 *    processed, all or nothing. A crash before the commit leaves the event to be taken again.
 * 2. webhooks: due deliveries are leased (next_attempt_at moves past the time limit), sent
 *    with their idempotency key, then marked DELIVERED, or retried with exponential backoff,
 *    or after the last attempt DEAD. A crash mid-send means a resend with the same key.
 */
import type { AlertsConfig } from "../../config";
import type { Database } from "../../db/database";
import type { AlertMessage, AlertsBroker } from "./broker";
import { OUTBOX_CHANNEL } from "./outbox";
import { sendWebhook } from "./webhook-sender";
import { matchEvent } from "./watch-matcher";
import type { StoredEvent } from "./watch-kinds";

export interface WorkerHooks {
  /** Test hook: called inside an event's transaction after its rows are written (throw = crash). */
  afterEvent?(eventId: string): void;
  /** Test hook: called after a webhook was sent, before it is marked (throw = crash). */
  afterSend?(deliveryId: string): void;
}

type WorkerOptions = Pick<AlertsConfig, "timeoutMs" | "maxAttempts" | "retryBaseMs" | "pollMs" | "allowPrivate">;

export class AlertsWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private stopListening: (() => Promise<void>) | null = null;

  constructor(
    private readonly db: Database,
    private readonly broker: AlertsBroker,
    private readonly config: WorkerOptions,
    readonly hooks: WorkerHooks = {},
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    this.stopListening = await this.db.listen(OUTBOX_CHANNEL, () => this.wake());
    const tick = () => {
      this.wake();
      if (!this.stopped) this.timer = setTimeout(tick, this.config.pollMs).unref();
    };
    tick();
  }

  /** Runs a pass now (or right after the one running). An import in this process calls it after its commit. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runPasses().finally(() => {
      this.running = null;
    });
  }

  private async runPasses(): Promise<void> {
    do {
      this.again = false;
      try {
        while (!this.stopped && (await this.processNextEvent())) {
          /* drain the outbox */
        }
        if (!this.stopped) await this.deliverDue();
      } catch (e) {
        console.error("alerts worker:", e instanceof Error ? e.message : e);
      }
    } while (this.again && !this.stopped);
  }

  /** Handles the oldest unclaimed event; false when there is none. */
  async processNextEvent(): Promise<boolean> {
    const local: AlertMessage[] = [];
    const found = await this.db.transaction(async (em) => {
      const [row] = await em.query(
        `SELECT id::text AS id, type, letter_id, detail FROM outbox_event
          WHERE processed_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!row) return false;
      const event: StoredEvent = { id: row.id, type: row.type, letterId: row.letter_id, detail: row.detail };
      const made = await matchEvent(em, event);
      const messages: AlertMessage[] = made.notifications.map((n) => ({ type: "notification", userId: n.userId, notificationId: n.id }));
      if (event.type === "LETTER_IMPORTED") messages.push({ type: "letter", letterId: event.letterId });
      if (this.broker.listening) for (const m of messages) await this.broker.announce(em, m);
      else local.push(...messages);
      this.hooks.afterEvent?.(event.id);
      await em.query(`UPDATE outbox_event SET processed_at = now() WHERE id = $1`, [event.id]);
      return true;
    });
    for (const m of local) this.broker.emit(m);
    return found;
  }

  /** Sends every due webhook; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    let total = 0;
    while (!this.stopped) {
      // Longer than one attempt can take: a process that dies mid-send leaves the row to another after this.
      const leaseMs = 2 * this.config.timeoutMs + 1_000;
      // One statement, so no transaction is needed; a CTE so both drivers return the rows.
      const batch = await this.db.query<DeliveryRow>(
        `WITH claimed AS (
           UPDATE delivery SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $1::float8 / 1000)
            WHERE id IN (SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
                          ORDER BY next_attempt_at LIMIT 10 FOR UPDATE SKIP LOCKED)
            RETURNING id, idempotency_key, url, payload, attempts, watch_id, user_id)
         SELECT * FROM claimed`,
        [leaseMs],
      );
      if (batch.length === 0) break;
      total += batch.length;
      await Promise.all(batch.map((d) => this.attempt(d)));
    }
    return total;
  }

  private async attempt(d: DeliveryRow): Promise<void> {
    const [secret] = await this.db.query<{ secret: string }>(
      `SELECT coalesce((SELECT webhook_secret FROM watch WHERE id = $1 AND webhook_url IS NOT NULL),
                       (SELECT secret FROM user_webhook WHERE user_id = $2)) AS secret`,
      [d.watch_id, d.user_id],
    );
    const result = secret?.secret
      ? await sendWebhook(d.url, secret.secret, d.idempotency_key, d.payload, this.config)
      : { ok: false, error: "the webhook was removed" };
    this.hooks.afterSend?.(d.id);
    if (result.ok) {
      await this.db.query(`UPDATE delivery SET status = 'DELIVERED', delivered_at = now(), last_error = NULL WHERE id = $1`, [d.id]);
    } else if (d.attempts >= this.config.maxAttempts || !secret?.secret) {
      await this.db.query(`UPDATE delivery SET status = 'DEAD', last_error = $2 WHERE id = $1`, [d.id, result.error]);
    } else {
      const delay = this.config.retryBaseMs * 2 ** (d.attempts - 1);
      await this.db.query(
        `UPDATE delivery SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3::float8 / 1000) WHERE id = $1`,
        [d.id, result.error, delay],
      );
    }
  }

  /** Stops taking work and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.stopListening?.();
    this.stopListening = null;
  }
}

interface DeliveryRow {
  id: string;
  idempotency_key: string;
  url: string;
  payload: unknown;
  attempts: number;
  watch_id: string | null;
  user_id: string;
}
