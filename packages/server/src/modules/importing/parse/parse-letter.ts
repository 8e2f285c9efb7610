/**
 * Letter text (plain text from a PDF, or markdown) -> ParsedLetter. The letter is read in its
 * usual parts: letterhead, date, recipients, salutation, body, closing, signatures. Only the
 * frame is used to find things; the body is kept but never interpreted.
 */
import type { LetterChamberCode, ParsedLetter, ParsedRecipient } from "../types";
import { findDate } from "./dates";
import { cleanMarkup, isBlank, isPageNoise, isRule, toLines, type Line } from "./lines";
import { parseRecipients, SUBJECT_LINE } from "./recipients";
import { isSignatureTitle, parseSignatures } from "./signatures";

export type LetterParseErrorCode = "EMPTY" | "BINARY" | "TOO_LARGE" | "NO_DATE" | "NO_SIGNERS";

export class LetterParseError extends Error {
  constructor(
    readonly code: LetterParseErrorCode,
    message: string,
    /** 1-based line the problem was found near, when there is one. */
    readonly line?: number,
  ) {
    super(message);
    this.name = "LetterParseError";
  }
}

export const MAX_LETTER_BYTES = 2 * 1024 * 1024;
const MAX_TITLE_LENGTH = 120;

const SALUTATION_START = /^(dear|my dear|to whom it may concern)\b/i;
/** Salutations without "Dear": "Secretary Pompeo,", "Mr. President:", "Leader McConnell, Leader Schumer:". */
const ADDRESSED =
  /^(mr|mrs|ms|madam|madame|dr|secretary|administrator|director|speaker|leader|majority leader|minority leader|chair(man|woman)?|senator|president|vice president|governor|commissioner|ambassador|attorney general|general|admiral|members|colleagues|friends|sir|sirs)\b/i;
const CLOSING =
  /^(sincerely( yours)?|respectfully( yours| submitted)?|very (truly|respectfully) yours|yours (truly|sincerely|respectfully)|(with )?(best|kind|warm|warmest) regards|regards|cordially|with (gratitude|appreciation|respect)|in solidarity)\s*[,.!]?$/i;
const THANKS_CLOSING = /^(thank you|thanks|with thanks|many thanks)\s*[,.!]?$/i;

function assertReadable(text: string): void {
  if (text.length > MAX_LETTER_BYTES || Buffer.byteLength(text, "utf8") > MAX_LETTER_BYTES) {
    throw new LetterParseError(
      "TOO_LARGE",
      `Letter is too large: ${Buffer.byteLength(text, "utf8")} bytes, the limit is ${MAX_LETTER_BYTES} (2 MB)`,
    );
  }
  if (text.trim() === "") throw new LetterParseError("EMPTY", "Letter is empty: no text to read");
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/g)?.length ?? 0;
  if (sample.includes("\u0000") || controls / sample.length > 0.05) {
    throw new LetterParseError(
      "BINARY",
      "Letter looks like a binary file (NUL or control characters), not text: save or export it as plain text (.txt or .md) first",
    );
  }
}

const text = (line: Line) => line.text.trim();

/** The salutation line: "Dear ...", or a short addressed line ending in "," or ":" before a paragraph. */
function findSalutation(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = text(lines[i]);
    if (!t || SUBJECT_LINE.test(t)) continue;
    if (SALUTATION_START.test(t)) return i;
    const short = t.length <= 160 && !/\d/.test(t) && /[,:]$/.test(t) && lines[i].cells.length === 1;
    const afterBlank = i === 0 || isBlank(lines[i - 1]);
    if (short && afterBlank && ADDRESSED.test(t)) return i;
  }
  return -1;
}

function findClosing(lines: Line[], from: number): number {
  for (const re of [CLOSING, THANKS_CLOSING]) {
    const i = lines.findIndex((l, j) => j > from && l.cells.length === 1 && re.test(text(l)));
    if (i >= 0) return i;
  }
  return -1;
}

/** Without a closing: the line above the first signature title ("Member of Congress"). */
function firstSignatureName(lines: Line[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) {
    if (!lines[i].cells.some((c) => isSignatureTitle(c.text))) continue;
    let j = i - 1;
    while (j > from && isBlank(lines[j])) j--;
    return j;
  }
  return -1;
}

/**
 * The chamber from the letterhead (lines above the date): the House's ZIP 20515 or "House of
 * Representatives", the Senate's 20510 or "United States Senate"; both means a joint letter.
 */
function letterheadChamber(lines: Line[]): LetterChamberCode | null {
  const head = lines.map(text).join("\n");
  const house = /house of representatives|\b20515\b/i.test(head);
  const senate = /(united states|u\.\s?s\.)\s+senate|\b20510\b/i.test(head);
  if (house && senate) return "BICAMERAL";
  if (senate) return "SENATE";
  if (house || /congress of the united states/i.test(head)) return "HOUSE";
  return null;
}

function letterChamber(head: LetterChamberCode | null, signerChambers: ("HOUSE" | "SENATE" | null)[]): LetterChamberCode | null {
  const known = new Set(signerChambers.filter((c) => c !== null));
  if (known.size === 2 || head === "BICAMERAL") return "BICAMERAL";
  if (known.size === 1) return [...known][0];
  return head;
}

/** Paragraphs of the body: lines of a paragraph joined, paragraphs separated by a blank line. */
function bodyText(lines: Line[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) paragraphs.push(current.join(" "));
      current = [];
    } else current.push(text(line).replace(/\s{2,}/g, " "));
  }
  if (current.length) paragraphs.push(current.join(" "));
  return paragraphs.join("\n\n");
}

const truncate = (s: string) => (s.length <= MAX_TITLE_LENGTH ? s : s.slice(0, MAX_TITLE_LENGTH - 1).replace(/\s+\S*$/, "") + "…");

/**
 * The letter's subject in a few words, from the usual opening of a congressional letter:
 * "We write to express our concern regarding X." -> "Concern over X"; "We write in support of
 * X" -> "Support for X"; "We ask that you X" -> "Request: X". An "As members of ..., " lead-in
 * is dropped. Null when the opening is not one of these: a wrong subject is worse than none.
 */
export function subjectOf(body: string): string | null {
  const sentence =
    body
      .trim()
      .match(/^[^.!?]*/)?.[0]
      .replace(/^As [^,]{3,160}, /i, "") ?? "";
  const opening = sentence.replace(/^(?:we|i) (?:write|are writing|am writing)(?: to)?\s+/i, "");
  const forms: [RegExp, string][] = [
    [
      /^(?:express|share|raise|voice) (?:our|my) (?:(?:deep|serious|grave|strong) )?concerns? (?:regarding|about|over|with) /i,
      "Concern over ",
    ],
    [/^(?:in support of|support|express (?:our|my) support for) /i, "Support for "],
    [/^(?:in opposition to|oppose|express (?:our|my) opposition to) /i, "Opposition to "],
    [/^(?:(?:we|i) )?(?:respectfully )?(?:ask|request|urge) (?:that )?you(?: to)? /i, "Request: "],
  ];
  for (const [lead, noun] of forms) {
    if (lead.test(opening)) return truncate(noun + opening.replace(lead, "").trim());
  }
  return null;
}

function letterTitle(subject: string | null, recipients: ParsedRecipient[], body: string): string {
  if (subject) return truncate(subject);
  const fromBody = subjectOf(body);
  if (fromBody) return fromBody;
  if (recipients.length === 1) {
    const [r] = recipients;
    return truncate(`Letter to ${r.name}${r.title ? `, ${r.title}` : ""}`);
  }
  if (recipients.length > 1) {
    const names = recipients.map((r) => r.name);
    return truncate(`Letter to ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);
  }
  const sentence = body.match(/^[^.!?]*[.!?]?/)?.[0].trim();
  return sentence ? truncate(sentence) : "Untitled letter";
}

/** A "Re:" or "Subject:" line in the heading, with its continuation lines. */
function findSubject(lines: Line[]): { text: string; lines: Set<number> } | null {
  const i = lines.findIndex((l) => SUBJECT_LINE.test(text(l)));
  if (i < 0) return null;
  const parts = [text(lines[i]).replace(SUBJECT_LINE, "")];
  const used = new Set([lines[i].n]);
  for (let j = i + 1; j < lines.length && !isBlank(lines[j]); j++) {
    parts.push(text(lines[j]));
    used.add(lines[j].n);
  }
  return { text: parts.join(" ").trim(), lines: used };
}

export function parseLetter(input: string): ParsedLetter {
  assertReadable(input);
  const lines = toLines(input);
  const warnings: string[] = [];

  const salutation = findSalutation(lines);
  if (salutation < 0) warnings.push("No salutation found (e.g. 'Dear Secretary Pompeo:')");

  // The date: the first one in the heading (above the salutation).
  const headingEnd = salutation >= 0 ? salutation : Math.min(lines.length, 60);
  const dateIndex = lines.slice(0, headingEnd).findIndex((l) => findDate(l.text) !== null);
  if (dateIndex < 0) {
    throw new LetterParseError(
      "NO_DATE",
      "No date found: expected a line like 'October 23, 2020' before the salutation",
      salutation >= 0 ? lines[salutation].n : undefined,
    );
  }
  const date = findDate(lines[dateIndex].text);

  let closing = findClosing(lines, salutation);
  let signaturesFrom = closing + 1;
  if (closing < 0) {
    const name = firstSignatureName(lines, Math.max(salutation, dateIndex));
    if (name >= 0) {
      warnings.push("No closing found (e.g. 'Sincerely,'); signatures start at the first signature title");
      closing = signaturesFrom = name;
    }
  }
  if (closing < 0) {
    throw new LetterParseError(
      "NO_SIGNERS",
      "No signers found: expected a closing such as 'Sincerely,' followed by names over titles like 'Member of Congress' or 'United States Senator'",
    );
  }

  // Signatures run to the end, or to a "cc:" list or enclosure note.
  const tail = lines.slice(signaturesFrom);
  const stop = tail.findIndex((l) => /^(cc|bcc|enclosures?|attachments?|encl)\b\s*[:.]?/i.test(text(l)));
  const { signers, warnings: signatureWarnings } = parseSignatures(stop >= 0 ? tail.slice(0, stop) : tail);
  warnings.push(...signatureWarnings);
  if (signers.length === 0) {
    throw new LetterParseError(
      "NO_SIGNERS",
      "No signers found: expected names over titles like 'Member of Congress' or 'United States Senator' after the closing",
      lines[closing].n,
    );
  }

  const headingLines = lines.slice(dateIndex + 1, salutation >= 0 ? salutation : dateIndex + 1);
  const subject = findSubject(lines.slice(0, salutation >= 0 ? salutation : dateIndex + 1));
  const recipients = parseRecipients(headingLines.filter((l) => !subject?.lines.has(l.n)));
  const bodyLines = lines
    .slice(salutation >= 0 ? salutation + 1 : dateIndex + 1, closing)
    .filter((l) => !isPageNoise(l.text) && !isRule(l.text));
  const body = bodyText(bodyLines);

  return {
    date,
    chamber: letterChamber(
      letterheadChamber(lines.slice(0, dateIndex)),
      signers.map((s) => s.chamber),
    ),
    title: letterTitle(subject?.text ?? null, recipients, body),
    recipients,
    salutation: salutation >= 0 ? cleanMarkup(lines[salutation].text).trim() : null,
    body,
    signers,
    warnings,
  };
}
