/**
 * Letter curation through the real HTTP server with its response cache: an edit across a
 * Congress boundary re-resolves signatures (a person's picks kept where still valid, flagged
 * where not), and the letter's breakdown, `stats` and cached answers agree with the signature
 * rows afterwards; delete / restore / purge and merge keep counts and the audit trail right.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../auth/roles";
import { UsersService } from "../auth/users.service";
import { startHttpServer, type HttpTestServer } from "../../test/harness";
import { AMASH, KHANNA, loadLetterFixture, MASSIE, type Fixture } from "../../test/letters-fixture";

const PASSWORD = "correct horse battery";
let server: HttpTestServer;
let fixture: Fixture;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  server = await startHttpServer({ cache: { maxBytes: 8 * 1024 * 1024, versionPollMs: 60_000 } });
  fixture = await loadLetterFixture(server.db);
  for (const role of [Role.EDITOR, Role.ADMIN]) {
    const email = `${role.toLowerCase()}@curation.example`;
    await new UsersService(server.db).create({ id: null, label: "test" }, { email, password: PASSWORD, role });
    const login = await server.gql({
      query: `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { role } }`,
      variables: { e: email, p: PASSWORD },
    });
    as[role] = { cookie: (login.headers.get("set-cookie") ?? "").split(";")[0] };
  }
}, 120_000);
afterAll(() => server?.close());

/** Runs a query or mutation; fails the test on any GraphQL error unless `errors` is asked for. */
async function gql(query: string, variables: Record<string, unknown> = {}, role: Role | null = Role.EDITOR) {
  const res = await server.gql({ query, variables }, role ? as[role] : {});
  return { ...res, data: res.body.data, errors: res.body.errors as { message: string; extensions: Record<string, unknown> }[] | undefined };
}
async function ok(query: string, variables: Record<string, unknown> = {}, role: Role | null = Role.EDITOR) {
  const res = await gql(query, variables, role);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const LETTER = `query CurLetter($id: ID!) { letter(id: $id) { title sentOn chamber signerCount breakdown { byParty { party count } }
  signatures { edges { node { id position printedName status bioguideId party } } } } }`;
const STATS = `query CurStats($from: Date, $to: Date) { stats(filter: { dateFrom: $from, dateTo: $to }) { letters signatures byParty { party count } } }`;
const EDIT = `mutation CurEdit($id: ID!, $input: LetterEditInput!) { editLetter(id: $id, input: $input) {
  changed rematched kept flagged { position printedName wasBioguideId } letter { sentOn title } } }`;
const RESOLVE = `mutation CurResolve($id: ID!, $b: String!) { resolveSignature(id: $id, bioguideId: $b) { status } }`;
const HISTORY = `query CurHistory($id: ID!) { letter(id: $id) { history { action actor before after detail } } }`;

/** What counting signature rows says: per party (null for unmatched), over letters dated in [from, to]. */
async function truth(from: string, to: string) {
  const rows = await server.db.query<{ party: string | null; n: number }>(
    `SELECT s.party, count(*)::int AS n FROM signature s JOIN letter l ON l.id = s.letter_id WHERE l.sent_on BETWEEN $1 AND $2 GROUP BY 1`,
    [from, to],
  );
  return Object.fromEntries(rows.map((r) => [r.party === null ? "null" : r.party.toUpperCase(), r.n]));
}
const asMap = (counts: { party: string | null; count: number }[]) => Object.fromEntries(counts.map((c) => [c.party ?? "null", c.count]));
/** The stats of a range, read twice (the second must be a cache HIT and identical). */
async function cachedStats(from: string, to: string) {
  const first = await gql(STATS, { from, to }, null);
  const again = await gql(STATS, { from, to }, null);
  expect(again.headers.get("x-cache")).toBe("HIT");
  expect(again.body).toEqual(first.body);
  return { cache: first.headers.get("x-cache"), stats: first.data.stats };
}

describe("editLetter across a Congress boundary", () => {
  it("re-resolves the signatures; breakdown, stats and the cache agree", async () => {
    const id = fixture.ids["amash-l"]; // 2020-06-10, 116th Congress: Amash (L), Massie (R), Khanna (D)
    const before = (await ok(LETTER, { id }, null)).letter;
    const sig = (b: string) => before.signatures.edges.find((e: any) => e.node.bioguideId === b).node;
    expect(sig(AMASH).party).toBe("LIBERTARIAN");
    // A person confirms Amash and Massie.
    await ok(RESOLVE, { id: sig(AMASH).id, b: AMASH });
    await ok(RESOLVE, { id: sig(MASSIE).id, b: MASSIE });
    const old2020 = await cachedStats("2020-01-01", "2020-12-31");
    const old2021 = await cachedStats("2021-01-01", "2021-12-31");
    expect(asMap(old2020.stats.byParty)).toEqual(await truth("2020-01-01", "2020-12-31"));

    // 2021-06-10 is in the 117th Congress: Amash had left; Massie and Khanna still served.
    const edit = (await ok(EDIT, { id, input: { sentOn: "2021-06-10" } })).editLetter;
    expect(edit.changed).toEqual(["sentOn"]);
    expect(edit.letter.sentOn).toBe("2021-06-10");
    expect(edit.kept).toBe(1);
    expect(edit.rematched).toBe(1);
    expect(edit.flagged).toEqual([{ position: sig(AMASH).position, printedName: "Justin Amash", wasBioguideId: AMASH }]);

    const after = (await ok(LETTER, { id }, null)).letter;
    const now = Object.fromEntries(after.signatures.edges.map((e: any) => [e.node.printedName, e.node]));
    expect(now["Justin Amash"]).toMatchObject({ bioguideId: null });
    expect(["AMBIGUOUS", "UNMATCHED"]).toContain(now["Justin Amash"].status);
    expect(now["Thomas Massie"]).toMatchObject({ status: "CONFIRMED", bioguideId: MASSIE, party: "REPUBLICAN" });
    expect(now["Ro Khanna"]).toMatchObject({ status: "MATCHED", bioguideId: KHANNA, party: "DEMOCRAT" });
    expect(asMap(after.breakdown.byParty)).toEqual({ null: 1, REPUBLICAN: 1, DEMOCRAT: 1 });

    // The cached answers moved with the data (MISS, then identical HITs) and match the rows.
    const new2020 = await cachedStats("2020-01-01", "2020-12-31");
    const new2021 = await cachedStats("2021-01-01", "2021-12-31");
    expect(new2020.cache).toBe("MISS");
    expect(new2021.cache).toBe("MISS");
    expect(new2020.stats.letters).toBe(old2020.stats.letters - 1);
    expect(new2020.stats.signatures).toBe(old2020.stats.signatures - 3);
    expect(new2021.stats.signatures).toBe(old2021.stats.signatures + 3);
    expect(asMap(new2020.stats.byParty)).toEqual(await truth("2020-01-01", "2020-12-31"));
    expect(asMap(new2021.stats.byParty)).toEqual(await truth("2021-01-01", "2021-12-31"));
    expect(asMap(new2021.stats.byParty).null).toBeGreaterThanOrEqual(1);

    // Audited, with before and after, and shown as the letter's history.
    const history = (await ok(HISTORY, { id })).letter.history;
    expect(history[0]).toMatchObject({ action: "letter.edit", actor: "editor@curation.example" });
    expect(JSON.parse(history[0].before)).toEqual({ sentOn: "2020-06-10" });
    expect(JSON.parse(history[0].after)).toEqual({ sentOn: "2021-06-10" });
    expect(JSON.parse(history[0].detail).signatures.flagged[0].wasBioguideId).toBe(AMASH);
    // Back again: Amash is not re-picked for the person (still flagged for review), the rest follows.
    const back = (await ok(EDIT, { id, input: { sentOn: "2020-06-10" } })).editLetter;
    expect(back).toMatchObject({ kept: 1, flagged: [] });
    expect(asMap((await cachedStats("2020-01-01", "2020-12-31")).stats.byParty)).toEqual(await truth("2020-01-01", "2020-12-31"));
  });

  it("edits title, recipients, topics and source; refuses bad input and writes nothing", async () => {
    const id = fixture.ids["amash-r"];
    const input = {
      title: "Reauthorization of surveillance authorities",
      recipients: [{ name: "Steven T. Mnuchin", title: "Secretary of the Treasury" }],
      topics: ["Surveillance", "Privacy"],
      sourceName: "amash.pdf",
    };
    const edit = (await ok(EDIT, { id, input })).editLetter;
    expect(edit.changed.sort()).toEqual(["recipients", "sourceName", "title", "topics"]);
    const read = (
      await ok(`query CurRead($id: ID!) { letter(id: $id) { title topics sourceName sources recipients { name title } } }`, { id }, null)
    ).letter;
    expect(read).toEqual({
      title: input.title,
      topics: ["privacy", "surveillance"],
      sourceName: "amash.pdf",
      sources: ["amash.pdf"],
      recipients: [{ name: "Steven T. Mnuchin", title: "Secretary of the Treasury" }],
    });
    // Same values again: nothing changes, nothing is audited.
    const historyLength = (await ok(HISTORY, { id })).letter.history.length;
    expect((await ok(EDIT, { id, input })).editLetter.changed).toEqual([]);
    expect((await ok(HISTORY, { id })).letter.history).toHaveLength(historyLength);

    expect((await gql(EDIT, { id, input: { sentOn: "2021-02-30" } })).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    for (const [bad, field] of [
      [{ title: "  " }, "title"],
      [{ sentOn: "1850-01-01" }, "sentOn"],
      [{ topics: ["!!"] }, "topics"],
      [{ recipients: [{ name: "" }] }, "recipients"],
    ] as const) {
      const res = await gql(EDIT, { id, input: bad });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect((await ok(`query CurT($id: ID!) { letter(id: $id) { title sentOn } }`, { id }, null)).letter).toEqual({
      title: input.title,
      sentOn: "2019-03-05",
    });
    expect((await gql(EDIT, { id, input: { title: "x" } }, null)).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await gql(EDIT, { id: "00000000-0000-0000-0000-000000000000", input: { title: "x" } })).errors?.[0].extensions.code).toBe(
      "NOT_FOUND",
    );
  });
});

const COUNTS = `query CurCounts { letters { totalCount } stats { letters signatures } }`;
const DELETE = `mutation CurDelete($id: ID!) { deleteLetter(id: $id, reason: "test import") { databaseId title reason deletedBy restorableUntil } }`;
const RESTORE = `mutation CurRestore($id: ID!) { restoreLetter(id: $id) { databaseId signerCount } }`;
const PURGE = `mutation CurPurge($id: ID!) { purgeLetter(id: $id) }`;
const DELETED = `query CurDeleted { deletedLetters { databaseId reason } }`;
const sqlCounts = async () =>
  (
    await server.db.query<{ letters: number; signatures: number; rollup: number }>(
      `SELECT (SELECT count(*) FROM letter)::int AS letters, (SELECT count(*) FROM signature)::int AS signatures,
            (SELECT coalesce(sum(n), 0) FROM signature_month_count)::int AS rollup`,
    )
  )[0];

describe("deleteLetter, restoreLetter, purgeLetter", () => {
  it("removes a letter from every count, restores it with its review decisions, and keeps the history", async () => {
    const id = fixture.ids["2021-02-22-house-ralston-georgia-voting"];
    const sigs = (await ok(LETTER, { id }, null)).letter.signatures.edges.map((e: any) => e.node);
    const matched = sigs.find((s: any) => s.bioguideId);
    await ok(RESOLVE, { id: matched.id, b: matched.bioguideId });
    const before = await ok(COUNTS, {}, null);
    const sql = await sqlCounts();
    expect(sql.rollup).toBe(sql.signatures);
    // Rows other features hang on the letter travel with it: its text fingerprint (series) and a scorecard entry.
    const hanging = async () =>
      (
        await server.db.query<{ fp: number; bands: number; cards: number }>(
          `SELECT (SELECT count(*)::int FROM letter_fingerprint WHERE letter_id = $1) AS fp,
                (SELECT count(*)::int FROM letter_band WHERE letter_id = $1) AS bands,
                (SELECT count(*)::int FROM scorecard_letter WHERE letter_id = $1) AS cards`,
          [id],
        )
      )[0];
    const [card] = await server.db.query<{ id: string }>(
      `INSERT INTO scorecard (name, grade_scale) VALUES ('Curation test', '[]') RETURNING id`,
    );
    await server.db.query(
      `INSERT INTO scorecard_letter (scorecard_id, letter_id, stance, weight, position) VALUES ($1, $2, 'SUPPORT', 1, 1)`,
      [card.id, id],
    );
    const hung = await hanging();
    expect(hung).toMatchObject({ fp: 1, cards: 1 });
    expect(hung.bands).toBeGreaterThan(0);

    const deleted = (await ok(DELETE, { id })).deleteLetter;
    expect(deleted).toMatchObject({ databaseId: id, reason: "test import", deletedBy: "editor@curation.example" });
    expect(new Date(deleted.restorableUntil).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const gone = await gql(COUNTS, {}, null);
    expect(gone.headers.get("x-cache")).toBe("MISS");
    expect(gone.data).toEqual({
      letters: { totalCount: before.letters.totalCount - 1 },
      stats: { letters: before.stats.letters - 1, signatures: before.stats.signatures - sigs.length },
    });
    expect((await ok(LETTER, { id }, null)).letter).toBeNull();
    expect((await sqlCounts()).rollup).toBe(sql.signatures - sigs.length);
    expect((await ok(DELETED)).deletedLetters).toContainEqual({ databaseId: id, reason: "test import" });
    // Purging is for admins only.
    expect((await gql(PURGE, { id })).errors?.[0].extensions.code).toBe("FORBIDDEN");

    expect((await ok(RESTORE, { id })).restoreLetter).toEqual({ databaseId: id, signerCount: sigs.length });
    expect(await ok(COUNTS, {}, null)).toEqual(before);
    expect(await sqlCounts()).toEqual(sql);
    expect(await hanging()).toEqual(hung);
    const restored = (await ok(LETTER, { id }, null)).letter.signatures.edges.map((e: any) => e.node);
    expect(restored.find((s: any) => s.id === matched.id)).toMatchObject({ status: "CONFIRMED", bioguideId: matched.bioguideId });
    expect((await ok(DELETED)).deletedLetters.map((d: any) => d.databaseId)).not.toContain(id);
    expect((await gql(RESTORE, { id })).errors?.[0].extensions.code).toBe("NOT_FOUND");

    const history = (await ok(HISTORY, { id })).letter.history.map((h: any) => h.action);
    expect(history.slice(0, 2)).toEqual(["letter.restore", "letter.delete"]);

    // Delete again, then purge (ADMIN): it can no longer be restored; the audit rows stay.
    await ok(DELETE, { id });
    expect((await ok(PURGE, { id }, Role.ADMIN)).purgeLetter).toBe(id);
    expect((await gql(RESTORE, { id })).errors?.[0].extensions.code).toBe("NOT_FOUND");
    const [{ n }] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action LIKE 'letter.%'`,
      [id],
    );
    expect(n).toBe(4); // delete, restore, delete, purge
    const after = await sqlCounts();
    expect(after.rollup).toBe(after.signatures);
  });
});

/** A House letter of 2019-03-05; `extra` adds signers, `body` replaces the paragraph. */
const houseLetter = (body: string, extra: string[] = []) => `Congress of the United States
House of Representatives
Washington, DC 20515

March 5, 2019

The Honorable Steven T. Mnuchin
Secretary of the Treasury
U.S. Department of the Treasury
Washington, D.C. 20220

Dear Secretary Mnuchin:

${body}

Sincerely,

${["Justin Amash", "Thomas Massie", "Ro Khanna", ...extra].map((n) => `${n}\nMember of Congress\n`).join("\n")}`;

describe("mergeLetters", () => {
  it("keeps the better text, the union of sources, the review decisions, and exact counts", async () => {
    const IMPORT = `mutation CurImport($text: String!, $source: String) { importLetter(text: $text, sourceName: $source) { created letter { databaseId } } }`;
    const short = houseLetter("We write about tariffs.");
    const long = houseLetter("We write about tariffs on steel and aluminum imports, and their effect on manufacturers in our districts.", [
      "Pramila Jayapal",
    ]);
    const into = (await ok(IMPORT, { text: short, source: "tariffs.txt" })).importLetter.letter.databaseId;
    const from = (await ok(IMPORT, { text: long, source: "tariffs.pdf" })).importLetter.letter.databaseId;
    const fromSigs = (await ok(LETTER, { id: from }, null)).letter.signatures.edges.map((e: any) => e.node);
    const massie = fromSigs.find((s: any) => s.bioguideId === MASSIE);
    await ok(RESOLVE, { id: massie.id, b: MASSIE });
    const before = await ok(COUNTS, {}, null);

    const MERGE = `mutation CurMerge($into: ID!, $from: ID!) { mergeLetters(intoId: $into, fromId: $from) {
      textFrom decisionsKept signaturesAdded letter { databaseId signerCount body sources } } }`;
    expect((await gql(MERGE, { into, from: into })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fromId" });
    const merged = (await ok(MERGE, { into, from })).mergeLetters;
    expect(merged).toMatchObject({ textFrom: "from", decisionsKept: 1, signaturesAdded: 1 });
    expect(merged.letter).toMatchObject({ databaseId: into, signerCount: 4, sources: ["tariffs.txt", "tariffs.pdf"] });
    expect(merged.letter.body).toContain("steel and aluminum");
    const sigs = (await ok(LETTER, { id: into }, null)).letter.signatures.edges.map((e: any) => e.node);
    expect(sigs.find((s: any) => s.bioguideId === MASSIE).status).toBe("CONFIRMED");
    expect(sigs.map((s: any) => s.printedName)).toContain("Pramila Jayapal");

    expect(await ok(COUNTS, {}, null)).toEqual({
      letters: { totalCount: before.letters.totalCount - 1 },
      stats: { letters: before.stats.letters - 1, signatures: before.stats.signatures - 3 },
    });
    const sql = await sqlCounts();
    expect(sql.rollup).toBe(sql.signatures);
    expect((await ok(DELETED)).deletedLetters).toContainEqual({ databaseId: from, reason: `merged into ${into}` });
    // The merged file imported again is recognised as the merged letter.
    expect((await ok(IMPORT, { text: long, source: "again.pdf" })).importLetter).toEqual({ created: false, letter: { databaseId: into } });
    const history = (await ok(HISTORY, { id: into })).letter.history;
    expect(history.map((h: any) => h.action)).toEqual(["letter.import", "letter.merge", "letter.import"]); // newest first
    expect(JSON.parse(history[1].detail)).toMatchObject({ from: { id: from }, decisionsKept: 1, signaturesAdded: 1, textFrom: "from" });
    expect((await ok(HISTORY, { id: from })).letter).toBeNull();
  });

  it("gives letters that would share a title distinct ones (date, then first lead signer)", async () => {
    const titles = (
      await server.db.query<{ title: string }>(`SELECT title FROM letter WHERE title LIKE 'Letter to Steven T. Mnuchin%' ORDER BY title`)
    ).map((r) => r.title);
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(new Set(titles).size).toBe(titles.length);
    expect(
      titles.filter((t) =>
        / \((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}(?:, [^)]+)?\)$/.test(
          t,
        ),
      ).length,
    ).toBe(titles.length - 1);
    expect(titles.every((t) => t.length <= 90 + " (September 10, 2019, Justin Amash)".length)).toBe(true);
  });
});
