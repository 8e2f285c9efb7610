/**
 * Reads a PDF into positioned text: the text layer where a page has one (unpdf / pdf.js), and
 * OCR of the page rendered at 200 dpi where it has none (a scan). Refuses encrypted, truncated,
 * empty, oversized and image-bomb files before any page is rendered.
 */
import type { PDFDocumentProxy } from "unpdf/pdfjs";
import { DocumentError } from "./document-error";
import type { TextPiece } from "./layout";
import type { DocumentLimits } from "./limits";
import { OcrEngine } from "./ocr";

/** pdf.js 5 calls ArrayBuffer#transferToFixedLength (Node 21+) when it decodes images. */
export function polyfillTransfer() {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(proto, "transferToFixedLength", {
    value(this: ArrayBuffer, length?: number) {
      const n = length ?? this.byteLength;
      const out = new ArrayBuffer(n);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
      return out;
    },
    configurable: true,
    writable: true,
  });
}

export const OCR_DPI = 200;

export interface PdfProgress {
  page: number;
  pages: number;
  /** TEXT: read from the text layer; OCR: recognised from the page image. */
  mode: "TEXT" | "OCR";
}

export interface PdfText {
  pieces: TextPiece[];
  pages: number;
  ocrPages: number[];
}

/** Checks that need only the bytes: encryption, truncation, images with huge pixel counts. */
export function checkPdfBytes(bytes: Uint8Array, limits: DocumentLimits): void {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (!raw.slice(-2048).includes("%%EOF"))
    throw new DocumentError("The PDF is truncated or corrupt (it has no end-of-file marker).", "CORRUPT");
  if (/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(raw))
    throw new DocumentError("The PDF is encrypted or password-protected; save an unprotected copy.", "ENCRYPTED");
  // Image dictionaries are never inside compressed object streams, so their sizes are readable here.
  const image = /\/Subtype\s*\/Image/g;
  for (let m = image.exec(raw); m; m = image.exec(raw)) {
    const around = raw.slice(Math.max(0, m.index - 400), m.index + 400);
    const width = Number(/\/Width\s+(\d+)/.exec(around)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)/.exec(around)?.[1] ?? 0);
    if (width * height > limits.maxImagePixels) {
      throw new DocumentError(
        `The PDF holds an image of ${width} x ${height} pixels, more than the ${limits.maxImagePixels / 1e6} megapixels allowed.`,
        "IMAGE_TOO_LARGE",
      );
    }
  }
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  polyfillTransfer();
  const { getDocumentProxy } = await import("unpdf");
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 });
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === "PasswordException") throw new DocumentError("The PDF is password-protected; save an unprotected copy.", "ENCRYPTED");
    throw new DocumentError(`The PDF is corrupt and cannot be read (${(e as Error).message ?? "unknown error"}).`, "CORRUPT");
  }
}

/** pdf.js operators that paint an image (paintImageMaskXObject, paintImageXObject, paintInlineImageXObject, ...). */
const IMAGE_OPS = new Set([83, 84, 85, 86, 87, 88, 89]);

async function countPages(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await import("pdf-lib");
  try {
    return (await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    return -1;
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Text of every page with positions; OCR for pages that have no text layer. */
export async function readPdf(
  bytes: Uint8Array,
  limits: DocumentLimits,
  onProgress?: (p: PdfProgress) => void,
  /** An engine kept across files (a document worker keeps one); without it, one for this file. */
  sharedOcr?: OcrEngine,
): Promise<PdfText> {
  checkPdfBytes(bytes, limits);
  const doc = await open(bytes);
  const ocr = sharedOcr ?? new OcrEngine();
  try {
    const pages = doc.numPages;
    // pdf.js reports an empty page tree as one page: ask pdf-lib when there seems to be one.
    if (pages <= 1 && (await countPages(bytes)) === 0) throw new DocumentError("The PDF has no pages.", "NO_PAGES");
    if (pages > limits.maxPages)
      throw new DocumentError(`The PDF has ${pages} pages; at most ${limits.maxPages} are allowed.`, "TOO_MANY_PAGES");
    const pieces: TextPiece[] = [];
    const ocrPages: number[] = [];
    for (let n = 1; n <= pages; n++) {
      let page;
      let content;
      try {
        page = await doc.getPage(n);
        content = await page.getTextContent();
      } catch (e) {
        throw new DocumentError(`Page ${n} of the PDF is corrupt (${(e as Error).message}).`, "CORRUPT");
      }
      const [, , , top] = page.view;
      const items = (content.items as TextItem[]).filter((i) => typeof i.str === "string" && i.str.trim());
      if (items.length > 0) {
        onProgress?.({ page: n, pages, mode: "TEXT" });
        for (const i of items) {
          const h = i.height || Math.abs(i.transform[3]);
          pieces.push({ page: n, x: i.transform[4], y: top - i.transform[5] - h, w: i.width, h, text: i.str });
        }
        continue;
      }
      // A page with no text and no picture is blank: nothing to OCR.
      const ops = await page.getOperatorList();
      if (!ops.fnArray.some((op) => IMAGE_OPS.has(op))) continue;
      onProgress?.({ page: n, pages, mode: "OCR" });
      ocrPages.push(n);
      const viewport = page.getViewport({ scale: 1 });
      // 200 dpi, but never a canvas beyond the pixel limit (a page with a huge media box).
      const scale = Math.min(OCR_DPI / 72, Math.sqrt(limits.maxImagePixels / (viewport.width * viewport.height)));
      const { renderPageAsImage } = await import("unpdf");
      const png = await renderPageAsImage(doc, n, { canvasImport: () => import("@napi-rs/canvas"), scale });
      pieces.push(...(await ocr.read(new Uint8Array(png), n, scale, limits.ocrPageTimeoutMs)));
    }
    return { pieces, pages, ocrPages };
  } finally {
    if (!sharedOcr) await ocr.close();
    await doc.cleanup().catch(() => undefined);
    await doc.loadingTask?.destroy?.();
  }
}
