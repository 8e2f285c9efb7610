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

/** Code points HTML entities may name; past it String.fromCodePoint throws. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * Removes `**bold**` and `__bold__` in one pass: an opener followed by a non-space, up to the
 * nearest same delimiter preceded by a non-space (what `/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g` did,
 * which rescanned to the end of the line from every unclosed opener: quadratic on `**a **a …`).
 */
/** What `\s` matches, by char code. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

export function removeStrong(line: string): string {
  if (!line.includes("**") && !line.includes("__")) return line;
  // next[d][i]: the first position >= i where delimiter d closes (preceded by a non-space), or -1.
  const closers = (d: string): Int32Array => {
    const next = new Int32Array(line.length + 1).fill(-1);
    for (let i = line.length - 2; i >= 0; i--) {
      next[i] = line.startsWith(d, i) && i > 0 && !isSpace(line.charCodeAt(i - 1)) ? i : next[i + 1];
    }
    return next;
  };
  const next: Record<string, Int32Array> = { "**": closers("**"), __: closers("__") };
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < line.length) {
    const d = line.startsWith("**", i) ? "**" : line.startsWith("__", i) ? "__" : null;
    if (d && i + 2 < line.length && !isSpace(line.charCodeAt(i + 2))) {
      const close = next[d][i + 3] ?? -1;
      if (close > 0) {
        out.push(line.slice(from, i), line.slice(i + 2, close));
        i = from = close + 2;
        continue;
      }
    }
    i++;
  }
  out.push(line.slice(from));
  return out.join("");
}

/**
 * Removes inline markup, keeping the text and (roughly) the indentation. Linear in the line:
 * no pattern rescans the rest of the line from each position (the tags stop at `<`, emphasis
 * is removeStrong, trailing space is trimEnd).
 */
export function cleanMarkup(raw: string): string {
  return removeStrong(
    raw
      .replace(/\t/g, "    ")
      .replace(/[\u00a0\u2007\u202f]/g, " ")
      .replace(/<\/?(sup|sub|span|b|i|u|em|strong|small|font)\b[^<>]*>/gi, "")
      .replace(/<br\s*\/?>/gi, "")
      .replace(/<[a-z/][^<>]*>/gi, "")
      .replace(/&(#\d{1,7}|[a-z]{1,10});/gi, (m, e: string) => {
        if (!e.startsWith("#")) return ENTITIES[e.toLowerCase()] ?? m;
        const code = Number(e.slice(1));
        return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : m;
      })
      .replace(/^(\s*)#{1,6}\s+/, "$1") // headings
      .replace(/^(\s*)>\s?/, "$1") // block quotes
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1"), // markdown escapes
  )
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?!\w)/g, "$1$2")
    .replace(/\\$/, "") // markdown hard line break
    .trimEnd();
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

export const MAX_COLUMNS = 8;

/**
 * Splits a stanza into columns (left to right), each a top-to-bottom list of cells. The line
 * with the most cells gives the columns; a cell of another line goes to the column whose
 * start or centre is nearest (columns may be left-aligned or centred).
 */
export function columnsOf(stanza: Line[]): Cell[][] {
  const anchors = stanza.reduce((best, l) => (l.cells.length > best.length ? l.cells : best), [] as Cell[]);
  // No letter sets signatures or recipients in more columns than this; more is a table or noise,
  // read as one column (placing every cell among thousands of columns would be quadratic).
  if (anchors.length > MAX_COLUMNS) return [stanza.flatMap((l) => l.cells)];
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
