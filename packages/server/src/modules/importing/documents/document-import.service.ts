/**
 * Imports a letter from a file (PDF, Word or text): the file is read into text, which goes
 * through the usual parse, match and store; the original file, its hash and where each
 * signature was read are kept with the letter in the same transaction. A file that cannot be
 * read fails with an ImportInputError (BAD_USER_INPUT) and nothing is stored.
 */
import type { Database } from "../../../db/database";
import { recordAttempt, type Actor } from "../../auth/audit.service";
import { AuditOutcome } from "../../auth/auth.types";
import { ImportInputError, ImportService, type ImportOptions, type ImportOutcome, type ImportPreview } from "../import.service";
import { cleanName } from "../parse/signatures";
import { DocumentError } from "./document-error";
import type { SignatureBox } from "./layout";
import type { DocumentLimits } from "./limits";
import { DatabaseOriginalStorage, type OriginalFile, type OriginalStorage, type PlacedSignature } from "./original-storage";
import { documentWorkers, type DocumentWorkerPool } from "./document-pool";
import { MEDIA_TYPES, type DocumentProgress, type DocumentText } from "./read-document";

export interface DocumentOptions {
  onProgress?: (p: DocumentProgress) => void;
  limits?: DocumentLimits;
  /** The file's read, already started or done (a folder import reads files in the pool ahead of storing them). */
  readAhead?: () => Promise<DocumentText>;
  /** Called once the file is read, before parse and match. */
  onRead?: (document: DocumentText) => void;
}

export interface DocumentPreview {
  document: DocumentText;
  preview: ImportPreview;
  /** Page and box of each signature by its position, where the file had them. */
  signatures: PlacedSignature[];
  /** The stored letter with the same text, if any. */
  existingLetterId: string | null;
}

/** Pairs the parser's signers with the boxes the layout found, by printed name, in order. */
export function placeSignatures(preview: ImportPreview, boxes: SignatureBox[]): PlacedSignature[] {
  const key = (s: string) =>
    cleanName(s)
      .toLowerCase()
      .replace(/[^\p{L}]/gu, "");
  const free = boxes.map((b) => ({ b, used: false }));
  const out: PlacedSignature[] = [];
  for (const s of preview.signers) {
    const k = key(s.printed);
    const hit = free.find((f) => !f.used && key(f.b.printed) === k) ?? free.find((f) => !f.used && key(f.b.printed).includes(k));
    if (!hit) continue;
    hit.used = true;
    out.push({ ...hit.b, position: s.position });
  }
  return out;
}

/** The letter read from a file is the `file` argument's: its problems are blamed on `file`, not `text`. */
async function onFile<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    throw e instanceof ImportInputError ? e.on("file") : e;
  }
}

export class DocumentImportService {
  constructor(
    private readonly db: Database,
    private readonly imports: ImportService = new ImportService(db),
    readonly originals: OriginalStorage = new DatabaseOriginalStorage(db),
    /** Where files are read (pdf.js, rendering, OCR): worker threads, never the event loop. */
    private readonly workers: () => DocumentWorkerPool = documentWorkers,
  ) {}

  /** Reads the file into letter text in a document worker; unreadable input becomes an ImportInputError on `file`. */
  async read(bytes: Uint8Array, fileName: string, options: DocumentOptions = {}): Promise<DocumentText> {
    try {
      const document = await (options.readAhead ? options.readAhead() : this.workers().read(bytes, fileName, options));
      options.onRead?.(document);
      return document;
    } catch (e) {
      if (e instanceof DocumentError) throw new ImportInputError(e.message, e.reason, undefined, "file");
      throw e;
    }
  }

  async preview(bytes: Uint8Array, fileName: string, options: DocumentOptions = {}): Promise<DocumentPreview> {
    const document = await this.read(bytes, fileName, options);
    const preview = await onFile(this.imports.preview(document.text));
    const [existing] = await this.db.query<{ id: string }>(`SELECT id FROM letter WHERE content_hash = $1`, [preview.contentHash]);
    return { document, preview, signatures: placeSignatures(preview, document.signatures), existingLetterId: existing?.id ?? null };
  }

  async import(
    bytes: Uint8Array,
    fileName: string,
    options: DocumentOptions & Pick<ImportOptions, "actor" | "resolutions"> = {},
  ): Promise<ImportOutcome & { document: DocumentText }> {
    let document: DocumentText;
    try {
      document = await this.read(bytes, fileName, options);
    } catch (e) {
      if (options.actor && e instanceof ImportInputError) await this.refused(options.actor, fileName, e.reason);
      throw e;
    }
    const out = await onFile(
      this.imports.import(document.text, {
        sourceName: fileName,
        actor: options.actor,
        resolutions: options.resolutions,
        onStored: async (em, letterId, preview) => {
          const file: OriginalFile = {
            fileName,
            mediaType: MEDIA_TYPES[document.kind],
            byteSize: bytes.length,
            sha256: document.fileHash,
            pages: document.pages,
            ocrPages: document.ocrPages,
            signatures: placeSignatures(preview, document.signatures),
          };
          await this.originals.put(em, letterId, file, bytes);
        },
      }),
    );
    return { ...out, document };
  }

  private refused(actor: Actor, sourceName: string, reason: string) {
    return recordAttempt(this.db, actor, {
      action: "letter.import",
      targetType: "Letter",
      outcome: AuditOutcome.FAILURE,
      detail: { sourceName, reason },
    });
  }
}
