import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lettersDir } from "../../../test/shared-dir";
import { DocumentError } from "./document-error";
import { DocumentWorkerPool, readInOrder } from "./document-pool";
import { ImportProgressBoard } from "./import-progress";
import type { DocumentProgress } from "./read-document";
import { readDocument } from "./read-document";

const digital = (name: string) => readFile(path.join(lettersDir(), "pdf", `${name}.digital.pdf`)).then((b) => new Uint8Array(b));
const TCJA = "2025-02-13-senate-trump-tcja-permanence";
const RALSTON = "2021-02-22-house-ralston-georgia-voting";

describe("the document worker pool", () => {
  const pool = new DocumentWorkerPool({ size: 2, memoryMb: 512 });
  afterAll(() => pool.close());

  it("reads a PDF in a worker, page by page, to the same text as in process", { timeout: 60_000 }, async () => {
    const bytes = await digital(TCJA);
    const pages: DocumentProgress[] = [];
    const doc = await pool.read(bytes, `${TCJA}.digital.pdf`, { onProgress: (p) => pages.push(p) });
    expect(pages).toEqual([
      { page: 1, pages: 2, mode: "TEXT" },
      { page: 2, pages: 2, mode: "TEXT" },
    ]);
    expect(doc.text).toBe((await readDocument(bytes, `${TCJA}.digital.pdf`)).text);
    expect(doc.signatures.length).toBeGreaterThan(0);
  });

  it("refuses bad input with the reader's reason and keeps working", { timeout: 60_000 }, async () => {
    await expect(pool.read(new TextEncoder().encode("%PDF-1.7 but nothing else"), "x.pdf")).rejects.toMatchObject({ reason: "CORRUPT" });
    await expect(pool.read(new TextEncoder().encode("not a pdf"), "x.pdf")).rejects.toBeInstanceOf(DocumentError);
    expect((await pool.read(await digital(TCJA), "ok.pdf")).pages).toBe(2);
  });

  it("stops a file that makes no progress, and the next file still reads", { timeout: 60_000 }, async () => {
    const stalled = new DocumentWorkerPool({ size: 1, memoryMb: 512, stallMs: 1 });
    try {
      await expect(stalled.read(await digital(TCJA), "slow.pdf")).rejects.toMatchObject({ reason: "READ_TIMEOUT" });
    } finally {
      await stalled.close();
    }
    expect((await pool.read(await digital(TCJA), "after.pdf")).pages).toBe(2);
  });

  it("reads a folder in the order given, a failed file failing alone", { timeout: 60_000 }, async () => {
    const files = [TCJA, "missing", RALSTON, TCJA];
    const seen: string[] = [];
    const load = async (name: string) => {
      if (name === "missing") throw new Error("no such file");
      return { bytes: await digital(name), name: `${name}.pdf` };
    };
    const out: { file: string; pages?: number; error?: string }[] = [];
    for await (const f of readInOrder(files, load, pool, { onProgress: (file, p) => seen.push(`${file}:${p.page}`) })) {
      try {
        out.push({ file: f.file, pages: (await f.read()).pages });
      } catch (e) {
        out.push({ file: f.file, error: (e as Error).message });
      }
    }
    expect(out).toEqual([
      { file: TCJA, pages: 2 },
      { file: "missing", error: "no such file" },
      { file: RALSTON, pages: 2 },
      { file: TCJA, pages: 2 },
    ]);
    expect(seen).toContain(`${RALSTON}:2`);
  });
});

describe("import progress", () => {
  it("is kept per id for its starter, refuses malformed or busy ids, and expires", () => {
    let now = 0;
    const board = new ImportProgressBoard(() => now);
    expect(() => board.track("short", "u1")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", details: { field: "progressId", reason: "BAD_PROGRESS_ID" } }),
    );
    expect(() => board.track("bad id with spaces", "u1")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", details: { field: "progressId", reason: "BAD_PROGRESS_ID" } }),
    );
    const t = board.track("import-0001", "u1");
    expect(board.get("import-0001", "u1")).toEqual({ stage: "READING", page: 0, pages: 0, ocr: false, ocrPages: 0 });
    t.page({ page: 1, pages: 3, mode: "TEXT" });
    t.page({ page: 2, pages: 3, mode: "OCR" });
    expect(board.get("import-0001", "u1")).toEqual({ stage: "READING", page: 2, pages: 3, ocr: true, ocrPages: 1 });
    expect(board.get("import-0001", "u2")).toBeNull();
    expect(() => board.track("import-0001", "u1")).toThrow(
      expect.objectContaining({ details: { field: "progressId", reason: "PROGRESS_ID_IN_USE" } }),
    );
    t.stage("DONE");
    expect(board.get("import-0001", "u1")?.stage).toBe("DONE");
    now += 11 * 60_000;
    expect(board.get("import-0001", "u1")).toBeNull();
    expect(board.track(null, "u1")).toBeDefined();
  });
});
