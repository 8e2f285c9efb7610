/**
 * How far the server has read a file, page by page, for the dashboard while a scanned letter
 * is read (OCR takes seconds a page). The client names the import with a `progressId` it
 * makes up (a UUID), passes it to `previewFileImport`/`importFile`, and polls
 * `importProgress(id)` while the request runs. Plain queries rather than a subscription: the
 * same HTTP path, session and CSRF rules as the upload itself, nothing to reconnect.
 *
 * In memory, per server process: behind several processes a poll that lands on another one
 * reads null, and the dashboard falls back to "Reading the file…". Bounded: at most 1,000
 * imports are remembered, each for 10 minutes after its last change, and only its starter
 * (the same user) can read it.
 */
import { DomainError } from "../../../errors/domain-error";
import type { DocumentProgress } from "./read-document";

export type ImportStageName = "READING" | "MATCHING" | "DONE" | "FAILED";

export interface ImportProgressState {
  stage: ImportStageName;
  /** The page being read (1-based), 0 before the first. */
  page: number;
  pages: number;
  /** The page is a scan, read by OCR. */
  ocr: boolean;
  /** Pages read by OCR so far. */
  ocrPages: number;
}

interface Entry extends ImportProgressState {
  owner: string | null;
  touched: number;
}

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_ENTRIES = 1000;
const TTL_MS = 10 * 60_000;

export interface ProgressTracker {
  page(p: DocumentProgress): void;
  stage(stage: ImportStageName): void;
}

const noTracker: ProgressTracker = { page: () => undefined, stage: () => undefined };

export class ImportProgressBoard {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts tracking an import; no id, no tracking. A malformed id or one in use is BAD_USER_INPUT. */
  track(id: string | null | undefined, owner: string | null): ProgressTracker {
    if (id === null || id === undefined) return noTracker;
    if (!ID.test(id))
      throw new DomainError("progressId must be 8 to 64 letters, digits, '-' or '_' (a UUID works).", "BAD_USER_INPUT", {
        field: "progressId",
        reason: "BAD_PROGRESS_ID",
      });
    this.sweep();
    const existing = this.entries.get(id);
    if (existing && (existing.stage === "READING" || existing.stage === "MATCHING")) {
      throw new DomainError(
        "This progressId is already in use by an import that is running; make a new one per import.",
        "BAD_USER_INPUT",
        {
          field: "progressId",
          reason: "PROGRESS_ID_IN_USE",
        },
      );
    }
    const entry: Entry = { owner, stage: "READING", page: 0, pages: 0, ocr: false, ocrPages: 0, touched: this.now() };
    this.entries.delete(id);
    this.entries.set(id, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const touch = () => (entry.touched = this.now());
    return {
      page: (p) => {
        entry.page = p.page;
        entry.pages = p.pages;
        entry.ocr = p.mode === "OCR";
        if (entry.ocr) entry.ocrPages++;
        touch();
      },
      stage: (stage) => {
        entry.stage = stage;
        touch();
      },
    };
  }

  /** The import's progress, for the user who started it; null when unknown, expired or someone else's. */
  get(id: string, owner: string | null): ImportProgressState | null {
    this.sweep();
    const e = this.entries.get(id);
    if (!e || e.owner !== owner) return null;
    const { stage, page, pages, ocr, ocrPages } = e;
    return { stage, page, pages, ocr, ocrPages };
  }

  private sweep(): void {
    const cutoff = this.now() - TTL_MS;
    for (const [id, e] of this.entries) if (e.touched < cutoff) this.entries.delete(id);
  }
}

/** The process's board. */
export const importProgress = new ImportProgressBoard();
