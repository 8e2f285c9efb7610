/**
 * `npm run bench:pdf`: a folder of PDFs read by the document worker pool with 1 worker and then
 * with 2 (the ratio is the point: both measured in the same run), p50 per digital letter (read
 * + parse + match, warm) and p50 per scanned page (render 200 dpi + OCR, from the 1-worker run,
 * where no other file competes). The folder is the 6 hybrid + 6 digital + 2 scanned reference
 * PDFs (BENCH_SCANNED=n for more scans). BENCH_ACCURACY=1 instead reads all 18 in process and
 * prints precision / recall per form against the expected answers (minutes of OCR on 2 cores).
 * Not a test.
 */
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { formatTotals, scoreText, totals, type LetterScore } from "../src/modules/importing/documents/accuracy";
import { DocumentWorkerPool } from "../src/modules/importing/documents/document-pool";
import { readDocument } from "../src/modules/importing/documents/read-document";
import { findSharedDir, readRealLetters, sharedLegislators } from "../src/modules/importing/generator/shared-data";

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function accuracy() {
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
        scores.push({
          matched: 0,
          correct: 0,
          wrong: 0,
          expected: expected.signers.length,
          review: 0,
          dateOk: false,
          chamberOk: false,
          rolesOk: false,
          exact: false,
        });
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
  if (ocrPageMs.length)
    console.log(`p50 per OCR page (render 200 dpi + OCR): ${Math.round(p50(ocrPageMs))} ms over ${ocrPageMs.length} pages`);
}

/** Reads the folder through a pool of `size` workers; wall time, and each OCR page's time. */
async function readFolder(files: { name: string; bytes: Uint8Array }[], size: number) {
  const pool = new DocumentWorkerPool({ size, memoryMb: 1024 });
  await pool.warm();
  const ocrPageMs: number[] = [];
  let pages = 0;
  const load = os.loadavg()[0];
  const cpu = process.cpuUsage();
  const t = performance.now();
  try {
    await Promise.all(
      files.map(async ({ name, bytes }) => {
        let current: { mode: string; at: number } | null = null;
        const close = (now: number) => current?.mode === "OCR" && ocrPageMs.push(now - current.at);
        const doc = await pool.read(bytes, name, {
          onProgress: (p) => {
            const now = performance.now();
            close(now);
            current = { mode: p.mode, at: now };
          },
        });
        close(performance.now());
        pages += doc.pages;
      }),
    );
  } finally {
    await pool.close();
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  // CPU of this process (all its threads, the OCR threads included) over wall time: the cores the pool kept busy.
  return { ms, pages, ocrPageMs, cores: (used.user + used.system) / 1000 / ms, load };
}

async function folder() {
  const shared = findSharedDir();
  const legislators = await sharedLegislators(shared);
  const letters = readRealLetters(shared);
  const dir = path.join(shared, "letters", "pdf");
  const load = async (name: string, form: string) => ({
    name: `${name}.${form}.pdf`,
    bytes: new Uint8Array(await readFile(path.join(dir, `${name}.${form}.pdf`))),
  });
  const scanned = Number(process.env.BENCH_SCANNED ?? 2);
  const files = [
    ...(await Promise.all(letters.map((l) => load(l.name, "hybrid")))),
    ...(await Promise.all(letters.map((l) => load(l.name, "digital")))),
    ...(await Promise.all(letters.slice(0, scanned).map((l) => load(l.name, "scanned")))),
  ];
  console.log(
    `folder: ${files.length} PDFs (${letters.length} hybrid, ${letters.length} digital, ${scanned} scanned); machine shared with other work, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );

  // p50 per digital letter, end to end in process (read + parse + match), warm.
  const digitalMs: number[] = [];
  for (const { name, expected } of letters) {
    const bytes = files.find((f) => f.name === `${name}.digital.pdf`)!.bytes;
    scoreText((await readDocument(bytes, name)).text, expected, legislators); // warm: pdf.js loaded, the date's pool built
    const t = performance.now();
    scoreText((await readDocument(bytes, name)).text, expected, legislators);
    digitalMs.push(performance.now() - t);
  }
  console.log(`p50 per digital letter, warm (read + parse + match): ${p50(digitalMs).toFixed(0)} ms (target <= 150)`);

  const line = (label: string, r: Awaited<ReturnType<typeof readFolder>>) =>
    console.log(
      `${label}: ${(r.ms / 1000).toFixed(1)} s for ${files.length} files / ${r.pages} pages (${r.ocrPageMs.length} OCR): ` +
        `${((files.length * 60_000) / r.ms).toFixed(1)} files/min, ${r.cores.toFixed(2)} cores busy (load ${r.load.toFixed(1)} at start)`,
    );
  // 2 workers first, then 1: load from others drifts, so BENCH_ROUNDS=n alternates and compares the best of each.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const ones: Awaited<ReturnType<typeof readFolder>>[] = [];
  const twos: Awaited<ReturnType<typeof readFolder>>[] = [];
  for (let r = 0; r < rounds; r++) {
    twos.push(await readFolder(files, 2));
    line("2 workers", twos.at(-1)!);
    ones.push(await readFolder(files, 1));
    line("1 worker ", ones.at(-1)!);
  }
  const best = (xs: typeof ones) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
  console.log(
    `p50 per scanned page (render 200 dpi + OCR, 1 worker): ${(p50(ones.flatMap((o) => o.ocrPageMs)) / 1000).toFixed(2)} s over ${ones[0].ocrPageMs.length} pages (target <= 4 s)`,
  );
  console.log(
    `2 workers / 1 worker throughput: ${(best(ones).ms / best(twos).ms).toFixed(2)}x (target >= 1.7x); load now ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );
}

(process.env.BENCH_ACCURACY || process.env.BENCH_FORMS ? accuracy() : folder()).catch((e) => {
  console.error(e);
  process.exit(1);
});
