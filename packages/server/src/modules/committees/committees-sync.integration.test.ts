import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { openTestDatabase, syncReferenceMembers } from "../../test/harness";
import { committeesDir } from "../../test/shared-dir";
import { classifySources, loadCommittees } from "./committees-source";
import { syncCommittees } from "./committees-sync";

const onDay = (db: Database, committee: string, day: string) =>
  db
    .query<{ n: number; majority: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE side = 'majority')::int AS majority FROM committee_membership
      WHERE committee_id = $1 AND start_date <= $2::date AND ($2::date < end_date OR end_date IS NULL)`,
      [committee, day],
    )
    .then((r) => r[0]);

describe("members sync: committees and dated membership", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await syncReferenceMembers(db);
  }, 120_000);
  afterAll(() => db?.close());

  it("recognises each file by its shape", async () => {
    const files = await classifySources([committeesDir()]);
    expect(Object.fromEntries(files.map((f) => [path.basename(f.location), f.shape]))).toEqual({
      "committee-membership-current.yaml": "membership-current",
      "committee-membership-history.csv": "membership-history",
      "committees-current.yaml": "committees",
      "committees-historical.yaml": "committees",
    });
  });

  it("loads committees, subcommittees and the history; HSFA had 47 members on 2020-10-23; a second sync changes nothing", async () => {
    const data = (await loadCommittees(await classifySources([committeesDir()])))!;
    const first = await syncCommittees(db, data, "2026-06-20");
    expect(first.committees.added).toBeGreaterThan(200);
    expect(first.stretches.opened).toBeGreaterThan(29_000);
    expect(await onDay(db, "HSFA", "2020-10-23")).toEqual({ n: 47, majority: 26 });
    expect((await onDay(db, "SSFR", "2020-10-23")).n).toBe(22);
    expect((await onDay(db, "HSAP", "2020-10-23")).n).toBe(52);
    const [sub] = await db.query<{ parent_id: string; chamber: string }>(`SELECT parent_id, chamber FROM committee WHERE id = 'HSFA13'`);
    expect(sub).toEqual({ parent_id: "HSFA", chamber: "HOUSE" });
    // rank and title of the current file are kept
    const [chair] = await db.query<{ rank: number; title: string; side: string }>(
      `SELECT rank, title, side FROM committee_membership WHERE committee_id = 'SSAF' AND bioguide_id = 'B001236' AND end_date IS NULL`,
    );
    expect(chair).toEqual({ rank: 1, title: "Chairman", side: "majority" });

    const again = await syncCommittees(db, data, "2026-07-01");
    expect(again.committees.added + again.committees.updated).toBe(0);
    expect(again.stretches).toMatchObject({ opened: 0, closed: 0, changed: 0 });
  }, 120_000);

  it("a later current file that no longer lists a member closes the stretch on the sync day", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "committees-"));
    const current = await readFile(path.join(committeesDir(), "committee-membership-current.yaml"), "utf8");
    // Boozman leaves SSAF.
    const without = current.replace(
      /- name: John Boozman\n {2}party: majority\n {2}rank: 1\n {2}title: Chairman\n {2}bioguide: B001236\n/,
      "",
    );
    expect(without).not.toBe(current);
    await writeFile(path.join(dir, "committee-membership-current.yaml"), without);
    const data = (await loadCommittees(await classifySources([dir])))!;
    const s = await syncCommittees(db, data, "2026-08-01");
    expect(s.stretches.closed).toBe(1);
    const rows = await db.query<{ end: string | null }>(
      `SELECT to_char(end_date, 'YYYY-MM-DD') AS end FROM committee_membership WHERE committee_id = 'SSAF' AND bioguide_id = 'B001236' ORDER BY start_date DESC LIMIT 1`,
    );
    expect(rows[0].end).toBe("2026-08-01");
    expect((await syncCommittees(db, data, "2026-08-02")).stretches).toMatchObject({ opened: 0, closed: 0, changed: 0 });
  }, 60_000);

  it("refuses a malformed history file and stores nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "committees-bad-"));
    await writeFile(path.join(dir, "h.csv"), "committee,bioguide,from,to,side,title\nHSFA,X000001,2020-13,,majority,\n");
    await expect(loadCommittees(await classifySources([dir]))).rejects.toThrow(/line 2/);
  });
});
