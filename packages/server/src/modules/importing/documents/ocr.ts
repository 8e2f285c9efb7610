/**
 * OCR of page images with tesseract.js. The English model comes from the
 * `@tesseract.js-data/eng` package (nothing is downloaded at run time), and recognition runs in
 * tesseract's own worker thread, so it never blocks the event loop. Each page has a time limit.
 */
import path from "node:path";
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";
import { DocumentError } from "./document-error";
import type { TextPiece } from "./layout";

/** The folder holding eng.traineddata.gz (the "best_int" LSTM model). */
export function englishModelDir(): string {
  return path.join(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
}

/** Words below this confidence are dropped: cursive signatures read as letters score low. */
const MIN_WORD_CONFIDENCE = 40;

export class OcrEngine {
  private worker: Promise<Worker> | null = null;

  private start(): Promise<Worker> {
    this.worker ??= createWorker("eng", OEM.LSTM_ONLY, {
      langPath: englishModelDir(),
      cacheMethod: "none",
      gzip: true,
    }).then(async (w) => {
      await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: "1", user_defined_dpi: "200" });
      return w;
    });
    return this.worker;
  }

  /**
   * Reads a page image (PNG bytes) rendered at `scale` pixels per point; returns the text as
   * pieces in points, one per run of words that tesseract put on one line without a wide gap.
   */
  async read(png: Uint8Array, page: number, scale: number, timeoutMs: number): Promise<TextPiece[]> {
    const worker = await this.start();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DocumentError(`OCR of page ${page} took longer than ${Math.round(timeoutMs / 1000)} s.`, "OCR_TIMEOUT")),
        timeoutMs,
      );
    });
    try {
      const result = await Promise.race([worker.recognize(Buffer.from(png), {}, { blocks: true, text: false }), timeout]);
      const pieces: TextPiece[] = [];
      for (const block of result.data.blocks ?? []) {
        for (const para of block.paragraphs) {
          for (const line of para.lines) {
            const words = line.words.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE && w.text.trim());
            for (const w of words) {
              pieces.push({
                page,
                x: w.bbox.x0 / scale,
                y: w.bbox.y0 / scale,
                w: (w.bbox.x1 - w.bbox.x0) / scale,
                h: (w.bbox.y1 - w.bbox.y0) / scale,
                text: w.text,
                ocr: true,
              });
            }
          }
        }
      }
      return pieces;
    } catch (e) {
      // A timed-out page leaves the worker busy: drop it so the next page starts clean.
      if (e instanceof DocumentError) await this.close();
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await (await w).terminate();
  }
}
