import type { EntityManager } from "typeorm";
import { matchName } from "../importing/match/match-name";
import { chamberOfTitle } from "../importing/parse/signatures";
import type { MatchCandidate, RankedCandidate } from "../importing/types";
import type { MembersService } from "../members/members.service";
import { CurationError } from "./curation-error";

import { chambersOf, type LetterChamberCode as Chamber } from "../members/serving-sql";

export { chambersOf, type Chamber };

/** A signature whose person-confirmed member was not serving on the new date or in the new chamber. */
export interface FlaggedSignature {
  position: number;
  printedName: string;
  /** The member a person had confirmed. */
  wasBioguideId: string;
}

export interface ReResolution {
  /** Signatures matched again by the matcher (everything not CONFIRMED). */
  rematched: number;
  /** CONFIRMED picks still valid on the new date and chamber: kept, with that day's state, district and party. */
  kept: number;
  /** CONFIRMED picks no longer valid: back in the review queue (AMBIGUOUS or UNMATCHED). */
  flagged: FlaggedSignature[];
}

interface SignatureRow {
  id: string;
  position: number;
  printed_name: string;
  printed_title: string | null;
  status: string;
  bioguide_id: string | null;
}

/**
 * Re-resolves every signature of a letter against the members serving in `chamber` on `date`,
 * in one UPDATE (so the stats rollup moves each count once). The matcher decides what it
 * decided at import; a person's CONFIRMED pick is kept when that member served then, and
 * flagged for review (never silently replaced by the matcher's guess) when not.
 */
export async function reResolveSignatures(
  em: EntityManager,
  members: MembersService,
  letterId: string,
  date: string,
  chamber: Chamber,
): Promise<ReResolution> {
  const chambers = chambersOf(chamber);
  const pool = await members.servingOn(date, chambers, em);
  if (pool.length === 0) {
    throw new CurationError(
      `No member data covers ${date} in the ${chambers.join(" or ").toLowerCase()}: sync members that include that date first.`,
      "BAD_USER_INPUT",
      "sentOn",
    );
  }
  const byId = new Map<string, MatchCandidate>(pool.map((m) => [m.bioguideId, m]));
  const rows: SignatureRow[] = await em.query(
    `SELECT id, position, printed_name, printed_title, status, bioguide_id FROM signature WHERE letter_id = $1 ORDER BY position FOR UPDATE`,
    [letterId],
  );
  const out: ReResolution = { rematched: 0, kept: 0, flagged: [] };
  const updates = [];
  for (const s of rows) {
    const match = matchName(s.printed_name, pool, { chamber: chamberOfTitle(s.printed_title) });
    if (s.status === "CONFIRMED" && s.bioguide_id) {
      const period = await members.periodOn(s.bioguide_id, chambers, date, em);
      if (period) {
        out.kept++;
        updates.push({ id: s.id, status: "CONFIRMED", confidence: 1, bioguide_id: s.bioguide_id, ...period, candidates: null });
        continue;
      }
      out.flagged.push({ position: s.position, printedName: s.printed_name, wasBioguideId: s.bioguide_id });
      // A person decided this one: the matcher's answer is only a suggestion now.
      const status = match.status === "UNMATCHED" ? "UNMATCHED" : "AMBIGUOUS";
      updates.push({
        id: s.id,
        status,
        confidence: match.confidence,
        bioguide_id: null,
        state: null,
        district: null,
        party: null,
        candidates: match.candidates,
      });
      continue;
    }
    out.rematched++;
    const member = match.status === "MATCHED" && match.bioguideId ? byId.get(match.bioguideId) : undefined;
    updates.push({
      id: s.id,
      status: match.status,
      confidence: match.confidence,
      bioguide_id: member?.bioguideId ?? null,
      state: member?.state ?? null,
      district: member?.district ?? null,
      party: member?.party ?? null,
      candidates: match.candidates as RankedCandidate[],
    });
  }
  if (updates.length) {
    await em.query(
      `UPDATE signature s SET status = u.status, confidence = u.confidence, bioguide_id = u.bioguide_id,
              state = u.state, district = u.district, party = u.party, candidates = coalesce(u.candidates, s.candidates)
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, status varchar, confidence real, bioguide_id varchar, state varchar, district int, party varchar, candidates jsonb)
        WHERE s.id = u.id`,
      [JSON.stringify(updates)],
    );
  }
  return out;
}
