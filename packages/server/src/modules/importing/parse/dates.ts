/** Finds a letter date in the usual printed forms and returns it as YYYY-MM-DD. */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(\\d{1,2})\\s?(?:st|nd|rd|th)?";

const PATTERNS: { re: RegExp; pick: (m: RegExpMatchArray) => [number, number, number] }[] = [
  // October 23, 2020 / Oct. 23rd 2020
  { re: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, "i"), pick: (m) => [+m[3], MONTHS[m[1].toLowerCase()], +m[2]] },
  // 23 October 2020 / 23rd of October, 2020
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, "i"),
    pick: (m) => [+m[3], MONTHS[m[2].toLowerCase()], +m[1]],
  },
  // 2020-10-23
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, pick: (m) => [+m[1], +m[2], +m[3]] },
  // 10/23/2020, 10-23-2020, 10.23.20 (U.S. order)
  { re: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/, pick: (m) => [m[4].length === 2 ? 2000 + +m[4] : +m[4], +m[1], +m[3]] },
];

function iso(year: number, month: number, day: number): string | null {
  if (!month || month > 12 || day < 1 || year < 1789 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // February 30th
  return d.toISOString().slice(0, 10);
}

/** The first valid date printed in `text`, or null. */
export function findDate(text: string): string | null {
  let found: { at: number; date: string } | null = null;
  for (const { re, pick } of PATTERNS) {
    const m = text.match(re);
    if (!m || m.index === undefined) continue;
    const date = iso(...pick(m));
    if (date && (!found || m.index < found.at)) found = { at: m.index, date };
  }
  return found?.date ?? null;
}
