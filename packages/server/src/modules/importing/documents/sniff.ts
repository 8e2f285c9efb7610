/** What a file is, from its first bytes (never from its name alone). */
export type DocumentKind = "PDF" | "DOCX" | "TEXT";

export type Sniffed = { kind: DocumentKind } | { kind: null; reason: string };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Known binary formats people rename: a clear reason instead of a parse error. */
const OTHER: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x49, 0x49, 0x2a, 0x00], "a TIFF image"],
  [[0x4d, 0x4d, 0x00, 0x2a], "a TIFF image"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Word (.doc) or other OLE file; save it as .docx or PDF"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF file; save it as .docx or PDF"],
  [[0x1f, 0x8b], "a gzip archive"],
];

export function sniff(bytes: Uint8Array, name = ""): Sniffed {
  if (bytes.length === 0) return { kind: null, reason: "The file is empty." };
  // "%PDF-" within the first 1 KB, as readers allow.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return { kind: "PDF" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: "DOCX" };
  for (const [sig, what] of OTHER) if (startsWith(bytes, sig)) return { kind: null, reason: `The file is ${what}, not a letter.` };
  const looksPdf = /\.pdf$/i.test(name);
  const looksDocx = /\.docx?$/i.test(name);
  // Text: valid UTF-8 without NUL bytes.
  let text: string | null = null;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024), { stream: true });
  } catch {
    text = null;
  }
  // A .md / .txt file is text even in a legacy encoding, as long as it holds no NUL bytes.
  if (/\.(md|markdown|txt)$/i.test(name) && !bytes.subarray(0, 64 * 1024).includes(0)) return { kind: "TEXT" };
  if (looksPdf) return { kind: null, reason: "The file is named .pdf but is not a PDF (no %PDF- header)." };
  if (looksDocx) return { kind: null, reason: "The file is named .docx but is not a Word document (not a zip archive)." };
  if (text === null || text.includes("\u0000"))
    return { kind: null, reason: "The file is neither text, a PDF nor a Word (.docx) document." };
  return { kind: "TEXT" };
}
