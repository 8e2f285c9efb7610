import type { EntityManager } from "typeorm";
import type { Database } from "../../db/database";
import { DEMO_LETTER, DEMO_SIGNERS } from "./demo-data";

const DEMO_HASH = "demo-2020-10-23-house-pompeo-artsakh";

/** Seeds the labelled demo when the database holds no members and no letters. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  return db.transaction(async (em) => {
    const [{ n }] = await em.query(`SELECT (SELECT count(*) FROM member)::int + (SELECT count(*) FROM letter)::int AS n`);
    if (n > 0) return false;
    for (const [, , id, first, last, full, state, district, party, start, end] of DEMO_SIGNERS) {
      await em.query(
        `INSERT INTO member (bioguide_id, full_name, first_name, last_name, official_full, is_demo)
         VALUES ($1, $2, $3, $4, $5, true)`,
        [id, full, first, last, full],
      );
      const [{ id: termId }] = await em.query(
        `INSERT INTO term (bioguide_id, seq, chamber, start_date, end_date, state, district, party)
         VALUES ($1, 0, 'HOUSE', $2, $3, $4, $5, $6) RETURNING id`,
        [id, start, end, state, district, party],
      );
      await em.query(
        `INSERT INTO service_period (bioguide_id, term_id, chamber, start_date, end_date, state, district, party)
         VALUES ($1, $2, 'HOUSE', $3, $4, $5, $6, $7)`,
        [id, termId, start, end, state, district, party],
      );
    }
    const d = DEMO_LETTER;
    const [{ id: letterId }] = await em.query(
      `INSERT INTO letter (title, sent_on, chamber, recipients, salutation, body, source_name, content_hash, signer_count, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, 'demo', $7, $8, true) RETURNING id`,
      [d.title, d.sentOn, d.chamber, JSON.stringify(d.recipients), d.salutation, d.body, DEMO_HASH, DEMO_SIGNERS.length],
    );
    for (const [i, [printed, role, id, , , , state, district, party]] of DEMO_SIGNERS.entries()) {
      await em.query(
        `INSERT INTO signature (letter_id, position, printed_name, printed_title, role, status, confidence, bioguide_id, state, district, party)
         VALUES ($1, $2, $3, 'MEMBER OF CONGRESS', $4, 'MATCHED', 1, $5, $6, $7, $8)`,
        [letterId, i + 1, printed, role, id, state, district, party],
      );
    }
    return true;
  });
}

/**
 * Removes the demo; called inside the transaction that loads real members or letters. Every import
 * calls it, so it first asks (one statement, two partial-index probes) whether any demo row is
 * left: a DELETE that finds nothing still scanned the letter table and fired its statement triggers.
 */
export async function clearDemo(em: EntityManager): Promise<void> {
  const [{ demo }] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM letter WHERE is_demo) OR EXISTS (SELECT 1 FROM member WHERE is_demo) AS demo`,
  );
  if (!demo) return;
  await em.query(`DELETE FROM letter WHERE is_demo`);
  await em.query(`DELETE FROM member WHERE is_demo`);
}
