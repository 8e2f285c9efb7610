/**
 * Signature conditions for "the signer sat on one of these committees on the letter's date" and
 * "the signer is in one of these groups": used by `letter.signatures(filter:)` and `letters(filter:)`.
 */
import type { Conditions } from "../../db/sql";
import { badInput } from "../../schema/connection";
import { committeeId, SIGNER_ON_COMMITTEES } from "../committees/committee-sql";
import { groupUuid } from "../groups/group-id";

const MAX_IDS = 50;

/** Collects conditions into a list while adding parameters to another Conditions (for a nested EXISTS). */
export class ConditionsAt {
  readonly parts: string[] = [];
  constructor(private readonly outer: Conditions) {}
  param(value: unknown): string {
    return this.outer.param(value);
  }
  raw(condition: string): this {
    this.parts.push(condition);
    return this;
  }
}

/** Adds the committee and group conditions on the signature alias `s`, whose letter's date is the SQL `letterDate`. */
/** Where conditions and their parameters go. */
export interface SqlSink {
  param(value: unknown): string;
  raw(condition: string): unknown;
}

export function memberSetConditions<C extends SqlSink>(
  c: C,
  s: string,
  letterDate: string,
  filter: { committees?: string[] | null; groups?: string[] | null },
): C {
  if (filter.committees?.length) {
    if (filter.committees.length > MAX_IDS) throw badInput(`At most ${MAX_IDS} committees.`, "filter.committees");
    const ids = [...new Set(filter.committees.map((id) => committeeId(id, "filter.committees")))];
    c.raw(SIGNER_ON_COMMITTEES(s, letterDate, c.param(ids)));
  }
  if (filter.groups?.length) {
    if (filter.groups.length > MAX_IDS) throw badInput(`At most ${MAX_IDS} groups.`, "filter.groups");
    const ids = [...new Set(filter.groups.map(groupUuid))];
    c.raw(
      `EXISTS (SELECT 1 FROM member_group_member gm WHERE gm.bioguide_id = ${s}.bioguide_id AND gm.group_id = ANY(${c.param(ids)}::uuid[]))`,
    );
  }
  return c;
}
