/**
 * Which files `signatory import` can read, and how: the one place that decides. A folder import
 * lists every other file as failed, with the reason, so nothing is skipped silently. A reader
 * returns the file's bytes; documents/ turns them into letter text (text, PDF, Word). To read a
 * new format, teach documents/read-document.ts to read it and add its extension here.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

export type LetterFileReader = (file: string) => Promise<Uint8Array>;

const readBytes: LetterFileReader = async (file) => new Uint8Array(await readFile(file));

/** Extension (lower-case, with the dot) -> reader. */
export const LETTER_READERS: Partial<Record<string, LetterFileReader>> = {
  ".md": readBytes,
  ".markdown": readBytes,
  ".txt": readBytes,
  ".pdf": readBytes,
  ".docx": readBytes,
};

/** What to say about formats people often try. */
const HINTS: Record<string, string> = {
  ".doc": "old Word documents (.doc) are not read: save the letter as .docx or text (.txt) first",
  ".html": "HTML is not read: save the page's letter text as .txt first",
  ".htm": "HTML is not read: save the page's letter text as .txt first",
  ".rtf": "RTF is not read: save the letter as text (.txt) first",
};

/**
 * Files in a folder that are not letters and are not reported: hidden files, READMEs, and a
 * letter's JSON sidecar (`x.json` or `x.expected.json` beside `x.md`: expected answers, metadata).
 */
export function isFolderNoise(name: string, siblings: string[] = []): boolean {
  if (name.startsWith(".") || /^readme(\.|$)/i.test(name)) return true;
  if (path.extname(name).toLowerCase() !== ".json") return false;
  return siblings.some((s) => {
    const ext = path.extname(s).toLowerCase();
    return s !== name && Boolean(LETTER_READERS[ext]) && name.startsWith(`${s.slice(0, s.length - ext.length)}.`);
  });
}

/** The reader for a file, or why it cannot be read. */
export function letterFileReader(file: string): { read: LetterFileReader } | { reason: string } {
  const ext = path.extname(file).toLowerCase();
  const read = LETTER_READERS[ext];
  if (read) return { read };
  const formats = Object.keys(LETTER_READERS).join(", ");
  return { reason: HINTS[ext] ?? `${ext ? `"${ext}" files are` : "a file without an extension is"} not read (letters are ${formats})` };
}
