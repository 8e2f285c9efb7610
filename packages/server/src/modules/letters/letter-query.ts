/** The letter filter as SQL: shared by `letters` and `stats`. */
import type { Conditions } from "../../db/sql";
import { ConditionsAt, memberSetConditions } from "../gaps/member-set-sql";
import { containsPattern, fold } from "../../db/text";
import { badInput } from "../../schema/connection";
import { partySql } from "../members/party-sql";
import type { LetterFilter } from "./letter-types";

/** The letter filter: the GraphQL input `LetterFilter` is the one shape (stats and scorecards take it too). */
export type LetterQuery = LetterFilter;

/** Characters of a `search`; a real search is a few words. */
export const MAX_SEARCH_LENGTH = 200;
/** Words of a `search` (the tsquery's terms: its work grows with them). */
export const MAX_SEARCH_WORDS = 16;
/** Characters of the other text filters (recipient, mention, topic). */
export const MAX_FILTER_TEXT = 200;

function checkText(value: string | null | undefined, field: string, max: number): void {
  if (value === null || value === undefined) return;
  if (value.length > max) throw badInput(`\`${field}\` is ${value.length} characters; the limit is ${max}.`, `filter.${field}`);
  if (value.includes("\u0000")) throw badInput(`\`${field}\` contains a NUL character.`, `filter.${field}`);
}

/**
 * The search string, or null when there is nothing to search for. Bounded: at most
 * MAX_SEARCH_LENGTH characters and MAX_SEARCH_WORDS words (BAD_USER_INPUT beyond), so the
 * tsquery has a bounded number of terms (100,000 words overflowed PostgreSQL's stack).
 */
export function searchText(filter: LetterQuery): string | null {
  checkText(filter.search, "search", MAX_SEARCH_LENGTH);
  const s = filter.search?.trim();
  if (!s) return null;
  const words = s.split(/\s+/).length;
  if (words > MAX_SEARCH_WORDS) throw badInput(`\`search\` has ${words} words; the limit is ${MAX_SEARCH_WORDS}.`, "filter.search");
  return s;
}

/** Filters whose cost grows with the data (full text, substring matches): they run under the short public-filter timeout. */
export const isExpensive = (filter: LetterQuery): boolean =>
  Boolean(filter.search?.trim() || filter.mention?.trim() || filter.recipient?.trim());

export const TSQUERY = (placeholder: string) => `websearch_to_tsquery('english', ${placeholder})`;

export const BIPARTISAN_SQL = (letter: string) =>
  `(EXISTS (SELECT 1 FROM signature bs WHERE bs.letter_id = ${letter}.id AND bs.party = 'Democrat')
    AND EXISTS (SELECT 1 FROM signature bs WHERE bs.letter_id = ${letter}.id AND bs.party = 'Republican'))`;

/** Adds the conditions of `filter` on the letter table aliased `l`. */
export function letterConditions(c: Conditions, filter: LetterQuery): Conditions {
  for (const field of ["recipient", "mention", "topic"] as const) checkText(filter[field], field, MAX_FILTER_TEXT);
  if (filter.dateFrom && filter.dateTo && filter.dateFrom > filter.dateTo) {
    throw badInput("`dateFrom` is after `dateTo`.", "filter.dateFrom");
  }
  if (filter.chamber) c.add((p) => `l.chamber = ${p}`, filter.chamber);
  if (filter.dateFrom) c.add((p) => `l.sent_on >= ${p}::date`, filter.dateFrom);
  if (filter.dateTo) c.add((p) => `l.sent_on <= ${p}::date`, filter.dateTo);
  if (filter.recipient?.trim()) {
    c.add(
      (p) => `EXISTS (SELECT 1 FROM jsonb_array_elements(l.recipients) r
                       WHERE signatory_fold(r->>'name') LIKE ${p} OR signatory_fold(r->>'organization') LIKE ${p})`,
      containsPattern(fold(filter.recipient.trim())),
    );
  }
  if (filter.topic?.trim()) {
    c.add((p) => `EXISTS (SELECT 1 FROM letter_topic t WHERE t.letter_id = l.id AND lower(t.topic) = lower(${p}))`, filter.topic.trim());
  }
  if (filter.mention?.trim()) {
    c.add(
      (p) => `EXISTS (SELECT 1 FROM letter_mention lm WHERE lm.letter_id = l.id
                       AND (signatory_fold(lm.normalized) LIKE ${p} OR signatory_fold(lm.text) LIKE ${p}))`,
      containsPattern(fold(filter.mention.trim())),
    );
  }
  const search = searchText(filter);
  if (search) c.add((p) => `l.search @@ ${TSQUERY(p)}`, search);
  if (filter.signedBy?.length) {
    const ids = [...new Set(filter.signedBy.map((id) => id.trim().toUpperCase()))];
    c.raw(`(SELECT count(DISTINCT s.bioguide_id) FROM signature s
             WHERE s.letter_id = l.id AND s.bioguide_id = ANY(${c.param(ids)})) = ${c.param(ids.length)}`);
  }
  if (filter.signerStates?.length) {
    const states = c.anyOf(
      "s.state",
      filter.signerStates.map((s) => s.trim().toUpperCase()),
    );
    c.raw(`EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = l.id AND ${states})`);
  }
  if (filter.signerParties?.length) {
    c.raw(`EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = l.id AND ${partySql(c, "s.party", filter.signerParties)})`);
  }
  if (filter.committees?.length || filter.groups?.length) {
    const inner = memberSetConditions(new ConditionsAt(c), "s", "l.sent_on", filter);
    c.raw(`EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = l.id AND ${inner.parts.join(" AND ")})`);
  }
  if (filter.bipartisan === true) c.raw(BIPARTISAN_SQL("l"));
  if (filter.bipartisan === false) c.raw(`NOT ${BIPARTISAN_SQL("l")}`);
  if (filter.minSigners !== null && filter.minSigners !== undefined) {
    if (!Number.isInteger(filter.minSigners) || filter.minSigners < 0) {
      throw badInput("`minSigners` must be a whole number, 0 or more.", "filter.minSigners");
    }
    c.add((p) => `l.signer_count >= ${p}`, filter.minSigners);
  }
  return c;
}
