import type { MigrationInterface, QueryRunner } from "typeorm";

/** What a letter's body names (people, laws, organisations, places, dates) and its topic tags. */
export class Mentions1732870100000 implements MigrationInterface {
  name = "Mentions1732870100000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE letter_mention (
        id        serial PRIMARY KEY,
        letter_id uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        kind      varchar(12) NOT NULL CHECK (kind IN ('PERSON', 'LAW', 'ORGANIZATION', 'PLACE', 'DATE')),
        text      text NOT NULL,
        role      text,
        normalized text NOT NULL,
        count     integer NOT NULL DEFAULT 1,
        UNIQUE (letter_id, kind, normalized)
      )`);
    await q.query(`CREATE INDEX letter_mention_normalized_idx ON letter_mention (normalized)`);
    await q.query(`
      CREATE TABLE letter_topic (
        letter_id uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        topic     varchar(64) NOT NULL,
        suggested boolean NOT NULL DEFAULT true,
        PRIMARY KEY (letter_id, topic)
      )`);
    await q.query(`CREATE INDEX letter_topic_topic_idx ON letter_topic (topic)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letter_topic`);
    await q.query(`DROP TABLE letter_mention`);
  }
}
