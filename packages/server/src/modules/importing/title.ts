/**
 * Letter titles people can tell apart: short (at most about 90 characters, never cut inside a
 * word or left hanging on "…"), and, where another letter already has the same title, followed
 * by what tells them apart (the date, then the first lead signer).
 */
import type { EntityManager } from "typeorm";

export const TITLE_MAX = 90;

/** Words a title should not end on. */
const DANGLING = /\s+(?:a|an|the|and|or|of|to|in|on|for|by|with|from|that|which|who|as|at|our|their|its|this|these|your|we|is|are|be)$/i;

/** Shortens a title at a phrase boundary (a comma, semicolon, or before a preposition), never mid-word. */
export function shortTitle(title: string): string {
  let t = title.replace(/\s+/g, " ").trim().replace(/\s*…$/, "");
  if (t.length > TITLE_MAX) {
    const head = t.slice(0, TITLE_MAX + 1);
    // The last phrase boundary that keeps at least half of the room.
    const cuts = [
      ...head.matchAll(/[,;:(]| (?=(?:and|that|which|who|to|in|on|for|by|with|from|as|including|regarding|after|before|while)\b)/g),
    ]
      .map((m) => m.index!)
      .filter((i) => i >= TITLE_MAX / 2 && i <= TITLE_MAX);
    t = cuts.length ? head.slice(0, cuts[cuts.length - 1]) : head.replace(/\s+\S*$/, "");
  }
  for (let prev = ""; prev !== t;) {
    prev = t;
    t = t.replace(/[\s,;:(–-]+$/, "").replace(DANGLING, "");
  }
  return t || title.slice(0, TITLE_MAX);
}

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * `title`, or when another letter (not the one with `exceptHash`) already has it, the title with
 * the date, and if that is taken too, the date and the first lead signer. One statement asks
 * which of the (up to three) titles are taken, each an index probe on lower(title).
 */
export async function distinctTitle(
  em: Pick<EntityManager, "query">,
  title: string,
  date: string,
  lead: string | null,
  exceptHash: string,
): Promise<string> {
  const day = longDate.format(new Date(`${date}T00:00:00Z`));
  const dated = `${title} (${day})`;
  const choices = lead ? [title, dated, `${title} (${day}, ${lead})`] : [title, dated];
  const rows: { i: string | number }[] = await em.query(
    `SELECT c.i FROM unnest($1::text[]) WITH ORDINALITY AS c(title, i)
      WHERE EXISTS (SELECT 1 FROM letter WHERE lower(letter.title) = lower(c.title) AND content_hash <> $2)`,
    [choices, exceptHash],
  );
  const taken = new Set(rows.map((r) => Number(r.i) - 1));
  if (!taken.has(0)) return title;
  if (!lead || !taken.has(1)) return dated;
  return choices[2];
}
