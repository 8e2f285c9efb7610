/**
 * Reads congress-legislators committee files, recognising each by its shape:
 * - committees (`committees-current`, `committees-historical`): a list of `{ type, thomas_id, name, subcommittees? }`;
 * - current membership (`committee-membership-current`): a map of committee id -> `[{ bioguide, party, rank, title }]`;
 * - membership history (CSV): `committee,bioguide,from,to,side,title`, one row per dated stretch.
 * Legislators files (`legislators-*`) are recognised too, so `members sync --from` can take any mix.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";

export const UPSTREAM_COMMITTEE_URLS = [
  "https://theunitedstates.io/congress-legislators/committees-current.json",
  "https://theunitedstates.io/congress-legislators/committee-membership-current.json",
];

export class CommitteesSourceError extends Error {}

export type CommitteeChamber = "HOUSE" | "SENATE" | "JOINT";

export interface CommitteeRecord {
  id: string;
  parentId: string | null;
  chamber: CommitteeChamber;
  name: string;
  url: string | null;
  jurisdiction: string | null;
  isCurrent: boolean;
}

export type Side = "majority" | "minority";

/** A stretch from the history file: [from, to), to null when still listed in its last version. */
export interface HistoryStretch {
  committeeId: string;
  bioguideId: string;
  from: string;
  to: string | null;
  side: Side | null;
  title: string | null;
}

/** A seat listed in the current membership file. */
export interface CurrentSeat {
  committeeId: string;
  bioguideId: string;
  side: Side | null;
  rank: number | null;
  title: string | null;
}

export interface CommitteeData {
  committees: CommitteeRecord[];
  history: HistoryStretch[];
  /** Null when no current membership file was read (then no stretch is opened or closed). */
  current: CurrentSeat[] | null;
}

export type FileShape = "legislators" | "committees" | "membership-current" | "membership-history" | "unknown";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown): string | null => (v === undefined || v === null || v === "" ? null : String(v));
const isUrl = (s: string) => /^https?:\/\//.test(s);

/** The shape of a file from its first characters (local files) or its name (URLs, not fetched twice). */
export function shapeOf(name: string, head: string): FileShape {
  const base = path.basename(name.split("?")[0]).toLowerCase();
  if (head) {
    const firstLine = head.split(/\r?\n/, 1)[0].trim().toLowerCase().replace(/"/g, "");
    if (/^committee,bioguide,from,to/.test(firstLine)) return "membership-history";
    if (/thomas_id/.test(head) && /^\s*(-|\[)/.test(head)) return "committees";
    if (/^\s*\{?\s*"?[A-Z]{4}\d*"?\s*:/.test(head) && /bioguide/.test(head)) return "membership-current";
    if (/bioguide/.test(head) && /^\s*(-|\[)/.test(head) && /\bterms\b|\bname\b/.test(head)) return "legislators";
    return "unknown";
  }
  if (/^committee-membership-history.*\.csv$/.test(base)) return "membership-history";
  if (/^committee-membership/.test(base)) return "membership-current";
  if (/^committees-/.test(base)) return "committees";
  if (/^legislators-/.test(base) && !/social|district-offices/.test(base)) return "legislators";
  return "unknown";
}

/** Every file behind the locations (folders expanded), with its shape. Folders keep only files of a known shape. */
export async function classifySources(locations: string[]): Promise<{ location: string; shape: FileShape }[]> {
  const out: { location: string; shape: FileShape }[] = [];
  for (const loc of locations) {
    if (isUrl(loc)) {
      out.push({ location: loc, shape: shapeOf(loc, "") });
      continue;
    }
    const info = await stat(loc).catch(() => null);
    if (!info) throw new CommitteesSourceError(`${loc}: no such file or folder`);
    if (info.isDirectory()) {
      for (const name of (await readdir(loc)).sort()) {
        if (!/\.(ya?ml|json|csv)$/i.test(name)) continue;
        const file = path.join(loc, name);
        const shape = await sniff(file);
        if (shape !== "unknown") out.push({ location: file, shape });
      }
    } else out.push({ location: loc, shape: await sniff(loc) });
  }
  return out;
}

async function sniff(file: string): Promise<FileShape> {
  const { open } = await import("node:fs/promises");
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return shapeOf(file, buf.subarray(0, bytesRead).toString("utf8"));
  } finally {
    await fh.close();
  }
}

async function readText(location: string): Promise<string> {
  if (isUrl(location)) {
    const res = await fetch(location);
    if (!res.ok) throw new CommitteesSourceError(`${location}: HTTP ${res.status}`);
    return res.text();
  }
  return readFile(location, "utf8");
}

function parseDoc(text: string, origin: string): unknown {
  try {
    return /^\s*[[{]/.test(text) ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: -1 });
  } catch (e) {
    throw new CommitteesSourceError(`${origin}: not valid YAML or JSON (${(e as Error).message})`);
  }
}

const CHAMBERS: Record<string, CommitteeChamber> = { house: "HOUSE", senate: "SENATE", joint: "JOINT" };

/** Committees and their subcommittees (ids: `HSFA`, `HSFA13`). */
export function parseCommittees(doc: unknown, origin: string, isCurrent: boolean): CommitteeRecord[] {
  if (!Array.isArray(doc)) throw new CommitteesSourceError(`${origin}: expected a list of committees`);
  const out: CommitteeRecord[] = [];
  for (const raw of doc as Record<string, any>[]) {
    const id = str(raw?.thomas_id);
    const chamber = CHAMBERS[String(raw?.type)];
    if (!id || !chamber || !raw.name) throw new CommitteesSourceError(`${origin}: a committee without thomas_id, type or name`);
    out.push({ id, parentId: null, chamber, name: String(raw.name), url: str(raw.url), jurisdiction: str(raw.jurisdiction), isCurrent });
    for (const sub of Array.isArray(raw.subcommittees) ? raw.subcommittees : []) {
      const subId = str(sub?.thomas_id);
      if (!subId || !sub.name) throw new CommitteesSourceError(`${origin}: a subcommittee of ${id} without thomas_id or name`);
      out.push({ id: id + subId, parentId: id, chamber, name: String(sub.name), url: null, jurisdiction: null, isCurrent });
    }
  }
  return out;
}

const side = (v: unknown, origin: string): Side | null => {
  if (v === undefined || v === null || v === "") return null;
  if (v === "majority" || v === "minority") return v;
  throw new CommitteesSourceError(`${origin}: side must be majority or minority, got ${String(v)}`);
};

export function parseCurrentMembership(doc: unknown, origin: string): CurrentSeat[] {
  if (!doc || typeof doc !== "object" || Array.isArray(doc))
    throw new CommitteesSourceError(`${origin}: expected committee ids mapped to members`);
  const out: CurrentSeat[] = [];
  for (const [committeeId, seats] of Object.entries(doc as Record<string, unknown>)) {
    if (!Array.isArray(seats)) throw new CommitteesSourceError(`${origin}: ${committeeId} is not a list of members`);
    for (const s of seats as Record<string, unknown>[]) {
      const bioguideId = str(s?.bioguide);
      if (!bioguideId) continue; // upstream lists a few seats without an id yet
      const rank = s.rank === undefined || s.rank === null ? null : Number(s.rank);
      out.push({
        committeeId,
        bioguideId,
        side: side(s.party, `${origin} ${committeeId}`),
        rank: Number.isFinite(rank) ? rank : null,
        title: str(s.title),
      });
    }
  }
  return out;
}

/** The history CSV (no quoted commas in it: ids, dates, sides and titles). */
export function parseHistory(text: string, origin: string): HistoryStretch[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines.shift() ?? "").split(",").map((h) => h.trim().replace(/"/g, ""));
  const at = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new CommitteesSourceError(`${origin}: no \`${name}\` column`);
    return i;
  };
  const [c, b, f, t, s, ti] = ["committee", "bioguide", "from", "to", "side", "title"].map(at);
  return lines.map((line, n) => {
    const cells = line.split(",").map((x) => x.trim().replace(/^"|"$/g, ""));
    const where = `${origin} line ${n + 2}`;
    const from = cells[f];
    const to = cells[t] || null;
    if (!cells[c] || !cells[b] || !DATE.test(from ?? "") || (to !== null && !DATE.test(to))) {
      throw new CommitteesSourceError(`${where}: expected committee, bioguide and dates YYYY-MM-DD`);
    }
    if (to !== null && to <= from) throw new CommitteesSourceError(`${where}: \`to\` ${to} is not after \`from\` ${from}`);
    return { committeeId: cells[c], bioguideId: cells[b], from, to, side: side(cells[s], where), title: cells[ti] || null };
  });
}

/** Reads the committee files among `files` (see classifySources); committees from a current file win over historical ones. */
export async function loadCommittees(
  files: { location: string; shape: FileShape }[],
  onFile: (location: string) => void = () => {},
): Promise<CommitteeData | null> {
  const mine = files.filter((f) => f.shape === "committees" || f.shape === "membership-current" || f.shape === "membership-history");
  if (mine.length === 0) return null;
  const byId = new Map<string, CommitteeRecord>();
  const history: HistoryStretch[] = [];
  let current: CurrentSeat[] | null = null;
  for (const { location, shape } of mine) {
    onFile(location);
    const text = await readText(location).catch((e: Error) => {
      throw e instanceof CommitteesSourceError ? e : new CommitteesSourceError(`${location}: ${e.message}`);
    });
    if (shape === "membership-history") history.push(...parseHistory(text, location));
    else if (shape === "membership-current") (current ??= []).push(...parseCurrentMembership(parseDoc(text, location), location));
    else {
      const doc = parseDoc(text, location);
      const isCurrent = Array.isArray(doc) && !(doc as Record<string, unknown>[]).some((c) => c && "congresses" in c);
      for (const c of parseCommittees(doc, location, isCurrent)) {
        const seen = byId.get(c.id);
        if (!seen || (c.isCurrent && !seen.isCurrent)) byId.set(c.id, c);
      }
    }
  }
  return { committees: [...byId.values()], history, current };
}
