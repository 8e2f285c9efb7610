/**
 * Pasted member lists and CSV files -> entries to match: one name or bioguide id each, with
 * the state/district or chamber the text gives ("Rep. Schiff, Adam (CA-28)", "Sen. Van Hollen",
 * "S000344", "Pelosi, Nancy"). Pure and bounded: refuses big or binary input before any work.
 */

export const MAX_LIST_CHARS = 100_000;
export const MAX_LIST_ENTRIES = 1_000;

export class MemberListError extends Error {}

export interface ListEntry {
  /** 1-based line of the input. */
  line: number;
  /** The entry as written (trimmed). */
  text: string;
  /** A bioguide id, when the entry is one. */
  bioguideId: string | null;
  /** The name to match, without honorific hint, party or district. */
  name: string;
  state: string | null;
  district: number | null;
  chamber: "HOUSE" | "SENATE" | null;
}

const BIOGUIDE = /^[A-Z]\d{6}$/i;
const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;
// (CA-28), (D-CA), (D-CA-28), (R-TX-2), (CA), (VT-AL)
const HINT = /\(\s*(?:[DRIL]\s*[-–]\s*)?([A-Z]{2})(?:\s*[-–]\s*(\d{1,2}|AL))?\s*\)/;
const HINT_PARTY_LAST = /\(\s*([A-Z]{2})(?:\s*[-–]\s*(\d{1,2}|AL))?\s*[-–,]\s*[DRIL]\s*\)/;

/** Refuses input that is too large or not text. */
export function checkListText(text: string): void {
  if (text.length > MAX_LIST_CHARS)
    throw new MemberListError(`The list is longer than ${MAX_LIST_CHARS.toLocaleString("en-US")} characters.`);
  // NUL, other C0 controls (but tab, CR, LF) or U+FFFD (undecodable bytes): not a list of names.
  const bad = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g);
  if (bad && bad.length > 0) throw new MemberListError("The list is not plain text (it holds control characters or undecodable bytes).");
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) if (++lines > MAX_LIST_ENTRIES) break;
  if (lines > MAX_LIST_ENTRIES) throw new MemberListError(`The list has more than ${MAX_LIST_ENTRIES.toLocaleString("en-US")} lines.`);
}

/** Splits one CSV line (quotes, doubled quotes). */
function csvCells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

/** A line with commas: several entries ("Adam Schiff, Nancy Pelosi", "S000344, P000197") or one ("Schiff, Adam", "Johnson, Jr."). */
function splitLine(line: string): string[] {
  if (!line.includes(",")) return [line];
  const parts = line
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.every((p) => BIOGUIDE.test(p))) return parts;
  if (parts.some((p) => SUFFIX.test(p))) return [line];
  const words = (p: string) =>
    p
      .replace(HINT, " ")
      .replace(/^(rep|sen|senator|representative|congressman|congresswoman|del|delegate)\.?\s+/i, "")
      .trim()
      .split(/\s+/).length;
  return parts.length >= 2 && parts.every((p) => words(p) >= 2 || BIOGUIDE.test(p)) ? parts : [line];
}

function entryOf(raw: string, line: number): ListEntry | null {
  const text = raw.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, "").trim();
  if (!text) return null;
  if (BIOGUIDE.test(text)) {
    return { line, text, bioguideId: text.toUpperCase(), name: "", state: null, district: null, chamber: null };
  }
  let state: string | null = null;
  let district: number | null = null;
  const hint = HINT.exec(text) ?? HINT_PARTY_LAST.exec(text);
  let name = text;
  if (hint) {
    state = hint[1];
    district = hint[2] === undefined ? null : hint[2] === "AL" ? 0 : Number(hint[2]);
    name = text.replace(hint[0], " ");
  }
  let chamber: ListEntry["chamber"] = null;
  if (/^\s*(sen|senator)\b\.?/i.test(name)) chamber = "SENATE";
  else if (/^\s*(rep|representative|congressman|congresswoman|del|delegate|resident commissioner)\b\.?/i.test(name)) chamber = "HOUSE";
  name = name.replace(/\s+/g, " ").trim();
  if (!/\p{L}/u.test(name)) return null;
  return { line, text, bioguideId: null, name, state, district, chamber };
}

/**
 * Entries of a pasted list or a CSV file with a header naming a `bioguide` (or `bioguide_id`,
 * `id`) and/or `name` column. Blank lines are skipped.
 */
export function parseMemberList(text: string): ListEntry[] {
  checkListText(text);
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const header = csvCells(lines[0] ?? "").map((h) => h.toLowerCase().replace(/[^a-z_]/g, ""));
  const idCol = header.findIndex((h) => h === "bioguide" || h === "bioguide_id" || h === "bioguideid" || h === "id");
  const nameCol = header.findIndex((h) => h === "name" || h === "full_name" || h === "fullname" || h === "member");
  const entries: ListEntry[] = [];
  if (idCol >= 0 || nameCol >= 0) {
    lines.slice(1).forEach((l, i) => {
      if (!l.trim()) return;
      const cells = csvCells(l);
      const id = idCol >= 0 ? cells[idCol] : "";
      const e = id && BIOGUIDE.test(id) ? entryOf(id, i + 2) : entryOf(nameCol >= 0 ? (cells[nameCol] ?? "") : (id ?? ""), i + 2);
      if (e) entries.push(e);
    });
  } else {
    lines.forEach((l, i) => {
      for (const part of l.split(";").flatMap(splitLine)) {
        const e = entryOf(part, i + 1);
        if (e) entries.push(e);
      }
    });
  }
  if (entries.length > MAX_LIST_ENTRIES)
    throw new MemberListError(`The list has more than ${MAX_LIST_ENTRIES.toLocaleString("en-US")} entries.`);
  return entries;
}
