import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "../../test/harness";
import { CredentialsService } from "./credentials.service";
import { Role } from "./roles";
import { sha256 } from "./secrets";
import { UsersService } from "./users.service";

let server: HttpTestServer;
const PASSWORD = "correct horse battery";
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { email role } }`;
const ME = `{ me { email role } }`;
const QUEUE = `{ reviewQueue { totalCount } }`;

beforeAll(async () => {
  // Requests come from 127.0.0.1, a trusted proxy here: X-Forwarded-For / -Proto stand for clients.
  server = await startHttpServer({ trustProxy: "loopback" });
  const users = new UsersService(server.db);
  const cli = { id: null, label: "test" };
  for (const [email, role] of [
    ["ed@example.org", Role.EDITOR],
    ["vi@example.org", Role.VIEWER],
    ["locked@example.org", Role.VIEWER],
  ] as const) {
    await users.create(cli, { email, password: PASSWORD, role });
  }
});
afterAll(() => server?.close());

const login = (email: string, password: string, ip = "203.0.113.1", headers: Record<string, string> = {}) =>
  server.gql({ query: LOGIN, variables: { email, password } }, { "x-forwarded-for": ip, ...headers });
const cookieOf = (res: { headers: Headers }) => res.headers.get("set-cookie") ?? "";

describe("sessions", () => {
  it("signs in with an HttpOnly, SameSite=Lax cookie holding a random id stored only hashed", async () => {
    const res = await login("ED@example.org", PASSWORD);
    expect(res.body).toEqual({ data: { login: { email: "ed@example.org", role: "EDITOR" } } });
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^signatory_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const secret = /signatory_session=([^;]+)/.exec(cookie)![1];
    const rows = await server.db.query<{ id_hash: string }>(`SELECT id_hash FROM user_session`);
    expect(rows.map((r) => r.id_hash)).toContain(sha256(secret));
    expect(rows.map((r) => r.id_hash)).not.toContain(secret);

    const session = { cookie: `signatory_session=${secret}` };
    expect((await server.gql({ query: ME }, session)).body.data.me).toEqual({ email: "ed@example.org", role: "EDITOR" });
    expect((await server.gql({ query: QUEUE }, session)).body.data.reviewQueue.totalCount).toBe(0);

    const out = await server.gql({ query: "mutation { logout }" }, session);
    expect(out.body.data.logout).toBe(true);
    expect(cookieOf(out)).toMatch(/signatory_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await server.gql({ query: ME }, session)).body.data.me).toBeNull();
    expect((await server.gql({ query: QUEUE }, session)).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("marks the cookie Secure when served over HTTPS (X-Forwarded-Proto from a trusted proxy)", async () => {
    const res = await login("vi@example.org", PASSWORD, "203.0.113.2", { "x-forwarded-proto": "https" });
    expect(cookieOf(res)).toMatch(/; Secure/);
  });

  it("throttles an account per address: 5 wrong passwords lock that address out of it, not the real user elsewhere", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login("locked@example.org", "wrong password!", "198.51.100.1");
      expect(res.body.errors[0]).toMatchObject({ message: "Wrong email or password.", extensions: { code: "BAD_USER_INPUT" } });
    }
    const res = await login("locked@example.org", PASSWORD, "198.51.100.1");
    expect(res.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(res.body.errors[0].extensions.retryAfter).toBeGreaterThan(800);
    expect(cookieOf(res)).toBe("");
    // The real user, from another address, is slowed by the account's backoff but gets in.
    const started = Date.now();
    const real = await login("locked@example.org", PASSWORD, "198.51.100.99");
    expect(real.body.data.login.email).toBe("locked@example.org");
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    const failures = await server.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'session.login' AND outcome = 'FAILURE' AND actor = 'locked@example.org'`,
    );
    expect(failures).toHaveLength(5);
  });

  it("counts exactly: 40 concurrent wrong guesses on one account from one address get 5 password checks", async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => login("vi@example.org", "guess guess guess", "198.51.100.40")));
    const codes = answers.map((r) => r.body.errors[0].extensions.code);
    expect(codes.filter((c) => c === "BAD_USER_INPUT")).toHaveLength(5);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(35);
  });

  it("throttles an address that tries 20 wrong passwords across accounts", async () => {
    for (let i = 0; i < 20; i++) {
      expect((await login(`spray${i}@example.org`, "nope nope nope", "192.0.2.7")).body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
    expect((await login("ed@example.org", PASSWORD, "192.0.2.7")).body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect((await login("ed@example.org", PASSWORD, "192.0.2.8")).body.data.login.email).toBe("ed@example.org");
  });
});

describe("API tokens", () => {
  it("acts as its owner with Authorization: Bearer, and stops at once when revoked", async () => {
    const editor = (await new UsersService(server.db).byEmail("ed@example.org"))!;
    const credentials = new CredentialsService(server.db);
    const { token, apiToken } = await credentials.createToken({ id: null, label: "test" }, editor.id, "script");
    const bearer = { authorization: `Bearer ${token}` };
    expect((await server.gql({ query: QUEUE }, bearer)).body.data.reviewQueue.totalCount).toBe(0);
    expect((await server.gql({ query: QUEUE })).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");

    await credentials.revokeToken({ id: null, label: "test" }, apiToken.id);
    const revoked = await server.gql({ query: QUEUE }, bearer);
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const malformed = await server.gql({ query: QUEUE }, { authorization: "Basic Zm9vOmJhcg==" });
    expect(malformed.status).toBe(401);
  });
});
