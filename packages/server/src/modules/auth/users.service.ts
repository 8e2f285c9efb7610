import type { Database } from "../../db/database";
import { countLater } from "../../db/sql";
import { checkFirst, decodeCursor, encodeCursor, pageOf, type Page } from "../../schema/connection";
import { type Actor, writeAudit } from "./audit.service";
import { AuthError } from "./auth-errors";
import { User } from "./auth.types";
import { isRole, Role } from "./roles";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./secrets";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function toUser(r: Record<string, unknown>): User {
  return Object.assign(new User(), {
    id: r.id as string,
    email: r.email as string,
    role: r.role as Role,
    createdAt: new Date(r.created_at as string),
  });
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new AuthError(`A password has ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, "BAD_USER_INPUT", {
      field: "password",
    });
  }
}

export class UsersService {
  constructor(private readonly db: Database) {}

  /** Makes an account; the password is stored as an argon2id hash. */
  async create(actor: Actor, input: { email: string; password: string; role: Role }): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email) || email.length > 254)
      throw new AuthError("That is not an email address.", "BAD_USER_INPUT", { field: "email" });
    if (!isRole(input.role)) throw new AuthError(`Unknown role ${input.role}.`, "BAD_USER_INPUT", { field: "role" });
    checkPassword(input.password);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (em) => {
      const [row] = await em.query(
        `INSERT INTO app_user (email, password_hash, role) VALUES ($1, $2, $3)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id, email, role, created_at`,
        [email, passwordHash, input.role],
      );
      if (!row) throw new AuthError(`A user with email ${email} exists.`, "CONFLICT", { field: "email" });
      await writeAudit(em, actor, { action: "user.create", targetType: "User", targetId: row.id, detail: { email, role: input.role } });
      return toUser(row);
    });
  }

  async setRole(actor: Actor, id: string, role: Role): Promise<User> {
    if (!isRole(role)) throw new AuthError(`Unknown role ${role}.`, "BAD_USER_INPUT", { field: "role" });
    if (actor.id === id && role !== Role.ADMIN) {
      throw new AuthError("You cannot lower your own role (ask another admin).", "BAD_USER_INPUT", { field: "id" });
    }
    return this.db.transaction(async (em) => {
      const [before] = isUuid(id) ? await em.query(`SELECT role FROM app_user WHERE id = $1 FOR UPDATE`, [id]) : [];
      if (!before) throw new AuthError(`No user with id ${id}.`, "NOT_FOUND");
      const [row] = await em.query(
        // As a CTE: on PostgreSQL, TypeORM answers a bare UPDATE … RETURNING with [rows, count].
        `WITH u AS (UPDATE app_user SET role = $2 WHERE id = $1 RETURNING id, email, role, created_at) SELECT * FROM u`,
        [id, role],
      );
      // A role change takes effect at once: existing sessions end.
      if (before.role !== role) await em.query(`DELETE FROM user_session WHERE user_id = $1`, [id]);
      await writeAudit(em, actor, { action: "user.setRole", targetType: "User", targetId: id, detail: { from: before.role, to: role } });
      return toUser(row);
    });
  }

  /** The user with this email and password, or null (as slowly either way). */
  async authenticate(email: string, password: string): Promise<User | null> {
    const [row] = await this.db.query<Record<string, unknown>>(
      `SELECT id, email, role, created_at, password_hash FROM app_user WHERE lower(email) = lower($1)`,
      [email.trim()],
    );
    const ok = await verifyPassword((row?.password_hash as string | undefined) ?? null, password);
    return ok && row ? toUser(row) : null;
  }

  async byEmail(email: string): Promise<User | null> {
    const [row] = await this.db.query(`SELECT id, email, role, created_at FROM app_user WHERE lower(email) = lower($1)`, [email.trim()]);
    return row ? toUser(row) : null;
  }

  /** By email. */
  async list(first: number, after?: string | null): Promise<Page<User>> {
    const cursor = decodeCursor(after, 1);
    const rows = await this.db.query<Record<string, unknown>>(
      `SELECT id, email, role, created_at FROM app_user ${cursor ? "WHERE lower(email) > $2" : ""} ORDER BY lower(email) LIMIT $1`,
      cursor ? [checkFirst(first) + 1, String(cursor[0])] : [checkFirst(first) + 1],
    );
    const count = countLater(this.db, `SELECT count(*)::int AS n FROM app_user`, []);
    return pageOf(rows, first, toUser, (_, r) => encodeCursor([(r.email as string).toLowerCase()]), count);
  }
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
