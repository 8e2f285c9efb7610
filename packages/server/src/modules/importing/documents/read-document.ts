/**
 * One entry point for every file a letter arrives as: text, PDF (text layer or scan) or Word
 * (.docx). The output is the letter's TEXT, which then goes through the usual parse and match,
 * plus where each signature was read (page and box) for PDFs.
 */
import { createHash } from "node:crypto";
import { DocumentError } from "./document-error";
import { readDocx } from "./docx";
import { layOut, type SignatureBox } from "./layout";
import { documentLimits, type DocumentLimits } from "./limits";
import type { OcrEngine } from "./ocr";
import { readPdf, type PdfProgress } from "./pdf";
import { sniff, type DocumentKind } from "./sniff";

export interface DocumentText {
  kind: DocumentKind;
  /** The letter as text, ready for the parser. */
  text: string;
  /** sha256 of the file's bytes. */
  fileHash: string;
  pages: number;
  /** Pages read by OCR (no text layer). */
  ocrPages: number[];
  /** Page and box of each signature block, in text order (PDFs only). */
  signatures: SignatureBox[];
  warnings: string[];
}

export type DocumentProgress = PdfProgress;

export const MEDIA_TYPES: Record<DocumentKind, string> = {
  PDF: "application/pdf",
  DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  TEXT: "text/plain; charset=utf-8",
};

export async function readDocument(
  bytes: Uint8Array,
  name = "",
  options: { limits?: DocumentLimits; onProgress?: (p: DocumentProgress) => void; ocr?: OcrEngine } = {},
): Promise<DocumentText> {
  const limits = options.limits ?? documentLimits();
  if (bytes.length > limits.maxBytes) {
    throw new DocumentError(
      `The file is ${(bytes.length / 1048576).toFixed(1)} MB; at most ${limits.maxBytes / 1048576} MB is allowed.`,
      "TOO_LARGE",
    );
  }
  const sniffed = sniff(bytes, name);
  if (!sniffed.kind) throw new DocumentError(sniffed.reason, "UNSUPPORTED_FILE");
  const fileHash = createHash("sha256").update(bytes).digest("hex");
  const base = { kind: sniffed.kind, fileHash, ocrPages: [] as number[], signatures: [] as SignatureBox[] };
  if (sniffed.kind === "TEXT") {
    return { ...base, text: Buffer.from(bytes).toString("utf8"), pages: 1, warnings: [] };
  }
  if (sniffed.kind === "DOCX") {
    const docx = await readDocx(bytes, limits);
    return { ...base, text: docx.text, pages: 1, warnings: docx.warnings };
  }
  const pdf = await readPdf(bytes, limits, options.onProgress, options.ocr);
  if (pdf.pieces.length === 0 && pdf.ocrPages.length === 0)
    throw new DocumentError("The PDF has no pages with content (no pages, or only blank ones).", "NO_PAGES");
  if (pdf.pieces.length === 0) throw new DocumentError("The PDF has no readable text, even by OCR.", "NO_TEXT");
  const laid = layOut(pdf.pieces);
  return { ...base, text: laid.text, pages: pdf.pages, ocrPages: pdf.ocrPages, signatures: laid.signatures, warnings: laid.warnings };
}
