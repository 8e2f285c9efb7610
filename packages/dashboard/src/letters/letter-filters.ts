/**
 * The Letters view's filters, sort and the query string that holds them, so a search can be
 * shared, bookmarked, reloaded and reached with the back button:
 *
 *   /letters?q=magnitsky&chamber=HOUSE&topic=sanctions&from=2020-01-01&state=CA&party=REPUBLICAN&bipartisan=1&sort=signers
 *
 * Values the API would reject (an unknown state, party or chamber, a date that is not a date, a
 * "best match" sort without a search) are dropped when read, so a hand-edited link still works.
 */
import type { LetterChamber, LetterFilter, LetterOrder, Party } from "../gql/graphql";
import { CHAMBER_LABEL, formatDate } from "../lib/format";
import { isParty, partyInfo } from "../lib/party";
import { STATE_CODES, stateName } from "../lib/states";
import { isoDateOrNull } from "../lib/use-url-state";

export type LetterSort = "date" | "signers" | "relevance";

export interface LetterFilters {
  /** Full-text search. */
  q: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  chamber: LetterChamber | "";
  /** A topic tag, lower case. */
  topic: string;
  /** Part of a recipient's name or organisation. */
  recipient: string;
  /** A signer's state (two-letter code). */
  state: string;
  /** A signer's party. */
  party: Party | "";
  /** Only letters signed by at least one Democrat and one Republican. */
  bipartisan: boolean;
  sort: LetterSort;
}

export const NO_LETTER_FILTERS: LetterFilters = {
  q: "",
  from: "",
  to: "",
  chamber: "",
  topic: "",
  recipient: "",
  state: "",
  party: "",
  bipartisan: false,
  sort: "date",
};

export const SORT_LABEL: Record<LetterSort, string> = {
  date: "Newest first",
  signers: "Most signers",
  relevance: "Best match",
};

/** How a list in this order is described: "6 letters, most signers first". */
export const SORT_PHRASE: Record<LetterSort, string> = {
  date: "newest first",
  signers: "most signers first",
  relevance: "best match first",
};

const SORT_ORDER: Record<LetterSort, LetterOrder> = { date: "DATE", signers: "SIGNER_COUNT", relevance: "RELEVANCE" };

const CHAMBERS = Object.keys(CHAMBER_LABEL) as LetterChamber[];
const MAX_TEXT = 200;

const text = (params: URLSearchParams, name: string) => (params.get(name) ?? "").trim().replace(/\s+/g, " ").slice(0, MAX_TEXT);

/** Reads the filters from a query string; invalid values are dropped. */
export function parseLetterFilters(params: URLSearchParams): LetterFilters {
  const q = text(params, "q");
  const chamber = text(params, "chamber").toUpperCase();
  const state = text(params, "state").toUpperCase();
  const party = text(params, "party").toUpperCase();
  const sort = text(params, "sort").toLowerCase();
  const bipartisan = text(params, "bipartisan").toLowerCase();
  return {
    q,
    from: isoDateOrNull(text(params, "from")) ?? "",
    to: isoDateOrNull(text(params, "to")) ?? "",
    chamber: (CHAMBERS as string[]).includes(chamber) ? (chamber as LetterChamber) : "",
    topic: text(params, "topic").toLowerCase(),
    recipient: text(params, "recipient"),
    state: STATE_CODES.includes(state) ? state : "",
    party: isParty(party) ? party : "",
    bipartisan: bipartisan === "1" || bipartisan === "true",
    // Best match ranks by the search; without one there is nothing to rank by.
    sort: sort === "signers" ? "signers" : sort === "relevance" && q ? "relevance" : "date",
  };
}

/** The query string for these filters, parameters in a fixed order; defaults are left out. */
export function serializeLetterFilters(f: LetterFilters): URLSearchParams {
  const params = new URLSearchParams();
  const put = (name: string, value: string) => value && params.set(name, value);
  put("q", f.q.trim());
  put("from", f.from);
  put("to", f.to);
  put("chamber", f.chamber);
  put("topic", f.topic);
  put("recipient", f.recipient.trim());
  put("state", f.state);
  put("party", f.party);
  put("bipartisan", f.bipartisan ? "1" : "");
  put("sort", f.sort === "date" || (f.sort === "relevance" && !f.q.trim()) ? "" : f.sort);
  return params;
}

/** The API's LetterFilter; undefined when nothing is filtered, so the unfiltered list is one cache entry. */
export function toLetterFilter(f: LetterFilters): LetterFilter | undefined {
  const filter: LetterFilter = {};
  if (f.q) filter.search = f.q;
  if (f.from) filter.dateFrom = f.from;
  if (f.to) filter.dateTo = f.to;
  if (f.chamber) filter.chamber = f.chamber;
  if (f.topic) filter.topic = f.topic;
  if (f.recipient) filter.recipient = f.recipient;
  if (f.state) filter.signerStates = [f.state];
  if (f.party) filter.signerParties = [f.party];
  if (f.bipartisan) filter.bipartisan = true;
  return Object.keys(filter).length ? filter : undefined;
}

export function toLetterOrder(f: LetterFilters): LetterOrder {
  return SORT_ORDER[f.sort];
}

/** The filters that narrow the list (the sort does not), each with a label and how to remove it. */
export function activeLetterFilters(f: LetterFilters): Array<{ key: keyof LetterFilters; label: string; without: LetterFilters }> {
  const active: Array<{ key: keyof LetterFilters; label: string }> = [];
  if (f.q) active.push({ key: "q", label: `search “${f.q}”` });
  if (f.from) active.push({ key: "from", label: `from ${formatDate(f.from, "short")}` });
  if (f.to) active.push({ key: "to", label: `to ${formatDate(f.to, "short")}` });
  if (f.chamber) active.push({ key: "chamber", label: `chamber: ${CHAMBER_LABEL[f.chamber]}` });
  if (f.topic) active.push({ key: "topic", label: `topic: ${f.topic}` });
  if (f.recipient) active.push({ key: "recipient", label: `recipient “${f.recipient}”` });
  if (f.state) active.push({ key: "state", label: `signer from ${stateName(f.state)}` });
  if (f.party) active.push({ key: "party", label: `${partyInfo(f.party).name} signer` });
  if (f.bipartisan) active.push({ key: "bipartisan", label: "bipartisan only" });
  return active.map((a) => {
    const without = { ...f, [a.key]: NO_LETTER_FILTERS[a.key] };
    if (a.key === "q" && without.sort === "relevance") without.sort = "date";
    return { ...a, without };
  });
}
