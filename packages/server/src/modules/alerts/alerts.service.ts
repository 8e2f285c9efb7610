/**
 * A user's watches, notifications, webhook and deliveries: the read and write side of alerts
 * for the API. Everything is scoped to the caller; an admin sees counts only (`watchCounts`).
 */
import { notFound as notFoundError } from "../../errors/domain-error";
import { randomBytes } from "node:crypto";
import type { AlertsConfig } from "../../config";
import type { Database } from "../../db/database";
import { badInput, decodeCursor, encodeCursor, pageOf, type Page } from "../../schema/connection";
import { checkWebhookUrl, UnsafeUrlError } from "./webhook-url";
import type { DeliveryStatus } from "./alerts.types";
import { WATCH_KINDS } from "./watch-kinds";

const notFound = (what: string, id: string) => notFoundError(`No ${what} with id ${id}.`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WatchRow {
  id: string;
  kind: string;
  label: string;
  target: Record<string, unknown>;
  webhookUrl: string | null;
  createdAt: Date;
}

export interface NotificationRow {
  id: string;
  message: string;
  letterId: string | null;
  watchId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface DeliveryView {
  id: string;
  url: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  nextAttemptAt: Date | null;
}

/** What a new watch asks for: exactly one kind's field, plus optional label and webhook. */
export type NewWatch = Record<string, unknown> & { label?: string | null; webhookUrl?: string | null };

const toWatch = (r: Record<string, any>): WatchRow => ({
  id: r.id,
  kind: r.kind,
  label: r.label,
  target: r.target,
  webhookUrl: r.webhook_url,
  createdAt: new Date(r.created_at),
});
const toNotification = (r: Record<string, any>): NotificationRow => ({
  id: r.id,
  message: r.message,
  letterId: r.letter_id,
  watchId: r.watch_id,
  createdAt: new Date(r.created_at),
  readAt: r.read_at ? new Date(r.read_at) : null,
});
const toDelivery = (r: Record<string, any>): DeliveryView => ({
  id: r.id,
  url: r.url,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
  deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
  nextAttemptAt: r.status === "PENDING" ? new Date(r.next_attempt_at) : null,
});

/** Keyset page over (created_at DESC, id DESC) of one user's rows. */
async function userPage<T>(
  db: Database,
  table: string,
  userId: string,
  extra: string,
  extraParams: unknown[],
  first: number,
  after: string | null | undefined,
  map: (r: Record<string, any>) => T,
): Promise<Page<T>> {
  const params: unknown[] = [userId, first + 1, ...extraParams];
  let keyset = "";
  const cursor = decodeCursor(after, 2);
  if (cursor) {
    params.push(cursor[0], cursor[1]);
    keyset = `AND (created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  const rows = await db.query<Record<string, any>>(
    `SELECT * FROM ${table} WHERE user_id = $1 ${extra} ${keyset} ORDER BY created_at DESC, id DESC LIMIT $2`,
    params,
  );
  const frozen = [userId, ...extraParams];
  return pageOf(
    rows,
    first,
    map,
    (_, r) => encodeCursor([new Date(r.created_at).toISOString(), r.id]),
    async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1 ${extra.replace(/\$(\d+)/g, (_, n) => `$${Number(n) - 1}`)}`,
          frozen,
        )
      )[0].n,
  );
}

export class AlertsService {
  constructor(
    private readonly db: Database,
    private readonly config: Pick<AlertsConfig, "allowPrivate" | "maxWatches" | "maxWebhooks">,
  ) {}

  private async safeUrl(raw: string, field: string): Promise<string> {
    try {
      return (await checkWebhookUrl(raw, this.config.allowPrivate)).toString();
    } catch (e) {
      if (e instanceof UnsafeUrlError) throw badInput(e.message, field);
      throw e;
    }
  }

  private async webhookCount(userId: string): Promise<number> {
    const [r] = await this.db.query<{ n: number }>(
      `SELECT ((SELECT count(*) FROM watch WHERE user_id = $1 AND webhook_url IS NOT NULL)
             + (SELECT count(*) FROM user_webhook WHERE user_id = $1))::int AS n`,
      [userId],
    );
    return r.n;
  }

  /** Saves a watch; with `webhookUrl`, returns the secret that signs its webhooks (shown once). */
  async createWatch(userId: string, input: NewWatch): Promise<{ watch: WatchRow; webhookSecret: string | null }> {
    const given = WATCH_KINDS.filter((k) => input[k.inputField] !== null && input[k.inputField] !== undefined);
    if (given.length !== 1) {
      throw badInput(`Give exactly one of ${WATCH_KINDS.map((k) => `\`${k.inputField}\``).join(", ")}.`, "input");
    }
    const kind = given[0];
    const label = input.label?.trim() || null;
    if (label && label.length > 200) throw badInput("A label is at most 200 characters.", "input.label");
    const url = input.webhookUrl ? await this.safeUrl(input.webhookUrl, "input.webhookUrl") : null;
    return this.db.transaction(async (em) => {
      // Serialise one user's creations so that the caps hold under concurrent requests.
      await em.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM watch WHERE user_id = $1`, [userId]);
      if (n >= this.config.maxWatches) throw badInput(`You have ${n} watches, the most allowed (WATCH_MAX_PER_USER).`, "input");
      if (url && (await this.webhookCount(userId)) >= this.config.maxWebhooks) {
        throw badInput(`You have the most webhooks allowed (${this.config.maxWebhooks}, WEBHOOK_MAX_PER_USER).`, "input.webhookUrl");
      }
      const spec = await kind.prepare(em, input[kind.inputField] as never);
      const secret = url ? randomBytes(24).toString("base64url") : null;
      const [row] = await em.query(
        `INSERT INTO watch (user_id, kind, target, label, webhook_url, webhook_secret) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [userId, kind.kind, JSON.stringify(spec.target), label ?? spec.label, url, secret],
      );
      await em.query(`INSERT INTO watch_key (key, watch_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`, [spec.keys, row.id]);
      return { watch: toWatch(row), webhookSecret: secret };
    });
  }

  async deleteWatch(userId: string, id: string): Promise<boolean> {
    const rows = UUID.test(id)
      ? await this.db.query(`WITH d AS (DELETE FROM watch WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM d`, [id, userId])
      : [];
    if (rows.length === 0) throw notFound("watch", id);
    return true;
  }

  watches(userId: string, first: number, after?: string | null): Promise<Page<WatchRow>> {
    return userPage(this.db, "watch", userId, "", [], first, after, toWatch);
  }

  notifications(userId: string, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Page<NotificationRow>> {
    return userPage(this.db, "notification", userId, unreadOnly ? "AND read_at IS NULL" : "", [], first, after, toNotification);
  }

  async notification(userId: string, id: string): Promise<NotificationRow | null> {
    const [r] = await this.db.query(`SELECT * FROM notification WHERE id = $1 AND user_id = $2`, [id, userId]);
    return r ? toNotification(r) : null;
  }

  async unreadCount(userId: string): Promise<number> {
    const [r] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [
      userId,
    ]);
    return r.n;
  }

  /** Marks the given notifications (or, with null, all) read; returns the unread count after. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    if (ids && ids.some((id) => !UUID.test(id))) throw badInput("Notification ids are uuids.", "ids");
    await this.db.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids],
    );
    return this.unreadCount(userId);
  }

  /** Sets (or with null removes) the user's webhook for all their watches; returns its new secret. */
  async setUserWebhook(userId: string, rawUrl: string | null): Promise<string | null> {
    if (rawUrl === null || rawUrl.trim() === "") {
      await this.db.query(`DELETE FROM user_webhook WHERE user_id = $1`, [userId]);
      return null;
    }
    const url = await this.safeUrl(rawUrl, "url");
    const [existing] = await this.db.query(`SELECT 1 FROM user_webhook WHERE user_id = $1`, [userId]);
    if (!existing && (await this.webhookCount(userId)) >= this.config.maxWebhooks) {
      throw badInput(`You have the most webhooks allowed (${this.config.maxWebhooks}, WEBHOOK_MAX_PER_USER).`, "url");
    }
    const secret = randomBytes(24).toString("base64url");
    await this.db.query(
      `INSERT INTO user_webhook (user_id, url, secret) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret`,
      [userId, url, secret],
    );
    return secret;
  }

  async userWebhook(userId: string): Promise<string | null> {
    const [r] = await this.db.query<{ url: string }>(`SELECT url FROM user_webhook WHERE user_id = $1`, [userId]);
    return r?.url ?? null;
  }

  deliveries(userId: string, status: string | null, first: number, after?: string | null): Promise<Page<DeliveryView>> {
    return userPage(this.db, "delivery", userId, status ? "AND status = $3" : "", status ? [status] : [], first, after, toDelivery);
  }

  /** Puts a dead delivery back in the queue (attempts start again). */
  async retryDelivery(userId: string, id: string): Promise<DeliveryView> {
    const rows = UUID.test(id)
      ? await this.db.query(
          `WITH u AS (UPDATE delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now()
                       WHERE id = $1 AND user_id = $2 AND status = 'DEAD' RETURNING *) SELECT * FROM u`,
          [id, userId],
        )
      : [];
    if (rows.length === 0) throw notFound("dead delivery", id);
    return toDelivery(rows[0]);
  }

  /** For admins: how many watches and webhooks each user has, never what they watch. */
  async watchCounts(): Promise<{ email: string; watches: number; webhooks: number }[]> {
    return this.db.query(
      `SELECT u.email, count(w.id)::int AS watches,
              (count(w.webhook_url) + (SELECT count(*) FROM user_webhook uw WHERE uw.user_id = u.id))::int AS webhooks
         FROM app_user u JOIN watch w ON w.user_id = u.id
        GROUP BY u.id, u.email ORDER BY u.email`,
    );
  }
}
