/** Sessions (dashboard cookie) and API tokens (scripts): random secrets stored as SHA-256 hashes. */
import type { Database } from "../../db/database";
import { type Actor, writeAudit } from "./audit.service";
import { AuthError } from "./auth-errors";
import { ApiToken, CreatedApiToken, type User } from "./auth.types";
import type { Role } from "./roles";
import { newSecret, sha256 } from "./secrets";
import { isUuid } from "./users.service";

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

/** The caller of a request. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  via: "session" | "token";
}

const toToken = (r: Record<string, unknown>): ApiToken =>
  Object.assign(new ApiToken(), {
    id: r.id as string,
    name: r.name as string,
    prefix: r.prefix as string,
    createdAt: new Date(r.created_at as string),
    lastUsedAt: r.last_used_at ? new Date(r.last_used_at as string) : null,
    revokedAt: r.revoked_at ? new Date(r.revoked_at as string) : null,
  });

export class CredentialsService {
  constructor(private readonly db: Database) {}

  /** A new session for a user who just proved their password; the secret goes in the cookie. */
  async startSession(actor: Actor, user: User, userAgent: string | null): Promise<{ secret: string; expiresAt: Date }> {
    const secret = newSecret("");
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await this.db.transaction(async (em) => {
      await em.query(`DELETE FROM user_session WHERE user_id = $1 AND expires_at < now()`, [user.id]);
      await em.query(`INSERT INTO user_session (id_hash, user_id, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5)`, [
        sha256(secret),
        user.id,
        expiresAt,
        actor.ip ?? null,
        userAgent?.slice(0, 300) ?? null,
      ]);
      await writeAudit(em, actor, { action: "session.login", targetType: "User", targetId: user.id });
    });
    return { secret, expiresAt };
  }

  async endSession(actor: Actor, secret: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const rows = await em.query(
        // As a CTE: on PostgreSQL, TypeORM answers a bare DELETE … RETURNING with [rows, count].
        `WITH d AS (DELETE FROM user_session WHERE id_hash = $1 RETURNING user_id) SELECT user_id FROM d`,
        [sha256(secret)],
      );
      if (rows.length) await writeAudit(em, actor, { action: "session.logout", targetType: "User", targetId: actor.id });
    });
  }

  async bySession(secret: string): Promise<AuthUser | null> {
    const [row] = await this.db.query<{ id: string; email: string; role: Role }>(
      `SELECT u.id, u.email, u.role FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id_hash = $1 AND s.expires_at > now()`,
      [sha256(secret)],
    );
    return row ? { ...row, via: "session" } : null;
  }

  async byToken(secret: string): Promise<AuthUser | null> {
    const [row] = await this.db.query<{ id: string; email: string; role: Role; token_id: string; stale: boolean }>(
      `SELECT u.id, u.email, u.role, t.id AS token_id,
              (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale
         FROM api_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [sha256(secret)],
    );
    if (!row) return null;
    if (row.stale) await this.db.query(`UPDATE api_token SET last_used_at = now() WHERE id = $1`, [row.token_id]);
    return { id: row.id, email: row.email, role: row.role, via: "token" };
  }

  /** A token acting as `ownerId` (an admin makes them, for themselves or a script's account). */
  async createToken(actor: Actor, ownerId: string, name: string): Promise<CreatedApiToken> {
    const label = name.trim();
    if (label.length < 1 || label.length > 100)
      throw new AuthError("A token's name has 1 to 100 characters.", "BAD_USER_INPUT", { field: "name" });
    const token = newSecret("sig_");
    return this.db.transaction(async (em) => {
      const [owner] = isUuid(ownerId) ? await em.query(`SELECT id FROM app_user WHERE id = $1`, [ownerId]) : [];
      if (!owner) throw new AuthError(`No user with id ${ownerId}.`, "NOT_FOUND", { field: "userId" });
      const [row] = await em.query(`INSERT INTO api_token (user_id, name, token_hash, prefix) VALUES ($1, $2, $3, $4) RETURNING *`, [
        ownerId,
        label,
        sha256(token),
        token.slice(0, 8),
      ]);
      await writeAudit(em, actor, {
        action: "apiToken.create",
        targetType: "ApiToken",
        targetId: row.id,
        detail: { name: label, owner: ownerId },
      });
      return Object.assign(new CreatedApiToken(), { apiToken: toToken(row), token });
    });
  }

  /** Stops a token from working, at once; revoking twice keeps the first time. */
  async revokeToken(actor: Actor, id: string): Promise<ApiToken> {
    return this.db.transaction(async (em) => {
      const [row] = isUuid(id) ? await em.query(`SELECT * FROM api_token WHERE id = $1 FOR UPDATE`, [id]) : [];
      if (!row) throw new AuthError(`No API token with id ${id}.`, "NOT_FOUND");
      const [updated] = await em.query(
        `WITH u AS (UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING *) SELECT * FROM u`,
        [id],
      );
      await writeAudit(em, actor, { action: "apiToken.revoke", targetType: "ApiToken", targetId: id, detail: { owner: row.user_id } });
      return toToken(updated);
    });
  }

  async tokensOf(userId: string): Promise<ApiToken[]> {
    if (!isUuid(userId)) return [];
    return (await this.db.query(`SELECT * FROM api_token WHERE user_id = $1 ORDER BY created_at DESC LIMIT 500`, [userId])).map(toToken);
  }
}
