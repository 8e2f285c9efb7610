/**
 * The series aggregate: its reads (series of letters, members in date order, the previous
 * version, suggestions, the signer comparison and matrix, each one statement) and staff edits
 * (rename, confirm or reject a suggestion, split, merge), each audited in its transaction.
 */
import { DomainError } from "../../errors/domain-error";
import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";
import { writeAudit, type Actor } from "../auth/audit.service";
import { LETTER_SELECT, toLetter } from "../letters/letters.read";
import type { Letter } from "../letters/letter.entity";
import { letterUuid } from "../node/global-id";
import { moveSeries } from "./lineage";
import {
  ComparedMember,
  LetterComparison,
  MemberOnDate,
  Series,
  SeriesMatrix,
  SeriesMatrixCell,
  SeriesMatrixRow,
  VersionSuggestion,
  type VersionLinkStatus,
  type VersionMethod,
} from "./series-types";

/** A series request that cannot be done: NOT_FOUND or BAD_USER_INPUT, with the input at fault. */
export class SeriesError extends DomainError {
  constructor(message: string, code: "NOT_FOUND" | "BAD_USER_INPUT", field?: string) {
    super(message, code, field ? { field } : {});
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toSeries = (r: Record<string, unknown>): Series =>
  Object.assign(new Series(), {
    id: r.id,
    name: r.name,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
  });

/** The chambers a letter's signers serve in: both for a bicameral letter. */
const CHAMBERS = (letter: string) =>
  `(CASE ${letter}.chamber WHEN 'BICAMERAL' THEN ARRAY['HOUSE', 'SENATE'] ELSE ARRAY[${letter}.chamber::text] END)`;
/** A member's service period on a letter's date in its chamber(s), as a LATERAL subquery. */
const PERIOD_ON = (member: string, letter: string) => `
  SELECT p.state, p.district, p.party FROM service_period p
   WHERE p.bioguide_id = ${member} AND p.chamber = ANY ${CHAMBERS(letter)}
     AND p.start_date <= ${letter}.sent_on AND ${letter}.sent_on < p.end_date
   ORDER BY p.start_date DESC LIMIT 1`;

type Queryable = Pick<EntityManager, "query">;

export class SeriesService {
  constructor(private readonly db: Database) {}

  /** A series by its uuid; null when there is none. */
  async byId(id: string): Promise<Series | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.db.query(`SELECT * FROM letter_series WHERE id = $1`, [id]);
    return row ? toSeries(row) : null;
  }

  /** The series of each letter (null for a letter in none). */
  async ofLetters(letterIds: readonly string[]): Promise<(Series | null)[]> {
    const rows = await this.db.query(
      `SELECT m.letter_id, s.* FROM letter_series_member m JOIN letter_series s ON s.id = m.series_id WHERE m.letter_id = ANY($1::uuid[])`,
      [letterIds],
    );
    const by = new Map(rows.map((r) => [r.letter_id as string, toSeries(r)]));
    return letterIds.map((id) => by.get(id) ?? null);
  }

  /** Each series' letters, oldest first. */
  async letters(seriesIds: readonly string[]): Promise<Letter[][]> {
    const rows = await this.db.query(
      `SELECT m.series_id AS m_series_id, ${LETTER_SELECT} FROM letter_series_member m JOIN letter l ON l.id = m.letter_id
        WHERE m.series_id = ANY($1::uuid[]) ORDER BY l.sent_on, l.created_at, l.id`,
      [seriesIds],
    );
    const by = new Map<string, Letter[]>(seriesIds.map((id) => [id, []]));
    for (const r of rows) by.get(r.m_series_id as string)?.push(toLetter(r));
    return seriesIds.map((id) => by.get(id)!);
  }

  /** Each letter's previous version: the latest letter of its series dated before it (null when first or in none). */
  async previousVersions(letterIds: readonly string[]): Promise<(Letter | null)[]> {
    const rows = await this.db.query(
      `SELECT me.letter_id AS for_id, ${LETTER_SELECT}
         FROM letter_series_member me
         JOIN letter cur ON cur.id = me.letter_id
         CROSS JOIN LATERAL (
           SELECT l.* FROM letter_series_member o JOIN letter l ON l.id = o.letter_id
            WHERE o.series_id = me.series_id AND (l.sent_on, l.created_at, l.id) < (cur.sent_on, cur.created_at, cur.id)
            ORDER BY l.sent_on DESC, l.created_at DESC, l.id DESC LIMIT 1) l
        WHERE me.letter_id = ANY($1::uuid[])`,
      [letterIds],
    );
    const by = new Map(rows.map((r) => [r.for_id as string, toLetter(r)]));
    return letterIds.map((id) => by.get(id) ?? null);
  }

  /** Each letter's open suggestions (POSSIBLE, either direction), best first. */
  async suggestions(letterIds: readonly string[]): Promise<VersionSuggestion[][]> {
    const rows = await this.db.query(
      `SELECT k.for_id, k.score, k.method, k.status, k.phrase, ${LETTER_SELECT}
         FROM (SELECT letter_id AS for_id, other_id AS shown, score, method, status, phrase FROM letter_version_link WHERE letter_id = ANY($1::uuid[])
               UNION ALL
               SELECT other_id, letter_id, score, method, status, phrase FROM letter_version_link WHERE other_id = ANY($1::uuid[])) k
         JOIN letter l ON l.id = k.shown
        WHERE k.status = 'POSSIBLE'
        ORDER BY k.score DESC, l.sent_on DESC`,
      [letterIds],
    );
    const by = new Map<string, VersionSuggestion[]>(letterIds.map((id) => [id, []]));
    for (const r of rows) {
      by.get(r.for_id as string)?.push(
        Object.assign(new VersionSuggestion(), {
          letter: toLetter(r),
          score: Number(r.score),
          method: r.method as VersionMethod,
          status: r.status as VersionLinkStatus,
          phrase: r.phrase ?? null,
        }),
      );
    }
    return letterIds.map((id) => by.get(id)!);
  }

  /** Who signed `letterId` and `otherId`, each member with party and state on both dates. */
  async compare(letterId: string, otherRef: string): Promise<LetterComparison> {
    const otherId = letterUuid(otherRef);
    const [other] = otherId ? await this.db.query(`SELECT ${LETTER_SELECT} FROM letter l WHERE l.id = $1`, [otherId]) : [];
    if (!other) throw new SeriesError(`No letter with id ${otherRef}.`, "NOT_FOUND", "letterId");
    const rows = await this.db.query(
      `WITH a AS (SELECT id, sent_on, chamber FROM letter WHERE id = $1),
            b AS (SELECT id, sent_on, chamber FROM letter WHERE id = $2),
            signed AS (SELECT DISTINCT ON (letter_id, bioguide_id) letter_id, bioguide_id, party, state, district
                         FROM signature WHERE letter_id IN ($1, $2) AND bioguide_id IS NOT NULL ORDER BY letter_id, bioguide_id, position),
            ids AS (SELECT DISTINCT bioguide_id FROM signed)
       SELECT i.bioguide_id, a.sent_on::text AS a_date, b.sent_on::text AS b_date,
              sa.bioguide_id IS NOT NULL AS a_signed, coalesce(sa.party, pa.party) AS a_party, coalesce(sa.state, pa.state) AS a_state,
              coalesce(sa.district, pa.district) AS a_district, (sa.bioguide_id IS NOT NULL OR pa.state IS NOT NULL) AS a_serving,
              sb.bioguide_id IS NOT NULL AS b_signed, coalesce(sb.party, pb.party) AS b_party, coalesce(sb.state, pb.state) AS b_state,
              coalesce(sb.district, pb.district) AS b_district, (sb.bioguide_id IS NOT NULL OR pb.state IS NOT NULL) AS b_serving
         FROM ids i CROSS JOIN a CROSS JOIN b
         LEFT JOIN signed sa ON sa.letter_id = a.id AND sa.bioguide_id = i.bioguide_id
         LEFT JOIN signed sb ON sb.letter_id = b.id AND sb.bioguide_id = i.bioguide_id
         LEFT JOIN LATERAL (${PERIOD_ON("i.bioguide_id", "a")}) pa ON true
         LEFT JOIN LATERAL (${PERIOD_ON("i.bioguide_id", "b")}) pb ON true
        ORDER BY coalesce(sa.state, sb.state), i.bioguide_id`,
      [letterId, otherId],
    );
    const on = (r: Record<string, unknown>, p: "a" | "b") =>
      Object.assign(new MemberOnDate(), {
        date: r[`${p}_date`],
        serving: r[`${p}_serving`],
        signed: r[`${p}_signed`],
        partyName: r[`${p}_serving`] ? r[`${p}_party`] : null,
        state: r[`${p}_serving`] ? r[`${p}_state`] : null,
        district: r[`${p}_serving`] ? r[`${p}_district`] : null,
      });
    const out = Object.assign(new LetterComparison(), {
      other: toLetter(other),
      signedBoth: [],
      signedOnlyThis: [],
      signedOnlyOther: [],
      notServingNow: [],
    });
    for (const r of rows) {
      const m = Object.assign(new ComparedMember(), { bioguideId: r.bioguide_id, onThis: on(r, "a"), onOther: on(r, "b") });
      if (r.a_signed && r.b_signed) out.signedBoth.push(m);
      else if (r.a_signed) out.signedOnlyThis.push(m);
      else if (r.a_serving) out.signedOnlyOther.push(m);
      else out.notServingNow.push(m);
    }
    return out;
  }

  /** Members × versions of a series: signed or not, serving or not, party and state on each date. */
  async matrix(seriesId: string): Promise<SeriesMatrix> {
    const [versions] = await this.letters([seriesId]);
    const rows = await this.db.query(
      `WITH v AS (SELECT l.id, l.sent_on, l.chamber FROM letter_series_member m JOIN letter l ON l.id = m.letter_id WHERE m.series_id = $1),
            ids AS (SELECT DISTINCT s.bioguide_id FROM signature s JOIN v ON v.id = s.letter_id WHERE s.bioguide_id IS NOT NULL)
       SELECT i.bioguide_id, v.id AS letter_id, sg.bioguide_id IS NOT NULL AS signed,
              (sg.bioguide_id IS NOT NULL OR p.state IS NOT NULL) AS serving,
              coalesce(sg.party, p.party) AS party, coalesce(sg.state, p.state) AS state
         FROM ids i CROSS JOIN v
         LEFT JOIN LATERAL (SELECT s.bioguide_id, s.party, s.state FROM signature s
                             WHERE s.letter_id = v.id AND s.bioguide_id = i.bioguide_id ORDER BY s.position LIMIT 1) sg ON true
         LEFT JOIN LATERAL (${PERIOD_ON("i.bioguide_id", "v")}) p ON true`,
      [seriesId],
    );
    const order = new Map(versions.map((l, i) => [l.id, i]));
    const byMember = new Map<string, SeriesMatrixRow>();
    for (const r of rows as {
      bioguide_id: string;
      letter_id: string;
      signed: boolean;
      serving: boolean;
      party: string | null;
      state: string | null;
    }[]) {
      let row = byMember.get(r.bioguide_id);
      if (!row) {
        row = Object.assign(new SeriesMatrixRow(), { bioguideId: r.bioguide_id, signedCount: 0, cells: new Array(versions.length) });
        byMember.set(r.bioguide_id, row);
      }
      row.cells[order.get(r.letter_id)!] = Object.assign(new SeriesMatrixCell(), {
        letterId: r.letter_id,
        signed: r.signed,
        serving: r.serving,
        partyName: r.party ?? null,
        state: r.state ?? null,
      });
      if (r.signed) row.signedCount++;
    }
    const out = [...byMember.values()].sort((a, b) => b.signedCount - a.signedCount || a.bioguideId.localeCompare(b.bioguideId));
    return Object.assign(new SeriesMatrix(), { versions, rows: out });
  }

  /** Renames a series. */
  async rename(id: string, name: string, actor: Actor | null): Promise<Series> {
    const clean = name.replace(/\s+/g, " ").trim();
    if (clean.length < 1 || clean.length > 300)
      throw new SeriesError("A series name must be 1 to 300 characters.", "BAD_USER_INPUT", "name");
    return this.db.transaction(async (em) => {
      // (UPDATE ... RETURNING answers differently on node-postgres and PGlite under TypeORM: read back instead.)
      if (UUID.test(id)) await em.query(`UPDATE letter_series SET name = $2, updated_at = now() WHERE id = $1`, [id, clean]);
      const [row] = UUID.test(id) ? await em.query(`SELECT * FROM letter_series WHERE id = $1`, [id]) : [];
      if (!row) throw new SeriesError(`No series with id ${id}.`, "NOT_FOUND", "id");
      if (actor) await writeAudit(em, actor, { action: "series.rename", targetType: "Series", targetId: id, detail: { name: clean } });
      return toSeries(row);
    });
  }

  /**
   * Confirms that two letters are versions of one letter: they end up in one series (the
   * letters' series are merged when both have one; one is made when neither has).
   */
  async confirm(letterRef: string, otherRef: string, actor: Actor | null): Promise<Series> {
    return this.db.transaction(async (em) => {
      const [a, b] = await this.twoLetters(em, letterRef, otherRef);
      const [sa] = await em.query(`SELECT series_id FROM letter_series_member WHERE letter_id = $1 FOR UPDATE`, [a.id]);
      const [sb] = await em.query(`SELECT series_id FROM letter_series_member WHERE letter_id = $1 FOR UPDATE`, [b.id]);
      let seriesId: string = sb?.series_id ?? sa?.series_id;
      if (!seriesId)
        [{ id: seriesId }] = await em.query(`INSERT INTO letter_series (name) VALUES ($1) RETURNING id`, [
          (b.sent_on < a.sent_on ? b : a).title.slice(0, 300),
        ]);
      if (sa && sb && sa.series_id !== sb.series_id) await moveSeries(em, sa.series_id, seriesId);
      await em.query(
        `INSERT INTO letter_series_member (letter_id, series_id, added_by) SELECT unnest($1::uuid[]), $2, 'STAFF'
         ON CONFLICT (letter_id) DO UPDATE SET series_id = excluded.series_id, added_by = 'STAFF'`,
        [[a.id, b.id], seriesId],
      );
      await this.setLink(em, a.id, b.id, "CONFIRMED");
      await em.query(`UPDATE letter_series SET updated_at = now() WHERE id = $1`, [seriesId]);
      if (actor)
        await writeAudit(em, actor, {
          action: "series.confirm",
          targetType: "Series",
          targetId: seriesId,
          detail: { letters: [a.id, b.id] },
        });
      return toSeries((await em.query(`SELECT * FROM letter_series WHERE id = $1`, [seriesId]))[0]);
    });
  }

  /** Rejects a suggestion: the two letters are not versions of one letter (the suggestion is no longer shown). */
  async reject(letterRef: string, otherRef: string, actor: Actor | null): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const [a, b] = await this.twoLetters(em, letterRef, otherRef);
      await this.setLink(em, a.id, b.id, "REJECTED");
      if (actor) await writeAudit(em, actor, { action: "series.reject", targetType: "Letter", targetId: a.id, detail: { other: b.id } });
      return true;
    });
  }

  /** Moves some letters of one series into a new series (named `name`, or after its first letter). */
  async split(letterRefs: string[], name: string | null, actor: Actor | null): Promise<Series> {
    const ids = [...new Set(letterRefs.map((r) => letterUuid(r)))];
    if (!ids.length || ids.some((id) => !id))
      throw new SeriesError("`letterIds` must name one or more letters.", "BAD_USER_INPUT", "letterIds");
    return this.db.transaction(async (em) => {
      const rows = await em.query(
        `SELECT m.letter_id, m.series_id, l.title, l.sent_on::text AS sent_on FROM letter_series_member m JOIN letter l ON l.id = m.letter_id
          WHERE m.letter_id = ANY($1::uuid[]) ORDER BY l.sent_on FOR UPDATE OF m`,
        [ids],
      );
      if (rows.length !== ids.length)
        throw new SeriesError("Every letter to split off must be in a series.", "BAD_USER_INPUT", "letterIds");
      const from = rows[0].series_id as string;
      if (rows.some((r: { series_id: string }) => r.series_id !== from))
        throw new SeriesError("The letters to split off must be in the same series.", "BAD_USER_INPUT", "letterIds");
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM letter_series_member WHERE series_id = $1`, [from]);
      if (n === ids.length)
        throw new SeriesError(
          "Splitting off every letter of a series leaves nothing behind: rename it instead.",
          "BAD_USER_INPUT",
          "letterIds",
        );
      const label = (name ?? rows[0].title).replace(/\s+/g, " ").trim().slice(0, 300) || "Untitled series";
      const [created] = await em.query(`INSERT INTO letter_series (name) VALUES ($1) RETURNING *`, [label]);
      await em.query(`UPDATE letter_series_member SET series_id = $2, added_by = 'STAFF' WHERE letter_id = ANY($1::uuid[])`, [
        ids,
        created.id,
      ]);
      // Links across the cut are staff's "not the same letter".
      await em.query(
        `UPDATE letter_version_link k SET status = 'REJECTED'
          WHERE (k.letter_id = ANY($1::uuid[]) AND k.other_id IN (SELECT letter_id FROM letter_series_member WHERE series_id = $2))
             OR (k.other_id = ANY($1::uuid[]) AND k.letter_id IN (SELECT letter_id FROM letter_series_member WHERE series_id = $2))`,
        [ids, from],
      );
      await em.query(`UPDATE letter_series SET updated_at = now() WHERE id = $1`, [from]);
      if (actor)
        await writeAudit(em, actor, {
          action: "series.split",
          targetType: "Series",
          targetId: from,
          detail: { into: created.id, letters: ids },
        });
      return toSeries(created);
    });
  }

  /** Merges series `id` into `intoId`: its letters move, it is deleted. */
  async merge(id: string, intoId: string, actor: Actor | null): Promise<Series> {
    if (id === intoId) throw new SeriesError("A series cannot be merged into itself.", "BAD_USER_INPUT", "intoId");
    return this.db.transaction(async (em) => {
      const found =
        UUID.test(id) && UUID.test(intoId)
          ? await em.query(`SELECT id FROM letter_series WHERE id IN ($1, $2) FOR UPDATE`, [id, intoId])
          : [];
      if (!found.some((r: { id: string }) => r.id === id)) throw new SeriesError(`No series with id ${id}.`, "NOT_FOUND", "id");
      if (!found.some((r: { id: string }) => r.id === intoId)) throw new SeriesError(`No series with id ${intoId}.`, "NOT_FOUND", "intoId");
      await moveSeries(em, id, intoId);
      await em.query(`UPDATE letter_series SET updated_at = now() WHERE id = $1`, [intoId]);
      const [row] = await em.query(`SELECT * FROM letter_series WHERE id = $1`, [intoId]);
      if (actor) await writeAudit(em, actor, { action: "series.merge", targetType: "Series", targetId: intoId, detail: { merged: id } });
      return toSeries(row);
    });
  }

  private async setLink(em: Queryable, a: string, b: string, status: "CONFIRMED" | "REJECTED") {
    await em.query(
      `UPDATE letter_version_link SET status = $3 WHERE (letter_id = $1 AND other_id = $2) OR (letter_id = $2 AND other_id = $1)`,
      [a, b, status],
    );
    const [done] = await em.query(
      `SELECT 1 FROM letter_version_link WHERE (letter_id = $1 AND other_id = $2) OR (letter_id = $2 AND other_id = $1)`,
      [a, b],
    );
    if (!done)
      await em.query(`INSERT INTO letter_version_link (letter_id, other_id, score, method, status) VALUES ($1, $2, 1, 'TEXT', $3)`, [
        a,
        b,
        status,
      ]);
  }

  private async twoLetters(em: Queryable, letterRef: string, otherRef: string) {
    const a = letterUuid(letterRef);
    const b = letterUuid(otherRef);
    const rows = a && b ? await em.query(`SELECT id, title, sent_on::text AS sent_on FROM letter WHERE id IN ($1, $2)`, [a, b]) : [];
    const la = rows.find((r: { id: string }) => r.id === a);
    const lb = rows.find((r: { id: string }) => r.id === b);
    if (!la) throw new SeriesError(`No letter with id ${letterRef}.`, "NOT_FOUND", "letterId");
    if (!lb) throw new SeriesError(`No letter with id ${otherRef}.`, "NOT_FOUND", "otherId");
    if (a === b) throw new SeriesError("A letter is not an earlier version of itself.", "BAD_USER_INPUT", "otherId");
    return [la, lb] as { id: string; title: string; sent_on: string }[];
  }
}
