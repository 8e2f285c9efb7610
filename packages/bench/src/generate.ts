/**
 * Fills the benchmark database with deterministic synthetic data at a scale factor.
 *
 *   --scale 1  = 50,000 letters, ~2,000,000 signatures; members are historical reference data
 *                and do not scale: ~12,000 members, ~56,000 terms over 119 Congresses.
 *
 * Members, terms and service periods come from a seeded seat model (435 House seats by the 2020
 * apportionment + DC and PR delegates, 2 Senate seats per state in three classes; incumbents keep
 * their seat with a fixed probability). Every term lines up with Congress boundaries (Jan 3 of
 * odd years), so "serving on date D" is one roster per Congress. Letters, signatures, topics and
 * mentions are generated inside PostgreSQL with generate_series and a hash-based PRNG
 * (hashint8extended), so the data is the same on every run. The loaded tables' secondary indexes
 * and unreferenced key constraints are dropped before the load and rebuilt after it (two
 * connections), the stats rollup is rebuilt, then VACUUM ANALYZE. Every phase prints its time.
 *
 *   pnpm run generate -- --scale 1 [--workers 2]
 *
 *   --workers N  connections that insert letters and signatures side by side, each a range of
 *                letters (default 2; the rows are the same for any N, only letter_mention's
 *                serial ids are numbered in another order)
 *
 * It records the scale in bench_meta, so a following `pnpm run bench -- --scale S` reuses the data.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { BENCH_DIR, databaseUrl, mulberry32, parseArgs } from "./common";
import { existsSync } from "node:fs";
import { APP_DIST, buildApp } from "./processes";

const APPORTIONMENT: Record<string, number> = {
  AL: 7,
  AK: 1,
  AZ: 9,
  AR: 4,
  CA: 52,
  CO: 8,
  CT: 5,
  DE: 1,
  FL: 28,
  GA: 14,
  HI: 2,
  ID: 2,
  IL: 17,
  IN: 9,
  IA: 4,
  KS: 4,
  KY: 6,
  LA: 6,
  ME: 2,
  MD: 8,
  MA: 9,
  MI: 13,
  MN: 8,
  MS: 4,
  MO: 8,
  MT: 2,
  NE: 3,
  NV: 4,
  NH: 2,
  NJ: 12,
  NM: 3,
  NY: 26,
  NC: 14,
  ND: 1,
  OH: 15,
  OK: 5,
  OR: 6,
  PA: 17,
  RI: 2,
  SC: 7,
  SD: 1,
  TN: 9,
  TX: 38,
  UT: 4,
  VT: 1,
  VA: 11,
  WA: 10,
  WV: 2,
  WI: 8,
  WY: 1,
};
const DELEGATES = ["DC", "PR"];
const CONGRESSES = 119;
const HOUSE_KEEP = 0.8;
const SENATE_KEEP = 0.75;

const FIRST = [
  "James",
  "John",
  "Robert",
  "Michael",
  "William",
  "David",
  "Richard",
  "Joseph",
  "Thomas",
  "Charles",
  "Mary",
  "Patricia",
  "Jennifer",
  "Linda",
  "Elizabeth",
  "Barbara",
  "Susan",
  "Jessica",
  "Sarah",
  "Karen",
  "Nancy",
  "Lisa",
  "Betty",
  "Daniel",
  "Matthew",
  "Anthony",
  "Mark",
  "Donald",
  "Steven",
  "Paul",
  "Andrew",
  "Joshua",
  "Kenneth",
  "Kevin",
  "Brian",
  "George",
  "Timothy",
  "Ronald",
  "Edward",
  "Jason",
  "Maria",
  "José",
  "Luis",
  "Ana",
  "Chuy",
  "Rosa",
  "Kamala",
  "Raúl",
];
const LAST = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Sanchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyen",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "Holmes Norton",
  "Van Hollen",
  "McMorris Rodgers",
  "Díaz-Balart",
  "Sánchez",
  "O'Rourke",
];

interface MemberRow {
  bioguide_id: string;
  full_name: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  gender: string;
  birthday: string;
  is_demo: boolean;
}
interface TermRow {
  id: number;
  bioguide_id: string;
  seq: number;
  chamber: "HOUSE" | "SENATE";
  start_date: string;
  end_date: string;
  state: string;
  district: number | null;
  party: string;
  party_affiliations: unknown[];
}

const congressStart = (c: number) => `${1789 + 2 * (c - 1)}-01-03`;

/** The seat model: members, their terms (one service period each). */
export function generateMembers(seed = 1): { members: MemberRow[]; terms: TermRow[] } {
  const rnd = mulberry32(seed);
  const members: MemberRow[] = [];
  const terms: TermRow[] = [];
  const seqOf = new Map<string, number>();
  const lean = new Map<string, number>();
  const stateLean = (s: string) => {
    if (!lean.has(s)) lean.set(s, 0.2 + 0.6 * rnd());
    return lean.get(s)!;
  };
  const partyFor = (state: string, c: number) => {
    const r = rnd();
    if (c < 36) return r < 0.45 ? "Democrat" : r < 0.8 ? "Whig" : "Federalist";
    if (r < 0.015) return "Independent";
    return rnd() < stateLean(state) ? "Democrat" : "Republican";
  };
  const newMember = (c: number): string => {
    const n = members.length + 1;
    const id = `${"ABCDEFGHJKLMNPRSTW"[n % 18]}${String(n).padStart(6, "0")}`;
    const first = FIRST[Math.floor(rnd() * FIRST.length)];
    const last = LAST[Math.floor(rnd() * LAST.length)];
    const middle = rnd() < 0.3 ? `${"ABCDEFGHJKLMNPRSTW"[Math.floor(rnd() * 18)]}.` : null;
    const suffix = rnd() < 0.03 ? "Jr." : null;
    const born = 1789 + 2 * (c - 1) - 35 - Math.floor(rnd() * 30);
    members.push({
      bioguide_id: id,
      full_name: `${first} ${last}${suffix ? `, ${suffix}` : ""}`,
      first_name: first,
      middle_name: middle,
      last_name: last,
      suffix,
      gender: rnd() < 0.7 ? "M" : "F",
      birthday: `${born}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`,
      is_demo: false,
    });
    return id;
  };
  const addTerm = (
    bioguide: string,
    chamber: "HOUSE" | "SENATE",
    c: number,
    congresses: number,
    state: string,
    district: number | null,
    party: string,
  ) => {
    const seq = (seqOf.get(bioguide) ?? 0) + 1;
    seqOf.set(bioguide, seq);
    terms.push({
      id: terms.length + 1,
      bioguide_id: bioguide,
      seq,
      chamber,
      start_date: congressStart(c),
      end_date: congressStart(Math.min(c + congresses, CONGRESSES + 1)),
      state,
      district,
      party,
      party_affiliations: [],
    });
  };

  const houseSeats: { state: string; district: number; holder: string | null; party: string }[] = [];
  for (const [state, n] of Object.entries(APPORTIONMENT)) {
    for (let d = 1; d <= n; d++) houseSeats.push({ state, district: n === 1 ? 0 : d, holder: null, party: "" });
  }
  for (const state of DELEGATES) houseSeats.push({ state, district: 0, holder: null, party: "" });
  const senateSeats = Object.keys(APPORTIONMENT).flatMap((state, i) =>
    [0, 1].map((k) => ({ state, cls: (i * 2 + k) % 3, holder: null as string | null, party: "" })),
  );

  for (let c = 1; c <= CONGRESSES; c++) {
    for (const seat of houseSeats) {
      if (!seat.holder || rnd() > HOUSE_KEEP) {
        seat.holder = newMember(c);
        seat.party = partyFor(seat.state, c);
      }
      addTerm(seat.holder, "HOUSE", c, 1, seat.state, seat.district, seat.party);
    }
    for (const seat of senateSeats) {
      // A Senate term starts every third Congress of its class (and in the 1st Congress for all).
      if (c !== 1 && (c + seat.cls) % 3 !== 0) continue;
      if (!seat.holder || rnd() > SENATE_KEEP) {
        seat.holder = newMember(c);
        seat.party = partyFor(seat.state, c);
      }
      let length = 3;
      if (c === 1) for (length = 1; (1 + length + seat.cls) % 3 !== 0; length++);
      addTerm(seat.holder, "SENATE", c, Math.min(length, CONGRESSES + 1 - c), seat.state, null, seat.party);
    }
  }
  return { members, terms };
}

const TOPICS = [
  "health-care",
  "immigration",
  "veterans",
  "education",
  "energy",
  "climate",
  "trade",
  "agriculture",
  "human-rights",
  "defense",
  "housing",
  "transportation",
  "broadband",
  "tax",
  "labor",
  "water",
  "wildfire",
  "opioids",
  "small-business",
  "civil-rights",
];

/**
 * Letters and everything hanging off them, generated by PostgreSQL; one statement per table,
 * each with a label for the phase timings.
 *
 * The temp tables are ANALYZEd as soon as they exist (autovacuum never sees temp tables): with
 * no statistics the planner guessed 3 roster rows per Congress and chamber and joined
 * signatures by filtering ~400 roster rows for each of the ~2M (letter, position) pairs,
 * 22 s of the 33 s at scale 0.25. Each signature now finds its member with one index lookup
 * on (c, chamber, rn), in letter order (OFFSET 0 keeps that subquery a nested loop), so a
 * letter's signatures stay together on disk as before.
 *
 * `range` (letters i..j of 1..letters) lets workers split the load: each row depends only on
 * its letter's number, so any split gives the same rows.
 */
export function letterSql(letters: number, range: [number, number] = [1, letters]): { label: string; sql: string }[] {
  const topics = `(ARRAY[${TOPICS.map((t) => `'${t}'`).join(",")}])`;
  // Steps coprime to every roster size (437 House, 100 Senate, 537 both): a stride through the
  // roster from a random start visits k distinct members.
  const steps = "ARRAY[7,11,13,17,29,31,37,41,43,47,53,59]";
  const statements = [
    `CREATE OR REPLACE FUNCTION pg_temp.r(i bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE
       AS $$ SELECT (hashint8extended(i, salt) & 140737488355327)::float8 / 140737488355328.0 $$`,
    `CREATE TEMP TABLE roster AS
       SELECT c, ch AS chamber, row_number() OVER (PARTITION BY c, ch ORDER BY sp.chamber, sp.state, sp.district NULLS FIRST, sp.bioguide_id)::int AS rn,
              sp.bioguide_id, sp.state, sp.district, sp.party, m.full_name
         FROM generate_series(1, ${CONGRESSES}) c
         CROSS JOIN LATERAL (VALUES ('HOUSE'), ('SENATE'), ('BICAMERAL')) v(ch)
         JOIN service_period sp ON sp.start_date <= make_date(1789 + 2 * (c - 1), 1, 3) AND make_date(1789 + 2 * (c - 1), 1, 3) < sp.end_date
                                AND (v.ch = 'BICAMERAL' OR sp.chamber = v.ch)
         JOIN member m ON m.bioguide_id = sp.bioguide_id`,
    `CREATE UNIQUE INDEX ON roster (c, chamber, rn)`,
    `ANALYZE roster`,
    `CREATE TEMP TABLE roster_size AS SELECT c, chamber, count(*)::int AS n FROM roster GROUP BY 1, 2`,
    `ANALYZE roster_size`,
    `CREATE TEMP TABLE gen_letter AS
       WITH base AS (
         SELECT i, DATE '2001-01-03' + floor(pg_temp.r(i, 1) * (DATE '2026-05-31' - DATE '2001-01-03'))::int AS d,
                CASE WHEN pg_temp.r(i, 2) < 0.7 THEN 'HOUSE' WHEN pg_temp.r(i, 2) < 0.9 THEN 'SENATE' ELSE 'BICAMERAL' END AS chamber,
                pg_temp.r(i, 3) AS size_r, pg_temp.r(i, 4) AS k_r
           FROM generate_series(${range[0]}, ${range[1]}) i
       ), sized AS (
         SELECT b.*, ((extract(year FROM d)::int - CASE WHEN d < make_date(extract(year FROM d)::int, 1, 3) THEN 1 ELSE 0 END) - 1789) / 2 + 1 AS c,
                CASE WHEN chamber = 'SENATE' THEN
                       CASE WHEN size_r < 0.8 THEN 2 + floor(k_r * 14) WHEN size_r < 0.95 THEN 16 + floor(k_r * 35) ELSE 51 + floor(k_r * 50) END
                     ELSE
                       CASE WHEN size_r < 0.75 THEN 5 + floor(k_r * 26) WHEN size_r < 0.95 THEN 31 + floor(k_r * 120) ELSE 151 + floor(k_r * 250) END
                END::int AS k
           FROM base b
       )
       SELECT s.i, md5('letter/' || s.i)::uuid AS id, s.d AS sent_on, s.chamber, s.c, s.k, z.n,
              floor(pg_temp.r(s.i, 5) * z.n)::int AS start, (${steps})[1 + floor(pg_temp.r(s.i, 6) * 12)::int] AS step,
              ${topics}[1 + floor(pg_temp.r(s.i, 7) * 20)::int] AS topic
         FROM sized s JOIN roster_size z ON z.c = s.c AND z.chamber = s.chamber
        ORDER BY s.i`,
    `ANALYZE gen_letter`,
    `INSERT INTO letter (id, title, sent_on, chamber, recipients, salutation, body, source_name, content_hash, signer_count, is_demo, created_at)
     SELECT g.id, initcap(replace(g.topic, '-', ' ')) || ': letter ' || g.i || ' to the Secretary', g.sent_on, g.chamber,
            jsonb_build_array(jsonb_build_object('name', 'Secretary ' || (ARRAY['Pompeo','Blinken','Mayorkas','Becerra','Granholm'])[1 + g.i % 5],
                                                 'title', 'Secretary', 'organization', 'U.S. Department of ' || initcap(replace(g.topic, '-', ' ')))),
            'Dear Secretary:',
            'We write to urge the Department to act on ' || replace(g.topic, '-', ' ') || '. Our constituents in ' ||
              (SELECT string_agg(DISTINCT r.state, ', ') FROM roster r WHERE r.c = g.c AND r.chamber = g.chamber AND r.rn <= 3) ||
              ' have asked for clear guidance, adequate funding and a timeline. We request a briefing within thirty days (letter ' || g.i || ').',
            'generated-' || g.i || '.md', encode(sha256(('letter/' || g.i)::bytea), 'hex'), g.k, false,
            g.sent_on + time '12:00' + (g.i % 3600) * interval '1 second'
       FROM gen_letter g`,
    // letter_sent_on (the letter's date, for the member-date index) is given here: the loaders run
    // with triggers off (replica role), so the trigger that fills it for every other writer doesn't.
    `INSERT INTO signature (id, letter_id, letter_sent_on, position, printed_name, printed_title, role, status, confidence, bioguide_id, state, district, party, candidates)
     SELECT md5('signature/' || g.i || '/' || j)::uuid, g.id, g.sent_on, j + 1, r.full_name, 'Member of Congress',
            CASE WHEN j = 0 THEN 'LEAD' ELSE 'SIGNER' END,
            CASE WHEN u THEN 'UNMATCHED' ELSE 'MATCHED' END, CASE WHEN u THEN 0 ELSE 0.97 END,
            CASE WHEN u THEN NULL ELSE r.bioguide_id END, CASE WHEN u THEN NULL ELSE r.state END,
            CASE WHEN u THEN NULL ELSE r.district END, CASE WHEN u THEN NULL ELSE r.party END, '[]'::jsonb
       FROM gen_letter g
       CROSS JOIN LATERAL generate_series(0, g.k - 1) j
       CROSS JOIN LATERAL (SELECT j > 0 AND pg_temp.r(g.i * 1000 + j, 8) < 0.01 AS u) x
       CROSS JOIN LATERAL (SELECT r.* FROM roster r
                            WHERE r.c = g.c AND r.chamber = g.chamber AND r.rn = (g.start + j * g.step) % g.n + 1 OFFSET 0) r`,
    `INSERT INTO letter_topic (letter_id, topic, suggested)
     SELECT g.id, ${topics}[1 + (floor(pg_temp.r(g.i, 7) * 20)::int + t * 7) % 20], t > 0
       FROM gen_letter g CROSS JOIN LATERAL generate_series(0, g.i % 3) t`,
    `INSERT INTO letter_mention (letter_id, kind, text, role, normalized, count)
     SELECT g.id, v.kind, v.text, NULL, lower(v.text), 1 + g.i % 3
       FROM gen_letter g CROSS JOIN LATERAL (VALUES
         ('ORGANIZATION', 'Department of ' || initcap(replace(g.topic, '-', ' '))),
         ('LAW', 'Act ' || (g.i % 200)),
         ('PLACE', (SELECT r.state FROM roster r WHERE r.c = g.c AND r.chamber = g.chamber AND r.rn = g.start + 1))) v(kind, text)`,
  ];
  return statements.map((sql) => {
    const words = sql.trim().split(/\s+/);
    const label = /^(INSERT|ANALYZE)$/.test(words[0])
      ? words.slice(0, words[0] === "INSERT" ? 3 : 2).join(" ")
      : /^CREATE/.test(words[0])
        ? words.slice(0, 4).join(" ").replace(/ AS$/, "")
        : words[0];
    return { label, sql };
  });
}

const LOADED_TABLES = ["letter", "signature", "letter_topic", "letter_mention"];

/** Runs Signatory's own migrations through a private build of the server (see app-build.ts). */
export function migrate(url: string): void {
  const res = spawnSync(
    process.execPath,
    [
      "-e",
      `
    require("reflect-metadata");
    const { Database } = require(${JSON.stringify(path.join(APP_DIST, "db/database.js"))});
    (async () => { const db = await Database.open({ url: process.env.URL }); const ran = await db.migrate(); console.log("migrations:", ran.join(", ") || "none"); await db.close(); })()
      .catch((e) => { console.error(e); process.exit(1); });
  `,
    ],
    { stdio: "inherit", env: { ...process.env, URL: url, NODE_PATH: path.join(BENCH_DIR, "../server/node_modules") } },
  );
  if (res.status !== 0) throw new Error("migrations failed");
}

/** Drops and creates the benchmark database, then runs the migrations: every load starts clean. */
export async function recreate(url: string): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes("bench")) throw new Error(`refusing to recreate "${name}": not a bench database`);
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  migrate(url);
}

/** `workers`: connections that load letters and signatures side by side (default 2, the core count here). */
export async function generate(url: string, scale: number, log = console.log, workers = 2): Promise<void> {
  const letters = Math.max(100, Math.round(50_000 * scale));
  const t0 = Date.now();
  const step = (what: string) => log(`  ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s  ${what}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // No JIT: it compiled each big statement for ~1 s and saved nothing on these plans.
    await client.query(
      "SET max_parallel_workers_per_gather = 0; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'; SET synchronous_commit = off; SET jit = off",
    );
    await client.query("TRUNCATE member, term, service_period, letter, signature, letter_topic, letter_mention CASCADE");
    step("truncated");
    const { members, terms } = generateMembers(1);
    step(`seat model: ${members.length} members, ${terms.length} terms`);
    // Foreign-key checks off here too (consistent by construction): ~112,000 of them.
    await client.query("SET session_replication_role = replica");
    await client.query(`INSERT INTO member SELECT * FROM json_populate_recordset(NULL::member, $1)`, [JSON.stringify(members)]);
    await client.query(
      `INSERT INTO term (id, bioguide_id, seq, chamber, start_date, end_date, state, district, party, party_affiliations)
       SELECT id, bioguide_id, seq, chamber, start_date, end_date, state, district, party, party_affiliations
         FROM json_populate_recordset(NULL::term, $1)`,
      [JSON.stringify(terms)],
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('term', 'id'), (SELECT max(id) FROM term))`);
    await client.query(
      `INSERT INTO service_period (bioguide_id, term_id, chamber, start_date, end_date, state, district, party)
       SELECT bioguide_id, id, chamber, start_date, end_date, state, district, party FROM term ORDER BY id`,
    );
    await client.query("SET session_replication_role = DEFAULT");
    step(`${members.length} members, ${terms.length} terms and service periods`);

    // The loaded tables' indexes go, and come back after the load (a sort per index instead of
    // ~2M random inserts into each): secondary indexes, and primary-key and unique constraints
    // no foreign key depends on (letter's primary key stays: other tables reference it).
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [LOADED_TABLES],
    );
    const { rows: constraints } = await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
        WHERE c.conrelid = ANY($1::regclass[]) AND c.contype IN ('p', 'u')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
        ORDER BY c.conrelid::regclass::text, c.conname`,
      [LOADED_TABLES],
    );
    for (const ix of indexes) await client.query(`DROP INDEX ${ix.name}`);
    for (const c of constraints) await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
    step(`dropped ${indexes.length} indexes and ${constraints.length} key constraints`);
    // Letters in `workers` ranges, one connection each (its own temp tables).
    const ranges = Array.from({ length: workers }, (_, w): [number, number] => [
      Math.floor((w * letters) / workers) + 1,
      Math.floor(((w + 1) * letters) / workers),
    ]);
    await Promise.all(
      ranges.map(async (range, w) => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          // Foreign-key and rollup triggers off for the bulk load (the data is consistent by
          // construction; the rollup is rebuilt below).
          await c.query(
            "SET max_parallel_workers_per_gather = 0; SET work_mem = '64MB'; SET synchronous_commit = off; SET jit = off; SET session_replication_role = replica",
          );
          for (const { label, sql } of letterSql(letters, range)) {
            await c.query(sql);
            if (w === 0 || /^INSERT/.test(label))
              step(workers > 1 ? `${label} (worker ${w + 1}/${workers}: letters ${range[0]}-${range[1]})` : label);
          }
        } finally {
          await c.end();
        }
      }),
    );
    await buildIndexes(url, [
      ...constraints.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`),
      ...indexes.map((ix) => ix.def),
    ]);
    step(`rebuilt ${indexes.length} indexes and ${constraints.length} key constraints (2 connections)`);
    // signature_month_count (stats by party and state over whole months) is kept by triggers
    // that the replica role skipped: without this stats { byParty byState } answers nothing.
    const {
      rows: [{ rollup }],
    } = await client.query<{ rollup: boolean }>(`SELECT to_regproc('signatory_month_count_rebuild') IS NOT NULL AS rollup`);
    if (rollup) {
      await client.query("SELECT signatory_month_count_rebuild()");
      step("rebuilt signature_month_count");
    }
    // The whole database fits in memory: cost random reads like sequential ones (the usual SSD
    // setting). With the default 4.0 the planner picks a parallel hash join over all signatures
    // for "a year of letters" (~150 ms) instead of the index nested loop (~20 ms).
    await client.query(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET random_page_cost = 1.1`);
    // The scale this database holds: `pnpm bench --scale S` reuses it instead of reloading.
    await client.query(`DROP TABLE IF EXISTS bench_meta; CREATE TABLE bench_meta (scale numeric NOT NULL)`);
    await client.query(`INSERT INTO bench_meta VALUES ($1)`, [scale]);
    await client.query("VACUUM ANALYZE");
    step("VACUUM ANALYZE");
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM letter)::int AS letters, (SELECT count(*) FROM signature)::int AS signatures,
              (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM term)::int AS terms,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    log(`  scale ${scale}: ${JSON.stringify(rows[0])}`);
  } finally {
    await client.end();
  }
}

/**
 * Runs index and constraint builds on two connections, longest first (the signature ones):
 * the machine has two cores and each build is one sort.
 */
async function buildIndexes(url: string, statements: string[], connections = 2): Promise<void> {
  const queue = [...statements].sort((a, b) => Number(/signature/.test(b)) - Number(/signature/.test(a)));
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query("SET maintenance_work_mem = '256MB'; SET max_parallel_maintenance_workers = 0");
        for (let sql = queue.shift(); sql; sql = queue.shift()) await c.query(sql);
      } finally {
        await c.end();
      }
    }),
  );
}

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2));
  const scale = Number(args.get("scale") ?? 0.01);
  const workers = Number(args.get("workers") ?? 2);
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) throw new Error(`--workers must be 1..16, got ${args.get("workers")}`);
  const url = databaseUrl();
  (async () => {
    // The migrations run from the bench's private build of the server: a fresh checkout has none yet.
    if (!existsSync(APP_DIST)) buildApp();
    await recreate(url);
    await generate(url, scale, console.log, workers);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
