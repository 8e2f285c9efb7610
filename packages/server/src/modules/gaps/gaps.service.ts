/**
 * A letter's gap over a state's delegation, a committee's members or a group's: one SQL
 * statement per gap. The set is taken on the letter's date; only those serving in the letter's
 * chamber(s) that day could have signed.
 */
import { notFound } from "../../errors/domain-error";
import type { Database } from "../../db/database";
import { badInput } from "../../schema/connection";
import { COMMITTEE_IDS, committeeId, DATA_FROM, HOLDS, noCommitteeData, notFoundCommittee } from "../committees/committees.service";
import { type CommitteeSide } from "../committees/committee-types";
import { groupUuid, notFoundGroup } from "../groups/groups.service";
import type { LetterChamber } from "../letters/enums";
import type { Chamber } from "../members/chamber";
import { toMember } from "../members/members.read";
import { SERVING_FOR } from "../members/serving-sql";
import { partyFromName } from "../members/party";
import { Gap, GapKind, type GapMember } from "./gap-types";

export interface GapOfInput {
  state?: string | null;
  committee?: string | null;
  includeSubcommittees?: boolean | null;
  group?: string | null;
}

interface GapSql {
  kind: GapKind;
  key: string;
  /** The set: rows of (bioguide_id, side, title), given `l(id, d, chamber)`. */
  people: string;
  /** Extra condition on the service period `sp` (a group's chamber). */
  period: string;
  /** The set's name, or null when it does not exist. */
  name: string;
  params: unknown[];
}

/** The kind-specific parts of the statement, from a validated input. */
function gapSql(of: GapOfInput): GapSql {
  const given = [of.state, of.committee, of.group].filter((x) => x !== null && x !== undefined && x !== "").length;
  if (given !== 1) throw badInput("Give exactly one of `state`, `committee` or `group`.", "of");
  if (of.state) {
    const code = of.state.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) throw badInput(`\`state\` must be a two-letter code, got "${of.state.slice(0, 20)}".`, "of.state");
    return {
      kind: GapKind.STATE,
      key: code,
      name: "$2::text",
      period: "true",
      params: [code],
      people: `SELECT DISTINCT sp.bioguide_id, NULL::text AS side, NULL::text AS title FROM service_period sp, l
                WHERE sp.state = $2 AND ${SERVING_FOR("sp", "l.chamber", "l.d")}`,
    };
  }
  if (of.committee) {
    const id = committeeId(of.committee, "of.committee");
    return {
      kind: GapKind.COMMITTEE,
      key: id,
      name: "(SELECT name FROM committee WHERE id = $2)",
      period: "true",
      params: [id, of.includeSubcommittees ?? false],
      // A member on the committee and a subcommittee counts once, with the committee's seat.
      people: `SELECT DISTINCT ON (cm.bioguide_id) cm.bioguide_id, cm.side, cm.title FROM committee_membership cm, l
                WHERE cm.committee_id IN ${COMMITTEE_IDS("$2", "$3::boolean")} AND ${HOLDS("cm", "l.d")}
                ORDER BY cm.bioguide_id, (cm.committee_id = $2) DESC`,
    };
  }
  const id = groupUuid(of.group!);
  return {
    kind: GapKind.GROUP,
    key: id,
    name: "(SELECT name FROM member_group WHERE id = $2::uuid)",
    params: [id],
    period: "(g.chamber IS NULL OR sp.chamber = g.chamber)",
    people: `SELECT gm.bioguide_id, NULL::text AS side, NULL::text AS title FROM member_group_member gm WHERE gm.group_id = $2::uuid`,
  };
}

const ORDER = (a: GapMember, b: GapMember) =>
  String(b.chamber).localeCompare(String(a.chamber)) ||
  String(a.state).localeCompare(String(b.state)) ||
  (a.district ?? -1) - (b.district ?? -1) ||
  a.member.lastName.localeCompare(b.member.lastName) ||
  a.member.bioguideId.localeCompare(b.member.bioguideId);

export class GapsService {
  constructor(private readonly db: Database) {}

  async gap(letter: { id: string; sentOn: string; chamber: LetterChamber }, of: GapOfInput): Promise<Gap> {
    const q = gapSql(of);
    const group = q.kind === GapKind.GROUP ? `LEFT JOIN member_group g ON g.id = $2::uuid` : "";
    const [row] = await this.db.query(
      `WITH l AS (SELECT id, sent_on AS d, chamber FROM letter WHERE id = $1::uuid),
       people AS (${q.people}),
       r AS (
         SELECT m.*, p.side, p.title, sp.chamber AS sp_chamber, sp.state AS sp_state, sp.district AS sp_district, sp.party AS sp_party,
                EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = l.id AND s.bioguide_id = p.bioguide_id) AS signed
           FROM l CROSS JOIN people p JOIN member m ON m.bioguide_id = p.bioguide_id ${group}
           LEFT JOIN LATERAL (
             SELECT sp.* FROM service_period sp
              WHERE sp.bioguide_id = p.bioguide_id AND ${q.period} AND ${SERVING_FOR("sp", "l.chamber", "l.d")}
              ORDER BY sp.start_date DESC LIMIT 1) sp ON true)
       SELECT to_char(l.d, 'YYYY-MM-DD') AS d, l.chamber, ${q.name} AS name,
              ${q.kind === GapKind.COMMITTEE ? DATA_FROM : "NULL::text"} AS data_from,
              (SELECT coalesce(json_agg(r), '[]') FROM r) AS rows
         FROM l`,
      [letter.id, ...q.params],
    );
    if (!row) throw notFound("The letter is gone.");
    if (row.name === null) throw q.kind === GapKind.COMMITTEE ? notFoundCommittee(q.key) : notFoundGroup(q.key);
    if (q.kind === GapKind.COMMITTEE && (!row.data_from || (row.d as string) < (row.data_from as string))) {
      throw noCommitteeData(row.d as string, row.data_from as string | null);
    }
    const members: GapMember[] = (row.rows as Record<string, any>[]).map((r) => ({
      member: toMember(r),
      signed: Boolean(r.signed),
      serving: r.sp_chamber !== null,
      chamber: (r.sp_chamber as Chamber | null) ?? null,
      state: r.sp_state ?? null,
      district: r.sp_district ?? null,
      party: r.sp_party ? partyFromName(r.sp_party) : null,
      side: r.side ? (r.side.toUpperCase() as CommitteeSide) : null,
      title: r.title ?? null,
    }));
    members.sort(ORDER);
    const serving = members.filter((m) => m.serving);
    const signed = serving.filter((m) => m.signed);
    const notSigned = serving.filter((m) => !m.signed);
    const notServing = members.filter((m) => !m.serving).sort((a, b) => a.member.lastName.localeCompare(b.member.lastName));
    return Object.assign(new Gap(), {
      kind: q.kind,
      key: q.key,
      name: row.name as string,
      date: row.d as string,
      chamber: row.chamber as LetterChamber,
      serving: serving.length,
      signedCount: signed.length,
      notSignedCount: notSigned.length,
      notServingCount: notServing.length,
      signed,
      notSigned,
      notServing,
    });
  }
}
