/**
 * Member groups: the read module (its SQL, rows and record) and the writes, each with an audit
 * row in the same transaction. Group members are people (bioguide ids): one who left office
 * stays; gaps count only those serving in the letter's chamber on its date.
 */
export { groupUuid, notFoundGroup } from "./group-id";
import { conflict } from "../../errors/domain-error";
import type { Database } from "../../db/database";
import { badInput } from "../../schema/connection";
import { writeAudit, type Actor } from "../auth/audit.service";
import { buildMatcher } from "../importing/match/match-name";
import { fold, parsePrintedName } from "../importing/match/name-forms";
import type { MatchCandidate, MatchResult } from "../importing/types";
import { MatchStatus } from "../letters/enums";
import { LETTER_SELECT, toLetter } from "../letters/letters.read";
import type { Chamber } from "../members/chamber";
import type { Member } from "../members/member.entity";
import { toMember } from "../members/members.read";
import { SERVING_FOR, SERVING_ON } from "../members/serving-sql";
import type { MembersService } from "../members/members.service";
import { MemberGroup, type GroupMemberRecord, type GroupRecord, type ListMatch, type ListMatchResult } from "./group-types";
import { groupUuid, notFoundGroup } from "./group-id";
import { MemberListError, parseMemberList, type ListEntry } from "./member-list";

const BIOGUIDE = /^[A-Z]\d{6}$/;
const MAX_MEMBERS_PER_CALL = 1_000;

const toGroup = (r: Record<string, any>): MemberGroup =>
  Object.assign(new MemberGroup(), {
    id: r.id,
    name: r.name,
    description: r.description ?? null,
    chamber: r.chamber ?? null,
    memberCount: r.member_count ?? 0,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });

const GROUP_SELECT = `g.id, g.name, g.description, g.chamber, g.created_at, g.updated_at,
  (SELECT count(*)::int FROM member_group_member gm WHERE gm.group_id = g.id) AS member_count`;

function checkName(name: string): string {
  const n = name.trim().replace(/\s+/g, " ");
  if (!n || n.length > 120) throw badInput("`name` must be 1 to 120 characters.", "name");
  return n;
}

function checkIds(ids: readonly string[], field: string): string[] {
  if (ids.length > MAX_MEMBERS_PER_CALL) throw badInput(`At most ${MAX_MEMBERS_PER_CALL} members at a time.`, field);
  const out = [...new Set(ids.map((id) => id.trim().toUpperCase()))];
  const bad = out.filter((id) => !BIOGUIDE.test(id));
  if (bad.length)
    throw badInput(
      `Not bioguide ids: ${bad
        .slice(0, 5)
        .map((b) => `"${b.slice(0, 20)}"`)
        .join(", ")}.`,
      field,
    );
  return out;
}

/**
 * A bare surname ("Sen. Van Hollen", "Scott"), which the letters' matcher wants with a given name:
 * the members of the pool with that surname, the entry's chamber and state. One is a match, several are choices.
 */
function bySurname(e: ListEntry, pool: MatchCandidate[]): MatchResult | null {
  const words = parsePrintedName(e.name).tokens.join(" ");
  if (!words) return null;
  const hits = pool.filter(
    (c) =>
      fold(c.lastName) === words &&
      (!e.chamber || c.chamber === e.chamber) &&
      (!e.state || c.state === e.state) &&
      (e.district === null || c.district === e.district),
  );
  if (hits.length === 0) return null;
  const candidates = hits.map((c) => ({ bioguideId: c.bioguideId, score: 0.5 }));
  return hits.length === 1
    ? { status: "MATCHED", bioguideId: hits[0].bioguideId, confidence: 0.8, candidates }
    : { status: "AMBIGUOUS", bioguideId: null, confidence: 0.25, candidates };
}

export class GroupsService {
  constructor(private readonly db: Database) {}

  async list(): Promise<MemberGroup[]> {
    return (await this.db.query(`SELECT ${GROUP_SELECT} FROM member_group g ORDER BY lower(g.name)`)).map(toGroup);
  }

  async byId(id: string): Promise<MemberGroup | null> {
    const [row] = await this.db.query(`SELECT ${GROUP_SELECT} FROM member_group g WHERE g.id = $1::uuid`, [groupUuid(id)]);
    return row ? toGroup(row) : null;
  }

  async members(groupId: string): Promise<Member[]> {
    const rows = await this.db.query(
      `SELECT m.* FROM member_group_member gm JOIN member m USING (bioguide_id) WHERE gm.group_id = $1::uuid ORDER BY m.last_name, m.first_name, m.bioguide_id`,
      [groupId],
    );
    return rows.map(toMember);
  }

  /** Bioguide ids of the group's members serving on `on` (in the group's chamber when it has one, and in one of `chambers`), for watches and alerts. */
  async memberIdsOn(groupId: string, on: string, chambers?: ("HOUSE" | "SENATE")[]): Promise<string[]> {
    const rows = await this.db.query<{ bioguide_id: string }>(
      `SELECT gm.bioguide_id FROM member_group_member gm JOIN member_group g ON g.id = gm.group_id
        WHERE gm.group_id = $1::uuid AND EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = gm.bioguide_id
              AND (g.chamber IS NULL OR sp.chamber = g.chamber) AND ($3::text[] IS NULL OR sp.chamber = ANY($3::text[]))
              AND ${SERVING_ON("sp", "$2::date")})
        ORDER BY 1`,
      [groupUuid(groupId), on, chambers ?? null],
    );
    return rows.map((r) => r.bioguide_id);
  }

  async create(
    actor: Actor,
    input: { name: string; description?: string | null; chamber?: Chamber | null; bioguideIds?: string[] | null },
  ): Promise<MemberGroup> {
    const name = checkName(input.name);
    const description = this.checkDescription(input.description);
    const ids = checkIds(input.bioguideIds ?? [], "bioguideIds");
    const id = await this.db.transaction(async (em) => {
      const [row] = await em.query(
        `INSERT INTO member_group (name, description, chamber) VALUES ($1, $2, $3) ON CONFLICT ((lower(name))) DO NOTHING RETURNING id`,
        [name, description, input.chamber ?? null],
      );
      if (!row) throw conflict(`A group named "${name}" exists.`, "name");
      const added = await this.insertMembers(em, row.id, ids);
      await writeAudit(em, actor, {
        action: "group.create",
        targetType: "member_group",
        targetId: row.id,
        detail: { name, chamber: input.chamber ?? null, added },
      });
      return row.id as string;
    });
    return (await this.byId(id))!;
  }

  async update(
    actor: Actor,
    groupId: string,
    input: { name: string; description?: string | null; chamber?: Chamber | null },
  ): Promise<MemberGroup> {
    const id = groupUuid(groupId);
    const name = checkName(input.name);
    const description = this.checkDescription(input.description);
    await this.db.transaction(async (em) => {
      const clash = await em.query(`SELECT 1 FROM member_group WHERE lower(name) = lower($1) AND id <> $2::uuid`, [name, id]);
      if (clash.length) throw conflict(`A group named "${name}" exists.`, "name");
      const rows = await em.query(
        `UPDATE member_group SET name = $2, description = $3, chamber = $4, updated_at = now() WHERE id = $1::uuid RETURNING id`,
        [id, name, description, input.chamber ?? null],
      );
      if (!rows.length) throw notFoundGroup(id);
      await writeAudit(em, actor, {
        action: "group.update",
        targetType: "member_group",
        targetId: id,
        detail: { name, description, chamber: input.chamber ?? null },
      });
    });
    return (await this.byId(id))!;
  }

  async delete(actor: Actor, groupId: string): Promise<boolean> {
    const id = groupUuid(groupId);
    return this.db.transaction(async (em) => {
      const rows = await em.query(`DELETE FROM member_group WHERE id = $1::uuid RETURNING name`, [id]);
      if (!rows.length) throw notFoundGroup(id);
      await writeAudit(em, actor, { action: "group.delete", targetType: "member_group", targetId: id, detail: { name: rows[0].name } });
      return true;
    });
  }

  async addMembers(actor: Actor, groupId: string, bioguideIds: string[]): Promise<MemberGroup> {
    const id = groupUuid(groupId);
    const ids = checkIds(bioguideIds, "bioguideIds");
    await this.db.transaction(async (em) => {
      await this.lock(em, id);
      const added = await this.insertMembers(em, id, ids);
      await em.query(`UPDATE member_group SET updated_at = now() WHERE id = $1::uuid`, [id]);
      await writeAudit(em, actor, { action: "group.addMembers", targetType: "member_group", targetId: id, detail: { added } });
    });
    return (await this.byId(id))!;
  }

  async removeMembers(actor: Actor, groupId: string, bioguideIds: string[]): Promise<MemberGroup> {
    const id = groupUuid(groupId);
    const ids = checkIds(bioguideIds, "bioguideIds");
    await this.db.transaction(async (em) => {
      await this.lock(em, id);
      const rows = await em.query(
        `DELETE FROM member_group_member WHERE group_id = $1::uuid AND bioguide_id = ANY($2::text[]) RETURNING bioguide_id`,
        [id, ids],
      );
      await em.query(`UPDATE member_group SET updated_at = now() WHERE id = $1::uuid`, [id]);
      await writeAudit(em, actor, {
        action: "group.removeMembers",
        targetType: "member_group",
        targetId: id,
        detail: { removed: rows.map((r: { bioguide_id: string }) => r.bioguide_id) },
      });
    });
    return (await this.byId(id))!;
  }

  private checkDescription(d: string | null | undefined): string | null {
    const t = d?.trim() || null;
    if (t && t.length > 2000) throw badInput("`description` is longer than 2,000 characters.", "description");
    return t;
  }

  private async lock(em: { query: Database["manager"]["query"] }, id: string) {
    const rows = await em.query(`SELECT id FROM member_group WHERE id = $1::uuid FOR UPDATE`, [id]);
    if (!rows.length) throw notFoundGroup(id);
  }

  /** Adds members (unknown ids refuse the whole write); returns the ids newly added. */
  private async insertMembers(em: { query: Database["manager"]["query"] }, groupId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const known = new Set(
      (await em.query(`SELECT bioguide_id FROM member WHERE bioguide_id = ANY($1::text[])`, [ids])).map(
        (r: { bioguide_id: string }) => r.bioguide_id,
      ),
    );
    const unknown = ids.filter((i) => !known.has(i));
    if (unknown.length) throw badInput(`No member with bioguide id ${unknown.slice(0, 5).join(", ")}.`, "bioguideIds");
    const rows = await em.query(
      `INSERT INTO member_group_member (group_id, bioguide_id) SELECT $1::uuid, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING bioguide_id`,
      [groupId, ids],
    );
    return rows.map((r: { bioguide_id: string }) => r.bioguide_id);
  }

  /**
   * Matches a pasted list or CSV with the letters' matcher against members serving on `on` (in
   * `chamber` when given): bioguide ids directly, names among the members of the state/district
   * the entry gives. An ambiguous name is returned with its candidates, never picked.
   */
  async matchList(text: string, members: MembersService, opts: { chamber?: Chamber | null; on: string }): Promise<ListMatchResult> {
    let entries: ListEntry[];
    try {
      entries = parseMemberList(text);
    } catch (e) {
      if (e instanceof MemberListError) throw badInput(e.message, "text");
      throw e;
    }
    const chambers: ("HOUSE" | "SENATE")[] = opts.chamber ? [opts.chamber as "HOUSE" | "SENATE"] : ["HOUSE", "SENATE"];
    const pool = await members.servingOn(opts.on, chambers);
    const matchers = new Map<string, ReturnType<typeof buildMatcher>>();
    const matcherFor = (e: ListEntry) => {
      const key = `${e.state ?? ""}/${e.district ?? ""}`;
      let m = matchers.get(key);
      if (!m) {
        const narrowed = pool.filter(
          (c: MatchCandidate) => (!e.state || c.state === e.state) && (e.district === null || c.district === e.district),
        );
        matchers.set(key, (m = buildMatcher(narrowed.length ? narrowed : pool)));
      }
      return m;
    };
    const wanted = new Set<string>();
    const results = entries.map((e) => {
      if (e.bioguideId) {
        wanted.add(e.bioguideId);
        return { e, status: MatchStatus.MATCHED, id: e.bioguideId as string | null, candidates: [] as string[] };
      }
      let r = matcherFor(e).match(e.name, { chamber: e.chamber });
      if (r.status === "UNMATCHED") r = bySurname(e, pool) ?? r;
      const candidates = r.status === "MATCHED" ? [] : r.candidates.map((c) => c.bioguideId);
      if (r.bioguideId) wanted.add(r.bioguideId);
      candidates.forEach((c) => wanted.add(c));
      return { e, status: r.status as MatchStatus, id: r.bioguideId, candidates };
    });
    const rows = wanted.size ? await this.db.query(`SELECT * FROM member WHERE bioguide_id = ANY($1::text[])`, [[...wanted]]) : [];
    const byId = new Map(rows.map((r) => [r.bioguide_id as string, toMember(r)]));
    const out: ListMatch[] = results.map(({ e, status, id, candidates }) => {
      const member = id ? (byId.get(id) ?? null) : null;
      return {
        line: e.line,
        text: e.text,
        status: id && !member ? MatchStatus.UNMATCHED : status,
        member,
        candidates: candidates.map((c) => byId.get(c)).filter((m): m is Member => Boolean(m)),
      };
    });
    const matched = out.filter((x) => x.status === MatchStatus.MATCHED).length;
    return { entries: out, matched, needsReview: out.length - matched };
  }

  /** Each member's record on the newest `first` letters any member of the group signed: one statement. */
  async record(groupId: string, first: number): Promise<GroupRecord> {
    const [row] = await this.db.query(
      `WITH gl AS (
         SELECT l.id, l.sent_on, l.chamber FROM letter l
          WHERE EXISTS (SELECT 1 FROM signature s JOIN member_group_member gm ON gm.bioguide_id = s.bioguide_id
                         WHERE s.letter_id = l.id AND gm.group_id = $1::uuid)
          ORDER BY l.sent_on DESC, l.id DESC LIMIT $2),
       per AS (
         SELECT gm.bioguide_id,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = gm.bioguide_id
                  AND ${SERVING_FOR("sp", "gl.chamber", "gl.sent_on")}))::int AS eligible,
                coalesce(array_agg(gl.id::text ORDER BY gl.sent_on DESC) FILTER (WHERE s.letter_id IS NOT NULL), '{}') AS signed_ids
           FROM member_group_member gm CROSS JOIN gl
           LEFT JOIN signature s ON s.letter_id = gl.id AND s.bioguide_id = gm.bioguide_id
          WHERE gm.group_id = $1::uuid
          GROUP BY gm.bioguide_id)
       SELECT (SELECT coalesce(json_agg(x ORDER BY x.sent_on DESC, x.id DESC), '[]') FROM (SELECT ${LETTER_SELECT} FROM letter l JOIN gl USING (id)) x) AS letters,
              (SELECT coalesce(json_agg(y), '[]') FROM (
                 SELECT m.*, coalesce(per.eligible, 0) AS eligible, coalesce(per.signed_ids, '{}') AS signed_ids
                   FROM member_group_member gm JOIN member m USING (bioguide_id) LEFT JOIN per USING (bioguide_id)
                  WHERE gm.group_id = $1::uuid) y) AS members`,
      [groupUuid(groupId), first],
    );
    const members: GroupMemberRecord[] = (row.members as Record<string, any>[]).map((r) => ({
      member: toMember(r),
      eligible: r.eligible,
      signed: r.signed_ids.length,
      signedLetterIds: r.signed_ids,
    }));
    members.sort(
      (a, b) =>
        b.signed - a.signed || a.member.lastName.localeCompare(b.member.lastName) || a.member.bioguideId.localeCompare(b.member.bioguideId),
    );
    return { letters: (row.letters as Record<string, unknown>[]).map(toLetter), members };
  }
}
