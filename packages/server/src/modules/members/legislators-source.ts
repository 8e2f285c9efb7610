/**
 * Reads congress-legislators files (https://github.com/unitedstates/congress-legislators),
 * YAML or JSON, in the `legislators-current` / `legislators-historical` shape, and turns them
 * into normalised members whose terms are split into contiguous service periods, so that
 * "who served where, for which party, on date D" is a single range lookup.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";

export type ChamberCode = "HOUSE" | "SENATE";

export interface LegislatorTerm {
  chamber: ChamberCode;
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD (upstream: the scheduled or actual end)
  state: string;
  district: number | null; // House only; 0 = at-large
  party: string; // party at the start of the term (upstream `party`)
  caucus: string | null;
  partyAffiliations: { start: string; end: string; party: string }[];
  url: string | null;
  endType: string | null;
}

/** A stretch of a term with one party; periods of one term are contiguous, [start, end). */
export interface ServicePeriod {
  termIndex: number;
  chamber: ChamberCode;
  start: string;
  end: string;
  state: string;
  district: number | null;
  party: string;
}

export interface Legislator {
  bioguideId: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  nickname: string | null;
  officialFull: string | null;
  gender: string | null;
  birthday: string | null;
  terms: LegislatorTerm[];
}

export const UPSTREAM_URLS = [
  "https://theunitedstates.io/congress-legislators/legislators-current.json",
  "https://theunitedstates.io/congress-legislators/legislators-historical.json",
];

export class LegislatorsSourceError extends Error {}

/** The name people use: "Nancy Pelosi", "Chuy García" -> official full name when given. */
export function displayName(l: Pick<Legislator, "firstName" | "lastName" | "nickname" | "officialFull" | "suffix">): string {
  if (l.officialFull) return l.officialFull;
  const first = l.nickname ?? l.firstName;
  return [first, l.lastName].join(" ") + (l.suffix ? `, ${l.suffix}` : "");
}

const str = (v: unknown): string | null => (v === undefined || v === null || v === "" ? null : String(v));

function normaliseTerm(raw: Record<string, unknown>, who: string): LegislatorTerm {
  const type = raw.type;
  if (type !== "rep" && type !== "sen") {
    throw new LegislatorsSourceError(`${who}: term type must be rep or sen, got ${String(type)}`);
  }
  const start = str(raw.start);
  const end = str(raw.end);
  const state = str(raw.state);
  if (!start || !end || !state) throw new LegislatorsSourceError(`${who}: term without start, end or state`);
  const affiliations = Array.isArray(raw.party_affiliations) ? raw.party_affiliations : [];
  return {
    chamber: type === "rep" ? "HOUSE" : "SENATE",
    start,
    end,
    state,
    district: type === "rep" && raw.district !== undefined && raw.district !== null ? Number(raw.district) : null,
    party: str(raw.party) ?? "Unknown",
    caucus: str(raw.caucus),
    partyAffiliations: affiliations.map((a: Record<string, unknown>) => ({
      start: String(a.start),
      end: String(a.end),
      party: String(a.party),
    })),
    url: str(raw.url),
    endType: str(raw["end-type"]),
  };
}

/** Who a raw record is, for a message: its name and whatever ids it has. */
function describeLegislator(raw: Record<string, any>): string {
  const n = raw?.name ?? {};
  const name = str(n.official_full) ?? ([n.first, n.middle, n.last].filter(Boolean).join(" ") || "no name");
  const ids = Object.entries(raw?.id ?? {})
    .filter(([, v]) => v !== null && typeof v !== "object")
    .map(([k, v]) => `${k} ${v}`);
  const lastTerm = Array.isArray(raw?.terms) && raw.terms.length ? raw.terms[raw.terms.length - 1] : null;
  const term = lastTerm ? `, last term ${lastTerm.type ?? "?"} ${lastTerm.state ?? "?"} ${lastTerm.start ?? "?"}` : "";
  return `${name}${ids.length ? ` (${ids.join(", ")})` : ""}${term}`;
}

export function normaliseLegislator(raw: Record<string, any>): Legislator {
  const bioguideId = str(raw?.id?.bioguide);
  if (!bioguideId) throw new LegislatorsSourceError(`a legislator without id.bioguide: ${describeLegislator(raw)}`);
  const name = raw.name ?? {};
  if (!name.first || !name.last) throw new LegislatorsSourceError(`${bioguideId}: name.first and name.last are required`);
  const terms = (Array.isArray(raw.terms) ? raw.terms : []).map((t: Record<string, unknown>) => normaliseTerm(t, bioguideId));
  terms.sort((a: LegislatorTerm, b: LegislatorTerm) => a.start.localeCompare(b.start));
  return {
    bioguideId,
    firstName: String(name.first),
    middleName: str(name.middle),
    lastName: String(name.last),
    suffix: str(name.suffix),
    nickname: str(name.nickname),
    officialFull: str(name.official_full),
    gender: str(raw.bio?.gender),
    birthday: str(raw.bio?.birthday),
    terms,
  };
}

/**
 * Splits each term into party periods. Upstream affiliation ends are sometimes inclusive
 * (end 07-03, next start 07-04) and sometimes shared (end = next start), so each period ends
 * where the next one starts, and the last one where the term ends: contiguous, half-open.
 */
export function servicePeriods(l: Legislator): ServicePeriod[] {
  return l.terms.flatMap((term, termIndex) => {
    const base = { termIndex, chamber: term.chamber, state: term.state, district: term.district };
    const affs = [...term.partyAffiliations].sort((a, b) => a.start.localeCompare(b.start));
    if (affs.length === 0) return [{ ...base, start: term.start, end: term.end, party: term.party }];
    return affs.map((a, i) => ({
      ...base,
      start: i === 0 ? term.start : a.start,
      end: i + 1 < affs.length ? affs[i + 1].start : term.end,
      party: a.party,
    }));
  });
}

/** The period a member was serving in on `date` (YYYY-MM-DD), if any. */
export function periodOn(l: Legislator, date: string): ServicePeriod | undefined {
  return servicePeriods(l)
    .filter((p) => p.start <= date && date < p.end)
    .sort((a, b) => b.start.localeCompare(a.start))[0];
}

function parseDocument(text: string, origin: string): unknown[] {
  let doc: unknown;
  try {
    doc = /^\s*[[{]/.test(text) ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: -1 });
  } catch (e) {
    throw new LegislatorsSourceError(`${origin}: not valid YAML or JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(doc)) throw new LegislatorsSourceError(`${origin}: expected a list of legislators`);
  return doc;
}

/** Files in a folder that hold legislators (not social media, committees or offices). */
async function legislatorFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => /^legislators-.*\.(ya?ml|json)$/i.test(n) && !/social|district-offices/i.test(n));
  if (names.length === 0) throw new LegislatorsSourceError(`${dir}: no legislators-*.yaml or .json files`);
  return names.sort().map((n) => path.join(dir, n));
}

async function readText(location: string): Promise<string> {
  if (/^https?:\/\//.test(location)) {
    const res = await fetch(location);
    if (!res.ok) throw new LegislatorsSourceError(`${location}: HTTP ${res.status}`);
    return res.text();
  }
  return readFile(location, "utf8");
}

/**
 * Loads legislators from a file, a folder of files or a URL (several allowed). The same
 * person in several files (current + historical, or a combined file) is merged: the record
 * with the latest term wins, as it is the newest.
 */
export interface LoadedLegislators {
  legislators: Legislator[];
  /** Records that could not be used (e.g. no bioguide id yet), with the reason. */
  skipped: { file: string; reason: string }[];
}

export async function loadLegislators(
  locations: string[] = UPSTREAM_URLS,
  onFile: (location: string) => void = () => {},
): Promise<LoadedLegislators> {
  const skipped: LoadedLegislators["skipped"] = [];
  const files: string[] = [];
  for (const loc of locations) {
    if (!/^https?:\/\//.test(loc) && (await stat(loc).catch(() => null))?.isDirectory()) {
      files.push(...(await legislatorFiles(loc)));
    } else files.push(loc);
  }
  const byId = new Map<string, Legislator>();
  for (const file of files) {
    onFile(file);
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      if (e instanceof LegislatorsSourceError) throw e;
      throw new LegislatorsSourceError(`${file}: ${(e as Error).message}`);
    }
    for (const raw of parseDocument(text, file)) {
      let l: Legislator;
      try {
        l = normaliseLegislator(raw as Record<string, unknown>);
      } catch (e) {
        if (!(e instanceof LegislatorsSourceError)) throw e;
        skipped.push({ file, reason: e.message });
        continue;
      }
      const seen = byId.get(l.bioguideId);
      if (!seen || lastStart(l) > lastStart(seen) || (lastStart(l) === lastStart(seen) && l.terms.length > seen.terms.length)) {
        byId.set(l.bioguideId, l);
      }
    }
  }
  return { legislators: [...byId.values()], skipped };
}

const lastStart = (l: Legislator) => l.terms.at(-1)?.start ?? "";
