/**
 * Word (.docx) to text with mammoth. The zip's central directory is checked first, without
 * inflating anything: too many entries, too much uncompressed data or an extreme compression
 * ratio (a zip bomb), and macros (vbaProject.bin, macro-enabled content types) are refused.
 */
import { DocumentError } from "./document-error";
import type { DocumentLimits } from "./limits";

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
}

const MAX_ENTRIES = 2000;
const MAX_RATIO = 200;

/** The entries a zip declares in its central directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KB, at the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocumentError("The Word file is corrupt or truncated (no zip directory).", "CORRUPT");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff)
    throw new DocumentError("The Word file is a ZIP64 archive, which is not accepted.", "ZIP_BOMB");
  if (count > MAX_ENTRIES) throw new DocumentError(`The Word file holds ${count} files; at most ${MAX_ENTRIES} are allowed.`, "ZIP_BOMB");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
      throw new DocumentError("The Word file is corrupt (bad zip directory).", "CORRUPT");
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    entries.push({ name: buf.toString("utf8", at + 46, at + 46 + nameLength), compressedSize, size });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Refuses macros and zip bombs from the directory alone. */
export function checkDocxEntries(entries: ZipEntry[], limits: DocumentLimits): void {
  if (entries.some((e) => /(^|\/)(vbaProject\.bin|vbaData\.xml)$/i.test(e.name))) {
    throw new DocumentError("The Word file contains macros; save it as a plain .docx without macros.", "MACROS");
  }
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > limits.maxUnzippedBytes) {
    throw new DocumentError(
      `The Word file unpacks to ${(total / 1048576).toFixed(0)} MB; at most ${limits.maxUnzippedBytes / 1048576} MB is allowed.`,
      "ZIP_BOMB",
    );
  }
  const bomb = entries.find((e) => e.size > 1024 * 1024 && e.size / Math.max(1, e.compressedSize) > MAX_RATIO);
  if (bomb)
    throw new DocumentError(
      `The Word file's "${bomb.name}" is compressed ${Math.round(bomb.size / Math.max(1, bomb.compressedSize))} to 1: refused as a zip bomb.`,
      "ZIP_BOMB",
    );
  if (!entries.some((e) => e.name === "word/document.xml"))
    throw new DocumentError("The zip file is not a Word document (no word/document.xml).", "UNSUPPORTED_FILE");
}

export async function readDocx(bytes: Uint8Array, limits: DocumentLimits): Promise<{ text: string; warnings: string[] }> {
  const entries = zipEntries(bytes);
  checkDocxEntries(entries, limits);
  const types = entries.find((e) => e.name === "[Content_Types].xml");
  if (!types) throw new DocumentError("The zip file is not a Word document (no [Content_Types].xml).", "UNSUPPORTED_FILE");
  const mammoth = await import("mammoth");
  let result;
  try {
    result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  } catch (e) {
    throw new DocumentError(`The Word file is corrupt and cannot be read (${(e as Error).message}).`, "CORRUPT");
  }
  // mammoth ends every paragraph with a blank line; keep one line per paragraph, and a blank
  // line where the document has an empty paragraph.
  const text = result.value.replace(/\r/g, "").split("\n\n").join("\n");
  return { text, warnings: result.messages.filter((m) => m.type === "warning").map((m) => m.message) };
}
