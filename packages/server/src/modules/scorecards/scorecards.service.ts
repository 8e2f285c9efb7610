/** Scorecards: validated writes (all of a scorecard or nothing) and reads of the scorecard rows. */
import { notFound as notFoundError } from "../../errors/domain-error";
import type { Database } from "../../db/database";
import { badInput } from "../../schema/connection";
import { writeAudit, type Actor } from "../auth/audit.service";
import type { Chamber } from "../members/chamber";
import { letterUuid } from "../node/global-id";
import { checkGradeScale, DEFAULT_GRADE_SCALE, type GradeBand } from "./grade-scale";
import { ScorecardRead } from "./scorecard-read";
import { Scorecard, type ScorecardInput, type ScorecardItem, type ScorecardLetter, type Stance } from "./scorecard.types";

export const MAX_LETTERS = 500;
export const MAX_ITEMS = 2000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The dates of Congress `n`: from January 3 of its first year (the 74th on, 20th Amendment) or
 * March 4 before, to the day before the next one began.
 */
export function congressDates(n: number): { from: string; to: string } {
  const year = 1787 + 2 * n;
  if (n >= 74) return { from: `${year}-01-03`, to: `${year + 2}-01-02` };
  return { from: `${year}-03-04`, to: n === 73 ? `${year + 2}-01-02` : `${year + 2}-03-03` };
}

interface CheckedScorecard {
  name: string;
  description: string | null;
  chamber: Chamber | null;
  dateFrom: string | null;
  dateTo: string | null;
  congress: number | null;
  scale: GradeBand[];
  letters: { uuid: string; stance: Stance; weight: number }[];
  items: { bioguideId: string; points: number; outOf: number; note: string }[];
}

const toScorecard = (r: Record<string, unknown>): Scorecard =>
  Object.assign(new Scorecard(), {
    id: r.id as string,
    name: r.name as string,
    description: (r.description as string | null) ?? null,
    chamber: (r.chamber as Chamber | null) ?? null,
    dateFrom: (r.date_from as string | null) ?? null,
    dateTo: (r.date_to as string | null) ?? null,
    congress: (r.congress as number | null) ?? null,
    gradeScale: r.grade_scale as GradeBand[],
    published: r.published_at !== null,
    publishedAt: (r.published_at as Date | null) ?? null,
    updatedAt: r.updated_at as Date,
  });

const SELECT = `SELECT id, name, description, chamber, to_char(date_from, 'YYYY-MM-DD') AS date_from,
  to_char(date_to, 'YYYY-MM-DD') AS date_to, congress, grade_scale, published_at, updated_at FROM scorecard`;

export class ScorecardsService {
  readonly read: ScorecardRead;

  constructor(private readonly db: Database) {
    this.read = new ScorecardRead(db);
  }

  /** Published scorecards, newest first; with `drafts`, the drafts too (editors). */
  async list(drafts: boolean): Promise<Scorecard[]> {
    const rows = await this.db.query(
      `${SELECT} ${drafts ? "" : "WHERE published_at IS NOT NULL"} ORDER BY published_at DESC NULLS FIRST, updated_at DESC, id`,
    );
    return rows.map(toScorecard);
  }

  /** One scorecard; a draft only when `drafts` (editors). Null when there is none. */
  async byId(id: string, drafts: boolean): Promise<Scorecard | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.db.query(`${SELECT} WHERE id = $1 ${drafts ? "" : "AND published_at IS NOT NULL"}`, [id]);
    return row ? toScorecard(row) : null;
  }

  async letters(id: string): Promise<ScorecardLetter[]> {
    const rows = await this.db.query<{ letter_id: string; stance: Stance; weight: string }>(
      `SELECT x.letter_id, x.stance, x.weight FROM scorecard_letter x JOIN letter l ON l.id = x.letter_id
        WHERE x.scorecard_id = $1 ORDER BY x.position`,
      [id],
    );
    return rows.map((r) => ({ letterId: r.letter_id, stance: r.stance, weight: Number(r.weight) }) as ScorecardLetter);
  }

  async items(id: string): Promise<ScorecardItem[]> {
    const rows = await this.db.query<{ bioguide_id: string; points: string; out_of: string; note: string }>(
      `SELECT bioguide_id, points, out_of, note FROM scorecard_item WHERE scorecard_id = $1 ORDER BY position`,
      [id],
    );
    return rows.map(
      (r) => ({ bioguideId: r.bioguide_id, points: Number(r.points), outOf: Number(r.out_of), note: r.note }) as ScorecardItem,
    );
  }

  async create(actor: Actor, input: ScorecardInput): Promise<Scorecard> {
    const checked = await this.check(input);
    const id = await this.db.transaction(async (em) => {
      const [row] = await em.query(
        `INSERT INTO scorecard (name, description, chamber, date_from, date_to, congress, grade_scale, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          checked.name,
          checked.description,
          checked.chamber,
          checked.dateFrom,
          checked.dateTo,
          checked.congress,
          JSON.stringify(checked.scale),
          actor.id,
        ],
      );
      await this.writeParts(em, row.id, checked);
      await writeAudit(em, actor, {
        action: "scorecard.create",
        targetType: "Scorecard",
        targetId: row.id,
        detail: { name: checked.name },
      });
      return row.id as string;
    });
    return (await this.byId(id, true))!;
  }

  /** Replaces everything in the scorecard with `input` (its status stays). */
  async edit(actor: Actor, id: string, input: ScorecardInput): Promise<Scorecard> {
    await this.mustExist(id);
    const checked = await this.check(input);
    await this.db.transaction(async (em) => {
      const updated = await em.query(
        `UPDATE scorecard SET name = $2, description = $3, chamber = $4, date_from = $5, date_to = $6, congress = $7,
                grade_scale = $8, updated_at = now() WHERE id = $1 RETURNING id`,
        [
          id,
          checked.name,
          checked.description,
          checked.chamber,
          checked.dateFrom,
          checked.dateTo,
          checked.congress,
          JSON.stringify(checked.scale),
        ],
      );
      if (!updated.length) throw notFound(id);
      await em.query(`DELETE FROM scorecard_letter WHERE scorecard_id = $1`, [id]);
      await em.query(`DELETE FROM scorecard_item WHERE scorecard_id = $1`, [id]);
      await this.writeParts(em, id, checked);
      await writeAudit(em, actor, { action: "scorecard.edit", targetType: "Scorecard", targetId: id });
    });
    return (await this.byId(id, true))!;
  }

  async publish(actor: Actor, id: string, published: boolean): Promise<Scorecard> {
    await this.mustExist(id);
    await this.db.transaction(async (em) => {
      await em.query(
        `UPDATE scorecard SET published_at = CASE WHEN $2 THEN coalesce(published_at, now()) END, updated_at = now() WHERE id = $1`,
        [id, published],
      );
      await writeAudit(em, actor, {
        action: published ? "scorecard.publish" : "scorecard.unpublish",
        targetType: "Scorecard",
        targetId: id,
      });
    });
    return (await this.byId(id, true))!;
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    await this.mustExist(id);
    await this.db.transaction(async (em) => {
      await em.query(`DELETE FROM scorecard WHERE id = $1`, [id]);
      await writeAudit(em, actor, { action: "scorecard.delete", targetType: "Scorecard", targetId: id });
    });
    return true;
  }

  private async mustExist(id: string): Promise<void> {
    if (!(await this.byId(id, true))) throw notFound(id);
  }

  private async writeParts(
    em: { query(sql: string, params?: unknown[]): Promise<unknown> },
    id: string,
    c: CheckedScorecard,
  ): Promise<void> {
    if (c.letters.length) {
      await em.query(
        `INSERT INTO scorecard_letter (scorecard_id, letter_id, stance, weight, position)
         SELECT $1, letter_id, stance, weight, position FROM unnest($2::uuid[], $3::text[], $4::numeric[]) WITH ORDINALITY AS x(letter_id, stance, weight, position)`,
        [id, c.letters.map((l) => l.uuid), c.letters.map((l) => l.stance), c.letters.map((l) => l.weight)],
      );
    }
    if (c.items.length) {
      await em.query(
        `INSERT INTO scorecard_item (scorecard_id, bioguide_id, points, out_of, note, position)
         SELECT $1, b, p, o, n, position FROM unnest($2::text[], $3::numeric[], $4::numeric[], $5::text[]) WITH ORDINALITY AS x(b, p, o, n, position)`,
        [id, c.items.map((i) => i.bioguideId), c.items.map((i) => i.points), c.items.map((i) => i.outOf), c.items.map((i) => i.note)],
      );
    }
  }

  /** Checks every part of `input` before anything is written; the first problem is a BAD_USER_INPUT naming its field. */
  private async check(input: ScorecardInput): Promise<CheckedScorecard> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 200) throw badInput("`name` must be 1 to 200 characters.", "name");
    const description = input.description?.trim() || null;
    if (description && description.length > 5000) throw badInput("`description` must be at most 5000 characters.", "description");
    let dateFrom = input.dateFrom ?? null;
    let dateTo = input.dateTo ?? null;
    const congress = input.congress ?? null;
    for (const [field, value] of [
      ["dateFrom", dateFrom],
      ["dateTo", dateTo],
    ] as const) {
      if (value !== null && !ISO_DATE.test(value)) throw badInput(`\`${field}\` must be YYYY-MM-DD.`, field);
    }
    if (congress !== null) {
      if (!Number.isInteger(congress) || congress < 1 || congress > 200) throw badInput("`congress` must be 1 to 200.", "congress");
      if (dateFrom || dateTo) throw badInput("Give `congress` or `dateFrom`/`dateTo`, not both.", "congress");
      ({ from: dateFrom, to: dateTo } = congressDates(congress));
    }
    if (dateFrom && dateTo && dateFrom > dateTo) throw badInput("`dateFrom` is after `dateTo`.", "dateFrom");
    const scale = checkGradeScale(input.gradeScale ?? DEFAULT_GRADE_SCALE);
    const chamber = input.chamber ?? null;
    const letters = await this.checkLetters(input, chamber, dateFrom, dateTo);
    const items = await this.checkItems(input);
    return { name, description, chamber, dateFrom, dateTo, congress, scale, letters, items };
  }

  private async checkLetters(input: ScorecardInput, chamber: Chamber | null, dateFrom: string | null, dateTo: string | null) {
    if (input.letters.length > MAX_LETTERS) throw badInput(`At most ${MAX_LETTERS} letters.`, "letters");
    const seen = new Set<string>();
    const letters = input.letters.map((l, i) => {
      const uuid = letterUuid(l.letterId);
      if (!uuid) throw badInput(`No letter has the id "${l.letterId}".`, `letters[${i}].letterId`);
      if (seen.has(uuid)) throw badInput(`The letter "${l.letterId}" is on the scorecard twice.`, `letters[${i}].letterId`);
      seen.add(uuid);
      const weight = l.weight ?? 1;
      if (!Number.isFinite(weight) || weight <= 0 || weight > 100) {
        throw badInput(`A weight must be over 0 and at most 100, got ${weight}.`, `letters[${i}].weight`);
      }
      if (Math.round(weight * 10000) !== weight * 10000) throw badInput("A weight has at most 4 decimal places.", `letters[${i}].weight`);
      return { uuid, stance: l.stance, weight };
    });
    const rows = await this.db.query<{ id: string; sent_on: string; chamber: string }>(
      `SELECT id, to_char(sent_on, 'YYYY-MM-DD') AS sent_on, chamber FROM letter WHERE id = ANY($1::uuid[])`,
      [letters.map((l) => l.uuid)],
    );
    const found = new Map(rows.map((r) => [r.id, r]));
    letters.forEach((l, i) => {
      const row = found.get(l.uuid);
      const field = `letters[${i}].letterId`;
      if (!row) throw badInput(`No letter has the id "${input.letters[i].letterId}".`, field);
      if (chamber && row.chamber !== chamber && row.chamber !== "BICAMERAL")
        throw badInput(`The letter of ${row.sent_on} is from the ${row.chamber}, not the ${chamber}.`, field);
      if ((dateFrom && row.sent_on < dateFrom) || (dateTo && row.sent_on > dateTo))
        throw badInput(`The letter of ${row.sent_on} is outside the scorecard's dates.`, field);
    });
    return letters;
  }

  private async checkItems(input: ScorecardInput) {
    const list = input.items ?? [];
    if (list.length > MAX_ITEMS) throw badInput(`At most ${MAX_ITEMS} items.`, "items");
    const items = list.map((it, i) => {
      const outOf = it.outOf ?? 1;
      const note = it.note.trim();
      if (!Number.isFinite(outOf) || outOf <= 0 || outOf > 100)
        throw badInput(`\`outOf\` must be over 0 and at most 100, got ${outOf}.`, `items[${i}].outOf`);
      if (!Number.isFinite(it.points) || it.points < 0 || it.points > outOf)
        throw badInput(`\`points\` must be 0 to ${outOf}, got ${it.points}.`, `items[${i}].points`);
      if (note.length < 1 || note.length > 500) throw badInput("An item's `note` must be 1 to 500 characters.", `items[${i}].note`);
      return { bioguideId: it.bioguideId.trim().toUpperCase(), points: it.points, outOf, note };
    });
    const ids = [...new Set(items.map((i) => i.bioguideId))];
    const rows = await this.db.query<{ bioguide_id: string }>(`SELECT bioguide_id FROM member WHERE bioguide_id = ANY($1::text[])`, [ids]);
    const known = new Set(rows.map((r) => r.bioguide_id));
    items.forEach((it, i) => {
      if (!known.has(it.bioguideId)) throw badInput(`No member has the bioguide id "${list[i].bioguideId}".`, `items[${i}].bioguideId`);
    });
    return items;
  }
}

export const notFound = (id: string) => notFoundError(`No scorecard has the id "${id}".`);
