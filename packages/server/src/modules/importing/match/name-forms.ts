/**
 * Name normalisation for matching printed signatures to members: folding (accents, case,
 * punctuation), honorifics, suffixes, quoted nicknames, and a small table of English
 * diminutives ("Bob" = "Robert"). Pure functions, shared by the matcher and the generator.
 */
import type { MatchCandidate } from "../types";

/** "Cárdenas" -> "cardenas", "O’Rourke" -> "orourke", "Diaz-Balart" -> "diaz balart", "M.D." -> "md". */
export function fold(s: string): string {
  // Fast path for plain ASCII, which most names are.
  if (/^[\x00-\x7f]*$/.test(s))
    return s
      .toLowerCase()
      .replace(/['`.]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function tokens(s: string): string[] {
  const folded = fold(s);
  return folded ? folded.split(" ") : [];
}

/** Words printed before a name that are not part of it (folded). */
const HONORIFICS = new Set(
  (
    "the honorable hon rep representative sen senator congressman congresswoman congressmember del delegate " +
    "resident commissioner mr mrs ms dr leader chairman chairwoman chair speaker"
  ).split(" "),
);

/** Generational and professional suffixes (folded). "V" is left out: it is more often an initial. */
const GENERATIONAL = new Set(["jr", "sr", "ii", "iii", "iv"]);
const SUFFIXES = new Set([...GENERATIONAL, ..."md phd dds dmd dvm esq facs cpa rn ret usa usn usmc".split(" ")]);

export const isSuffix = (word: string): boolean => SUFFIXES.has(fold(word).replace(/ /g, ""));

/**
 * Groups of given names that people use interchangeably. A name may sit in several groups
 * ("Ted" is Edward or Theodore); two names are aliases when they share a group.
 */
const DIMINUTIVE_GROUPS: string[][] = [
  ["robert", "bob", "bobby", "rob", "robbie", "bert"],
  ["william", "bill", "billy", "will", "willie", "wm"],
  ["james", "jim", "jimmy", "jamie"],
  ["thomas", "tom", "tommy"],
  ["joseph", "joe", "joey"],
  ["charles", "chuck", "charlie", "chas"],
  ["michael", "mike", "mikey"],
  ["richard", "dick", "rick", "ricky", "rich", "richie"],
  ["edward", "ed", "eddie", "ted", "ned"],
  ["theodore", "ted", "teddy"],
  ["peter", "pete"],
  ["ronald", "ron", "ronnie"],
  ["steven", "stevan", "steve"],
  ["stephen", "steve"],
  ["timothy", "tim"],
  ["andrew", "andy", "drew"],
  ["alan", "allen", "allan", "al"],
  ["albert", "al"],
  ["alexander", "alejandro", "alex"],
  ["daniel", "dan", "danny"],
  ["david", "dave"],
  ["donald", "don", "donnie"],
  ["gustavus", "augustus", "gus"],
  ["henry", "hank", "harry"],
  ["gerald", "jerry"],
  ["jerrold", "jerry"],
  ["jerome", "jerry"],
  ["john", "jack", "johnny", "jon"],
  ["jonathan", "jon"],
  ["benjamin", "ben"],
  ["bradley", "brad"],
  ["christopher", "chris"],
  ["gregory", "greg"],
  ["jeffrey", "jeff"],
  ["jefferson", "jeff"],
  ["joshua", "josh"],
  ["kenneth", "ken", "kenny"],
  ["lawrence", "larry"],
  ["elizabeth", "liz", "beth", "betsy", "betty", "libby"],
  ["matthew", "matt"],
  ["nicholas", "nick"],
  ["patrick", "pat"],
  ["patricia", "pat", "patty", "trish"],
  ["samuel", "sam"],
  ["anthony", "tony"],
  ["valerie", "val"],
  ["katherine", "kathy", "kate", "katie", "kat"],
  ["catherine", "cathy", "kate", "katie"],
  ["kathleen", "kathy"],
  ["deborah", "debbie", "deb", "debra"],
  ["susan", "sue", "susie"],
  ["rochelle", "chellie"],
  ["margaret", "maggie", "peggy", "meg"],
  ["frederick", "fred"],
  ["raymond", "ray"],
  ["randall", "randy"],
  ["gabriel", "gabe"],
  ["zachary", "zach", "zack"],
  ["nicole", "nikki"],
  ["douglas", "doug"],
  ["harold", "hal"],
  ["vincent", "vince"],
  ["philip", "phillip", "phil"],
  ["jacqueline", "jackie"],
  ["jennifer", "jenniffer", "jen", "jenny"],
  ["cynthia", "cindy"],
  ["pamela", "pam"],
  ["rebecca", "becky"],
  ["mitchell", "mitch"],
  ["jesus", "chuy"],
  ["louis", "luis", "lou"],
  ["francis", "frank"],
  ["franklin", "frank"],
  ["eugene", "gene"],
  ["walter", "walt"],
  ["russell", "russ"],
  ["stanley", "stan"],
  ["leonard", "len", "lenny"],
  ["bernard", "bernie"],
  ["melvin", "mel"],
  ["curtis", "curt"],
  ["jacob", "jake"],
  ["janice", "jan"],
  ["frederica", "freddie"],
  ["terrance", "terrence", "terry"],
];

const GROUPS_BY_NAME = new Map<string, number[]>();
DIMINUTIVE_GROUPS.forEach((group, i) => {
  for (const name of group) GROUPS_BY_NAME.set(name, [...(GROUPS_BY_NAME.get(name) ?? []), i]);
});

/** Other names from the same diminutive groups ("bob" -> robert, bobby, rob, ...), folded. */
export function aliasesOf(name: string): string[] {
  const out = new Set<string>();
  for (const g of GROUPS_BY_NAME.get(name) ?? []) for (const n of DIMINUTIVE_GROUPS[g]) if (n !== name) out.add(n);
  return [...out];
}

/**
 * Whether two folded given names are the same person's name in different forms: a table
 * diminutive ("bill"/"william") or a clipped form of at least three letters ("deb"/"deborah").
 */
export function areAliases(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = GROUPS_BY_NAME.get(a);
  const gb = GROUPS_BY_NAME.get(b);
  if (ga && gb && ga.some((g) => gb.includes(g))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

export const isInitial = (token: string): boolean => token.length === 1;

/** A printed signature name taken apart. All parts are folded. */
export interface PrintedName {
  /** Given names and surname in printed order, without honorifics, nickname or suffix. */
  tokens: string[];
  /** A nickname printed in quotes or parentheses (`Henry C. "Hank" Johnson`). */
  nickname: string | null;
  suffix: string | null;
}

/**
 * Takes a printed name apart: `Henry C. "Hank" Johnson, Jr.` -> tokens [henry, c, johnson],
 * nickname hank, suffix jr. Handles honorifics ("Rep.", "The Honorable"), suffixes with or
 * without a comma, and "Last, First" order.
 */
export function parsePrintedName(printed: string): PrintedName {
  let s = printed.replace(/[’‘]/g, "'");
  let nickname: string | null = null;
  s = s.replace(/["“”]([^"“”]+)["“”]|\(([^)]+)\)/g, (_m, quoted: string | undefined, paren: string | undefined) => {
    nickname ??= fold(quoted ?? paren ?? "") || null;
    return " ";
  });

  // Honorifics first, so that "Sen. Scott, Tim" inverts to "Tim Scott".
  for (let m; (m = s.match(/^\s*([\p{L}.]+)\s+/u)) && HONORIFICS.has(fold(m[1])) && tokens(s).length > 1;) s = s.slice(m[0].length);

  // Comma-separated parts: suffixes ("Johnson, Jr.") or a "Last, First" inversion.
  const parts = s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  let main = parts[0] ?? "";
  let suffix: string | null = null;
  let inverted = false;
  for (const part of parts.slice(1)) {
    if (isSuffix(part)) suffix ??= fold(part).replace(/ /g, "");
    else if (!inverted) {
      main = `${part} ${main}`; // "Scott, David" -> "David Scott"
      inverted = true;
    } else main = `${main} ${part}`;
  }

  let words = tokens(main);
  while (words.length > 1 && HONORIFICS.has(words[0])) words = words.slice(1);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) {
    suffix ??= words[words.length - 1];
    words = words.slice(0, -1);
  }
  return { tokens: words, nickname, suffix };
}

/** A member's name forms, precomputed once per pool. All parts are folded. */
export interface CandidateForms {
  candidate: MatchCandidate;
  /** Surname tokens ("wasserman schultz" -> [wasserman, schultz]). */
  last: string[];
  /** Names the member is called by: first name(s), nickname, first of the official name. */
  firsts: Set<string>;
  /** Every given-name token known for the member (first, middle, nickname, official name). */
  given: Set<string>;
  /** Middle-name tokens, if the data has any. */
  middles: string[];
  suffix: string | null;
  /** Exact full forms (tokens joined by a space), e.g. official name without suffix. */
  fullForms: Set<string>;
}

const withoutParens = (s: string) => s.replace(/\([^)]*\)/g, " ");
const inParens = (s: string) => [...s.matchAll(/\(([^)]*)\)/g)].flatMap((m) => tokens(m[1]));

/** Forms depend only on the name fields; they are cached across pools (one per letter date). */
const formsCache = new Map<string, Omit<CandidateForms, "candidate">>();

export function candidateForms(c: MatchCandidate): CandidateForms {
  const key = [c.bioguideId, c.firstName, c.middleName, c.lastName, c.suffix, c.nickname, c.officialFull].join("|");
  let forms = formsCache.get(key);
  if (!forms) formsCache.set(key, (forms = computeForms(c)));
  return { ...forms, candidate: c };
}

function computeForms(c: MatchCandidate): Omit<CandidateForms, "candidate"> {
  const last = tokens(c.lastName);
  const firstTokens = tokens(withoutParens(c.firstName));
  const middles = c.middleName ? [...tokens(withoutParens(c.middleName)), ...inParens(c.middleName)] : [];
  const nickname = c.nickname ? tokens(c.nickname) : [];
  const official = c.officialFull ? parsePrintedName(c.officialFull) : null;
  // The official name without the surname: "Katie Boyd Britt" -> [katie, boyd].
  const officialGiven = official ? stripLast(official.tokens, last) : [];

  const firsts = new Set<string>([...firstTokens.filter((t) => !isInitial(t)), ...inParens(c.firstName), ...nickname]);
  if (official?.nickname) firsts.add(official.nickname);
  if (officialGiven[0] && !isInitial(officialGiven[0])) firsts.add(officialGiven[0]);
  // "J. Luis Correa", "C. Scott Franklin": an initial first name means the member goes by the middle.
  if (firstTokens.length > 0 && firstTokens.every(isInitial) && middles[0] && !isInitial(middles[0])) firsts.add(middles[0]);

  const given = new Set<string>([...firstTokens, ...inParens(c.firstName), ...middles, ...nickname, ...officialGiven]);
  if (official?.nickname) given.add(official.nickname);

  const suffix = c.suffix ? fold(c.suffix).replace(/ /g, "") : (official?.suffix ?? null);
  const fullForms = new Set<string>();
  if (official) fullForms.add(official.tokens.join(" "));
  for (const f of [firstTokens.join(" "), ...nickname]) if (f) fullForms.add(`${f} ${last.join(" ")}`);
  return { last, firsts, given, middles, suffix, fullForms };
}

/** The tokens before a surname, if the tokens end with it; otherwise all but the last. */
function stripLast(words: string[], last: string[]): string[] {
  const n = last.length;
  if (n > 0 && words.length >= n && last.every((t, i) => words[words.length - n + i] === t)) return words.slice(0, -n);
  return words.slice(0, -1);
}

/** Levenshtein distance, for suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

export const isGenerational = (suffix: string): boolean => GENERATIONAL.has(suffix);
