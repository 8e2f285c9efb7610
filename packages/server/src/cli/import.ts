import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { resolveUserPath } from "../config";
import { cliActor } from "../modules/auth/audit.service";
import { DocumentImportService } from "../modules/importing/documents/document-import.service";
import { documentWorkers, readInOrder } from "../modules/importing/documents/document-pool";
import type { DocumentProgress } from "../modules/importing/documents/read-document";
import { ImportInputError, needsReview, type ImportPreview } from "../modules/importing/import.service";
import { isFolderNoise, letterFileReader } from "../modules/importing/letter-files";
import { candidatesOf, nameCandidates, reviewLines, type NamedCandidate } from "../modules/importing/review-summary";
import { withDatabase } from "./database";

/** Files to import: the files named, and every file in the folders named (those it cannot read fail with the reason). */
async function letterFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths.map((x) => resolveUserPath(x))) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new Error(`${p}: no such file or folder`);
    if (info.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      const all = entries.filter((e) => e.isFile()).map((e) => e.name);
      const names = all.filter((n) => !isFolderNoise(n, all)).sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  return files;
}

/** The `--dry-run --json` shape. */
export function previewJson(p: ImportPreview, named?: Map<string, NamedCandidate>) {
  return {
    date: p.date,
    chamber: p.chamber,
    title: p.title,
    recipients: p.recipients.map(({ name, title, organization }) => ({ name, title, organization })),
    signers: p.signers.map((s) => ({
      printed: s.printed,
      role: s.role,
      position: s.position,
      bioguide: s.status === "MATCHED" ? s.bioguideId : null,
      state: s.state,
      district: s.district,
      party: s.party,
      status: s.status,
      confidence: s.confidence,
      ...(s.status === "MATCHED" ? {} : { candidates: named ? candidatesOf(named, s.candidates) : s.candidates }),
    })),
    warnings: p.warnings,
  };
}

/** "1 needs review", "3 need review" ("1 signature needs review" with a noun). */
const needReview = (n: number, noun?: string) => `${n}${noun ? ` ${noun}${n === 1 ? "" : "s"}` : ""} ${n === 1 ? "needs" : "need"} review`;

export async function importCommand(paths: string[], opts: { dryRun?: boolean; json?: boolean }): Promise<void> {
  const files = await letterFiles(paths);
  const tally = { imported: 0, present: 0, review: 0, failed: 0 };
  const results: unknown[] = [];
  await withDatabase(async (db) => {
    const service = new DocumentImportService(db);
    const actor = cliActor();
    const bar =
      files.length > 1 && !opts.json
        ? new SingleBar({ format: "importing [{bar}] {value}/{total} {file}", stream: process.stderr }, Presets.shades_classic)
        : null;
    bar?.start(files.length, 0, { file: "" });
    // Files being read, with their page: the workers read several at once.
    const reading = new Map<string, string>();
    const showReading = () => bar?.update({ file: [...reading.values()].join(" · ") });
    const onProgress = opts.json
      ? undefined
      : (file: string, p: DocumentProgress) => {
          const name = path.basename(file);
          if (bar) {
            reading.set(file, `${name} page ${p.page}/${p.pages}${p.mode === "OCR" ? " (OCR)" : ""}`);
            showReading();
          } else if (p.mode === "OCR") process.stderr.write(`${name}: reading page ${p.page}/${p.pages} by OCR\n`);
        };
    const load = async (file: string) => {
      const reader = letterFileReader(file);
      if ("reason" in reader) throw new ImportInputError(reader.reason, "UNREADABLE_FORMAT");
      return { bytes: await reader.read(file), name: path.basename(file) };
    };
    // The document workers read the next files (PDF, OCR) while this thread stores each letter, in order, in its own transaction.
    for await (const { file, bytes, read } of readInOrder(files, load, documentWorkers(), {
      onProgress,
      onSettled: (file) => {
        if (reading.has(file)) reading.set(file, `${path.basename(file)} read`);
        showReading();
      },
    })) {
      const name = path.basename(file);
      reading.delete(file);
      showReading();
      try {
        if (opts.dryRun) {
          const { preview } = await service.preview(bytes, name, { readAhead: read });
          const named = await nameCandidates(db.manager, preview);
          results.push({ file: name, ...previewJson(preview, named) });
          tally.review += needsReview(preview);
          if (!opts.json) {
            console.log(
              `${name}: ${preview.date} ${preview.chamber}, ${preview.signers.length} signers, ${needReview(needsReview(preview))} (dry run, nothing written)`,
            );
            for (const line of reviewLines(preview, named)) console.log(line);
          }
        } else {
          const out = await service.import(bytes, name, { actor, readAhead: read });
          tally[out.created ? "imported" : "present"]++;
          if (out.created) tally.review += needsReview(out.preview);
          const named = await nameCandidates(db.manager, out.preview);
          results.push({ file: name, letterId: out.letterId, created: out.created, ...previewJson(out.preview, named) });
          if (!opts.json) {
            const p = out.preview;
            console.log(
              out.created
                ? `${name}: stored letter ${out.letterId}: ${p.date} ${p.chamber} to ${p.recipients.map((r) => r.name).join(", ") || "?"}; ` +
                    `${p.signers.length} signers (${p.signers.filter((s) => s.role === "LEAD").length} lead), ${needReview(needsReview(p))}`
                : `${name}: already present as letter ${out.letterId}; nothing stored`,
            );
            if (out.created) for (const line of reviewLines(p, named)) console.log(line);
          }
        }
      } catch (e) {
        if (!(e instanceof ImportInputError)) throw e;
        tally.failed++;
        const where = e.line ? ` (line ${e.line})` : "";
        results.push({ file: name, error: e.message, reason: e.reason, line: e.line ?? null });
        console.error(`${name}: not imported${where}: ${e.message}`);
      }
      bar?.increment(1);
    }
    bar?.stop();
  });
  if (opts.json) console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  else if (files.length > 1 || !opts.dryRun) {
    console.log(
      `summary: ${tally.imported} imported, ${tally.present} already present, ${needReview(tally.review, "signature")}, ${tally.failed} failed`,
    );
  }
  if (tally.failed) process.exitCode = 1;
}
