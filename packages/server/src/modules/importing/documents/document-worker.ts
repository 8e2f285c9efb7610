/**
 * A document worker thread: reads one file at a time (readDocument: pdf.js parsing, page
 * rendering, OCR, Word unzipping, layout) and posts per-page progress, then the letter's text;
 * or renders a signature's page crop.
 * It keeps one OCR engine across files, so the English model loads once per worker.
 */
import { parentPort } from "node:worker_threads";
import { renderCrop } from "./crop";
import { DocumentError } from "./document-error";
import type { DocumentLimits } from "./limits";
import { OcrEngine } from "./ocr";
import type { PlacedSignature } from "./original-storage";
import { readDocument } from "./read-document";

export type DocumentTask =
  | { kind: "read"; bytes: Uint8Array; name: string; limits: DocumentLimits }
  /** A reviewer's page crop of a stored PDF (crop.ts). */
  | { kind: "crop"; bytes: Uint8Array; box: PlacedSignature; limits: DocumentLimits };

const ocr = new OcrEngine();

parentPort!.postMessage({ ready: true });

const run = (task: DocumentTask): Promise<unknown> =>
  task.kind === "crop"
    ? renderCrop(task.bytes, task.box).then((png) => new Uint8Array(png))
    : readDocument(task.bytes, task.name, { limits: task.limits, ocr, onProgress: (progress) => parentPort!.postMessage({ progress }) });

parentPort!.on("message", (task: DocumentTask) => {
  run(task)
    .then((ok) => parentPort!.postMessage({ ok }))
    .catch((e: unknown) => {
      if (e instanceof DocumentError) parentPort!.postMessage({ inputError: { message: e.message, reason: e.reason } });
      else parentPort!.postMessage({ failed: e instanceof Error ? e.message : String(e) });
    });
});
