import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { findSharedDir, readRealLetters, sharedLegislators } from "../generator/shared-data";
import type { Legislator } from "../../members/legislators-source";
import { scoreText } from "./accuracy";
import { DocumentError } from "./document-error";
import { documentLimits, type DocumentLimits } from "./limits";
import { readDocument } from "./read-document";
import { makeDocx, makeZip } from "./test-files";

const shared = findSharedDir();
const limits: DocumentLimits = { ...documentLimits({}), ocrPageTimeoutMs: 60_000 };
const refusal = async (bytes: Uint8Array, name: string, l: DocumentLimits = limits) => {
  const started = Date.now();
  const e = await readDocument(bytes, name, { limits: l }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, name).toBeInstanceOf(DocumentError);
  expect(Date.now() - started).toBeLessThan(10_000);
  return { reason: (e as DocumentError).reason, message: (e as DocumentError).message };
};

let digital: Uint8Array;
beforeAll(async () => {
  digital = new Uint8Array(await readFile(path.join(shared, "letters", "pdf", "2025-02-13-senate-trump-tcja-permanence.digital.pdf")));
});

describe("bad files are refused with a reason", () => {
  it("a file renamed .pdf that is not one", async () => {
    expect(await refusal(Buffer.from("just some words, not a PDF"), "letter.pdf")).toMatchObject({
      reason: "UNSUPPORTED_FILE",
      message: expect.stringMatching(/not a PDF/),
    });
    expect((await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), "scan.pdf")).message).toMatch(/PNG/);
  });

  it("a truncated or corrupt PDF", async () => {
    expect((await refusal(digital.subarray(0, Math.floor(digital.length / 2)), "half.pdf")).reason).toBe("CORRUPT");
    const garbage = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000, 0x41), Buffer.from("\n%%EOF\n")]);
    expect((await refusal(garbage, "garbage.pdf")).reason).toBe("CORRUPT");
  });

  it("an encrypted PDF", async () => {
    const raw = Buffer.from(digital).toString("latin1").replace("trailer", "trailer\n<< /Encrypt 99 0 R >>\n");
    expect((await refusal(Buffer.from(raw, "latin1"), "locked.pdf")).reason).toBe("ENCRYPTED");
  });

  it("a PDF with zero pages, or too many", async () => {
    const empty = await PDFDocument.create();
    expect((await refusal(await empty.save(), "empty.pdf")).reason).toBe("NO_PAGES");
    const many = await PDFDocument.create();
    for (let i = 0; i < 4; i++) many.addPage();
    expect(await refusal(await many.save(), "long.pdf", { ...limits, maxPages: 3 })).toMatchObject({
      reason: "TOO_MANY_PAGES",
      message: expect.stringMatching(/4 pages; at most 3/),
    });
  });

  it("a file over the size limit", async () => {
    expect((await refusal(digital, "big.pdf", { ...limits, maxBytes: 1000 })).reason).toBe("TOO_LARGE");
  });

  it("an image with huge pixel dimensions (decompression bomb)", async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    // A 1-pixel PNG declared in the page as a 60000 x 60000 image XObject.
    const stream = doc.context.flateStream(new Uint8Array(16), {
      Type: "XObject",
      Subtype: "Image",
      Width: 60000,
      Height: 60000,
      ColorSpace: "DeviceGray",
      BitsPerComponent: 8,
    });
    page.node.setXObject(doc.context.obj("Im1") as never, doc.context.register(stream));
    expect(await refusal(await doc.save({ useObjectStreams: false }), "bomb.pdf")).toMatchObject({ reason: "IMAGE_TOO_LARGE" });
  });

  it("a .docx with macros, or a zip bomb", async () => {
    const macro = makeDocx("text", [{ name: "word/vbaProject.bin", data: Buffer.alloc(100, 1) }]);
    expect((await refusal(macro, "macro.docx")).reason).toBe("MACROS");
    const bomb = makeDocx("text", [{ name: "word/media/zeros.bin", data: Buffer.alloc(80 * 1024 * 1024) }]);
    expect(await refusal(bomb, "bomb.docx")).toMatchObject({ reason: "ZIP_BOMB" });
    expect((await refusal(makeZip([{ name: "a.txt", data: Buffer.from("hi") }]), "notword.docx")).reason).toBe("UNSUPPORTED_FILE");
    expect((await refusal(Buffer.from("PK\u0003\u0004 truncated"), "cut.docx")).reason).toBe("CORRUPT");
  });
});

describe("Word files", () => {
  let legislators: Legislator[];
  beforeAll(async () => {
    legislators = await sharedLegislators(shared);
  });

  for (const { name, text, expected } of readRealLetters(shared)) {
    it(`reads ${name} as a .docx exactly`, async () => {
      const doc = await readDocument(makeDocx(text.replace(/\*\*/g, "").replace(/^#+\s*/gm, "")), `${name}.docx`);
      expect(doc.kind).toBe("DOCX");
      expect(scoreText(doc.text, expected, legislators)).toMatchObject({
        wrong: 0,
        correct: expected.signers.length,
        exact: true,
        dateOk: true,
        rolesOk: true,
      });
    });
  }
});
