/**
 * Reads all 18 reference PDFs (digital, hybrid, scanned) and prints precision / recall per
 * form against the expected answers, plus p50 per digital letter (read + parse + match) and
 * p50 OCR time per scanned page. Not a test: OCR of every scan takes minutes on 2 cores.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { formatTotals, scoreText, totals, type LetterScore } from "../src/modules/importing/documents/accuracy";
import { readDocument } from "../src/modules/importing/documents/read-document";
import { findSharedDir, readRealLetters, sharedLegislators } from "../src/modules/importing/generator/shared-data";

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const shared = findSharedDir();
  const legislators = await sharedLegislators(shared);
  const letters = readRealLetters(shared);
  const forms = (process.env.BENCH_FORMS ?? "digital,hybrid,scanned").split(",");
  const digitalMs: number[] = [];
  const ocrPageMs: number[] = [];
  for (const form of forms) {
    const scores: LetterScore[] = [];
    for (const { name, expected } of letters) {
      const bytes = new Uint8Array(await readFile(path.join(shared, "letters", "pdf", `${name}.${form}.pdf`)));
      let last = performance.now();
      const pageMs: number[] = [];
      const t = performance.now();
      let doc;
      try {
        doc = await readDocument(bytes, `${name}.${form}.pdf`, {
          onProgress: () => {
            const now = performance.now();
            pageMs.push(now - last);
            last = now;
          },
        });
      } catch (e) {
        console.log(`${name}.${form}.pdf: FAILED ${(e as Error).message}`);
        scores.push({ matched: 0, correct: 0, wrong: 0, expected: expected.signers.length, review: 0, dateOk: false, chamberOk: false, rolesOk: false, exact: false });
        continue;
      }
      pageMs.push(performance.now() - last);
      const score = scoreText(doc.text, expected, legislators);
      const ms = performance.now() - t;
      // Progress fires as a page starts: the time until the next event is that page's.
      const perPage = pageMs.slice(1);
      doc.ocrPages.forEach((_, i) => ocrPageMs.push(perPage[perPage.length - doc.ocrPages.length + i]));
      if (form === "digital") {
        // Warm: pdf.js loaded and the date's candidate pool built by the first read.
        const again = performance.now();
        scoreText((await readDocument(bytes, `${name}.${form}.pdf`)).text, expected, legislators);
        digitalMs.push(performance.now() - again);
      }
      scores.push(score);
      console.log(
        `${name}.${form}.pdf: ${doc.pages} pages (${doc.ocrPages.length} OCR), ${Math.round(ms)} ms; ` +
          `${score.correct}/${score.expected} right, ${score.wrong} wrong, ${score.review} to review; date ${score.dateOk ? "ok" : "WRONG"}, chamber ${score.chamberOk ? "ok" : "WRONG"}, roles ${score.rolesOk ? "ok" : "WRONG"}`,
      );
    }
    console.log(formatTotals(form, totals(scores)));
  }
  if (digitalMs.length) console.log(`p50 per digital letter, warm (read + parse + match): ${Math.round(p50(digitalMs))} ms`);
  if (ocrPageMs.length) console.log(`p50 per OCR page (render 200 dpi + OCR): ${Math.round(p50(ocrPageMs))} ms over ${ocrPageMs.length} pages`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
