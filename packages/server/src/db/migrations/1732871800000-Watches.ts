import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Watches and alerts (src/modules/alerts/): a user's watches and the keys that index them, the
 * outbox that imports and letter fixes write in their own transaction, in-app notifications,
 * and webhook deliveries with their retry state. None of these is read by the public API, so
 * the response cache's data-version triggers do not cover them.
 */
export class Watches1732871800000 implements MigrationInterface {
  name = "Watches1732871800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE watch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        target jsonb NOT NULL,
        label text NOT NULL,
        webhook_url text,
        webhook_secret text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX watch_user_idx ON watch (user_id, created_at)`);
    // What an event is matched on: "member:S000344", "topic:sanctions", "letter:<uuid>", "*".
    await q.query(`
      CREATE TABLE watch_key (
        key text NOT NULL,
        watch_id uuid NOT NULL REFERENCES watch (id) ON DELETE CASCADE,
        PRIMARY KEY (key, watch_id)
      )`);
    await q.query(`CREATE INDEX watch_key_watch_idx ON watch_key (watch_id)`);
    await q.query(`
      CREATE TABLE user_webhook (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        url text NOT NULL,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE outbox_event (
        id bigserial PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('LETTER_IMPORTED', 'LETTER_UPDATED')),
        letter_id uuid NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event (id) WHERE processed_at IS NULL`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        watch_id uuid REFERENCES watch (id) ON DELETE SET NULL,
        event_id bigint NOT NULL REFERENCES outbox_event (id) ON DELETE CASCADE,
        letter_id uuid,
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    // One notification per watch and event, whatever happens to the worker.
    await q.query(`CREATE UNIQUE INDEX notification_once_idx ON notification (event_id, watch_id)`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        watch_id uuid REFERENCES watch (id) ON DELETE SET NULL,
        event_id bigint NOT NULL REFERENCES outbox_event (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
        url text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX delivery_user_idx ON delivery (user_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ["delivery", "notification", "outbox_event", "user_webhook", "watch_key", "watch"]) await q.query(`DROP TABLE ${t}`);
  }
}
