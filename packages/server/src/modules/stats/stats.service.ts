/** Totals over the letters a filter selects: aggregates in SQL, a handful of statements. */
import type { Database } from "../../db/database";
import { Conditions } from "../../db/sql";
import { letterConditions, type LetterQuery } from "../letters/letter-query";
import { partyCounts, stateCounts } from "../letters/letters.service";
import type { PartyCount, StateCount } from "../letters/letter-types";

export interface MonthRow {
  month: string;
  letters: number;
  signatures: number;
}

export interface StatsRow {
  letters: number;
  signatures: number;
  uniqueSigners: number;
  byParty: PartyCount[];
  byState: StateCount[];
  byMonth: MonthRow[];
}

export class StatsService {
  constructor(private readonly db: Database) {}

  async stats(filter: LetterQuery): Promise<StatsRow> {
    const c = letterConditions(new Conditions(), filter);
    const selected = `WITH fl AS (SELECT l.id, l.sent_on FROM letter l ${c.where})`;
    const [totals] = await this.db.query<{ letters: number; signatures: number; signers: number }>(
      `${selected}
       SELECT (SELECT count(*)::int FROM fl) AS letters, count(s.id)::int AS signatures, count(DISTINCT s.bioguide_id)::int AS signers
         FROM fl JOIN signature s ON s.letter_id = fl.id`,
      c.params,
    );
    const groups = await this.db.query<{ party: string | null; state: string | null; g: number; n: number }>(
      `${selected}
       SELECT s.party, s.state, GROUPING(s.party, s.state)::int AS g, count(*)::int AS n
         FROM fl JOIN signature s ON s.letter_id = fl.id
        GROUP BY GROUPING SETS ((s.party), (s.state))`,
      c.params,
    );
    const months = await this.db.query<{ month: string; letters: number; signatures: number }>(
      `${selected}
       SELECT to_char(fl.sent_on, 'YYYY-MM') AS month, count(DISTINCT fl.id)::int AS letters, count(s.id)::int AS signatures
         FROM fl LEFT JOIN signature s ON s.letter_id = fl.id
        GROUP BY 1 ORDER BY 1`,
      c.params,
    );
    return {
      letters: totals.letters,
      signatures: totals.signatures,
      uniqueSigners: totals.signers,
      byParty: partyCounts(groups.filter((r) => r.g === 0b01)),
      byState: stateCounts(groups.filter((r) => r.g === 0b10)),
      byMonth: months,
    };
  }
}
