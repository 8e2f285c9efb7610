import { beforeAll, describe, expect, it } from "vitest";
import type { Legislator } from "../../members/legislators-source";
import { formatTotals, scoreText, totals, type LetterScore } from "../documents/accuracy";
import { readDocument } from "../documents/read-document";
import { createLetterGenerator } from "./generate-letter";
import { letterToPdf } from "./generate-pdf";
import { findSharedDir, sharedLegislators } from "./shared-data";

const LETTERS = 40;
const BASE_SEED = 12_000;

/**
 * Generated letters typeset as PDFs (text items written column by column, signatures drawn as
 * pictures): reading the PDF must give the same signers as reading the letter's text.
 */
describe("generated PDFs", () => {
  let legislators: Legislator[];
  beforeAll(async () => {
    legislators = await sharedLegislators(findSharedDir());
  });

  it(`reads ${LETTERS} seeded PDFs like their text`, { timeout: 120_000 }, async () => {
    const generator = createLetterGenerator(legislators);
    const fromPdf: LetterScore[] = [];
    const fromText: LetterScore[] = [];
    const differ: string[] = [];
    for (let i = 0; i < LETTERS; i++) {
      const letter = generator.generate(BASE_SEED + i);
      const expected = {
        ...letter.expected,
        recipients: [],
        signers: letter.expected.signers.map((s) => ({ ...s, state: "", party: "" })),
      };
      const doc = await readDocument(await letterToPdf(letter, BASE_SEED + i), "generated.pdf");
      const pdf = scoreText(doc.text, expected, legislators);
      const text = scoreText(letter.text, expected, legislators);
      fromPdf.push(pdf);
      fromText.push(text);
      if (pdf.correct !== text.correct || pdf.wrong > 0 || !pdf.dateOk || !pdf.rolesOk)
        differ.push(`seed ${BASE_SEED + i}: ${JSON.stringify(pdf)}`);
    }
    console.log(formatTotals("generated PDFs", totals(fromPdf)));
    console.log(formatTotals("same letters as text", totals(fromText)));
    expect(differ).toEqual([]);
    expect(totals(fromPdf).precision).toBe(1);
  });
});
