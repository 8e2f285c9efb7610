/**
 * Rebuilds a letter's text from positioned pieces of text (a PDF's text layer or OCR words),
 * using coordinates only, never the order the pieces came in. Body lines become plain lines;
 * after the closing, the signature grid (2-3 columns) becomes one block per signature ("Name",
 * then its title lines), row by row, left to right, which is what the text parser reads.
 */
import { isDivider, isTitle } from "../parse/signatures";

/** A run of text on a page; coordinates in points from the page's top-left corner. */
export interface TextPiece {
  page: number;
  x: number;
  /** Top of the text. */
  y: number;
  w: number;
  h: number;
  text: string;
  /** Read by OCR from a page image (a scan), not from a text layer. */
  ocr?: boolean;
}

/** Where one signature was read: its page and bounding box (points, top-left origin). */
export interface SignatureBox {
  /** The printed name as emitted into the text. */
  printed: string;
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LaidOut {
  text: string;
  /** One box per signature block, in the order they appear in `text`. */
  signatures: SignatureBox[];
  warnings: string[];
}

/** A line's piece of text between wide gaps: one column's cell. */
interface Segment {
  page: number;
  x: number;
  y: number;
  right: number;
  h: number;
  text: string;
  ocr: boolean;
}

const CLOSING =
  /^(sincerely|respectfully( yours| submitted)?|very truly yours|yours truly|best regards|regards|with (warm )?regards|thank you)\s*[,.]?$/i;

/** Groups pieces into lines (same page, overlapping vertically), then splits lines at wide gaps. */
export function segmentsOf(pieces: TextPiece[]): Segment[][] {
  const sorted = pieces.filter((p) => p.text.trim()).sort((a, b) => a.page - b.page || a.y + a.h / 2 - (b.y + b.h / 2));
  const lines: TextPiece[][] = [];
  for (const p of sorted) {
    const last = lines[lines.length - 1];
    const mid = p.y + p.h / 2;
    if (last && last[0].page === p.page) {
      const top = Math.min(...last.map((q) => q.y));
      const bottom = Math.max(...last.map((q) => q.y + q.h));
      const h = Math.min(p.h, ...last.map((q) => q.h));
      if (mid > top + h * 0.25 && mid < bottom - h * 0.25) {
        last.push(p);
        continue;
      }
    }
    lines.push([p]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const p of line) {
      const s = segments[segments.length - 1];
      const gap = s ? p.x - s.right : Infinity;
      if (s && gap < (p.ocr ? 1.2 : 0.9) * Math.min(s.h, p.h)) {
        s.text += gap > 0.15 * p.h && !s.text.endsWith(" ") ? ` ${p.text.trim()}` : p.text.trim();
        s.right = Math.max(s.right, p.x + p.w);
        s.y = Math.min(s.y, p.y);
        s.h = Math.max(s.h, p.h);
      } else segments.push({ page: p.page, x: p.x, y: p.y, right: p.x + p.w, h: p.h, text: p.text.trim(), ocr: !!p.ocr });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, " ").trim();
    return segments;
  });
}

interface Cell {
  name: Segment;
  lines: Segment[];
}

/** Puts the segments after the closing into signature cells: same column, close below. */
function cellsOf(lines: Segment[][], warnings: string[]): (Cell | "divider")[] {
  const items: (Cell | { divider: Segment })[] = [];
  const open: Cell[] = [];
  for (const line of lines) {
    for (const s of line) {
      if (line.length === 1 && isDivider(s.text)) {
        items.push({ divider: s });
        open.length = 0;
        continue;
      }
      // The nearest cell above in the same column, if this line continues it.
      const owner = open
        .filter((c) => {
          const last = c.lines[c.lines.length - 1];
          if (Math.abs(c.name.x - s.x) > Math.max(30, s.h * 3)) return false;
          if (last.page === s.page) return s.y > last.y && s.y - (last.y + last.h) < 1.6 * Math.max(last.h, s.h);
          // Across a page break: titles at the top of the next page finish the cell.
          return s.page === last.page + 1 && isTitle(s.text) && c.lines.length === 1;
        })
        .sort((a, b) => {
          const la = a.lines[a.lines.length - 1];
          const lb = b.lines[b.lines.length - 1];
          return lb.page - la.page || lb.y - la.y;
        })[0];
      if (owner) owner.lines.push(s);
      else {
        const cell: Cell = { name: s, lines: [s] };
        items.push(cell);
        open.push(cell);
      }
    }
  }
  // Row by row, left to right: a row is cells whose names start at about the same height.
  const ordered: (Cell | "divider")[] = [];
  let run: Cell[] = [];
  const flush = () => {
    run.sort((a, b) => a.name.page - b.name.page || a.name.y - b.name.y);
    const rows: Cell[][] = [];
    for (const c of run) {
      const row = rows[rows.length - 1];
      if (row && row[0].name.page === c.name.page && Math.abs(row[0].name.y - c.name.y) < Math.max(row[0].name.h, c.name.h)) row.push(c);
      else rows.push([c]);
    }
    for (const row of rows) ordered.push(...row.sort((a, b) => a.name.x - b.name.x));
    run = [];
  };
  for (const item of items) {
    if ("divider" in item) {
      flush();
      ordered.push("divider");
    } else run.push(item);
  }
  flush();
  if (ordered.length === 0) warnings.push("No signature blocks found after the closing.");
  return ordered;
}

/**
 * On a scan, OCR also reads the handwritten signature above the printed name ("TI Cox." over
 * "TJ Cox"). The printed name sits tight over its title lines; the signature stands apart
 * above it. Lines of a scanned cell above the last gap wider than a third of a line are the
 * signature and are left out, so it never becomes a signer of its own.
 */
function printedLines(lines: Segment[], warnings: string[]): Segment[] {
  if (!lines[0].ocr) return lines;
  if (lines.length < 2) {
    warnings.push(`Left out "${lines[0].text}": a handwritten signature with no printed name under it.`);
    return [];
  }
  const firstTitle = lines.findIndex((s, i) => i > 0 && isTitle(s.text));
  const end = firstTitle < 0 ? lines.length : firstTitle;
  // The widest gap before the titles separates the signature from the printed name.
  let start = 0;
  let widest = 0;
  for (let i = 1; i < end; i++) {
    const gap = lines[i].page !== lines[i - 1].page ? Infinity : lines[i].y - (lines[i - 1].y + lines[i - 1].h);
    if (gap > 0.3 * Math.min(lines[i].h, lines[i - 1].h) && gap > widest) {
      widest = gap;
      start = i;
    }
  }
  if (start > 0)
    warnings.push(
      `Left out ${lines
        .slice(0, start)
        .map((s) => `"${s.text}"`)
        .join(", ")}: a handwritten signature above "${lines[start].text}".`,
    );
  return lines.slice(start);
}

const box = (segments: Segment[]) => {
  const x = Math.min(...segments.map((s) => s.x));
  const y = Math.min(...segments.map((s) => s.y));
  return {
    page: segments[0].page,
    x,
    y,
    w: Math.max(...segments.map((s) => s.right)) - x,
    h: Math.max(...segments.filter((s) => s.page === segments[0].page).map((s) => s.y + s.h)) - y,
  };
};

/**
 * Lays out the pieces as letter text. `dividerText` is written for a divider ("Co-Signers:").
 * Title lines under a name that are not titles (text that strayed from a neighbouring column)
 * are left out rather than read as more names.
 */
export function layOut(pieces: TextPiece[]): LaidOut {
  const warnings: string[] = [];
  const lines = segmentsOf(pieces);
  let closing = -1;
  lines.forEach((l, i) => {
    if (l.length === 1 && CLOSING.test(l[0].text)) closing = i;
  });
  const out: string[] = [];
  const signatures: SignatureBox[] = [];
  const head = closing >= 0 ? lines.slice(0, closing + 1) : lines;
  let previous: Segment | null = null;
  for (const line of head) {
    const first = line[0];
    // A blank line where the vertical gap says a paragraph ends.
    if (previous && (first.page !== previous.page || first.y - (previous.y + previous.h) > 0.9 * first.h)) out.push("");
    out.push(line.map((s) => s.text).join("      "));
    previous = first;
  }
  if (closing < 0)
    return { text: out.join("\n") + "\n", signatures, warnings: ['No closing ("Sincerely,") found: the text keeps the page\'s lines.'] };
  out.push("");
  const dividers = lines
    .slice(closing + 1)
    .flat()
    .filter((s) => isDivider(s.text));
  let d = 0;
  for (const item of cellsOf(lines.slice(closing + 1), warnings)) {
    if (item === "divider") {
      out.push(dividers[d++]?.text ?? "Co-Signers:", "");
      continue;
    }
    const printed = printedLines(item.lines, warnings);
    if (printed.length === 0) continue;
    const [first, ...more] = printed;
    // A long name wraps onto a second line of the same size before any title ("Henry C. \"Hank\"" / "Johnson, Jr.").
    const name = { ...first };
    const upper = (t: string) => t === t.toUpperCase();
    while (
      more.length &&
      !isTitle(more[0].text) &&
      upper(more[0].text) === upper(first.text) &&
      Math.abs(more[0].h - first.h) <= 0.15 * first.h
    ) {
      name.text += ` ${more.shift()!.text}`;
    }
    const rest = more;
    const titles = rest.filter((s) => isTitle(s.text));
    const dropped = rest.filter((s) => !isTitle(s.text));
    // Keep wrapped title lines that continue a kept title ("MEMBER OF" / "CONGRESS").
    if (dropped.length)
      warnings.push(`"${name.text}": left out ${dropped.map((s) => `"${s.text}"`).join(", ")} under the name (not a title).`);
    out.push(name.text, ...titles.map((s) => s.text), "");
    signatures.push({ printed: name.text, ...box(printed) });
  }
  return { text: out.join("\n"), signatures, warnings };
}
