/**
 * Near-duplicate detection for letters: MinHash over word shingles of the normalised body, with
 * banded locality-sensitive hashing (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of
 * Massive Datasets", ch. 3). Each letter stores HASHES minimum hashes and BANDS band keys; two
 * letters whose bodies share a fraction `s` of their shingles (Jaccard) share at least one band
 * key with probability 1 - (1 - s^ROWS)^BANDS, so candidates come from an index lookup and
 * are then scored by their estimated Jaccard similarity. Pure: the same on PGlite and PostgreSQL.
 */

/** Words per shingle. */
export const SHINGLE = 4;
/** Minimum hashes per letter: the similarity estimate's standard error is about 0.5 / sqrt(HASHES). */
export const HASHES = 128;
/** LSH bands over the first BANDS * ROWS hashes. */
export const ROWS = 2;
export const BANDS = 32;
/** Below this many shingles a body is too short to compare by text. */
export const MIN_SHINGLES = 12;

const MONTH_WORDS =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?/g;

/**
 * The body as comparable words: case, accents, punctuation and markup dropped; numbers, amounts,
 * ordinals, years and month names replaced by placeholders, so that a version with new dates
 * and dollar amounts reads the same.
 */
export function normalizeBody(body: string): string[] {
  return body
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(MONTH_WORDS, " MONTH ")
    .replace(/\$?\d[\d,.]*(\s*(million|billion|thousand|percent|%))?(st|nd|rd|th)?/g, " NUM ")
    .replace(/[^a-zA-Z]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
}

/** FNV-1a over a string, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a good 32-bit mix. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Fixed salts, one per hash function (deterministic: stored signatures stay comparable). */
const SALTS = Array.from({ length: HASHES }, (_, i) => fmix32((i + 1) * 0x9e3779b9));

/** The distinct shingle hashes of a body. */
export function shingles(body: string): Set<number> {
  const words = normalizeBody(body);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(" ")));
  return out;
}

export interface Fingerprint {
  /** HASHES minimum hashes (signed 32-bit, as PostgreSQL's int stores them). */
  minhash: number[];
  /** BANDS keys (signed 32-bit), each a hash of the band's index and its ROWS minimum hashes. */
  bands: number[];
  /** How many distinct shingles the body has. */
  shingles: number;
}

export function fingerprint(body: string): Fingerprint {
  const set = shingles(body);
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (const s of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = fmix32(s ^ SALTS[i]);
      if (h < mins[i]) mins[i] = h;
    }
  }
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ mins[b * ROWS + r]);
    bands.push(h | 0);
  }
  return { minhash: mins.map((m) => m | 0), bands, shingles: set.size };
}

/** Estimated Jaccard similarity of two bodies: the share of equal minimum hashes. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** Exact Jaccard similarity of two bodies' shingle sets (tests and threshold measurement). */
export function jaccard(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  const union = x.size + y.size - both;
  return union === 0 ? 0 : both / union;
}
