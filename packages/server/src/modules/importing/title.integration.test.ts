import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { openTestDatabase } from "../../test/harness";
import { distinctTitle } from "./title";

/** A title another letter has gets the date, then the date and the lead signer (case-insensitive; the letter itself does not count). */
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
}, 60_000);
afterAll(() => db?.close());

const store = (title: string, hash: string) =>
  db.query(`INSERT INTO letter (title, sent_on, chamber, content_hash) VALUES ($1, '2020-10-23', 'HOUSE', $2)`, [title, hash]);

it("keeps a free title, then adds the date, then the date and the lead signer", async () => {
  const pick = (lead: string | null = "Frank Pallone", hash = "new") =>
    distinctTitle(db.manager, "Letter on Artsakh", "2020-10-23", lead, hash);
  expect(await pick()).toBe("Letter on Artsakh");
  await store("LETTER ON ARTSAKH", "a");
  expect(await pick(null, "a")).toBe("Letter on Artsakh"); // the same letter again
  expect(await pick()).toBe("Letter on Artsakh (October 23, 2020)");
  await store("Letter on Artsakh (October 23, 2020)", "b");
  expect(await pick()).toBe("Letter on Artsakh (October 23, 2020, Frank Pallone)");
  expect(await pick(null)).toBe("Letter on Artsakh (October 23, 2020)"); // no lead: the dated title even if taken
  expect(await pick("Frank Pallone", "b")).toBe("Letter on Artsakh (October 23, 2020)");
});
