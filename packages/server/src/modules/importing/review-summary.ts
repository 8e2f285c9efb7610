/**
 * Who in an import needs a person, by name: each AMBIGUOUS or UNMATCHED signer with its best
 * candidates named, with their state and party on the letter's date (for the CLI's summary and
 * its `--json`).
 */
import type { EntityManager } from "typeorm";
import type { ImportPreview } from "./import.service";

export interface NamedCandidate {
  bioguideId: string;
  name: string;
  state: string | null;
  party: string | null;
  score: number;
}

/** Every candidate of the preview's signers, named, with state and party on the letter's date. */
export async function nameCandidates(em: Pick<EntityManager, "query">, preview: ImportPreview): Promise<Map<string, NamedCandidate>> {
  const ids = [...new Set(preview.signers.flatMap((s) => s.candidates.map((c) => c.bioguideId)))];
  if (!ids.length) return new Map();
  const rows: { bioguide_id: string; name: string; state: string | null; party: string | null }[] = await em.query(
    `SELECT m.bioguide_id, coalesce(m.official_full, m.first_name || ' ' || m.last_name) AS name, p.state, p.party
       FROM member m
       LEFT JOIN LATERAL (SELECT state, party FROM service_period sp WHERE sp.bioguide_id = m.bioguide_id AND sp.start_date <= $2 AND $2 < sp.end_date
                           ORDER BY sp.start_date DESC LIMIT 1) p ON true
      WHERE m.bioguide_id = ANY($1)`,
    [ids, preview.date],
  );
  return new Map(rows.map((r) => [r.bioguide_id, { bioguideId: r.bioguide_id, name: r.name, state: r.state, party: r.party, score: 0 }]));
}

/** The named candidates of one signer, best first. */
export function candidatesOf(named: Map<string, NamedCandidate>, candidates: { bioguideId: string; score: number }[]): NamedCandidate[] {
  return candidates.map((c) => ({
    ...(named.get(c.bioguideId) ?? { bioguideId: c.bioguideId, name: c.bioguideId, state: null, party: null }),
    score: c.score,
  }));
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** "Bill Johnson (OH, Republican) 45%" */
export const describeCandidate = (c: NamedCandidate) =>
  `${c.name} (${[c.state, c.party].filter(Boolean).join(", ") || "not serving then"}) ${percent(c.score)}`;

/** Lines naming every signer of the preview that needs review, with up to three candidates each. */
export function reviewLines(preview: ImportPreview, named: Map<string, NamedCandidate>): string[] {
  return preview.signers
    .filter((s) => s.status === "AMBIGUOUS" || s.status === "UNMATCHED")
    .map((s) => {
      const top = candidatesOf(named, s.candidates).slice(0, 3);
      const what = s.status === "AMBIGUOUS" ? "ambiguous" : "no match";
      const options = top.length
        ? `${s.status === "AMBIGUOUS" ? "candidates" : "did you mean"}: ${top.map(describeCandidate).join("; ")}`
        : "no candidates";
      return `  needs review: #${s.position} "${s.printed}" (line ${s.line}, ${what}); ${options}`;
    });
}
