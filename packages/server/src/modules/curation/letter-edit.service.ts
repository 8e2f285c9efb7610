import { recordLetterEvent } from "../alerts/outbox";
import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";
import { writeAudit, type Actor } from "../auth/audit.service";
import { MembersService } from "../members/members.service";
import { letterUuid } from "../node/global-id";
import { CurationError } from "./curation-error";
import { chambersOf, reResolveSignatures, type Chamber, type ReResolution } from "./re-resolve";
import { restoreSnapshot, takeSnapshot, type LetterSnapshot } from "./snapshot";

/** Deleted letters can be restored for this long; after that they are purged. */
export const RESTORE_DAYS = 30;

export interface RecipientValue {
  name: string;
  title?: string | null;
  organization?: string | null;
  address?: string | null;
}

/** What a person may change on a letter; absent fields stay as they are. */
export interface LetterPatch {
  title?: string | null;
  sentOn?: string | null;
  chamber?: Chamber | null;
  recipients?: RecipientValue[] | null;
  topics?: string[] | null;
  sourceName?: string | null;
}

interface LetterState {
  title: string;
  sentOn: string;
  chamber: Chamber;
  recipients: RecipientValue[];
  topics: string[];
  sourceName: string | null;
}

export interface EditOutcome {
  letterId: string;
  /** The fields that changed (empty: nothing was written). */
  changed: (keyof LetterState)[];
  /** Set when the date or chamber changed. */
  signatures: ReResolution | null;
}

export interface MergeOutcome {
  letterId: string;
  /** Which letter's text was kept: "into" or "from". */
  textFrom: "into" | "from";
  /** Person-confirmed picks carried over from the merged letter. */
  decisionsKept: number;
  /** Signatures only the merged letter had, appended. */
  signaturesAdded: number;
}

export interface DeletedLetterRow {
  databaseId: string;
  title: string;
  sentOn: string;
  deletedAt: Date;
  deletedBy: string;
  reason: string | null;
  restorableUntil: Date;
}

/** One audited change of a letter. */
export interface LetterChangeRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
  detail: unknown;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Topic slugs as `setLetterTopics` stores them ("Human Rights" -> "human-rights"). */
export function topicSlugs(topics: string[]): string[] {
  const slugs = [
    ...new Set(
      topics.map((t) =>
        t
          .trim()
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, ""),
      ),
    ),
  ];
  if (slugs.some((t) => t.length === 0 || t.length > 64) || slugs.length > 20) {
    throw new CurationError("Topics must be 1 to 20 tags of 1 to 64 letters, digits or dashes.", "BAD_USER_INPUT", "topics");
  }
  return slugs.sort();
}

const clean = (v: string | null | undefined) => {
  const t = v?.replace(/\s+/g, " ").trim();
  return t ? t : null;
};

/** Checks and normalises a patch before anything is read or written. */
function checkPatch(patch: LetterPatch): LetterPatch {
  const out: LetterPatch = {};
  if (patch.title != null) {
    const title = clean(patch.title);
    if (!title || title.length > 300) throw new CurationError("A title needs 1 to 300 characters.", "BAD_USER_INPUT", "title");
    out.title = title;
  }
  if (patch.sentOn != null) {
    if (!validDate(patch.sentOn)) throw new CurationError(`"${patch.sentOn}" is not a date (YYYY-MM-DD).`, "BAD_USER_INPUT", "sentOn");
    out.sentOn = patch.sentOn;
  }
  if (patch.chamber != null) {
    if (!["HOUSE", "SENATE", "BICAMERAL"].includes(patch.chamber)) {
      throw new CurationError("The chamber is HOUSE, SENATE or BICAMERAL.", "BAD_USER_INPUT", "chamber");
    }
    out.chamber = patch.chamber;
  }
  if (patch.recipients != null) {
    if (patch.recipients.length > 50) throw new CurationError("At most 50 recipients.", "BAD_USER_INPUT", "recipients");
    out.recipients = patch.recipients.map((r, i) => {
      const name = clean(r.name);
      if (!name || name.length > 200)
        throw new CurationError(`Recipient ${i + 1} needs a name of 1 to 200 characters.`, "BAD_USER_INPUT", "recipients");
      return { name, title: clean(r.title), organization: clean(r.organization), address: clean(r.address) };
    });
  }
  if (patch.topics != null) out.topics = topicSlugs(patch.topics);
  if (patch.sourceName !== undefined) {
    const source = clean(patch.sourceName);
    if (source && source.length > 500) throw new CurationError("A source is at most 500 characters.", "BAD_USER_INPUT", "sourceName");
    out.sourceName = source;
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How good a letter's text is, for a merge: text extracted from a PDF tends to keep hyphens
 * broken across lines, replacement characters and stray page furniture; longer text that has
 * none of those wins.
 */
export function textScore(body: string | null): number {
  if (!body) return 0;
  const damage = (body.match(/\uFFFD|\w-\n\w|\f|Page \d+ of \d+/g) ?? []).length;
  return body.replace(/\s+/g, " ").trim().length - 200 * damage;
}

/** A printed name reduced to compare two imports of the same signature block. */
const nameKey = (printed: string) =>
  printed
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/**
 * Corrections staff make to imported letters: edit, delete (restorable for 30 days), restore,
 * purge (ADMIN), merge. Every change is one transaction with its audit row (who, when, before,
 * after), which is also the letter's history. Counts stay exact through the database's own
 * triggers (stats rollup, response-cache data version).
 */
export class LetterEditService {
  private readonly members: MembersService;

  constructor(private readonly db: Database) {
    this.members = new MembersService(db);
  }

  private async lockLetter(
    em: EntityManager,
    id: string,
  ): Promise<{ id: string } & LetterState & { signerCount: number; body: string | null }> {
    const uuid = letterUuid(id);
    const [row] = uuid
      ? await em.query(
          `SELECT id, title, sent_on::text AS sent_on, chamber, recipients, source_name, signer_count, body,
                  coalesce((SELECT array_agg(topic ORDER BY topic) FROM letter_topic WHERE letter_id = l.id), '{}') AS topics
             FROM letter l WHERE id = $1 FOR UPDATE`,
          [uuid],
        )
      : [];
    if (!row) throw new CurationError(`No letter with id ${id}.`, "NOT_FOUND", "id");
    return {
      id: row.id,
      title: row.title,
      sentOn: row.sent_on,
      chamber: row.chamber,
      sourceName: row.source_name,
      signerCount: row.signer_count,
      body: row.body,
      recipients: (row.recipients as RecipientValue[]).map((r) => ({
        name: r.name,
        title: r.title ?? null,
        organization: r.organization ?? null,
        address: r.address ?? null,
      })),
      topics: row.topics,
    };
  }

  /**
   * Changes the fields given. A new date or chamber re-resolves every signature against the
   * members serving then (see re-resolve.ts). Nothing changes: nothing is written or audited.
   */
  async edit(id: string, patch: LetterPatch, actor: Actor): Promise<EditOutcome> {
    const wanted = checkPatch(patch);
    return this.db.transaction(async (em) => {
      const current = await this.lockLetter(em, id);
      const before: Partial<LetterState> = {};
      const after: Partial<LetterState> = {};
      for (const key of ["title", "sentOn", "chamber", "recipients", "topics", "sourceName"] as const) {
        if (wanted[key] === undefined || same(wanted[key], current[key])) continue;
        (before as Record<string, unknown>)[key] = current[key];
        (after as Record<string, unknown>)[key] = wanted[key];
      }
      const changed = Object.keys(after) as (keyof LetterState)[];
      if (!changed.length) return { letterId: current.id, changed, signatures: null };
      const next = { ...current, ...after };
      await em.query(`UPDATE letter SET title = $2, sent_on = $3, chamber = $4, recipients = $5, source_name = $6 WHERE id = $1`, [
        current.id,
        next.title,
        next.sentOn,
        next.chamber,
        JSON.stringify(next.recipients),
        next.sourceName,
      ]);
      let signatures: ReResolution | null = null;
      if (after.sentOn || after.chamber) signatures = await reResolveSignatures(em, this.members, current.id, next.sentOn, next.chamber);
      if (after.topics) {
        await em.query(`DELETE FROM letter_topic WHERE letter_id = $1`, [current.id]);
        if (after.topics.length) {
          await em.query(`INSERT INTO letter_topic (letter_id, topic, suggested) SELECT $1, unnest($2::text[]), false`, [
            current.id,
            after.topics,
          ]);
        }
      }
      await writeAudit(em, actor, {
        action: "letter.edit",
        targetType: "Letter",
        targetId: current.id,
        detail: { before, after, signatures },
      });
      await recordLetterEvent(em, { type: "LETTER_UPDATED", letterId: current.id, summary: `Corrected: ${changed.join(", ")}` });
      return { letterId: current.id, changed, signatures };
    });
  }

  /** Moves the letter and everything on it out of the public tables, restorable for 30 days. */
  async delete(id: string, actor: Actor, reason: string | null = null): Promise<DeletedLetterRow> {
    return this.db.transaction(async (em) => {
      const current = await this.lockLetter(em, id);
      return this.archive(em, current, actor, clean(reason));
    });
  }

  private async archive(
    em: EntityManager,
    current: { id: string; title: string; sentOn: string; chamber: string; signerCount: number },
    actor: Actor,
    reason: string | null,
  ) {
    await this.purgeExpired(em);
    const snapshot = await takeSnapshot(em, current.id);
    const [row] = await em.query(
      `INSERT INTO deleted_letter (id, title, sent_on, deleted_by, reason, snapshot) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, sent_on = excluded.sent_on, deleted_at = now(),
         deleted_by = excluded.deleted_by, reason = excluded.reason, snapshot = excluded.snapshot
       RETURNING id, title, sent_on::text AS sent_on, deleted_at, deleted_by, reason`,
      [current.id, current.title, current.sentOn, actor.label, reason, JSON.stringify(snapshot)],
    );
    await em.query(`DELETE FROM letter WHERE id = $1`, [current.id]);
    await writeAudit(em, actor, {
      action: "letter.delete",
      targetType: "Letter",
      targetId: current.id,
      detail: {
        before: { title: current.title, sentOn: current.sentOn, chamber: current.chamber, signerCount: current.signerCount },
        after: null,
        reason,
      },
    });
    return toDeleted(row);
  }

  /** Puts a deleted letter back, with the same id, signatures and review decisions. */
  async restore(id: string, actor: Actor): Promise<string> {
    const uuid = letterUuid(id);
    return this.db.transaction(async (em) => {
      await this.purgeExpired(em);
      const [row] = uuid ? await em.query(`SELECT id, snapshot FROM deleted_letter WHERE id = $1 FOR UPDATE`, [uuid]) : [];
      if (!row)
        throw new CurationError(
          `No deleted letter with id ${id} (deleted letters can be restored for ${RESTORE_DAYS} days).`,
          "NOT_FOUND",
          "id",
        );
      const snapshot = row.snapshot as LetterSnapshot;
      const letter = snapshot.letter[0];
      const [clash] = await em.query(`SELECT id FROM letter WHERE content_hash = $1`, [letter.content_hash]);
      if (clash) {
        throw new CurationError(
          `The same text was imported again as letter ${clash.id}; delete or merge that one first.`,
          "CONFLICT",
          "id",
        );
      }
      await restoreSnapshot(em, snapshot);
      await em.query(`DELETE FROM deleted_letter WHERE id = $1`, [row.id]);
      await writeAudit(em, actor, {
        action: "letter.restore",
        targetType: "Letter",
        targetId: row.id,
        detail: {
          before: null,
          after: { title: letter.title, sentOn: letter.sent_on, chamber: letter.chamber, signerCount: letter.signer_count },
        },
      });
      return row.id as string;
    });
  }

  /** Removes a deleted letter for good (ADMIN); its history stays in the audit log. */
  async purge(id: string, actor: Actor): Promise<string> {
    const uuid = letterUuid(id);
    return this.db.transaction(async (em) => {
      // (SELECT, then DELETE: TypeORM's PostgreSQL driver wraps DELETE ... RETURNING rows with a count.)
      const [row] = uuid ? await em.query(`SELECT id, title FROM deleted_letter WHERE id = $1 FOR UPDATE`, [uuid]) : [];
      if (!row) throw new CurationError(`No deleted letter with id ${id}: only a deleted letter can be purged.`, "NOT_FOUND", "id");
      await em.query(`DELETE FROM deleted_letter WHERE id = $1`, [row.id]);
      await writeAudit(em, actor, {
        action: "letter.purge",
        targetType: "Letter",
        targetId: row.id,
        detail: { before: { title: row.title }, after: null },
      });
      return row.id as string;
    });
  }

  private purgeExpired(em: EntityManager) {
    return em.query(`DELETE FROM deleted_letter WHERE deleted_at < now() - make_interval(days => ${RESTORE_DAYS})`);
  }

  /**
   * Merges `fromId` into `intoId` (two imports of the same letter): the better text is kept,
   * sources and topics are united, a person's CONFIRMED pick on either side is kept, signatures
   * only `from` has are appended; `from` is then deleted (restorable) and its text's hash is
   * remembered, so importing that file again finds `into`.
   */
  async merge(intoId: string, fromId: string, actor: Actor): Promise<MergeOutcome> {
    return this.db.transaction(async (em) => {
      const [a, b] = [letterUuid(intoId), letterUuid(fromId)];
      if (a && a === b) throw new CurationError("A letter cannot be merged into itself.", "BAD_USER_INPUT", "fromId");
      // Lock both in id order: two merges of the same pair never deadlock.
      if (a && b) await em.query(`SELECT id FROM letter WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[a, b]]);
      const into = await this.lockLetter(em, intoId).catch(rename("intoId"));
      const from = await this.lockLetter(em, fromId).catch(rename("fromId"));
      const textFrom = textScore(from.body) > textScore(into.body) ? "from" : "into";
      if (textFrom === "from") {
        await em.query(`UPDATE letter i SET body = f.body, salutation = f.salutation FROM letter f WHERE i.id = $1 AND f.id = $2`, [
          into.id,
          from.id,
        ]);
        await em.query(`DELETE FROM letter_mention WHERE letter_id = $1`, [into.id]);
        await em.query(
          `INSERT INTO letter_mention (letter_id, kind, text, role, normalized, count)
           SELECT $1, kind, text, role, normalized, count FROM letter_mention WHERE letter_id = $2`,
          [into.id, from.id],
        );
      }
      if (!into.recipients.length && from.recipients.length) {
        await em.query(`UPDATE letter SET recipients = $2 WHERE id = $1`, [into.id, JSON.stringify(from.recipients)]);
      }
      await em.query(
        `INSERT INTO letter_topic (letter_id, topic, suggested) SELECT $1, topic, suggested FROM letter_topic WHERE letter_id = $2
         ON CONFLICT (letter_id, topic) DO NOTHING`,
        [into.id, from.id],
      );
      await em.query(
        `INSERT INTO letter_source (letter_id, name, content_hash)
         SELECT $1::uuid, coalesce(source_name, 'letter ' || id::text), content_hash FROM letter WHERE id = $2
         UNION ALL SELECT $1::uuid, name, content_hash FROM letter_source WHERE letter_id = $2
         ON CONFLICT (letter_id, name) DO NOTHING`,
        [into.id, from.id],
      );
      const { decisionsKept, signaturesAdded } = await this.mergeSignatures(em, into, from);
      // The kept letter takes the other's place in its series and on scorecards.
      await em.query(
        `INSERT INTO letter_series_member (letter_id, series_id, added_by) SELECT $1, series_id, 'STAFF' FROM letter_series_member WHERE letter_id = $2
         ON CONFLICT (letter_id) DO NOTHING`,
        [into.id, from.id],
      );
      await em.query(
        `INSERT INTO scorecard_letter (scorecard_id, letter_id, stance, weight, position)
         SELECT scorecard_id, $1, stance, weight, position FROM scorecard_letter WHERE letter_id = $2
         ON CONFLICT (scorecard_id, letter_id) DO NOTHING`,
        [into.id, from.id],
      );
      const sourcesBefore = [into.sourceName].filter(Boolean);
      await this.archive(em, from, actor, `merged into ${into.id}`);
      const [after] = await em.query(
        `SELECT signer_count, (SELECT array_agg(name ORDER BY added_at, name) FROM letter_source WHERE letter_id = $1) AS sources FROM letter WHERE id = $1`,
        [into.id],
      );
      await writeAudit(em, actor, {
        action: "letter.merge",
        targetType: "Letter",
        targetId: into.id,
        detail: {
          before: { signerCount: into.signerCount, sources: sourcesBefore },
          after: { signerCount: after.signer_count, sources: [...sourcesBefore, ...(after.sources ?? [])] },
          from: { id: from.id, title: from.title, sentOn: from.sentOn },
          textFrom,
          decisionsKept,
          signaturesAdded,
        },
      });
      await recordLetterEvent(em, { type: "LETTER_UPDATED", letterId: into.id, summary: "Merged with another import of the same letter" });
      return { letterId: into.id, textFrom, decisionsKept, signaturesAdded };
    });
  }

  private async mergeSignatures(em: EntityManager, into: LetterState & { id: string }, from: LetterState & { id: string }) {
    const cols = `id, position, printed_name, printed_title, role, status, confidence, bioguide_id, state, district, party, candidates`;
    const mine: Record<string, any>[] = await em.query(`SELECT ${cols} FROM signature WHERE letter_id = $1 ORDER BY position FOR UPDATE`, [
      into.id,
    ]);
    const theirs: Record<string, any>[] = await em.query(`SELECT ${cols} FROM signature WHERE letter_id = $1 ORDER BY position`, [from.id]);
    const byName = new Map(mine.map((s) => [nameKey(s.printed_name), s]));
    const chambers = chambersOf(into.chamber);
    let decisionsKept = 0;
    let position = mine.reduce((m, s) => Math.max(m, s.position), 0);
    const updates: Record<string, unknown>[] = [];
    const inserts: Record<string, unknown>[] = [];
    for (const s of theirs) {
      const period = s.bioguide_id ? await this.members.periodOn(s.bioguide_id, chambers, into.sentOn, em) : null;
      const twin = byName.get(nameKey(s.printed_name));
      if (twin) {
        if (s.status === "CONFIRMED" && twin.status !== "CONFIRMED" && period) {
          decisionsKept++;
          updates.push({ id: twin.id, bioguide_id: s.bioguide_id, ...period });
        }
        continue;
      }
      const valid = s.bioguide_id ? Boolean(period) : true;
      inserts.push({
        ...s,
        ...(period ?? {}),
        position: ++position,
        ...(valid ? {} : { status: "AMBIGUOUS", bioguide_id: null, state: null, district: null, party: null }),
      });
      if (s.status === "CONFIRMED" && valid) decisionsKept++;
    }
    if (updates.length) {
      await em.query(
        `UPDATE signature s SET status = 'CONFIRMED', confidence = 1, bioguide_id = u.bioguide_id, state = u.state, district = u.district, party = u.party
           FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, bioguide_id varchar, state varchar, district int, party varchar) WHERE s.id = u.id`,
        [JSON.stringify(updates)],
      );
    }
    if (inserts.length) {
      await em.query(
        `INSERT INTO signature (letter_id, position, printed_name, printed_title, role, status, confidence, bioguide_id, state, district, party, candidates)
         SELECT $1, position, printed_name, printed_title, role, status, confidence, bioguide_id, state, district, party, candidates
           FROM jsonb_to_recordset($2::jsonb) AS s(position int, printed_name text, printed_title text, role varchar, status varchar, confidence real,
                bioguide_id varchar, state varchar, district int, party varchar, candidates jsonb)`,
        [into.id, JSON.stringify(inserts)],
      );
      await em.query(`UPDATE letter SET signer_count = (SELECT count(*) FROM signature WHERE letter_id = $1) WHERE id = $1`, [into.id]);
    }
    return { decisionsKept, signaturesAdded: inserts.length };
  }

  /** Deleted letters that can still be restored, most recently deleted first. */
  async deleted(first: number): Promise<DeletedLetterRow[]> {
    const rows = await this.db.query(
      `SELECT id, title, sent_on::text AS sent_on, deleted_at, deleted_by, reason FROM deleted_letter
        WHERE deleted_at >= now() - make_interval(days => ${RESTORE_DAYS}) ORDER BY deleted_at DESC, id LIMIT $1`,
      [first],
    );
    return rows.map(toDeleted);
  }

  /** The letter's audited changes, newest first (also after it was deleted). */
  async history(letterId: string, first: number): Promise<LetterChangeRow[]> {
    const uuid = letterUuid(letterId);
    if (!uuid) return [];
    const rows = await this.db.query<Record<string, any>>(
      `SELECT id::text, at, actor, action, detail FROM audit_log
        WHERE target_type = 'Letter' AND target_id = $1 AND outcome = 'SUCCESS' ORDER BY id DESC LIMIT $2`,
      [uuid, first],
    );
    return rows.map((r) => {
      const { before = null, after = null, ...rest } = (r.detail ?? {}) as Record<string, unknown>;
      return {
        id: r.id,
        at: new Date(r.at),
        actor: r.actor,
        action: r.action,
        before,
        after,
        detail: Object.keys(rest).length ? rest : null,
      };
    });
  }
}

function rename(field: string) {
  return (e: unknown): never => {
    if (e instanceof CurationError) throw new CurationError(e.message, e.code, field);
    throw e;
  };
}

function toDeleted(r: Record<string, any>): DeletedLetterRow {
  const deletedAt = new Date(r.deleted_at);
  return {
    databaseId: r.id,
    title: r.title,
    sentOn: r.sent_on,
    deletedAt,
    deletedBy: r.deleted_by,
    reason: r.reason ?? null,
    restorableUntil: new Date(deletedAt.getTime() + RESTORE_DAYS * 86_400_000),
  };
}
