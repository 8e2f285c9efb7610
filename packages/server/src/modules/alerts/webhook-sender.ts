/**
 * Sends one webhook: a JSON POST signed with HMAC-SHA256 over `<timestamp>.<body>`, with the
 * delivery's idempotency key, a time limit, and the SSRF rule applied when connecting.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { safeLookup } from "./webhook-url";

export const SIGNATURE_HEADER = "signatory-signature";
export const IDEMPOTENCY_HEADER = "signatory-idempotency-key";

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * For receivers: true when `header` signs `body` with `secret` and its timestamp is within
 * `toleranceSeconds` of now (an old, replayed request is refused).
 */
export function verifyWebhook(secret: string, header: string | undefined, body: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? "");
  if (!m) return false;
  const t = Number(m[1]);
  if (Math.abs(now / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, t, body).slice(-64), "hex");
  return timingSafeEqual(expected, Buffer.from(m[2], "hex"));
}

export interface SendResult {
  ok: boolean;
  /** Why not: an HTTP status or a network error. */
  error?: string;
}

export function sendWebhook(
  url: string,
  secret: string,
  idempotencyKey: string,
  payload: unknown,
  o: { timeoutMs: number; allowPrivate: boolean },
): Promise<SendResult> {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const target = new URL(url);
  const request = target.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve) => {
    const req = request(
      target,
      {
        method: "POST",
        lookup: safeLookup(o.allowPrivate),
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "Signatory-Webhook/1",
          [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
          [IDEMPOTENCY_HEADER]: idempotencyKey,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          resolve(status >= 200 && status < 300 ? { ok: true } : { ok: false, error: `HTTP ${status}` });
        });
        res.on("error", (e) => resolve({ ok: false, error: e.message }));
      },
    );
    req.setTimeout(o.timeoutMs, () => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)));
    req.on("error", (e) => resolve({ ok: false, error: e.message }));
    req.end(body);
  });
}
