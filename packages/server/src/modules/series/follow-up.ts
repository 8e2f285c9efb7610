/**
 * Explicit follow-ups: a letter that says it follows an earlier one ("we wrote to you on March
 * 3, 2023", "our letter of 3/3/2023", "as we wrote last year"). What it refers to is a date, or
 * a year (relative to the letter's own date); the earlier letter is then looked up by that date
 * and by a shared recipient (see lineage.service.ts).
 */
import { findDate } from "../importing/parse/dates";

export interface FollowUpReference {
  /** The earlier letter's date, when printed. */
  date: string | null;
  /** The earlier letter's year, when only "last year" / "in 2022" is said. */
  year: number | null;
  /** The sentence that says so, for staff to read. */
  phrase: string;
}

/** Words that say "an earlier letter of ours". */
const CUE =
  /\b(we(?: last)? wrote(?: to you)?|as we wrote|we sent you|our (?:previous |prior |earlier |last |initial |original )?letters?|(?:previous|prior|earlier) letters?|in (?:a|our) letter|following up on|follow(?:ing)? up (?:to|on)|we (?:previously |first )?(?:contacted|urged|asked) you)\b/i;

const NEAR = 120;

/** The reference a letter dated `sentOn` makes to an earlier letter of its authors, if any. */
export function findFollowUp(body: string, sentOn: string): FollowUpReference | null {
  const sentences = body.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=[A-Z"“])/);
  for (const sentence of sentences) {
    const cue = CUE.exec(sentence);
    if (!cue) continue;
    const around = sentence.slice(Math.max(0, cue.index - NEAR), cue.index + cue[0].length + NEAR);
    const date = findDate(around);
    if (date && date < sentOn) return { date, year: null, phrase: sentence.trim() };
    const ownYear = Number(sentOn.slice(0, 4));
    if (/\blast year\b/i.test(around)) return { date: null, year: ownYear - 1, phrase: sentence.trim() };
    const year = /\b(?:in|of) ((?:19|20)\d{2})\b/.exec(around);
    if (year && Number(year[1]) < ownYear) return { date: null, year: Number(year[1]), phrase: sentence.trim() };
  }
  return null;
}

/** Folded recipient names and organisations, for "addressed to the same person or office". */
export function recipientKeys(
  recipients: readonly { name?: string | null; organization?: string | null; title?: string | null }[],
): Set<string> {
  const fold = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\b(the|honorable|hon|mr|mrs|ms|dr)\b\.?/g, " ")
      .replace(/[^a-z]+/g, " ")
      .trim();
  const out = new Set<string>();
  for (const r of recipients) {
    for (const v of [r.name, r.organization, r.title]) {
      const k = v ? fold(v) : "";
      if (k.length > 3) out.add(k);
    }
  }
  return out;
}

export const shareRecipient = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));
