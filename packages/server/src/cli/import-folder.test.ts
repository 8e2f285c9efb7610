/**
 * `signatory import folder/` with PDFs: the document workers read the files two at a time, the
 * letters are stored in the folder's order, each in its own transaction, and a file that
 * cannot be read fails alone with its reason (exit code 1) while the others are stored.
 * Digital PDFs only (OCR is covered elsewhere); an embedded database in a temp folder.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { syncReferenceMembers } from "../test/harness";
import { lettersDir } from "../test/shared-dir";
import { closeDocumentWorkers, documentWorkers } from "../modules/importing/documents/document-pool";
import { withDatabase } from "./database";
import { importCommand } from "./import";

const TCJA = "2025-02-13-senate-trump-tcja-permanence";
const RALSTON = "2021-02-22-house-ralston-georgia-voting";
const SCHUMER = "2023-10-04-senate-schumer-appropriations-schedule";
let dir: string;
let folder: string;
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "signatory-cli-folder-"));
  folder = path.join(dir, "letters");
  await rm(folder, { recursive: true, force: true });
  await import("node:fs/promises").then((fs) => fs.mkdir(folder));
  const pdf = (name: string) => path.join(lettersDir(), "pdf", `${name}.digital.pdf`);
  await copyFile(pdf(TCJA), path.join(folder, `a-${TCJA}.pdf`));
  // A truncated PDF between two good ones.
  await writeFile(path.join(folder, "b-broken.pdf"), (await readFile(pdf(RALSTON))).subarray(0, 3000));
  await copyFile(pdf(RALSTON), path.join(folder, `c-${RALSTON}.pdf`));
  await copyFile(path.join(lettersDir(), `${SCHUMER}.md`), path.join(folder, `d-${SCHUMER}.md`));
  process.env.DATA_DIR = path.join(dir, "data");
  process.env.DATABASE_URL = "";
  await withDatabase((db) => syncReferenceMembers(db));
}, 120_000);

afterAll(async () => {
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  await closeDocumentWorkers();
  await rm(dir, { recursive: true, force: true });
});

it("reads a folder in 2 workers and stores each letter alone, in order", { timeout: 180_000 }, async () => {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    await importCommand([folder], {});
  } finally {
    log.mockRestore();
    error.mockRestore();
    stderr.mockRestore();
  }
  expect(process.exitCode).toBe(1);
  process.exitCode = 0;
  expect(documentWorkers().workers).toBe(2);
  const stored = out.filter((l) => / stored letter /.test(l)).map((l) => l.split(":")[0]);
  expect(stored).toEqual([`a-${TCJA}.pdf`, `c-${RALSTON}.pdf`, `d-${SCHUMER}.md`]);
  expect(err.join("\n")).toMatch(/b-broken\.pdf: not imported: The PDF is (truncated|corrupt)/);
  expect(out.at(-1)).toMatch(/^summary: 3 imported, 0 already present, .*1 failed$/);
  const counts = await withDatabase((db) =>
    db.query<{ letters: number; originals: number }>(
      `SELECT (SELECT count(*) FROM letter)::int AS letters, (SELECT count(*) FROM letter_original)::int AS originals`,
    ),
  );
  expect(counts[0]).toEqual({ letters: 3, originals: 3 });
});
