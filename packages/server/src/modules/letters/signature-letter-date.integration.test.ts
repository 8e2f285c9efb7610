/**
 * `signature.letter_sent_on`, the copy of the letter's date that a member's signatures are ordered
 * and paged by (migration 1732873000000): the triggers keep it equal to the letter's date through
 * the import, a raw INSERT or UPDATE, and the curation paths (edit a date, merge, delete and
 * restore), and a member's signatures come back newest letter first, ties on a date by signature
 * id, the same whole or page by page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/gql";
import type { MemberLetterOrderQuery } from "../../test/gql/graphql";
import { SignatureLetterDate1732873000000 } from "../../db/migrations/1732873000000-SignatureLetterDate";
import { SignatureMemberCovering1732874000000 } from "../../db/migrations/1732874000000-SignatureMemberCovering";
import { startTestServer, type TestServer } from "../../test/harness";
import { AMASH, KHANNA, loadLetterFixture, MASSIE, type Fixture } from "../../test/letters-fixture";
import { LetterEditService } from "../curation/letter-edit.service";
import { ImportService } from "../importing/import.service";
import { MEMBER_SIGNATURE_PROJECTION } from "./letters.read";
import { MemberLettersService } from "./member-letters.service";

const EditLetterDate = graphql(`
  mutation EditLetterDate($id: ID!, $sentOn: Date!) {
    editLetter(id: $id, input: { sentOn: $sentOn }) { changed letter { sentOn } }
  }
`);

const MemberLetterOrder = graphql(`
  query MemberLetterOrder($id: String!, $first: Int, $after: String, $from: Date, $to: Date) {
    member(bioguideId: $id) {
      signatures(first: $first, after: $after, filter: { dateFrom: $from, dateTo: $to }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id letter { databaseId sentOn } } }
      }
    }
  }
`);

const ACTOR = { id: null, label: "test" };
let server: TestServer;
let fx: Fixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await loadLetterFixture(server.db);
}, 120_000);
afterAll(() => server?.close());

/** Signatures whose copy of the date differs from their letter's (none, always). */
async function stale(): Promise<number> {
  const [{ n }] = await server.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM signature s JOIN letter l ON l.id = s.letter_id WHERE s.letter_sent_on IS DISTINCT FROM l.sent_on`,
  );
  return n;
}

/** A member's signatures through GraphQL: [letter databaseId, date] newest first, `first` a page, all pages. */
async function letterOrder(id: string, first = 100, range: { from?: string; to?: string } = {}) {
  const out: { signature: string; letter: string; sentOn: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { data: MemberLetterOrderQuery | null; errors?: unknown[] } = await server.run(MemberLetterOrder, {
      id,
      first,
      after,
      ...range,
    });
    expect(res.errors).toBeUndefined();
    const page = res.data!.member!.signatures;
    out.push(...page.edges.map((e) => ({ signature: e.node.id, letter: e.node.letter.databaseId, sentOn: e.node.letter.sentOn })));
    if (!page.pageInfo.hasNextPage) return { list: out, totalCount: page.totalCount };
    after = page.pageInfo.endCursor!;
  }
}

/** The same list the slow way: joined to the letter and sorted by its date, then by signature id. */
async function referenceOrder(id: string, range: { from?: string; to?: string } = {}) {
  const rows = await server.db.query<{ letter: string; sent_on: string }>(
    `SELECT s.letter_id AS letter, l.sent_on::text AS sent_on FROM signature s JOIN letter l ON l.id = s.letter_id
      WHERE s.bioguide_id = $1 AND ($2::date IS NULL OR l.sent_on >= $2) AND ($3::date IS NULL OR l.sent_on <= $3)
      ORDER BY l.sent_on DESC, s.id DESC`,
    [id, range.from ?? null, range.to ?? null],
  );
  return rows.map((r) => ({ letter: r.letter, sentOn: r.sent_on }));
}

const withoutIds = (list: { letter: string; sentOn: string }[]) => list.map(({ letter, sentOn }) => ({ letter, sentOn }));

describe("signature.letter_sent_on", () => {
  it("is filled by the import (one statement with the letter) for every signature", async () => {
    const [{ n }] = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM signature`);
    expect(n).toBeGreaterThan(100);
    expect(await stale()).toBe(0);
  });

  it("is filled by a raw INSERT that leaves it out, and corrected by one that gives a wrong date", async () => {
    const letter = fx.ids["amash-l"]; // 2020-06-10
    const [row] = await server.db.query<{ letter_sent_on: string }>(
      `INSERT INTO signature (letter_id, position, printed_name, role, status, confidence)
       VALUES ($1, 900, 'Raw Insert', 'SIGNER', 'UNMATCHED', 0) RETURNING letter_sent_on::text`,
      [letter],
    );
    expect(row.letter_sent_on).toBe("2020-06-10");
    const [wrong] = await server.db.query<{ letter_sent_on: string }>(
      `INSERT INTO signature (letter_id, letter_sent_on, position, printed_name, role, status, confidence)
       VALUES ($1, '1999-01-01', 901, 'Raw Insert 2', 'SIGNER', 'UNMATCHED', 0) RETURNING letter_sent_on::text`,
      [letter],
    );
    expect(wrong.letter_sent_on).toBe("2020-06-10");
    // An UPDATE of the copy alone, or a move to another letter, takes the letter's date again.
    await server.db.query(`UPDATE signature SET letter_sent_on = '1999-01-01' WHERE letter_id = $1 AND position = 900`, [letter]);
    expect(await stale()).toBe(0);
    await server.db.query(`UPDATE signature SET letter_id = $2 WHERE letter_id = $1 AND position = 901`, [letter, fx.ids["amash-r"]]);
    const [moved] = await server.db.query<{ d: string }>(
      `SELECT letter_sent_on::text AS d FROM signature WHERE printed_name = 'Raw Insert 2'`,
    );
    expect(moved.d).toBe("2019-03-05");
    await server.db.query(`DELETE FROM signature WHERE printed_name LIKE 'Raw Insert%'`);
    // A signature of a letter that does not exist is refused as the foreign key would.
    await expect(
      server.db.query(
        `INSERT INTO signature (letter_id, position, printed_name, role, status, confidence)
         VALUES (gen_random_uuid(), 1, 'Nobody', 'SIGNER', 'UNMATCHED', 0)`,
      ),
    ).rejects.toMatchObject({ code: "23503" });
  });

  it("follows an edit of the letter's date (editLetter): the member's letters come back in the new order", async () => {
    const before = await letterOrder(AMASH);
    expect(before.list.map((s) => [s.letter, s.sentOn])).toEqual([
      [fx.ids["amash-l"], "2020-06-10"],
      [fx.ids["amash-i"], "2019-09-10"],
      [fx.ids["amash-r"], "2019-03-05"],
    ]);
    // The oldest becomes the newest (same Congress: Amash still serves).
    const res = await server.run(EditLetterDate, { id: fx.ids["amash-r"], sentOn: "2020-07-01" }, { role: "EDITOR" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.editLetter).toMatchObject({ changed: ["sentOn"], letter: { sentOn: "2020-07-01" } });
    expect(await stale()).toBe(0);
    for (const first of [100, 1]) {
      const after = await letterOrder(AMASH, first);
      expect(after.list.map((s) => [s.letter, s.sentOn])).toEqual([
        [fx.ids["amash-r"], "2020-07-01"],
        [fx.ids["amash-l"], "2020-06-10"],
        [fx.ids["amash-i"], "2019-09-10"],
      ]);
      expect(after.totalCount).toBe(3);
    }
    // Date filters read the new date too.
    expect((await letterOrder(AMASH, 100, { from: "2020-07-01" })).list.map((s) => s.letter)).toEqual([fx.ids["amash-r"]]);
    expect((await letterOrder(AMASH, 100, { to: "2019-12-31" })).list.map((s) => s.letter)).toEqual([fx.ids["amash-i"]]);
    expect((await letterOrder(AMASH, 100, { to: "2019-03-05" })).list).toEqual([]);
  });

  it("orders ties on a date by signature id, the same whole and page by page, as the join would", async () => {
    // Two of the three letters on one date: their order is the signatures' ids, newest first.
    const edit = new LetterEditService(server.db);
    await edit.edit(fx.ids["amash-i"], { sentOn: "2020-06-10" }, ACTOR);
    expect(await stale()).toBe(0);
    for (const member of [AMASH, MASSIE, KHANNA]) {
      const reference = await referenceOrder(member);
      expect(reference.filter((s) => s.sentOn === "2020-06-10")).toHaveLength(2);
      const whole = await letterOrder(member);
      expect(withoutIds(whole.list)).toEqual(reference);
      expect(whole.totalCount).toBe(reference.length);
      for (const first of [1, 2]) expect((await letterOrder(member, first)).list).toEqual(whole.list);
      const range = { from: "2020-06-10", to: "2020-06-10" };
      expect(withoutIds((await letterOrder(member, 1, range)).list)).toEqual(await referenceOrder(member, range));
    }
  });

  it("reads the row after a page only for a query that asks `hasNextPage`; asked later, the row after the last node answers", async () => {
    const all = await letterOrder(MASSIE);
    const n = all.list.length;
    expect(n).toBeGreaterThan(1);
    const read = (first: number, hasNext: boolean) =>
      new MemberLettersService(server.db)
        .signaturePages([MASSIE], {
          filter: {},
          first,
          after: null,
          columns: MEMBER_SIGNATURE_PROJECTION.all,
          letterColumns: null,
          hasNext,
        })
        .then((pages) => pages.get(MASSIE)!);
    for (const first of [n - 1, n, n + 1]) {
      const withRow = await read(first, true);
      const without = await read(first, false);
      expect(without.nodes.map((s) => s.id)).toEqual(withRow.nodes.map((s) => s.id));
      expect(typeof withRow.hasNextPage).toBe("boolean");
      // A full page read without the extra row does not know yet; a short one does.
      expect(typeof without.hasNextPage).toBe(first <= n ? "function" : "boolean");
      const known = typeof without.hasNextPage === "boolean" ? without.hasNextPage : await without.hasNextPage();
      expect(known).toBe(withRow.hasNextPage);
      expect(known).toBe(first < n);
    }
    // Through GraphQL: a page without `pageInfo` shows the same signatures as one with it.
    const bare = await server.run(
      graphql(`query MemberLettersBare($id: String!) { member(bioguideId: $id) { signatures(first: 2) { edges { node { id } } } } }`),
      { id: MASSIE },
    );
    expect(bare.errors).toBeUndefined();
    expect(bare.data!.member!.signatures.edges.map((e) => e.node.id)).toEqual(all.list.slice(0, 2).map((s) => s.signature));
  });

  it("stays right through delete and restore, and merge", async () => {
    const edit = new LetterEditService(server.db);
    const id = fx.ids["amash-l"];
    await edit.delete(id, ACTOR, "test");
    expect((await letterOrder(AMASH)).list.map((s) => s.letter)).not.toContain(id);
    await edit.restore(id, ACTOR);
    expect(await stale()).toBe(0);
    expect(withoutIds((await letterOrder(AMASH)).list)).toEqual(await referenceOrder(AMASH));

    // A second import of amash-l's letter with another text, merged into the first: the
    // signatures merge adds get the date of the letter that stays.
    const importer = new ImportService(server.db);
    const text = `Congress of the United States
House of Representatives
Washington, DC 20515

January 4, 2021

The Honorable Steven T. Mnuchin
Secretary of the Treasury

Dear Secretary Mnuchin:

We write about the reauthorization of expiring authorities, once more.

Sincerely,

Ro Khanna
Member of Congress

Pramila Jayapal
Member of Congress
`;
    const other = (await importer.import(text, { sourceName: "again.txt" })).letterId;
    await edit.merge(id, other, ACTOR);
    expect(await stale()).toBe(0);
    const [{ d }] = await server.db.query<{ d: string }>(
      `SELECT min(letter_sent_on)::text AS d FROM signature WHERE letter_id = $1 AND printed_name = 'Pramila Jayapal'`,
      [id],
    );
    expect(d).toBe("2020-06-10");
    for (const member of [AMASH, KHANNA]) expect(withoutIds((await letterOrder(member)).list)).toEqual(await referenceOrder(member));
  });

  it("is backfilled from the letters by the migration, and its down removes it", async () => {
    const migration = new SignatureLetterDate1732873000000();
    const later = new SignatureMemberCovering1732874000000(); // its index is on the column: undone first, redone after
    const runner = server.db.source.createQueryRunner();
    try {
      await runner.startTransaction();
      await later.down(runner);
      await migration.down(runner);
      const gone = await runner.query(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'letter_sent_on'`,
      );
      expect(gone).toEqual([{ n: 0 }]);
      await runner.query(`UPDATE letter SET sent_on = '2020-06-11' WHERE id = $1`, [fx.ids["amash-l"]]); // seen by no trigger of this migration
      await migration.up(runner);
      await later.up(runner);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await stale()).toBe(0);
    const [{ d }] = await server.db.query<{ d: string }>(`SELECT DISTINCT letter_sent_on::text AS d FROM signature WHERE letter_id = $1`, [
      fx.ids["amash-l"],
    ]);
    expect(d).toBe("2020-06-11");
    // The triggers are back.
    await server.db.query(`UPDATE letter SET sent_on = '2020-06-10' WHERE id = $1`, [fx.ids["amash-l"]]);
    expect(await stale()).toBe(0);
  });
});
