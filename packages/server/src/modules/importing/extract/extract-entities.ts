/**
 * Finds what a letter's body names: people with their stated roles (e.g. officials it asks to
 * sanction), laws and authorities cited, organisations, places and dates; and suggests topic
 * tags. Heuristic and conservative: it prefers missing an entity to inventing one.
 */
import { fold } from "../match/name-forms";
import type { ExtractedMention, Extraction, MentionKindCode, ParsedLetter } from "../types";
import { COUNTRIES, TOPIC_KEYWORDS, US_STATES } from "./gazetteer";

const CAP = "[A-Z][A-Za-z'’.-]{1,40}";
const NAME = `${CAP}(?: ${CAP}){1,3}`;

/** Head words of official titles: "Defense Minister", "Chief of the General Staff", ... */
const ROLE_HEAD =
  "(?:President|Prime Minister|Minister|Secretary|Chief|Governor|Ambassador|Director|Chairman|Chairwoman|Chair|Commissioner|Administrator|Speaker|Leader|General|Commander|King|Crown Prince|Mayor|Attorney General|Judge|Justice|Spokesperson)";
/** Words that continue a title after "of": "Minister of Foreign Affairs", "Chief of the General Staff". */
const TITLE_TAIL =
  "(?:Defense|Defence|Foreign|Affairs|Interior|State|Staff|General|Army|Navy|Air|Force|Justice|Treasury|Homeland|Security|Commerce|Energy|Health|Finance|Economy|Agriculture|Education|Labor|Transportation|Intelligence|Police|Armed|Forces|National|Joint|Chiefs|Naval|Operations|Republic|Government|[A-Z][a-z]+(?:stan|ia|ey|an|ar|ya|ru|il|ina|ea|sia))";
// Bounded repetitions throughout: `(?:${CAP} )*` before the head rescanned a whole run of
// capitalised words from each of its words (quadratic on a page of capitals).
const ROLE = `(?:${CAP} ){0,4}${ROLE_HEAD}(?: of(?: the)? ${TITLE_TAIL}(?: ${TITLE_TAIL}){0,4})?(?: \\([^)]{1,30}\\))?`;
const ROLE_WORDS = new Set(
  "president prime minister secretary chief governor ambassador director chairman chairwoman chair commissioner administrator speaker leader general commander king crown prince mayor attorney judge justice spokesperson deputy defense of the staff army air force navy foreign affairs interior state".split(
    " ",
  ),
);

const LAW_PATTERNS = [
  /\b(?:Public Law|P\.\s?L\.)\s?\d{2,3}[-–]\d{1,4}\b/g,
  /\b(?:Executive Order|E\.O\.)\s?\d{4,5}\b/g,
  /\b\d{1,2} U\.S\.C\. (?:§+\s?)?\d+[\w()]*/g,
  /\b[Ss]ection \d+[A-Za-z]?(?:\([a-z0-9]+\))*(?= of (?:the )?[A-Z])/g,
  /\b(?:the )?((?:[A-Z][\w'’-]{0,40}|of|and|for|the|to|on|in|&)(?: (?:[A-Z][\w'’-]{0,40}|of|and|for|the|to|on|in|&)){0,14}? Act)(?: of \d{4})?\b/g,
];

const ORG_HEADS =
  "Department|Agency|Administration|Committee|Commission|Organization|Office|Council|Bureau|Service|Institute|International|Association|Foundation|Bank|Fund|Corporation|Union|Court|Congress|Senate|House of Representatives|Nations|Reserve|Authority";
const ORG_PATTERNS = [
  new RegExp(`\\b(?:U\\.S\\. |United States )?(?:Department|Office|Bureau) of(?: the)? ${CAP}(?: (?:and )?${CAP}){0,8}`, "g"),
  new RegExp(`\\b(?:${CAP} ){1,4}(?:${ORG_HEADS})\\b`, "g"),
];

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DATE_PATTERN = new RegExp(`\\b(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b`, "g");

const STOP_STARTS = new Set([
  "The",
  "This",
  "These",
  "Those",
  "We",
  "Our",
  "Its",
  "It",
  "Thus",
  "Without",
  "Since",
  "On",
  "In",
  "As",
  "Any",
  "Historically",
  "Protection",
  "More",
  "Today",
]);

/** Removes markup the PDF conversion leaves (<sup>th</sup>, **bold**, _emphasis_). */
export function plainText(body: string): string {
  return body
    .replace(/<\/?sup>/g, "")
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, "$1")
    .replace(/\s+/g, " ");
}

/** Every country and state in one pattern, longest first ("West Virginia" before "Virginia"): one pass over the text. */
const PLACES = new RegExp(
  `\\b(?:${[...COUNTRIES, ...US_STATES]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.-]/g, "\\$&"))
    .join("|")})\\b`,
  "g",
);

/** Trims spaces and `,.;:` at the end, then spaces at the start (a single pass; `/[\s,.;:]+$/` was quadratic on long runs). */
function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,.;:]/.test(text[end - 1])) end--;
  return text.slice(0, end).trim();
}

class Mentions {
  private readonly byKey = new Map<string, ExtractedMention>();

  add(kind: MentionKindCode, text: string, role: string | null = null) {
    const clean = trimPunctuation(text.replace(/^the /i, "").replace(/['’]s$/, ""));
    if (clean.length < 3) return;
    const normalized = fold(clean);
    const key = `${kind}:${normalized}`;
    const seen = this.byKey.get(key);
    if (seen) {
      seen.count++;
      seen.role ??= role;
    } else this.byKey.set(key, { kind, text: clean, role, normalized, count: 1 });
  }

  has(kind: MentionKindCode, text: string) {
    return this.byKey.has(`${kind}:${fold(text)}`);
  }

  list(): ExtractedMention[] {
    return [...this.byKey.values()];
  }
}

function people(text: string, out: Mentions) {
  // "Defense Minister Zakir Hasanov", "Azerbaijani President Ilham Aliyev"
  const titled = new RegExp(`(${ROLE}) (${NAME})`, "g");
  for (const m of text.matchAll(titled)) {
    const nameWords = m[2].split(" ");
    // The name stops at the first word that belongs to a title ("... Hasanov, Chief of ...").
    const cut = nameWords.findIndex((w) => ROLE_WORDS.has(w.toLowerCase()));
    const name = (cut === -1 ? nameWords : nameWords.slice(0, cut)).join(" ");
    if (name.split(" ").length >= 2) out.add("PERSON", name, m[1].replace(/^(?:the )/i, "").trim());
  }
  // "Ilham Aliyev, President of Azerbaijan"
  const apposed = new RegExp(`(${NAME}), (?:the )?(${ROLE})(?=[,.;]| and )`, "g");
  for (const m of text.matchAll(apposed)) {
    if (STOP_STARTS.has(m[1].split(" ")[0]) || m[1].split(" ").some((w) => ROLE_WORDS.has(w.toLowerCase()))) continue;
    out.add("PERSON", m[1], m[2]);
  }
}

function laws(text: string, out: Mentions) {
  for (const pattern of LAW_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const found = (m[1] ?? m[0]).replace(/^(?:and|of|for|to|on|in|the) /, "");
      const words = found.split(" ");
      if (/ Act$/.test(found) && (words.length < 2 || STOP_STARTS.has(words[0]))) continue;
      out.add("LAW", found);
    }
  }
}

function organizations(text: string, out: Mentions) {
  for (const pattern of ORG_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const words = m[0].trim().split(" ");
      while (words.length && STOP_STARTS.has(words[0])) words.shift();
      if (words.length >= 2) out.add("ORGANIZATION", words.join(" "));
    }
  }
}

function places(text: string, out: Mentions) {
  for (const m of text.matchAll(PLACES)) out.add("PLACE", m[0]);
  for (const m of text.matchAll(/\b(?:city|town|village|province|region|people) of ([A-Z][\w-]+(?: [A-Z][\w-]+)?)/g)) {
    out.add("PLACE", m[1]);
  }
}

function dates(text: string, out: Mentions) {
  for (const m of text.matchAll(DATE_PATTERN)) out.add("DATE", m[0].replace(/(\d)(st|nd|rd|th)\b/, "$1"));
}

/** Topic slugs whose keywords occur at least twice, or once for the strongest signal. */
export function suggestTopics(text: string): string[] {
  const lower = text.toLowerCase();
  const scores = Object.entries(TOPIC_KEYWORDS)
    .map(([topic, words]) => [topic, words.reduce((n, w) => n + (lower.match(new RegExp(`\\b${w}`, "g"))?.length ?? 0), 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const strong = scores.filter(([, n]) => n >= 2).map(([t]) => t);
  return (strong.length ? strong : scores.slice(0, 1).map(([t]) => t)).slice(0, 5);
}

/** What the letter is about beyond its body: its title and whom it is addressed to. */
export function headingOf(letter: Pick<ParsedLetter, "title" | "recipients">): string {
  return [letter.title, ...letter.recipients.flatMap((r) => [r.title, r.organization])].filter(Boolean).join(". ");
}

/** Mentions from the body; topics from the body and the heading (title, recipients). */
export function extractEntities(body: string, heading = ""): Extraction {
  const text = plainText(body);
  const out = new Mentions();
  people(text, out);
  laws(text, out);
  organizations(text, out);
  places(text, out);
  dates(text, out);
  // A person's name is not also an organisation or place.
  const mentions = out.list().filter((m) => m.kind === "PERSON" || !out.has("PERSON", m.text));
  return { mentions, topics: suggestTopics(`${heading} ${text}`) };
}
