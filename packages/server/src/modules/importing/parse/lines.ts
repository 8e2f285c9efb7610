/**
 * Lines of a letter as the parser sees them: markup removed (markdown emphasis, headings,
 * HTML such as `<sup>th</sup>`), and split into cells where a PDF's columns were extracted
 * as runs of two or more spaces.
 */

export interface Cell {
  text: string;
  /** Column offset of the cell in the cleaned line. */
  start: number;
  /** 1-based line number in the source. */
  line: number;
}

export interface Line {
  /** 1-based line number in the source. */
  n: number;
  /** Cleaned text, indentation kept, trailing spaces removed. */
  text: string;
  cells: Cell[];
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  nbsp: " ",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  ndash: "–",
  mdash: "—",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
};

/** Removes inline markup, keeping the text and (roughly) the indentation. */
export function cleanMarkup(raw: string): string {
  return raw
    .replace(/\t/g, "    ")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/<\/?(sup|sub|span|b|i|u|em|strong|small|font)\b[^>]*>/gi, "")
    .replace(/<br\s*\/?>/gi, "")
    .replace(/<[a-z/][^>]*>/gi, "")
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/^(\s*)#{1,6}\s+/, "$1") // headings
    .replace(/^(\s*)>\s?/, "$1") // block quotes
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1") // markdown escapes
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?!\w)/g, "$1$2")
    .replace(/\\$/, "") // markdown hard line break
    .replace(/\s+$/, "");
}

export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => {
    const clean = cleanMarkup(raw);
    const cells = [...clean.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index ?? 0, line: i + 1 }));
    return { n: i + 1, text: clean, cells };
  });
}

/** Signature lines and rules: `---`, `______`, `***`. */
export const isRule = (text: string): boolean => /^[\s\-_=*~.–—]{3,}$/.test(text) && /[-_=*~–—]{3,}/.test(text);

/** Page numbers and footers that PDF conversion leaves in: "Page 2 of 3", "2", "- 2 -". */
export const isPageNoise = (text: string): boolean =>
  /^\s*(page\s+)?\d{1,3}(\s*(of|\/)\s*\d{1,3})?\s*$/i.test(text) ||
  /^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$/.test(text) ||
  /printed on recycled paper/i.test(text);

/** A line that carries no content for the parser. */
export const isBlank = (line: Line): boolean => line.cells.length === 0 || isRule(line.text) || isPageNoise(line.text);

/** Splits lines into stanzas: runs of non-blank lines. */
export function stanzas(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Splits a stanza into columns (left to right), each a top-to-bottom list of cells. The line
 * with the most cells gives the columns; a cell of another line goes to the column whose
 * start or centre is nearest (columns may be left-aligned or centred).
 */
export function columnsOf(stanza: Line[]): Cell[][] {
  const anchors = stanza.reduce((best, l) => (l.cells.length > best.length ? l.cells : best), [] as Cell[]);
  const columns: Cell[][] = anchors.map(() => []);
  const centre = (c: Cell) => c.start + c.text.length / 2;
  for (const line of stanza) {
    for (const cell of line.cells) {
      let best = 0;
      let bestDistance = Infinity;
      anchors.forEach((a, i) => {
        const d = Math.min(Math.abs(a.start - cell.start), Math.abs(centre(a) - centre(cell)));
        if (d < bestDistance) [best, bestDistance] = [i, d];
      });
      columns[best].push(cell);
    }
  }
  return columns;
}
