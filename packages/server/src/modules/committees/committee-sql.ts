/** SQL fragments and input checks of committee membership, shared by the committees, gaps and letters modules. */
import { badInput } from "../../schema/connection";

/** The stretches of `committee_membership cm` that hold the date placeholder `d`. */
export const HOLDS = (cm: string, d: string) => `${cm}.start_date <= ${d} AND (${cm}.end_date IS NULL OR ${d} < ${cm}.end_date)`;

/** The committee ids a committee stands for: itself, and with `includeSubcommittees` its subcommittees. */
export const COMMITTEE_IDS = (id: string, includeSubcommittees: string) =>
  `(SELECT c.id FROM committee c WHERE c.id = ${id} OR (${includeSubcommittees} AND c.parent_id = ${id}))`;

/** The first day membership data answers for: before it, "who sat on the committee" has no answer. */
export const DATA_FROM = `(SELECT to_char(min(start_date), 'YYYY-MM-DD') FROM committee_membership)`;

/** A committee id as given by a user: trimmed, upper case, letters and digits only. */
export function committeeId(id: string, field = "committee"): string {
  const code = id.trim().toUpperCase();
  if (!/^[A-Z]{4}\d{0,3}$/.test(code))
    throw badInput(`\`${field}\` must be a committee id such as "HSFA" or "HSFA13", got "${id.slice(0, 40)}".`, field);
  return code;
}

/** Signatures `s` whose signer sat on one of the committees (placeholder `ids`, a text[]) on the date of the letter `letter`. */
export const SIGNER_ON_COMMITTEES = (s: string, letterDate: string, ids: string) =>
  `EXISTS (SELECT 1 FROM committee_membership cm WHERE cm.bioguide_id = ${s}.bioguide_id AND cm.committee_id = ANY(${ids}::text[]) AND ${HOLDS("cm", letterDate)})`;
