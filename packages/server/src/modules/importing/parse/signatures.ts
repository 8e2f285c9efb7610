/**
 * Signature blocks: a name over one or more title lines ("MEMBER OF CONGRESS", "Ranking
 * Member" + "Committee on Foreign Affairs"), one per line or two or three side by side, with
 * optional dividers between lead signers and co-signers ("Co-Signers:").
 */
import type { ParsedSigner, SignerRoleCode } from "../types";
import { columnsOf, stanzas, type Cell, type Line } from "./lines";

const STATES = (
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|" +
  "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|" +
  "Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|" +
  "Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|" +
  "Wisconsin|Wyoming|District of Columbia|Puerto Rico|Guam|American Samoa|U.S. Virgin Islands|Virgin Islands|" +
  "Northern Mariana Islands"
).split("|");
const STATE_LINE = new RegExp(`^(state of\\s+)?(${STATES.map((s) => s.replace(/\./g, "\\.")).join("|")})$`, "i");

/** Words that make a line a title rather than a name. */
const TITLE_WORDS =
  /\b(members? of congress|senators?|senate|delegate|resident commissioner|representatives?|congress(wo)?man|congressmember|congress|ranking|member|chair(man|woman|person)?|co-?chair|vice[- ]chair|committee|subcommittee|caucus|conference|leader|whip|speaker|president pro tempore|task force|district|at[- ]large)\b/i;
/** A district or party-state tag: "CA-12", "(D-CA)", "(R-Texas)". */
const TAG_LINE = /^\(?([A-Z]{2}-(\d{1,2}|AL)|[DRI]-[A-Za-z .]+)\)?$/;

export const isTitle = (text: string): boolean => TITLE_WORDS.test(text) || STATE_LINE.test(text) || TAG_LINE.test(text);

/** A title that only a signature carries; used to find signatures when there is no closing. */
export const isSignatureTitle = (text: string): boolean =>
  /^(members? of congress|united states senator|u\.\s?s\.\s?senator|senator|delegate|resident commissioner)\b/i.test(text);

const DIVIDER =
  /^(co-?signers?|co-?signed by|cosigners?|additional (co-?)?(signers|signatories|signatures|members)|also signed by|joined by)\s*:?$/i;
export const isDivider = (text: string): boolean => DIVIDER.test(text.trim());

const PARTICLES = new Set("de la del della van von der den da di du le y st dos das".split(" "));

/** The printed name without signature marks: "/s/", leftover underscores, a trailing comma. */
export const cleanName = (text: string): string =>
  trimUnderscores(text.replace(/^\/s\/\s*/i, ""))
    .replace(/,$/, "")
    .replace(/\s+/g, " ");

/** Trims spaces and underscores at both ends, in one pass (`/[_\s]+$/` rescanned every inner run: quadratic). */
function trimUnderscores(text: string): string {
  const strip = (c: string) => c === "_" || c.trim() === "";
  let start = 0;
  let end = text.length;
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Whether a cell reads like a person's name: two to eight capitalised words, no digits. */
export function isNameLike(text: string): boolean {
  if (text.length > 200) return false; // a name is at most 70 characters; don't clean a page-long cell
  const name = cleanName(text);
  if (name.length > 70 || /[\d:;!?@#<>[\]{}=+|/]/.test(name)) return false;
  const words = name
    .replace(/["“”()]/g, " ")
    .replace(/,/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w) => /^[\p{L}][\p{L}\p{M}.'’-]*$/u.test(w) && (/^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase())));
}

/** A bare surname ("Scott"): a name only when a signature title follows it. */
const isSingleName = (text: string): boolean => text.length <= 200 && /^\p{Lu}[\p{L}\p{M}'’.-]+$/u.test(cleanName(text));

/** The chamber a signature title implies. */
export function chamberOfTitle(title: string | null): "HOUSE" | "SENATE" | null {
  if (!title) return null;
  if (/\bsenat(e|or|ors)\b/i.test(title)) return "SENATE";
  if (/\b(members? of congress|delegate|resident commissioner|representatives?|congress(wo)?man|congressmember|house)\b/i.test(title)) {
    return "HOUSE";
  }
  return null;
}

/**
 * The first block of the previous stanza still without a title, in one column or any: a cursor
 * per column that only moves forward (a block never loses its title), so finding owners for a
 * stanza of titles is linear, not a scan of every pending block per title.
 */
class Untitled {
  private readonly cursors = new Map<number | null, number>();

  constructor(private readonly blocks: Block[]) {}

  first(column: number | null): Block | undefined {
    let i = this.cursors.get(column) ?? 0;
    while (i < this.blocks.length && (this.blocks[i].titles.length > 0 || (column !== null && this.blocks[i].column !== column))) i++;
    this.cursors.set(column, i);
    return this.blocks[i];
  }
}

interface Block {
  name: Cell;
  titles: string[];
  column: number;
  afterDivider: boolean;
}

export interface SignatureResult {
  signers: ParsedSigner[];
  warnings: string[];
}

/**
 * Reads the signature blocks in `lines` (the part of the letter after the closing), in
 * document order: stanza by stanza, and within a stanza row by row, left to right.
 */
export function parseSignatures(lines: Line[]): SignatureResult {
  const warnings: string[] = [];
  const blocks: Block[] = [];
  let afterDivider = false;
  let dividerSeen = false;
  // Blocks of the previous stanza still waiting for a title (a page break between them).
  let pending: Block[] = [];

  // A divider line splits a stanza as a blank line would, and flips the role.
  const parts: (Line[] | "divider")[] = [];
  for (const stanza of stanzas(lines)) {
    let current: Line[] = [];
    for (const line of stanza) {
      if (line.cells.length === 1 && isDivider(line.text)) {
        if (current.length) parts.push(current);
        parts.push("divider");
        current = [];
      } else current.push(line);
    }
    if (current.length) parts.push(current);
  }

  for (const part of parts) {
    if (part === "divider") {
      afterDivider = dividerSeen = true;
      pending = [];
      continue;
    }
    const stanzaBlocks: Block[] = [];
    const untitled = new Untitled(pending);
    columnsOf(part).forEach((cells, column) => {
      let current: Block | null = null;
      cells.forEach((cell, i) => {
        const text = cell.text.trim();
        if (isTitle(text)) {
          const owner: Block | undefined = current ?? untitled.first(column) ?? untitled.first(null);
          if (owner) {
            owner.titles.push(text);
            current = owner;
          } else warnings.push(`Line ${cell.line}: title "${text}" has no name above it`);
        } else if (isNameLike(text) || (isSingleName(text) && i + 1 < cells.length && isTitle(cells[i + 1].text))) {
          current = { name: cell, titles: [], column, afterDivider };
          stanzaBlocks.push(current);
        } else if (current && current.titles.length > 0) {
          current.titles.push(text); // a wrapped title
        } else {
          warnings.push(`Line ${cell.line}: "${text}" could not be placed in a signature block`);
        }
      });
    });
    stanzaBlocks.sort((a, b) => a.name.line - b.name.line || a.column - b.column);
    blocks.push(...stanzaBlocks);
    pending = stanzaBlocks.filter((b) => b.titles.length === 0);
  }

  const withTitles = blocks.filter((b) => b.titles.length > 0).length;
  if (withTitles > 0) {
    for (const b of blocks) {
      if (b.titles.length === 0) warnings.push(`Line ${b.name.line}: "${cleanName(b.name.text)}" has no title under it`);
    }
  }
  const leads = blocks.some((b) => !b.afterDivider);
  const roleOf = (b: Block): SignerRoleCode => (!dividerSeen || !leads ? "SIGNER" : b.afterDivider ? "COSIGNER" : "LEAD");
  const signers = blocks.map((b, i): ParsedSigner => {
    // Title lines are joined with a comma, unless a line already ends with one (a wrapped title).
    const title = b.titles.length ? b.titles.reduce((acc, t) => (acc.endsWith(",") ? `${acc} ${t}` : `${acc}, ${t}`)) : null;
    return {
      printed: cleanName(b.name.text),
      role: roleOf(b),
      position: i + 1,
      chamber: chamberOfTitle(title),
      title,
      line: b.name.line,
    };
  });
  return { signers, warnings };
}
