import { DomainError } from "../../errors/domain-error";
import type { Database } from "../../db/database";
import { countLater } from "../../db/sql";
import { recordLetterEvent } from "../alerts/outbox";
import { writeAudit, type Actor } from "../auth/audit.service";
import { decodeCursor, encodeCursor, pageOf, type Page } from "../../schema/connection";
import { toSignature } from "../letters/letters.read";
import { chambersOf } from "../members/serving-sql";
import type { Signature } from "../letters/signature.entity";
import { MembersService } from "../members/members.service";
import { letterUuid, uuidOf } from "../node/global-id";

/** A review decision that cannot be taken: NOT_FOUND or BAD_USER_INPUT. */
export class ReviewError extends DomainError {
  constructor(message: string, code: "NOT_FOUND" | "BAD_USER_INPUT") {
    super(message, code);
  }
}

/** Signatures a person must look at, and a person's decision on one. */
export class ReviewService {
  constructor(private readonly db: Database) {}

  /**
   * Ties a signature to a member, as CONFIRMED by a person. The member must have served in
   * the letter's chamber on its date; state, district and party are taken from that day.
   */
  async resolve(id: string, bioguideId: string, actor?: Actor | null): Promise<Signature> {
    const signatureId = uuidOf("Signature", id);
    return this.db.transaction(async (em) => {
      const [sig] = signatureId
        ? await em.query(
            `SELECT s.id, s.letter_id, s.printed_name, l.sent_on, l.chamber FROM signature s JOIN letter l ON l.id = s.letter_id WHERE s.id = $1 FOR UPDATE OF s`,
            [signatureId],
          )
        : [];
      if (!sig) throw new ReviewError(`No signature with id ${id}.`, "NOT_FOUND");
      const chambers = chambersOf(sig.chamber);
      const period = await new MembersService(this.db).periodOn(bioguideId, chambers, sig.sent_on, em);
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
      await recordLetterEvent(em, {
        type: "LETTER_UPDATED",
        letterId: sig.letter_id,
        bioguideIds: [bioguideId],
        summary: `${sig.printed_name} confirmed as ${bioguideId}`,
      });
      if (actor) {
        await writeAudit(em, actor, {
          action: "signature.resolve",
          targetType: "Signature",
          targetId: signatureId,
          detail: { bioguideId },
        });
      }
      return toSignature(row);
    });
  }

  /**
   * Replaces a letter's topic tags with the ones a person chose (slugs such as "human-rights").
   * Returns the tags as stored.
   */
  async setTopics(id: string, topics: string[], actor?: Actor | null): Promise<string[]> {
    const letterId = letterUuid(id);
    const slugs = [
      ...new Set(
        topics.map((t) =>
          t
            .trim()
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, ""),
        ),
      ),
    ];
    const bad = slugs.find((t) => t.length === 0 || t.length > 64);
    if (bad !== undefined || slugs.length > 20) {
      throw new ReviewError("Topics must be 1 to 20 tags of 1 to 64 letters, digits or dashes.", "BAD_USER_INPUT");
    }
    return this.db.transaction(async (em) => {
      const [letter] = letterId ? await em.query(`SELECT id FROM letter WHERE id = $1 FOR UPDATE`, [letterId]) : [];
      if (!letter) throw new ReviewError(`No letter with id ${id}.`, "NOT_FOUND");
      await em.query(`DELETE FROM letter_topic WHERE letter_id = $1`, [letterId]);
      if (slugs.length) {
        await em.query(`INSERT INTO letter_topic (letter_id, topic, suggested) SELECT $1, unnest($2::text[]), false`, [letterId, slugs]);
      }
      if (actor)
        await writeAudit(em, actor, { action: "letter.setTopics", targetType: "Letter", targetId: letterId, detail: { topics: slugs } });
      return slugs;
    });
  }

  /** AMBIGUOUS and UNMATCHED signatures, newest letters first, then in document order. */
  async queue(first: number, after?: string | null): Promise<Page<Signature>> {
    const count = countLater(this.db, `SELECT count(*)::int AS n FROM signature WHERE status IN ('AMBIGUOUS', 'UNMATCHED')`, []);
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
    return pageOf(rows, first, toSignature, (_, r) => encodeCursor([r.sent_on, r.letter_id, r.position]), count);
  }
}
