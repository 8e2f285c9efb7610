/**
 * Typesets a generated letter as a PDF the way offices publish them: letterhead, recipients and
 * body as text, then the signatures on a new page in a grid of 2 or 3 columns, each a drawn
 * (vector, not text) "handwritten" stroke over the printed name in bold and the title lines.
 * Text items are written column by column (not row by row), so a reader that trusts item order
 * gets the grid wrong.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { mulberry32, type GeneratedLetter } from "./generate-letter";

const WIDTH = 612;
const HEIGHT = 792;
const MARGIN = 72;

/** Drops markdown marks the text form carries (headings, bold, hard breaks). */
const plain = (line: string) =>
  line
    .replace(/^#+\s*/, "")
    .replace(/\*\*/g, "")
    .replace(/\s+$/, "");

/** Characters Helvetica (WinAnsi) cannot show are written without their accents. */
function encodable(font: PDFFont, text: string): string {
  try {
    font.encodeText(text);
    return text;
  } catch {
    return text.normalize("NFD").replace(/[^\x20-\x7e\u00a0-\u00ff]/g, "");
  }
}

function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** A signature-like stroke: a few random curves, drawn as a path (a picture, not text). */
function scribble(page: PDFPage, x: number, y: number, rng: () => number) {
  let d = `M 0 0`;
  for (let i = 1; i <= 5; i++) d += ` Q ${i * 18 - 9} ${(rng() - 0.5) * 30} ${i * 18} ${(rng() - 0.5) * 10}`;
  page.drawSvgPath(d, { x, y, borderColor: rgb(0.1, 0.15, 0.45), borderWidth: 1.2 });
}

export async function letterToPdf(letter: GeneratedLetter, seed: number): Promise<Uint8Array> {
  const rng = mulberry32(seed ^ 0x5eed);
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  for (const raw of letter.parts.head) {
    const text = plain(raw);
    if (!text) {
      y -= 8;
      continue;
    }
    for (const line of wrap(regular, 11, encodable(regular, text), WIDTH - 2 * MARGIN)) {
      if (y < MARGIN) {
        page = doc.addPage([WIDTH, HEIGHT]);
        y = HEIGHT - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y, size: 11, font: regular });
      y -= 14;
    }
  }
  // Signatures start on a new page, in 2 or 3 columns.
  const columns = rng() < 0.5 ? 2 : 3;
  const cellWidth = (WIDTH - 2 * MARGIN) / columns;
  page = doc.addPage([WIDTH, HEIGHT]);
  y = HEIGHT - MARGIN - 30;
  letter.parts.groups.forEach((group, g) => {
    if (g > 0 && letter.parts.divider) {
      page.drawText(plain(letter.parts.divider), { x: MARGIN, y, size: 11, font: regular });
      y -= 50;
    }
    for (let row = 0; row < group.length; row += columns) {
      const cells = group.slice(row, row + columns);
      const titleLines = Math.max(...cells.map((c) => c.title.split("\n").length));
      const height = 14 + 11 * titleLines + 50;
      if (y - height < MARGIN) {
        page = doc.addPage([WIDTH, HEIGHT]);
        y = HEIGHT - MARGIN - 30;
      }
      // Column by column, bottom line first: the order of the text items says nothing.
      for (let c = cells.length - 1; c >= 0; c--) {
        const x = MARGIN + c * cellWidth + 6;
        const titles = cells[c].title.split("\n");
        for (let t = titles.length - 1; t >= 0; t--) {
          const title = encodable(regular, plain(titles[t]));
          page.drawText(title, {
            x,
            y: y - 14 - 11 * t,
            size: Math.min(9, (9 * (cellWidth - 20)) / regular.widthOfTextAtSize(title, 9)),
            font: regular,
          });
        }
        // A long name is set smaller to stay inside its column, as a typesetter would.
        const name = encodable(bold, plain(cells[c].printed));
        const size = Math.min(11, (11 * (cellWidth - 20)) / bold.widthOfTextAtSize(name, 11));
        page.drawText(name, { x, y, size, font: bold });
        scribble(page, x, y + 24, rng);
      }
      y -= height;
    }
  });
  return doc.save();
}
