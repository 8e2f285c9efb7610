-- Functions PostGraphile exposes for what plain table access cannot say (created by the runner
-- in the benchmark database only; they are not part of Signatory's schema).
CREATE OR REPLACE FUNCTION bench_members_serving(state text, party text, on_date date)
RETURNS SETOF member LANGUAGE sql STABLE AS $$
  SELECT m.* FROM member m
   WHERE EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = m.bioguide_id AND sp.state = $1
                   AND sp.party = $2 AND sp.start_date <= $3 AND $3 < sp.end_date)
   ORDER BY m.last_name, m.first_name, m.bioguide_id
$$;
CREATE OR REPLACE FUNCTION bench_members_serving_any(party text, on_date date)
RETURNS SETOF member LANGUAGE sql STABLE AS $$
  SELECT m.* FROM member m
   WHERE EXISTS (SELECT 1 FROM service_period sp WHERE sp.bioguide_id = m.bioguide_id
                   AND sp.party = $1 AND sp.start_date <= $2 AND $2 < sp.end_date)
   ORDER BY m.last_name, m.first_name, m.bioguide_id
$$;
CREATE OR REPLACE FUNCTION member_latest_letters(m member, n int)
RETURNS SETOF letter LANGUAGE sql STABLE AS $$
  SELECT l.* FROM signature s JOIN letter l ON l.id = s.letter_id
   WHERE s.bioguide_id = m.bioguide_id ORDER BY s.letter_sent_on DESC, s.id DESC LIMIT n
$$;
CREATE OR REPLACE FUNCTION bench_signer_counts(date_from date, date_to date)
RETURNS TABLE (party text, state text, by_party boolean, n int) LANGUAGE sql STABLE AS $$
  SELECT s.party, s.state, GROUPING(s.state) = 1, count(*)::int
    FROM letter l JOIN signature s ON s.letter_id = l.id
   WHERE l.sent_on BETWEEN date_from AND date_to
   GROUP BY GROUPING SETS ((s.party), (s.state))
$$;
CREATE OR REPLACE FUNCTION letter_delegation_gap(l letter, state text)
RETURNS SETOF member LANGUAGE sql STABLE AS $$
  SELECT m.* FROM service_period sp JOIN member m ON m.bioguide_id = sp.bioguide_id
   WHERE sp.state = $2 AND ($1.chamber = 'BICAMERAL' OR sp.chamber = $1.chamber)
     AND sp.start_date <= $1.sent_on AND $1.sent_on < sp.end_date
     AND NOT EXISTS (SELECT 1 FROM signature s WHERE s.letter_id = $1.id AND s.bioguide_id = sp.bioguide_id)
   ORDER BY sp.chamber DESC, sp.district NULLS FIRST, m.last_name, m.bioguide_id
$$;
