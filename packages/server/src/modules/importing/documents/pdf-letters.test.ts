import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Legislator } from "../../members/legislators-source";
import { findSharedDir, readRealLetters, sharedLegislators } from "../generator/shared-data";
import { formatTotals, scoreText, totals, type LetterScore } from "./accuracy";
import { documentLimits } from "./limits";
import { readDocument } from "./read-document";

/**
 * The reference letters as offices publish them. All six digital PDFs must come out exactly
 * right; OCR is slow, so the suite reads one hybrid and one scanned letter (`pnpm bench:pdf`
 * reads all 18 and prints the same figures).
 */
const shared = findSharedDir();
const letters = readRealLetters(shared);
const pdf = (name: string, form: string) => path.join(shared, "letters", "pdf", `${name}.${form}.pdf`);
const OCR_SAMPLE = [
  ["2021-02-22-house-ralston-georgia-voting", "hybrid"],
  ["2019-02-13-senate-mcconnell-disaster-supplemental", "scanned"],
] as const;

describe("reference letters as PDFs", () => {
  let legislators: Legislator[];
  const digital: LetterScore[] = [];
  const ocr: LetterScore[] = [];
  beforeAll(async () => {
    legislators = await sharedLegislators(shared);
  });
  afterAll(() => {
    console.log(formatTotals("digital PDFs", totals(digital)));
    if (ocr.length) console.log(formatTotals("hybrid/scanned sample", totals(ocr)));
  });

  for (const { name, expected } of letters) {
    it(`reads ${name}.digital.pdf exactly`, async () => {
      const doc = await readDocument(new Uint8Array(await readFile(pdf(name, "digital"))), `${name}.digital.pdf`);
      expect(doc.kind).toBe("PDF");
      expect(doc.ocrPages).toEqual([]);
      expect(doc.signatures).toHaveLength(expected.signers.length);
      const score = scoreText(doc.text, expected, legislators);
      digital.push(score);
      expect(score).toMatchObject({
        wrong: 0,
        correct: expected.signers.length,
        dateOk: true,
        chamberOk: true,
        rolesOk: true,
        exact: true,
      });
    });
  }

  for (const [name, form] of OCR_SAMPLE) {
    // A shared 2-core machine can take far longer than the production page limit: allow it here.
    it(`reads ${name}.${form}.pdf by OCR with no wrong member`, { timeout: 400_000 }, async () => {
      const expected = letters.find((l) => l.name === name)!.expected;
      const pages: number[] = [];
      const doc = await readDocument(new Uint8Array(await readFile(pdf(name, form))), `${name}.${form}.pdf`, {
        limits: { ...documentLimits(), ocrPageTimeoutMs: 120_000 },
        onProgress: (p) => p.mode === "OCR" && pages.push(p.page),
      });
      expect(doc.ocrPages.length).toBeGreaterThan(0);
      expect(pages).toEqual(doc.ocrPages);
      const score = scoreText(doc.text, expected, legislators);
      ocr.push(score);
      expect(score.wrong).toBe(0);
      expect(score.correct / score.expected).toBeGreaterThanOrEqual(0.98);
      expect(score).toMatchObject({ dateOk: true, chamberOk: true, rolesOk: true });
      for (const s of doc.signatures) expect(s.page).toBeGreaterThan(0);
    });
  }
});
