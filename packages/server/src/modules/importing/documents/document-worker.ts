/**
 * A document worker thread: reads one file at a time (readDocument: pdf.js parsing, page
 * rendering, OCR, Word unzipping, layout) and posts per-page progress, then the letter's text.
 * It keeps one OCR engine across files, so the English model loads once per worker.
 */
import { parentPort } from "node:worker_threads";
import { DocumentError } from "./document-error";
import type { DocumentLimits } from "./limits";
import { OcrEngine } from "./ocr";
import { readDocument } from "./read-document";

export interface DocumentTask {
  bytes: Uint8Array;
  name: string;
  limits: DocumentLimits;
}

const ocr = new OcrEngine();

parentPort!.postMessage({ ready: true });

parentPort!.on("message", (task: DocumentTask) => {
  readDocument(task.bytes, task.name, { limits: task.limits, ocr, onProgress: (progress) => parentPort!.postMessage({ progress }) })
    .then((ok) => parentPort!.postMessage({ ok }))
    .catch((e: unknown) => {
      if (e instanceof DocumentError) parentPort!.postMessage({ inputError: { message: e.message, reason: e.reason } });
      else parentPort!.postMessage({ failed: e instanceof Error ? e.message : String(e) });
    });
});
