/**
 * Live alerts for subscriptions. The worker that handles an event announces what it made with
 * `pg_notify` inside its transaction (PostgreSQL: every server process LISTENs, so a subscriber
 * on any process hears an import made through another, at commit). On PGlite (one process) the
 * worker hands the same messages to `emit` after its commit.
 */
import { EventEmitter, on } from "node:events";
import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";

export type AlertMessage = { type: "notification"; userId: string; notificationId: string } | { type: "letter"; letterId: string };

export const ALERTS_CHANNEL = "signatory_alerts";

export class AlertsBroker {
  private readonly emitter = new EventEmitter();
  private stopListening: (() => Promise<void>) | null = null;
  /**
   * Runs before a letter message is handed to subscribers: the server re-reads the response
   * cache's data version, so a page that refetches on `letterImported` gets the new letter.
   */
  beforeLetter: (() => Promise<unknown>) | null = null;

  constructor(private readonly db: Database) {
    // One listener per open subscription.
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    this.stopListening = await this.db.listen(ALERTS_CHANNEL, (payload) => {
      try {
        this.emit(JSON.parse(payload) as AlertMessage);
      } catch {
        /* not ours */
      }
    });
  }

  /** True when messages arrive through LISTEN (PostgreSQL); false: the worker must `emit` them. */
  get listening(): boolean {
    return this.stopListening !== null;
  }

  /** Announces `message` to every process when `tx` commits (PostgreSQL only). */
  async announce(tx: EntityManager, message: AlertMessage): Promise<void> {
    await tx.query(`SELECT pg_notify($1 || '_' || current_schema(), $2)`, [ALERTS_CHANNEL, JSON.stringify(message)]);
  }

  emit(message: AlertMessage): void {
    if (message.type !== "letter" || !this.beforeLetter) return void this.emitter.emit("message", message);
    void this.beforeLetter()
      .catch(() => undefined)
      .then(() => this.emitter.emit("message", message));
  }

  /** Messages passing `accept`, until the consumer stops (a closed subscription returns the iterator). */
  async *messages(accept: (m: AlertMessage) => boolean, signal?: AbortSignal): AsyncGenerator<AlertMessage> {
    for await (const [m] of on(this.emitter, "message", { signal })) {
      if (accept(m as AlertMessage)) yield m as AlertMessage;
    }
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    await this.stopListening?.();
    this.stopListening = null;
  }
}
