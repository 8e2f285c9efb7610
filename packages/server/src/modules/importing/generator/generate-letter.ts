/**
 * A seeded generator of synthetic sign-on letters, built from congress-legislators data, for
 * testing the parser and the matcher at scale. Every letter has members serving on its date,
 * printed in one of the layouts real letters use, with the hard cases deliberately over-drawn:
 * shared surnames, delegates, accents, compound surnames, nicknames, suffixes and initials.
 */
import type { Legislator } from "../../members/legislators-source";
import { servingPeriod } from "../match/candidate-pool";
import { aliasesOf, fold, isInitial, tokens } from "../match/name-forms";
import type { LetterChamberCode, SignerRoleCode } from "../types";

export interface GeneratedSigner {
  printed: string;
  bioguide: string;
  role: SignerRoleCode;
}

export interface GeneratedLetter {
  text: string;
  expected: { date: string; chamber: LetterChamberCode; signers: GeneratedSigner[] };
  /** The same letter as parts, for typesetting it as a PDF: lines up to the closing, then signature groups. */
  parts: { head: string[]; groups: { printed: string; title: string }[][]; divider: string | null };
}

/** mulberry32: a small, fast, deterministic PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

export const FIRST_DATE = "2013-02-01";
export const LAST_DATE = "2026-05-31";
const DAY_MS = 86_400_000;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ordinal = (d: number) => (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");

/** The date in one of the forms letters use. */
function printDate(iso: string, rng: Random): string {
  const [y, m, d] = iso.split("-").map(Number);
  const month = MONTHS[m - 1];
  const short = month.length <= 5 ? month : `${month.slice(0, month === "September" ? 4 : 3)}.`;
  return rng.pick([
    `${month} ${d}, ${y}`,
    `${month} ${d}, ${y}`,
    `${short} ${d}, ${y}`,
    `${m}/${d}/${y}`,
    `${d} ${month} ${y}`,
    `${month} ${d}${ordinal(d)}, ${y}`,
    `${month} ${d}<sup>${ordinal(d)}</sup>, ${y}`,
    `${month.toUpperCase()} ${d}, ${y}`,
  ]);
}

/** A serving member, as the generator sees them. */
interface Member {
  l: Legislator;
  chamber: "HOUSE" | "SENATE";
  state: string;
  last: string; // folded surname
  /** Folded given names the member may be printed with or known by. */
  knownAs: Set<string>;
}

const TERRITORIES = new Set(["DC", "PR", "GU", "AS", "VI", "MP"]);
const plain = (s: string) => s.replace(/\s*\([^)]*\)/g, "").trim();

const knownAsCache = new WeakMap<Legislator, Set<string>>();

function member(l: Legislator, chamber: "HOUSE" | "SENATE", state: string): Member {
  let knownAs = knownAsCache.get(l);
  if (!knownAs) {
    const official = l.officialFull ? tokens(l.officialFull) : [];
    knownAs = new Set([...tokens(plain(l.firstName)), ...(l.nickname ? tokens(l.nickname) : []), ...official.slice(0, 1)]);
    for (const n of [...knownAs]) for (const a of aliasesOf(n)) knownAs.add(a);
    for (const m of l.firstName.matchAll(/\(([^)]*)\)/g)) knownAs.add(fold(m[1]));
    knownAsCache.set(l, knownAs);
  }
  return { l, chamber, state, last: fold(l.lastName), knownAs };
}

/** Whether the member's name is one the matcher should find hard. */
function isHard(m: Member, sameSurname: Map<string, number>): boolean {
  const { l } = m;
  return (
    (sameSurname.get(`${m.chamber}|${m.last}`) ?? 0) > 1 ||
    TERRITORIES.has(m.state) ||
    fold(l.lastName) !== l.lastName.toLowerCase() ||
    /[\s-]/.test(l.lastName) ||
    l.nickname !== null ||
    l.suffix !== null ||
    tokens(plain(l.firstName)).some(isInitial)
  );
}

/** Diminutives people actually sign with; the matcher's table also has rarer ones. */
const COMMON_DIMINUTIVES = new Set(
  "bob bill jim tom joe chuck mike rick pete ron steve tim andy dan dave don hank jerry ben brad chris greg jeff josh ken larry liz matt nick pat sam tony val kathy debbie sue gus".split(
    " ",
  ),
);

/**
 * Printed forms of a member's name, most usual first: the official name, first + last,
 * with a middle initial, nickname in quotes, "Last, Jr." suffix forms, a table diminutive,
 * "J. Luis" initials, and an upper-case variant.
 */
function printedForms(m: Member, rng: Random): string[] {
  const { l } = m;
  const first = plain(l.firstName);
  const goesBy = l.nickname ?? first;
  const middle = l.middleName ? plain(l.middleName) : null;
  const forms: string[] = [];
  if (l.officialFull) forms.push(l.officialFull);
  forms.push(`${goesBy} ${l.lastName}`);
  if (middle) forms.push(`${first} ${middle[0]}. ${l.lastName}`);
  if (l.nickname) forms.push(`${first} "${l.nickname}" ${l.lastName}`);
  if (l.suffix) forms.push(`${goesBy} ${l.lastName}, ${l.suffix}`, `${goesBy} ${l.lastName} ${l.suffix}`);
  if (tokens(first).every(isInitial) && middle) forms.push(`${first} ${middle} ${l.lastName}`);
  // Only common shortened forms of a longer first name ("Bill" for William, never "Anthony" for Tony).
  const diminutives = aliasesOf(fold(first)).filter((a) => COMMON_DIMINUTIVES.has(a) && a.length < fold(first).length);
  if (diminutives.length && !l.nickname) {
    const d = rng.pick(diminutives);
    forms.push(`${d[0].toUpperCase()}${d.slice(1)} ${l.lastName}`);
  }
  return forms;
}

/**
 * Whether a human could tell who a printed form means among the members of its chamber: no
 * other member with that surname goes by the same first name (or an alias of it or initial).
 */
function identifiable(printed: string, m: Member, sameSurname: Member[]): boolean {
  const words = tokens(printed.replace(/"[^"]*"/g, " ")).filter((w) => !["jr", "sr", "ii", "iii", "iv", "md"].includes(w));
  const given = words[0];
  return sameSurname.every((o) => {
    if (o === m) return true;
    if (isInitial(given)) return ![...o.knownAs].some((n) => n[0] === given);
    return !o.knownAs.has(given) && ![...o.knownAs].some((n) => n.startsWith(given) || given.startsWith(n));
  });
}

const RECIPIENTS = [
  [
    "The Honorable Jordan Avery",
    "Secretary of Transportation",
    "U.S. Department of Transportation",
    "1200 New Jersey Avenue, S.E.",
    "Washington, D.C. 20590",
  ],
  [
    "The Honorable Morgan Ellis",
    "Administrator",
    "Environmental Protection Agency",
    "1200 Pennsylvania Avenue, N.W.",
    "Washington, D.C. 20460",
  ],
  [
    "The Honorable Casey Whitfield",
    "Secretary of Veterans Affairs",
    "U.S. Department of Veterans Affairs",
    "810 Vermont Avenue, N.W.",
    "Washington, D.C. 20420",
  ],
  ["The Honorable Riley Okafor", "Chairman", "Federal Communications Commission", "45 L Street, N.E.", "Washington, D.C. 20554"],
  ["President Taylor Brooks", "The White House"],
] as const;

const BODY = [
  "We write to urge prompt action on a matter of importance to the communities we represent.",
  "Families, small businesses and local governments in our districts and states have told us that the current approach falls short of what they need, and they have asked for a clear timeline.",
  "We respectfully request a briefing on the steps your office will take, and we thank you for your attention to this request.",
];

const HOUSE_TITLES = ["Member of Congress", "MEMBER OF CONGRESS", "Member of Congress"];
const SENATE_TITLES = ["United States Senator", "UNITED STATES SENATOR", "U.S. Senator"];
const COMMITTEE_TITLES = [
  "Ranking Member\nCommittee on Foreign Affairs",
  "Chair, Subcommittee on Health",
  "Vice Chair\nCommittee on Appropriations",
];
const DIVIDERS = ["Co-Signers:", "**Co-Signers:**", "Cosigned by:", "Additional signers:", "Also signed by"];
const LAYOUTS = ["lines", "lines-packed", "columns-2", "columns-3", "signature-lines", "bold"] as const;
type Layout = (typeof LAYOUTS)[number];

interface Signature {
  printed: string;
  title: string; // may span lines
}

function titleOf(m: Member, rng: Random, caps: boolean): string {
  if (m.chamber === "SENATE") return caps ? SENATE_TITLES[1] : rng.pick([SENATE_TITLES[0], SENATE_TITLES[2]]);
  if (TERRITORIES.has(m.state) && rng.chance(0.6)) return m.state === "PR" ? "Resident Commissioner" : "Delegate";
  return caps ? HOUSE_TITLES[1] : HOUSE_TITLES[0];
}

const pad = (s: string, width: number) => s + " ".repeat(Math.max(2, width - s.length));

/** Prints a group of signatures in a layout; returns lines. */
function printSignatures(sigs: Signature[], layout: Layout, rng: Random): string[] {
  const out: string[] = [];
  const footer = () => rng.pick(["Page 2 of 3", "2", "- 3 -"]);
  if (layout === "columns-2" || layout === "columns-3") {
    const perRow = layout === "columns-2" ? 2 : 3;
    const width = Math.max(...sigs.map((s) => s.printed.length), 21) + rng.int(3, 10);
    for (let i = 0; i < sigs.length; i += perRow) {
      const row = sigs.slice(i, i + perRow);
      out.push(
        row
          .map((s) => pad(s.printed, width))
          .join("")
          .trimEnd(),
      );
      out.push(
        row
          .map((s) => pad(s.title, width))
          .join("")
          .trimEnd(),
      );
      out.push("");
      if (rng.chance(0.04)) out.push(footer(), "");
    }
    return out;
  }
  for (const s of sigs) {
    if (layout === "signature-lines") out.push("", "---", "", `${s.printed}  `, `${s.title.split("\n").join("  \n")}`, "");
    else if (layout === "bold") out.push(`**${s.printed}**  `, `${s.title.split("\n").join("  \n")}`, "");
    else out.push(s.printed, s.title, ...(layout === "lines" ? [""] : []));
    if (rng.chance(0.03)) out.push("", footer(), "");
  }
  return out;
}

/** What a caller fixes about a letter (series versions); everything else is drawn from the seed. */
export interface LetterSpec {
  date?: string;
  chamber?: "HOUSE" | "SENATE";
  /** The body's paragraphs (default: a fixed three-paragraph body). */
  paragraphs?: readonly string[];
  /** Index into the generator's recipients. */
  recipient?: number;
  /** Members to draw first when serving on the date (bioguide ids), in this order. */
  prefer?: readonly string[];
  /** How many signers to draw. */
  count?: number;
}

export const RECIPIENT_COUNT = 5;

export interface LetterGenerator {
  generate(seed: number, spec?: LetterSpec): GeneratedLetter;
}

/** Precomputes what does not depend on the seed; `generate` is then deterministic per seed. */
export function createLetterGenerator(legislators: Legislator[]): LetterGenerator {
  const firstDay = Date.parse(FIRST_DATE);
  const days = (Date.parse(LAST_DATE) - firstDay) / DAY_MS;

  function servingOn(date: string): Member[] {
    const out: Member[] = [];
    for (const l of legislators) {
      const p = servingPeriod(l, date);
      if (p) out.push(member(l, p.chamber, p.state));
    }
    return out;
  }

  function generate(seed: number, spec: LetterSpec = {}): GeneratedLetter {
    const rng = new Random(mulberry32(seed));
    const drawnDate = new Date(firstDay + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
    const drawnChamber = rng.pick<LetterChamberCode>(["HOUSE", "HOUSE", "SENATE", "SENATE", "BICAMERAL"]);
    const date = spec.date ?? drawnDate;
    const chamber = spec.chamber ?? drawnChamber;
    const serving = servingOn(date);
    const byChamber = {
      HOUSE: serving.filter((m) => m.chamber === "HOUSE"),
      SENATE: serving.filter((m) => m.chamber === "SENATE"),
    };
    const sameSurname = new Map<string, number>();
    for (const m of serving) sameSurname.set(`${m.chamber}|${m.last}`, (sameSurname.get(`${m.chamber}|${m.last}`) ?? 0) + 1);
    // Members of a chamber by each part of their surname ("lee" -> Barbara Lee, Sheila Jackson Lee).
    const bySurnamePart = new Map<string, Member[]>();
    for (const m of serving) {
      for (const part of new Set(tokens(m.l.lastName))) {
        const key = `${m.chamber}|${part}`;
        bySurnamePart.set(key, [...(bySurnamePart.get(key) ?? []), m]);
      }
    }
    const surnameSharers = (m: Member) => [
      ...new Set(tokens(m.l.lastName).flatMap((part) => bySurnamePart.get(`${m.chamber}|${part}`) ?? [])),
    ];

    // Draw members, about 40% of them from the hard cases.
    const eligible = chamber === "HOUSE" ? byChamber.HOUSE : chamber === "SENATE" ? byChamber.SENATE : serving;
    const hard = rng.shuffle(eligible.filter((m) => isHard(m, sameSurname)));
    const rest = rng.shuffle(eligible.filter((m) => !isHard(m, sameSurname)));
    const drawnCount = chamber === "SENATE" ? rng.int(1, 30) : rng.int(2, 60);
    const count = spec.count ?? drawnCount;
    const chosen = new Set<Member>();
    const preferred = new Set(spec.prefer ?? []);
    for (const id of spec.prefer ?? []) {
      const m = eligible.find((e) => e.l.bioguideId === id);
      if (m && chosen.size < count) chosen.add(m);
    }
    for (const list of [hard, rest]) for (let i = list.length - 1; i >= 0; i--) if (preferred.has(list[i].l.bioguideId)) list.splice(i, 1);
    while (chosen.size < count && (hard.length || rest.length)) {
      const from = (rng.chance(0.4) && hard.length) || !rest.length ? hard : rest;
      chosen.add(from.pop()!);
    }
    if (chamber === "BICAMERAL") {
      // A joint letter has both chambers, senators usually first.
      for (const c of ["HOUSE", "SENATE"] as const) if (![...chosen].some((m) => m.chamber === c)) chosen.add(rng.pick(byChamber[c]));
    }
    const members = [...chosen].sort((a, b) =>
      chamber === "BICAMERAL" && a.chamber !== b.chamber ? (a.chamber === "SENATE" ? -1 : 1) : 0,
    );

    // A printed form per member that a person could identify; members with none are left out.
    const caps = rng.chance(0.25);
    const upper = rng.chance(0.1);
    const layout = rng.pick(LAYOUTS);
    const signers: (Signature & { bioguide: string; chamber: "HOUSE" | "SENATE" })[] = [];
    for (const m of members) {
      const forms = printedForms(m, rng).filter((f) => identifiable(f, m, surnameSharers(m)));
      if (!forms.length) continue;
      const printed = rng.chance(0.5) ? forms[0] : rng.pick(forms);
      const committee = layout.startsWith("columns") || !rng.chance(0.08) ? "" : `\n${rng.pick(COMMITTEE_TITLES)}`;
      signers.push({
        printed: upper ? printed.toUpperCase() : printed,
        title: titleOf(m, rng, caps) + committee,
        bioguide: m.l.bioguideId,
        chamber: m.chamber,
      });
    }

    // Rarely, no drawn member could be printed unambiguously: draw another letter.
    if (signers.length === 0) return generate((seed * 31 + 17) >>> 0);
    const chambers = new Set(signers.map((s) => s.chamber));
    const expectedChamber: LetterChamberCode = chambers.size === 2 ? "BICAMERAL" : [...chambers][0];

    const leads = signers.length > 2 && rng.chance(0.5) ? rng.int(1, Math.min(4, signers.length - 1)) : 0;
    const letterhead = {
      HOUSE: ["Congress of the United States", "House of Representatives", "Washington, DC 20515"],
      SENATE: ["United States Senate", "WASHINGTON, DC 20510"],
      BICAMERAL: ["Congress of the United States", "Washington, DC 20515"],
    }[chamber];
    const markdown = layout === "bold" || layout === "signature-lines";
    const drawnRecipient = rng.pick(RECIPIENTS);
    const recipient = spec.recipient === undefined ? drawnRecipient : RECIPIENTS[spec.recipient % RECIPIENTS.length];
    const [who, role] = recipient[0].startsWith("President")
      ? ["President", recipient[0].split(" ").at(-1)]
      : [recipient[1].split(" ")[0], recipient[0].split(" ").at(-1)];
    const lines = [
      ...(markdown ? letterhead.map((l, i) => (i === 0 ? `# ${l}` : `**${l}**  `)) : letterhead),
      "",
      printDate(date, rng),
      "",
      ...recipient,
      "",
      rng.chance(0.7) ? `Dear ${who} ${role}:` : `${who} ${role},`,
      "",
      ...(spec.paragraphs ?? BODY).flatMap((p) => [p, ""]),
      rng.pick(["Sincerely,", "Sincerely,", "Respectfully,"]),
    ];
    const head = [...lines];
    let divider: string | null = null;
    lines.push(
      "",
      ...(leads
        ? [
            ...printSignatures(signers.slice(0, leads), layout, rng),
            "",
            (divider = rng.pick(DIVIDERS)),
            "",
            ...printSignatures(signers.slice(leads), layout, rng),
          ]
        : printSignatures(signers, layout, rng)),
    );
    const groups = (leads ? [signers.slice(0, leads), signers.slice(leads)] : [signers]).map((g) =>
      g.map(({ printed, title }) => ({ printed, title })),
    );
    return {
      parts: { head, groups, divider },
      text: lines.join("\n") + "\n",
      expected: {
        date,
        chamber: expectedChamber,
        signers: signers.map((s, i) => ({
          printed: s.printed,
          bioguide: s.bioguide,
          role: leads === 0 ? "SIGNER" : i < leads ? "LEAD" : "COSIGNER",
        })),
      },
    };
  }

  return { generate };
}
