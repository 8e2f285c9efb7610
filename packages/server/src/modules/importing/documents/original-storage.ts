/**
 * Keeps the file each letter was imported from, behind one interface: today rows in the
 * database (bytea; files are at most DOCUMENT_MAX_MB), so a store such as S3 can replace it
 * without touching the importer or the HTTP route.
 */
import type { EntityManager } from "typeorm";
import type { Database } from "../../../db/database";
import type { SignatureBox } from "./layout";

export interface PlacedSignature extends SignatureBox {
  /** The signature's position on the letter (1-based). */
  position: number;
}

export interface OriginalFile {
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  pages: number;
  ocrPages: number[];
  signatures: PlacedSignature[];
}

export interface OriginalStorage {
  /** Stores `bytes` for a letter in the caller's transaction. */
  put(em: EntityManager, letterId: string, file: OriginalFile, bytes: Uint8Array): Promise<void>;
  /** Facts about the original, without its bytes; null when the letter was imported as text. */
  info(letterId: string): Promise<OriginalFile | null>;
  /** The bytes, or null. */
  bytes(letterId: string): Promise<Uint8Array | null>;
}

interface Row {
  file_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  pages: number;
  ocr_pages: number[];
  signature_boxes: PlacedSignature[] | string;
}

const toFile = (r: Row): OriginalFile => ({
  fileName: r.file_name,
  mediaType: r.media_type,
  byteSize: Number(r.byte_size),
  sha256: r.sha256.trim(),
  pages: Number(r.pages),
  ocrPages: (r.ocr_pages ?? []).map(Number),
  signatures: typeof r.signature_boxes === "string" ? JSON.parse(r.signature_boxes) : r.signature_boxes,
});

export class DatabaseOriginalStorage implements OriginalStorage {
  constructor(private readonly db: Database) {}

  async put(em: EntityManager, letterId: string, f: OriginalFile, bytes: Uint8Array): Promise<void> {
    await em.query(
      `INSERT INTO letter_original (letter_id, file_name, media_type, byte_size, sha256, pages, ocr_pages, signature_boxes, bytes)
       VALUES ($1, $2, $3, $4, $5, $6, $7::int[], $8::jsonb, $9)`,
      [
        letterId,
        f.fileName.slice(0, 255),
        f.mediaType,
        f.byteSize,
        f.sha256,
        f.pages,
        f.ocrPages,
        JSON.stringify(f.signatures),
        Buffer.from(bytes),
      ],
    );
  }

  async info(letterId: string): Promise<OriginalFile | null> {
    const [row] = await this.db.query<Row>(
      `SELECT file_name, media_type, byte_size, sha256, pages, ocr_pages, signature_boxes FROM letter_original WHERE letter_id = $1`,
      [letterId],
    );
    return row ? toFile(row) : null;
  }

  async bytes(letterId: string): Promise<Uint8Array | null> {
    const [row] = await this.db.query<{ bytes: Uint8Array }>(`SELECT bytes FROM letter_original WHERE letter_id = $1`, [letterId]);
    return row ? new Uint8Array(row.bytes) : null;
  }
}
