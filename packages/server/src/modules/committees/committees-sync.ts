import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";
import type { CommitteeData, CommitteeRecord, CurrentSeat } from "./committees-source";

export interface CommitteeSyncSummary {
  committees: { added: number; updated: number; unchanged: number };
  /** Membership stretches: opened (new rows), closed (an end date set), changed (rank, side or title), unchanged. */
  stretches: { opened: number; closed: number; changed: number; unchanged: number };
}

const hashOf = (c: CommitteeRecord) => createHash("sha256").update(JSON.stringify(c)).digest("hex");
const today = () => new Date().toISOString().slice(0, 10);

/** Committee ids the data refers to without describing: `HSFA13` under `HSFA`, else a bare committee named by its id. */
function placeholders(known: Map<string, CommitteeRecord>, ids: Iterable<string>): CommitteeRecord[] {
  const out: CommitteeRecord[] = [];
  for (const id of ids) {
    if (known.has(id)) continue;
    const m = /^([A-Z]{4})(\d+)$/.exec(id);
    const parent = m && known.get(m[1]);
    const chamber = id.startsWith("H") ? "HOUSE" : id.startsWith("S") ? "SENATE" : "JOINT";
    const c: CommitteeRecord = parent
      ? { id, parentId: parent.id, chamber: parent.chamber, name: `Subcommittee ${m![2]}`, url: null, jurisdiction: null, isCurrent: false }
      : { id, parentId: null, chamber, name: id, url: null, jurisdiction: null, isCurrent: false };
    known.set(id, c);
    out.push(c);
  }
  return out;
}

/**
 * Stores committees and membership in one transaction. History stretches are upserted by
 * (committee, member, start); the current file keeps open stretches open, opens one on `on` for
 * a seat with none, and closes on `on` the open stretches it no longer lists. A second sync
 * with the same files changes nothing.
 */
export async function syncCommittees(db: Database, data: CommitteeData, on: string = today()): Promise<CommitteeSyncSummary> {
  return db.transaction(async (em) => {
    const summary: CommitteeSyncSummary = {
      committees: { added: 0, updated: 0, unchanged: 0 },
      stretches: { opened: 0, closed: 0, changed: 0, unchanged: 0 },
    };
    const known = new Map(data.committees.map((c) => [c.id, c]));
    const stored = new Map<string, { hash: string | null; name: string }>(
      (await em.query(`SELECT id, source_hash, name FROM committee`)).map((r: { id: string; source_hash: string | null; name: string }) => [
        r.id,
        { hash: r.source_hash, name: r.name },
      ]),
    );
    // A committee already stored keeps its row: a placeholder never overwrites it.
    const referenced = [...data.history.map((h) => h.committeeId), ...(data.current ?? []).map((s) => s.committeeId)];
    const extra = placeholders(known, new Set(referenced)).filter((c) => !stored.has(c.id));
    const all = [...data.committees, ...extra].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    const changed = all.filter((c) => {
      const seen = stored.get(c.id);
      if (seen?.hash === hashOf(c)) return (summary.committees.unchanged++, false);
      if (seen) summary.committees.updated++;
      else summary.committees.added++;
      return true;
    });
    if (changed.length) {
      await em.query(
        `INSERT INTO committee (id, parent_id, chamber, name, url, jurisdiction, is_current, source_hash)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[])
         ON CONFLICT (id) DO UPDATE SET parent_id = EXCLUDED.parent_id, chamber = EXCLUDED.chamber, name = EXCLUDED.name,
           url = EXCLUDED.url, jurisdiction = EXCLUDED.jurisdiction, is_current = EXCLUDED.is_current, source_hash = EXCLUDED.source_hash`,
        [
          changed.map((c) => c.id),
          changed.map((c) => c.parentId),
          changed.map((c) => c.chamber),
          changed.map((c) => c.name),
          changed.map((c) => c.url),
          changed.map((c) => c.jurisdiction),
          changed.map((c) => c.isCurrent),
          changed.map(hashOf),
        ],
      );
    }
    if (data.history.length) await upsertHistory(em, data, summary);
    if (data.current) await applyCurrent(em, data.current, on, summary);
    return summary;
  });
}

async function upsertHistory(em: EntityManager, data: CommitteeData, summary: CommitteeSyncSummary) {
  const h = data.history;
  const [row] = await em.query(
    `WITH up AS (
       INSERT INTO committee_membership AS m (committee_id, bioguide_id, start_date, end_date, side, title, source)
       SELECT c, b, f, t, s, ti, 'history' FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[]) AS x(c, b, f, t, s, ti)
       ON CONFLICT ON CONSTRAINT committee_membership_key DO UPDATE
          SET end_date = coalesce(EXCLUDED.end_date, m.end_date), side = EXCLUDED.side, title = EXCLUDED.title
        WHERE m.end_date IS DISTINCT FROM coalesce(EXCLUDED.end_date, m.end_date)
           OR m.side IS DISTINCT FROM EXCLUDED.side OR m.title IS DISTINCT FROM EXCLUDED.title
       RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::int AS opened, count(*) FILTER (WHERE NOT inserted)::int AS changed FROM up`,
    [
      h.map((x) => x.committeeId),
      h.map((x) => x.bioguideId),
      h.map((x) => x.from),
      h.map((x) => x.to),
      h.map((x) => x.side),
      h.map((x) => x.title),
    ],
  );
  summary.stretches.opened += row.opened;
  summary.stretches.changed += row.changed;
  summary.stretches.unchanged += h.length - row.opened - row.changed;
  // A stretch the current file opened earlier that the history now covers is the same seat: drop the copy.
  await em.query(
    `DELETE FROM committee_membership c USING committee_membership h
      WHERE c.source = 'current' AND h.source = 'history' AND c.id <> h.id
        AND h.committee_id = c.committee_id AND h.bioguide_id = c.bioguide_id
        AND h.start_date <= c.start_date AND (h.end_date IS NULL OR c.start_date < h.end_date)`,
  );
}

interface OpenStretch {
  id: string;
  committee_id: string;
  bioguide_id: string;
  start_date: string;
  side: string | null;
  rank: number | null;
  title: string | null;
}

async function applyCurrent(em: EntityManager, seats: CurrentSeat[], on: string, summary: CommitteeSyncSummary) {
  const open = new Map<string, OpenStretch>(
    (
      await em.query(
        `SELECT id::text, committee_id, bioguide_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, side, rank, title
         FROM committee_membership WHERE end_date IS NULL`,
      )
    ).map((r: OpenStretch) => [`${r.committee_id}/${r.bioguide_id}`, r]),
  );
  const toOpen: CurrentSeat[] = [];
  const toClose: OpenStretch[] = [];
  const rankOnly: { id: string; rank: number | null }[] = [];
  const listed = new Set<string>();
  for (const seat of seats) {
    const key = `${seat.committeeId}/${seat.bioguideId}`;
    if (listed.has(key)) continue;
    listed.add(key);
    const o = open.get(key);
    if (!o) toOpen.push(seat);
    else if (o.side !== seat.side || o.title !== seat.title) {
      // A new side or title starts a new stretch, as in the history file.
      toClose.push(o);
      toOpen.push(seat);
    } else if (o.rank !== seat.rank) rankOnly.push({ id: o.id, rank: seat.rank });
    else summary.stretches.unchanged++;
  }
  for (const [key, o] of open) if (!listed.has(key)) toClose.push(o);
  // Closing on the day it opened leaves nothing: such a stretch is removed.
  const empty = toClose.filter((o) => o.start_date >= on).map((o) => o.id);
  const closing = toClose.filter((o) => o.start_date < on).map((o) => o.id);
  if (empty.length) await em.query(`DELETE FROM committee_membership WHERE id = ANY($1::bigint[])`, [empty]);
  if (closing.length) await em.query(`UPDATE committee_membership SET end_date = $2 WHERE id = ANY($1::bigint[])`, [closing, on]);
  summary.stretches.closed += closing.length;
  if (rankOnly.length) {
    await em.query(
      `UPDATE committee_membership m SET rank = x.rank FROM unnest($1::bigint[], $2::int[]) AS x(id, rank) WHERE m.id = x.id`,
      [rankOnly.map((r) => r.id), rankOnly.map((r) => r.rank)],
    );
    summary.stretches.changed += rankOnly.length;
  }
  if (toOpen.length) {
    await em.query(
      `INSERT INTO committee_membership AS m (committee_id, bioguide_id, start_date, end_date, side, rank, title, source)
       SELECT c, b, $6::date, NULL, s, r, t, 'current' FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) AS x(c, b, s, r, t)
       ON CONFLICT ON CONSTRAINT committee_membership_key DO UPDATE
          SET end_date = NULL, side = EXCLUDED.side, rank = EXCLUDED.rank, title = EXCLUDED.title`,
      [
        toOpen.map((s) => s.committeeId),
        toOpen.map((s) => s.bioguideId),
        toOpen.map((s) => s.side),
        toOpen.map((s) => s.rank),
        toOpen.map((s) => s.title),
        on,
      ],
    );
    summary.stretches.opened += toOpen.length;
  }
}
