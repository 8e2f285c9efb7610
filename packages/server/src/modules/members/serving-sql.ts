/**
 * "Serving in this chamber on this date": the service-period conditions that letters, members,
 * gaps and member records share. A service period covers [start_date, end_date); a BICAMERAL
 * letter is for both chambers.
 */

/** A letter's chamber: HOUSE, SENATE, or BICAMERAL (both). */
export type LetterChamberCode = "HOUSE" | "SENATE" | "BICAMERAL";

/** The chambers a letter of `chamber` is for: both for BICAMERAL. */
export const chambersOf = (chamber: LetterChamberCode): ("HOUSE" | "SENATE")[] =>
  chamber === "BICAMERAL" ? ["HOUSE", "SENATE"] : [chamber];

/** SQL: the service period `sp` covers the day `day` (an SQL date expression). */
export const SERVING_ON = (sp: string, day: string) => `${sp}.start_date <= ${day} AND ${day} < ${sp}.end_date`;

/** SQL: the service period `sp` is in a chamber a letter of `letterChamber` (an SQL expression) is for. */
export const IN_CHAMBER_OF = (sp: string, letterChamber: string) => `(${letterChamber} = 'BICAMERAL' OR ${sp}.chamber = ${letterChamber})`;

/** SQL: `sp` served in a letter's chamber(s) (`letterChamber`) on its date (`day`). */
export const SERVING_FOR = (sp: string, letterChamber: string, day: string) =>
  `${IN_CHAMBER_OF(sp, letterChamber)} AND ${SERVING_ON(sp, day)}`;
