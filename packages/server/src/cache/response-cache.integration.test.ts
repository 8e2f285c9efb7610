import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../modules/auth/roles";
import { UsersService } from "../modules/auth/users.service";
import { readLetter, SEED_LETTER, startHttpServer, syncReferenceMembers, type HttpTestServer } from "../test/harness";
import { guardedFields } from "./public-fields";

const POLL_MS = 200;
const PASSWORD = "correct horse battery";
const LETTERS = `query CacheLetters($first: Int) { letters(first: $first) { totalCount edges { node { title } } } }`;
const IMPORT = `mutation CacheImport($text: String!) { importLetter(text: $text) { created } }`;
const LOGIN = `mutation CacheLogin($email: String!, $password: String!) { login(email: $email, password: $password) { role } }`;

let server: HttpTestServer;
let editor: Record<string, string>;

beforeAll(async () => {
  server = await startHttpServer({ cache: { maxBytes: 8 * 1024 * 1024, versionPollMs: POLL_MS } });
  await syncReferenceMembers(server.db);
  await new UsersService(server.db).create({ id: null, label: "test" }, { email: "ed@example.org", password: PASSWORD, role: Role.EDITOR });
  const login = await server.gql({ query: LOGIN, variables: { email: "ed@example.org", password: PASSWORD } });
  editor = { cookie: (login.headers.get("set-cookie") ?? "").split(";")[0] };
});
afterAll(() => server?.close());

const letters = (first = 5, headers: Record<string, string> = {}) => server.gql({ query: LETTERS, variables: { first } }, headers);
const xCache = (res: { headers: Headers }) => res.headers.get("x-cache");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("response cache", () => {
  it("answers a repeated public query from the cache, byte for byte", async () => {
    const first = await letters(7);
    const again = await letters(7);
    expect(first.status).toBe(200);
    expect(xCache(first)).toBe("MISS");
    expect(xCache(again)).toBe("HIT");
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(again.headers.get("cache-control")).toBe("public, no-cache");
    expect(again.headers.get("x-request-id")).toBeTruthy();
    // Other variables, another entry.
    expect(xCache(await letters(8))).toBe("MISS");
  });

  it("shares an entry between spellings of the same document once each has been seen", async () => {
    const spaced = { query: LETTERS.replace(/ /g, "  "), variables: { first: 9 } };
    expect(xCache(await letters(9))).toBe("MISS");
    expect(xCache(await server.gql(spaced))).toBe("MISS"); // a new text is parsed once
    expect(xCache(await letters(9))).toBe("HIT");
    expect(xCache(await server.gql(spaced))).toBe("HIT");
  });

  it("after importLetter (EDITOR), the next read misses and shows the new letter", async () => {
    const before = await letters();
    expect(xCache(await letters())).toBe("HIT");
    const imported = await server.gql({ query: IMPORT, variables: { text: await readLetter(SEED_LETTER) } }, editor);
    expect(imported.body).toEqual({ data: { importLetter: { created: true } } });
    expect(imported.headers.get("cache-control")).toBe("private, no-store");
    // No wait: the server re-read the data version before answering the mutation.
    const after = await letters();
    expect(xCache(after)).toBe("MISS");
    expect(after.body.data.letters.totalCount).toBe(before.body.data.letters.totalCount + 1);
    expect(xCache(await letters())).toBe("HIT");
  });

  it("sees a write from another process within the poll interval", async () => {
    const before = await letters();
    expect(xCache(await letters())).toBe("HIT");
    await server.db.query(
      `INSERT INTO letter (title, sent_on, chamber, recipients, body, content_hash, signer_count)
       VALUES ('Written elsewhere', '2030-01-01', 'HOUSE', '[]', 'x', md5('elsewhere'), 0)`,
    );
    await sleep(POLL_MS + 50);
    const after = await letters();
    expect(xCache(after)).toBe("MISS");
    expect(after.body.data.letters.totalCount).toBe(before.body.data.letters.totalCount + 1);
    expect(after.body.data.letters.edges[0].node.title).toBe("Written elsewhere");
  });

  it("never caches what depends on the caller: me, reviewQueue, or a query mixing them with public fields", async () => {
    const guarded = guardedFields();
    expect(guarded).toContain("Query.reviewQueue");
    expect(guarded).not.toContain("Query.letters");
    for (const query of [
      `{ me { email } }`,
      `{ reviewQueue { totalCount } }`,
      `{ letters(first: 1) { totalCount } reviewQueue { totalCount } }`,
    ]) {
      for (let i = 0; i < 2; i++) {
        const res = await server.gql({ query }, editor);
        expect(res.body.errors, query).toBeUndefined();
        expect(xCache(res), query).toBe("MISS");
        expect(res.headers.get("cache-control"), query).toBe("private, no-store");
      }
    }
    // The editor's queue must not be served to an anonymous caller.
    const anonymous = await server.gql({ query: `{ reviewQueue { totalCount } }` });
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await server.gql({ query: `{ me { email } }` })).body).toEqual({ data: { me: null } });
  });

  it("never caches errors", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await letters(1000);
      expect(res.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(xCache(res)).toBe("MISS");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("is off with CACHE_MAX_MB=0", async () => {
    const off = await startHttpServer({ cache: { maxBytes: 0, versionPollMs: POLL_MS } }, server.db);
    try {
      for (let i = 0; i < 2; i++) expect(xCache(await off.gql({ query: LETTERS, variables: { first: 5 } }))).toBeNull();
    } finally {
      await off.close();
    }
  });
});
