/**
 * On import: the earlier versions of a new letter. Candidates come from the LSH band index
 * (letters sharing a band key) and from an explicit follow-up reference (letters on the
 * referenced date or year with a shared recipient); each is scored, and
 * - at or above JOIN_SIMILARITY (or an explicit reference to a dated letter to the same
 *   recipient) the new letter joins the candidate's series (one is made when it has none);
 *   when it is a version of letters in several series (imports out of date order), it bridges
 *   them and they become one;
 * - from POSSIBLE_SIMILARITY up it is kept as a "possible earlier version" for staff to
 *   confirm or reject, never merged;
 * - below, it is dropped.
 * Thresholds were measured on the generated series corpus (series.corpus.test.ts prints them).
 */
import type { EntityManager } from "typeorm";
import { fingerprint, MIN_SHINGLES, similarity, type Fingerprint } from "./fingerprint";
import { findFollowUp, recipientKeys, shareRecipient } from "./follow-up";

/** Estimated Jaccard at or above which two letters are versions of one letter. */
export const JOIN_SIMILARITY = 0.36;
/** Estimated Jaccard from which a candidate is shown as a possible earlier version. */
export const POSSIBLE_SIMILARITY = 0.2;
/** A follow-up with only a year ("last year") also needs this much shared text to join. */
const FOLLOW_UP_YEAR_SIMILARITY = 0.1;
/** Candidates examined per import at most (the band lookup's bound). */
const MAX_CANDIDATES = 200;
/** Possible earlier versions kept per letter. */
const MAX_POSSIBLE = 5;

type Queryable = Pick<EntityManager, "query">;

export interface LineageInput {
  letterId: string;
  title: string;
  sentOn: string;
  body: string | null;
  recipients: readonly { name?: string | null; organization?: string | null; title?: string | null }[];
}

export interface LineageLink {
  otherId: string;
  score: number;
  method: "TEXT" | "FOLLOW_UP";
  status: "JOINED" | "POSSIBLE";
  phrase: string | null;
}

export interface LineageResult {
  seriesId: string | null;
  links: LineageLink[];
}

interface Candidate {
  id: string;
  title: string;
  sent_on: string;
  recipients: LineageInput["recipients"];
  series_id: string | null;
  minhash: number[] | null;
}

/** Moves every letter of series `from` into series `to`, and deletes `from`. */
export async function moveSeries(em: Queryable, from: string, to: string): Promise<void> {
  await em.query(`UPDATE letter_series_member SET series_id = $2 WHERE series_id = $1`, [from, to]);
  await em.query(`DELETE FROM letter_series WHERE id = $1`, [from]);
}

/**
 * The data-modifying CTEs (named fp_rows, fp_bands) that store letters' MinHash signatures and LSH
 * band keys from parameter `param` (a JSON array of `{ letter_id } & Fingerprint`).
 */
const fingerprintInserts = (param: string) => `
  fp_rows AS (
    INSERT INTO letter_fingerprint (letter_id, minhash, shingles)
    SELECT letter_id, ARRAY(SELECT jsonb_array_elements_text(minhash)::int), shingles
      FROM jsonb_to_recordset(${param}::jsonb) AS f(letter_id uuid, minhash jsonb, shingles int)),
  fp_bands AS (
    INSERT INTO letter_band (band_key, letter_id)
    SELECT DISTINCT k::int, f.letter_id FROM jsonb_to_recordset(${param}::jsonb) AS f(letter_id uuid, bands jsonb), jsonb_array_elements_text(f.bands) AS k)`;

/** Stores letters' MinHash signatures and LSH band keys, in one statement. */
export async function storeFingerprints(em: Queryable, rows: ({ letter_id: string } & Fingerprint)[]): Promise<void> {
  await em.query(`WITH ${fingerprintInserts("$1")} SELECT 1`, [JSON.stringify(rows)]);
}

const parseInts = (v: unknown): number[] | null =>
  v == null ? null : Array.isArray(v) ? v.map(Number) : String(v).replace(/[{}]/g, "").split(",").map(Number);

/** Stores the new letter's fingerprint, finds its earlier versions and joins or suggests them. */
export async function recordLineage(em: Queryable, input: LineageInput): Promise<LineageResult> {
  const fp = fingerprint(input.body ?? "");
  const stored = JSON.stringify([{ letter_id: input.letterId, ...fp }]);
  const select = `SELECT l.id, l.title, l.sent_on::text AS sent_on, l.recipients, m.series_id, f.minhash
      FROM letter l
      LEFT JOIN letter_fingerprint f ON f.letter_id = l.id
      LEFT JOIN letter_series_member m ON m.letter_id = l.id`;
  // The fingerprint is stored and the letters sharing most band keys with this one (each shared
  // key: two equal minimum hashes) are read in one statement; the read does not see the new rows,
  // and excludes the new letter anyway.
  const byText: Candidate[] =
    fp.shingles >= MIN_SHINGLES
      ? await em.query(
          `WITH ${fingerprintInserts("$3")},
           c AS (SELECT letter_id, count(*) AS shared FROM letter_band
                  WHERE band_key = ANY($1::int[]) AND letter_id <> $2
                  GROUP BY letter_id ORDER BY shared DESC LIMIT ${MAX_CANDIDATES})
           ${select} JOIN c ON c.letter_id = l.id WHERE NOT l.is_demo`,
          [fp.bands, input.letterId, stored],
        )
      : (await storeFingerprints(em, [{ letter_id: input.letterId, ...fp }]), []);
  const scored = new Map<string, LineageLink & { candidate: Candidate }>();
  for (const c of byText) {
    const mh = parseInts(c.minhash);
    const score = mh ? similarity(fp.minhash, mh) : 0;
    if (score < POSSIBLE_SIMILARITY) continue;
    scored.set(c.id, {
      otherId: c.id,
      score,
      method: "TEXT",
      status: score >= JOIN_SIMILARITY ? "JOINED" : "POSSIBLE",
      phrase: null,
      candidate: c,
    });
  }

  const ref = input.body ? findFollowUp(input.body, input.sentOn) : null;
  if (ref) {
    const mine = recipientKeys(input.recipients);
    const [from, to] = ref.date ? [ref.date, ref.date] : [`${ref.year}-01-01`, `${ref.year}-12-31`];
    const dated: Candidate[] = await em.query(
      `${select} WHERE l.sent_on BETWEEN $1::date AND $2::date AND l.id <> $3 AND NOT l.is_demo LIMIT ${MAX_CANDIDATES}`,
      [from, to, input.letterId],
    );
    for (const c of dated) {
      if (!shareRecipient(mine, recipientKeys(c.recipients ?? []))) continue;
      const mh = parseInts(c.minhash);
      const text = mh ? similarity(fp.minhash, mh) : 0;
      const joins = ref.date !== null || text >= FOLLOW_UP_YEAR_SIMILARITY;
      const prior = scored.get(c.id);
      if (prior?.status === "JOINED") continue;
      scored.set(c.id, {
        otherId: c.id,
        score: Math.max(text, joins ? 1 : 0),
        method: "FOLLOW_UP",
        status: joins ? "JOINED" : "POSSIBLE",
        phrase: ref.phrase,
        candidate: c,
      });
    }
  }

  const ranked = [...scored.values()].sort((a, b) => b.score - a.score || (a.candidate.sent_on < b.candidate.sent_on ? 1 : -1));
  const best = ranked.find((l) => l.status === "JOINED");
  let seriesId: string | null = null;
  if (best) {
    seriesId = best.candidate.series_id;
    if (!seriesId) {
      [{ id: seriesId }] = await em.query(`INSERT INTO letter_series (name) VALUES ($1) RETURNING id`, [
        best.candidate.title.slice(0, 300) || "Untitled series",
      ]);
    }
    // Other series the new letter is a version of (above the threshold) become this one.
    const bridged = new Set(
      ranked
        .filter((l) => l.status === "JOINED" && l.candidate.series_id && l.candidate.series_id !== seriesId)
        .map((l) => l.candidate.series_id!),
    );
    for (const other of bridged) await moveSeries(em, other, seriesId!);
    // The new letter, and the joined candidates that were in no series yet.
    const loose = ranked.filter((l) => l.status === "JOINED" && l.candidate.series_id === null).map((l) => l.otherId);
    await em.query(
      `WITH m AS (INSERT INTO letter_series_member (letter_id, series_id, added_by) SELECT unnest($1::uuid[]), $2, 'AUTO')
       UPDATE letter_series SET updated_at = now() WHERE id = $2`,
      [[input.letterId, ...loose], seriesId],
    );
  }
  const links = ranked
    .filter((l, i, all) => l.status === "JOINED" || all.slice(0, i).filter((x) => x.status === "POSSIBLE").length < MAX_POSSIBLE)
    .map(({ otherId, score, method, status, phrase }) => ({ otherId, score, method, status, phrase }));
  if (links.length) {
    await em.query(
      `INSERT INTO letter_version_link (letter_id, other_id, score, method, status, phrase)
       SELECT $1, other_id, score, method, status, phrase
         FROM jsonb_to_recordset($2::jsonb) AS x(other_id uuid, score real, method text, status text, phrase text)`,
      [
        input.letterId,
        JSON.stringify(links.map((l) => ({ other_id: l.otherId, score: l.score, method: l.method, status: l.status, phrase: l.phrase }))),
      ],
    );
  }
  return { seriesId, links };
}
