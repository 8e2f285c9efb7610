import type { Conditions } from "../../db/sql";
import { KNOWN_PARTY_NAMES, partyNames, type Party } from "./party";

/** SQL for "column is one of these parties"; OTHER means any party the enum does not name. */
export function partySql(c: Conditions, column: string, parties: Party[]): string {
  const { names, other } = partyNames(parties);
  const named = c.anyOf(column, names);
  if (!other) return named;
  return `(${named} OR (${column} IS NOT NULL AND NOT (${column} = ANY(${c.param(KNOWN_PARTY_NAMES)}))))`;
}
