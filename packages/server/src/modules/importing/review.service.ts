import type { Database } from "../../db/database";
import { decodeCursor, encodeCursor, type Page } from "../../schema/connection";
import { toSignature } from "../letters/letters.service";
import type { Signature } from "../letters/signature.entity";

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly code: "NOT_FOUND" | "BAD_USER_INPUT",
  ) {
    super(message);
  }
}

/** Signatures a person must look at, and a person's decision on one. */
export class ReviewService {
  constructor(private readonly db: Database) {}

  /**
   * Ties a signature to a member, as CONFIRMED by a person. The member must have served in
   * the letter's chamber on its date; state, district and party are taken from that day.
   */
  async resolve(signatureId: string, bioguideId: string): Promise<Signature> {
    return this.db.transaction(async (em) => {
      const [sig] = /^[0-9a-f-]{36}$/i.test(signatureId)
        ? await em.query(
            `SELECT s.id, l.sent_on, l.chamber FROM signature s JOIN letter l ON l.id = s.letter_id WHERE s.id = $1 FOR UPDATE OF s`,
            [signatureId],
          )
        : [];
      if (!sig) throw new ReviewError(`No signature with id ${signatureId}.`, "NOT_FOUND");
      const chambers = sig.chamber === "BICAMERAL" ? ["HOUSE", "SENATE"] : [sig.chamber];
      const [period] = await em.query(
        `SELECT state, district, party FROM service_period
          WHERE bioguide_id = $1 AND chamber = ANY($2) AND start_date <= $3 AND $3 < end_date
          ORDER BY start_date DESC LIMIT 1`,
        [bioguideId, chambers, sig.sent_on],
      );
      if (!period) {
        throw new ReviewError(
          `${bioguideId} was not serving in the ${chambers.join(" or ").toLowerCase()} on ${sig.sent_on}.`,
          "BAD_USER_INPUT",
        );
      }
      await em.query(
        `UPDATE signature SET status = 'CONFIRMED', confidence = 1, bioguide_id = $2, state = $3, district = $4, party = $5
          WHERE id = $1`,
        [signatureId, bioguideId, period.state, period.district, period.party],
      );
      const [row] = await em.query(`SELECT * FROM signature WHERE id = $1`, [signatureId]);
      return toSignature(row);
    });
  }

  /** AMBIGUOUS and UNMATCHED signatures, newest letters first, then in document order. */
  async queue(first: number, after?: string | null): Promise<Page<Signature>> {
    const [{ n }] = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM signature WHERE status IN ('AMBIGUOUS', 'UNMATCHED')`,
    );
    const cursor = decodeCursor(after, 3);
    const params: unknown[] = [first + 1];
    let keyset = "";
    if (cursor) {
      params.push(...cursor);
      keyset = `AND (l.sent_on < $2::date OR (l.sent_on = $2::date AND (s.letter_id > $3::uuid OR (s.letter_id = $3::uuid AND s.position > $4))))`;
    }
    const rows = await this.db.query(
      `SELECT s.*, l.sent_on FROM signature s JOIN letter l ON l.id = s.letter_id
        WHERE s.status IN ('AMBIGUOUS', 'UNMATCHED') ${keyset}
        ORDER BY l.sent_on DESC, s.letter_id, s.position LIMIT $1`,
      params,
    );
    const page = rows.slice(0, first);
    return {
      nodes: page.map(toSignature),
      cursors: page.map((r) => encodeCursor([r.sent_on, r.letter_id, r.position])),
      hasNextPage: rows.length > first,
      totalCount: n,
    };
  }
}
