import type { MigrationInterface, QueryRunner } from "typeorm";

/** Members with their terms and service periods; letters with their signatures. */
export class Init1732870000000 implements MigrationInterface {
  name = "Init1732870000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member (
        bioguide_id   varchar(16) PRIMARY KEY,
        full_name     varchar NOT NULL,
        first_name    varchar NOT NULL,
        middle_name   varchar,
        last_name     varchar NOT NULL,
        suffix        varchar,
        nickname      varchar,
        official_full varchar,
        gender        varchar,
        birthday      date,
        is_demo       boolean NOT NULL DEFAULT false,
        source_hash   varchar(64)
      )`);
    await q.query(`CREATE INDEX member_name_idx ON member (last_name, first_name, bioguide_id)`);
    await q.query(`
      CREATE TABLE term (
        id                 serial PRIMARY KEY,
        bioguide_id        varchar(16) NOT NULL REFERENCES member (bioguide_id) ON DELETE CASCADE,
        seq                integer NOT NULL,
        chamber            varchar(8) NOT NULL CHECK (chamber IN ('HOUSE', 'SENATE')),
        start_date         date NOT NULL,
        end_date           date NOT NULL,
        state              varchar(2) NOT NULL,
        district           integer,
        party              varchar NOT NULL,
        caucus             varchar,
        party_affiliations jsonb NOT NULL DEFAULT '[]',
        url                varchar,
        UNIQUE (bioguide_id, seq)
      )`);
    await q.query(`
      CREATE TABLE service_period (
        id          serial PRIMARY KEY,
        bioguide_id varchar(16) NOT NULL REFERENCES member (bioguide_id) ON DELETE CASCADE,
        term_id     integer NOT NULL REFERENCES term (id) ON DELETE CASCADE,
        chamber     varchar(8) NOT NULL,
        start_date  date NOT NULL,
        end_date    date NOT NULL,
        state       varchar(2) NOT NULL,
        district    integer,
        party       varchar NOT NULL,
        CHECK (start_date <= end_date)
      )`);
    await q.query(`CREATE INDEX service_period_chamber_dates_idx ON service_period (chamber, start_date, end_date)`);
    await q.query(`CREATE INDEX service_period_member_idx ON service_period (bioguide_id, start_date)`);
    await q.query(`CREATE INDEX service_period_state_idx ON service_period (state, start_date, end_date)`);
    await q.query(`
      CREATE TABLE letter (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title        text NOT NULL,
        sent_on      date NOT NULL,
        chamber      varchar(10) NOT NULL CHECK (chamber IN ('HOUSE', 'SENATE', 'BICAMERAL')),
        recipients   jsonb NOT NULL DEFAULT '[]',
        salutation   text,
        body         text,
        source_name  text,
        content_hash varchar(64) NOT NULL UNIQUE,
        signer_count integer NOT NULL DEFAULT 0,
        is_demo      boolean NOT NULL DEFAULT false,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX letter_sent_on_idx ON letter (sent_on DESC, id DESC)`);
    await q.query(`
      CREATE TABLE signature (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        letter_id     uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
        position      integer NOT NULL,
        printed_name  text NOT NULL,
        printed_title text,
        role          varchar(10) NOT NULL CHECK (role IN ('LEAD', 'COSIGNER', 'SIGNER')),
        status        varchar(10) NOT NULL CHECK (status IN ('MATCHED', 'AMBIGUOUS', 'UNMATCHED', 'CONFIRMED')),
        confidence    real NOT NULL,
        bioguide_id   varchar(16) REFERENCES member (bioguide_id),
        state         varchar(2),
        district      integer,
        party         varchar,
        candidates    jsonb NOT NULL DEFAULT '[]',
        UNIQUE (letter_id, position),
        CHECK ((bioguide_id IS NULL) = (status IN ('AMBIGUOUS', 'UNMATCHED')))
      )`);
    await q.query(`CREATE INDEX signature_member_idx ON signature (bioguide_id)`);
    await q.query(`CREATE INDEX signature_letter_state_idx ON signature (letter_id, state)`);
    await q.query(`CREATE INDEX signature_review_idx ON signature (status) WHERE status IN ('AMBIGUOUS', 'UNMATCHED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signature`);
    await q.query(`DROP TABLE letter`);
    await q.query(`DROP TABLE service_period`);
    await q.query(`DROP TABLE term`);
    await q.query(`DROP TABLE member`);
  }
}
