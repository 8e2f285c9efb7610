/**
 * Candidates R0 and R1: the same hand-written SQL behind a bare node:http server, one statement
 * per request.
 *   MODE=R0  PostgreSQL builds the response JSON (json_build_object / json_agg); Node passes the text on.
 *   MODE=R1  rows through `pg`, objects built in JS, JSON.stringify.
 * GET /q1?id=&first=  /q2?state=&party=&on=&first=&letters=  /q3?from=&to=  /q4?first=&after=  /q5  /q6?id=&state=
 */
import { createServer, type ServerResponse } from "node:http";
import pg from "pg";

pg.types.setTypeParser(1082, (v: string) => v); // dates stay YYYY-MM-DD

const mode = process.env.MODE === "R0" ? "R0" : "R1";
const port = Number(process.env.PORT ?? 4901);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

type Params = URLSearchParams;
const num = (p: Params, k: string, d: number) => Math.min(100, Math.max(1, Number(p.get(k) ?? d) || d));

// ---- SQL shared by both modes: the row sources. ---------------------------------------------
const Q1_ROWS = `
  SELECT l.id, l.title, l.sent_on, l.signer_count, s.position, s.printed_name, s.party, s.state, s.district, s.bioguide_id, m.full_name
    FROM letter l
    LEFT JOIN LATERAL (SELECT * FROM signature s WHERE s.letter_id = l.id ORDER BY s.position LIMIT $2) s ON true
    LEFT JOIN member m ON m.bioguide_id = s.bioguide_id
   WHERE l.id = $1
   ORDER BY s.position`;
const Q2_MEMBERS = `
  SELECT m.bioguide_id, m.full_name, m.last_name, m.first_name FROM member m
   WHERE EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = m.bioguide_id AND ($1::text IS NULL OR sp.state = $1)
                   AND sp.party = $2 AND sp.start_date <= $3::date AND $3::date < sp.end_date)
   ORDER BY m.last_name, m.first_name, m.bioguide_id LIMIT $4`;
const Q2_LETTERS = (ms: string) => `
  SELECT l.id, l.title, l.sent_on FROM signature s JOIN letter l ON l.id = s.letter_id
   WHERE s.bioguide_id = ${ms}.bioguide_id ORDER BY s.letter_sent_on DESC, s.id DESC LIMIT $5`;
const Q3_GROUPS = `
  SELECT s.party, s.state, GROUPING(s.state) = 1 AS by_party, count(*)::int AS n
    FROM letter l JOIN signature s ON s.letter_id = l.id
   WHERE l.sent_on BETWEEN $1::date AND $2::date
   GROUP BY GROUPING SETS ((s.party), (s.state))`;
const Q4_ROWS = (after: boolean) => `
  SELECT l.id, l.title, l.sent_on, l.chamber, l.signer_count FROM letter l
   ${after ? "WHERE (l.sent_on, l.id) < ($2::date, $3::uuid)" : ""}
   ORDER BY l.sent_on DESC, l.id DESC LIMIT $1`;
const Q6_ROWS = `
  SELECT m.bioguide_id, m.full_name, sp.chamber, sp.district, sp.party
    FROM letter l
    JOIN service_period sp ON sp.state = $2 AND (l.chamber = 'BICAMERAL' OR sp.chamber = l.chamber)
                          AND sp.start_date <= l.sent_on AND l.sent_on < sp.end_date
    JOIN member m ON m.bioguide_id = sp.bioguide_id
   WHERE l.id = $1 AND NOT EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = l.id AND s.bioguide_id = sp.bioguide_id)
   ORDER BY sp.chamber DESC, sp.district NULLS FIRST, m.last_name, m.bioguide_id`;

function q4Args(p: Params): { sql: string; args: unknown[] } {
  const first = num(p, "first", 25);
  const after = p.get("after");
  if (!after) return { sql: Q4_ROWS(false), args: [first + 1] };
  const [d, id] = after.split("|");
  return { sql: Q4_ROWS(true), args: [first + 1, d, id] };
}
function q2Args(p: Params): unknown[] {
  return [p.get("state") || null, p.get("party"), p.get("on"), num(p, "first", 20), num(p, "letters", 10)];
}

// ---- R1: objects in JS. ---------------------------------------------------------------------
const r1: Record<string, (p: Params) => Promise<unknown>> = {
  async q1(p) {
    const { rows } = await pool.query(Q1_ROWS, [p.get("id"), num(p, "first", 100)]);
    if (!rows.length) return { letter: null };
    const l = rows[0];
    return {
      letter: {
        id: l.id,
        title: l.title,
        sentOn: l.sent_on,
        signerCount: l.signer_count,
        signatures: rows
          .filter((r) => r.position !== null)
          .map((r) => ({
            position: r.position,
            printedName: r.printed_name,
            party: r.party,
            state: r.state,
            district: r.district,
            member: r.bioguide_id ? { bioguideId: r.bioguide_id, fullName: r.full_name } : null,
          })),
      },
    };
  },
  async q2(p) {
    const { rows } = await pool.query(
      `WITH ms AS (${Q2_MEMBERS})
       SELECT ms.bioguide_id, ms.full_name, x.id, x.title, x.sent_on FROM ms
         LEFT JOIN LATERAL (${Q2_LETTERS("ms")}) x ON true
        ORDER BY ms.last_name, ms.first_name, ms.bioguide_id, x.sent_on DESC, x.id DESC`,
      q2Args(p),
    );
    const members: { bioguideId: string; fullName: string; letters: unknown[] }[] = [];
    for (const r of rows) {
      let m = members[members.length - 1];
      if (!m || m.bioguideId !== r.bioguide_id) members.push((m = { bioguideId: r.bioguide_id, fullName: r.full_name, letters: [] }));
      if (r.id) m.letters.push({ id: r.id, title: r.title, sentOn: r.sent_on });
    }
    return { members };
  },
  async q3(p) {
    const { rows } = await pool.query(Q3_GROUPS, [p.get("from"), p.get("to")]);
    const desc = (a: { count: number }, b: { count: number }) => b.count - a.count;
    return {
      stats: {
        byParty: rows
          .filter((r) => r.by_party)
          .map((r) => ({ party: r.party, count: r.n }))
          .sort(desc),
        byState: rows
          .filter((r) => !r.by_party)
          .map((r) => ({ state: r.state, count: r.n }))
          .sort(desc),
      },
    };
  },
  async q4(p) {
    const { sql, args } = q4Args(p);
    const first = (args[0] as number) - 1;
    const { rows } = await pool.query(sql, args);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      letters: {
        nodes: page.map((r) => ({ id: r.id, title: r.title, sentOn: r.sent_on, chamber: r.chamber, signerCount: r.signer_count })),
        pageInfo: { endCursor: last ? `${last.sent_on}|${last.id}` : null, hasNextPage: rows.length > first },
      },
    };
  },
  async q6(p) {
    const { rows } = await pool.query(Q6_ROWS, [p.get("id"), p.get("state")]);
    return {
      notSigned: rows.map((r) => ({
        bioguideId: r.bioguide_id,
        fullName: r.full_name,
        chamber: r.chamber,
        district: r.district,
        party: r.party,
      })),
    };
  },
};

// ---- R0: JSON built by PostgreSQL. -----------------------------------------------------------
const R0_SQL: Record<string, (p: Params) => { sql: string; args: unknown[] }> = {
  q1: (p) => ({
    sql: `SELECT json_build_object('data', json_build_object('letter', (
            SELECT json_build_object('id', l.id, 'title', l.title, 'sentOn', l.sent_on, 'signerCount', l.signer_count,
                     'signatures', coalesce((
                       SELECT json_agg(json_build_object('position', s.position, 'printedName', s.printed_name, 'party', s.party,
                                'state', s.state, 'district', s.district,
                                'member', CASE WHEN m.bioguide_id IS NULL THEN NULL ELSE json_build_object('bioguideId', m.bioguide_id, 'fullName', m.full_name) END)
                              ORDER BY s.position)
                         FROM (SELECT * FROM signature s WHERE s.letter_id = l.id ORDER BY s.position LIMIT $2) s
                         LEFT JOIN member m ON m.bioguide_id = s.bioguide_id), '[]'))
              FROM letter l WHERE l.id = $1)))::text AS body`,
    args: [p.get("id"), num(p, "first", 100)],
  }),
  q2: (p) => ({
    sql: `WITH ms AS (${Q2_MEMBERS})
          SELECT json_build_object('data', json_build_object('members', coalesce(json_agg(json_build_object(
                   'bioguideId', ms.bioguide_id, 'fullName', ms.full_name,
                   'letters', (SELECT coalesce(json_agg(json_build_object('id', x.id, 'title', x.title, 'sentOn', x.sent_on)), '[]')
                                 FROM (${Q2_LETTERS("ms")}) x))
                 ORDER BY ms.last_name, ms.first_name, ms.bioguide_id), '[]')))::text AS body
            FROM ms`,
    args: q2Args(p),
  }),
  q3: (p) => ({
    sql: `WITH g AS (${Q3_GROUPS})
          SELECT json_build_object('data', json_build_object('stats', json_build_object(
                   'byParty', (SELECT coalesce(json_agg(json_build_object('party', party, 'count', n) ORDER BY n DESC), '[]') FROM g WHERE by_party),
                   'byState', (SELECT coalesce(json_agg(json_build_object('state', state, 'count', n) ORDER BY n DESC), '[]') FROM g WHERE NOT by_party))))::text AS body`,
    args: [p.get("from"), p.get("to")],
  }),
  q4: (p) => {
    const { sql, args } = q4Args(p);
    return {
      sql: `WITH r AS (${sql}), page AS (SELECT * FROM r ORDER BY sent_on DESC, id DESC LIMIT $1 - 1),
                 last AS (SELECT * FROM page ORDER BY sent_on, id LIMIT 1)
            SELECT json_build_object('data', json_build_object('letters', json_build_object(
                     'nodes', (SELECT coalesce(json_agg(json_build_object('id', id, 'title', title, 'sentOn', sent_on, 'chamber', chamber,
                                 'signerCount', signer_count) ORDER BY sent_on DESC, id DESC), '[]') FROM page),
                     'pageInfo', json_build_object('endCursor', (SELECT sent_on || '|' || id FROM last),
                                                   'hasNextPage', (SELECT count(*) FROM r) >= $1))))::text AS body`,
      args,
    };
  },
  q6: (p) => ({
    sql: `SELECT json_build_object('data', json_build_object('notSigned', coalesce(json_agg(json_build_object(
                   'bioguideId', bioguide_id, 'fullName', full_name, 'chamber', chamber, 'district', district, 'party', party)), '[]')))::text AS body
            FROM (${Q6_ROWS}) x`,
    args: [p.get("id"), p.get("state")],
  }),
};

const TYPENAME = JSON.stringify({ data: { __typename: "Query" } });

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const name = url.pathname.slice(1);
  if (name === "q5") return send(res, 200, TYPENAME);
  const work =
    mode === "R0"
      ? R0_SQL[name] &&
        (async () => {
          const { sql, args } = R0_SQL[name](url.searchParams);
          const { rows } = await pool.query(sql, args);
          return rows[0].body as string;
        })
      : r1[name] && (async () => JSON.stringify({ data: await r1[name](url.searchParams) }));
  if (!work) return send(res, 404, JSON.stringify({ errors: [{ message: "no such query" }] }));
  work().then(
    (body) => send(res, 200, body),
    (e: Error) => {
      console.error(e);
      send(res, 500, JSON.stringify({ errors: [{ message: e.message }] }));
    },
  );
});

server.listen(port, () => console.log(`${mode} on http://localhost:${port}`));
process.once("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
