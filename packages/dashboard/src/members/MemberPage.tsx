import { useQuery } from "@apollo/client";
import { Link, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { graphql } from "../gql";
import { CHAMBER_LABEL, formatDate, formatDistrict, plural, ROLE_LABEL } from "../lib/format";
import { partyInfo } from "../lib/party";
import { stateName } from "../lib/states";
import { textParam, useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { PageSkeleton } from "../ui/Skeleton";
import { MemberScorecards } from "../scorecards/MemberScorecards";
import { WatchButton } from "../alerts/WatchButton";

export const MemberPageQuery = graphql(`
  query MemberPage($bioguideId: String!, $topic: String) {
    member(bioguideId: $bioguideId) {
      bioguideId
      fullName
      officialFull
      party
      state
      district
      letterCount
      currentTerm {
        chamber
        end
      }
      terms {
        chamber
        state
        district
        party
        start
        end
        url
      }
      signatures(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            printedName
            letter {
              id
              title
              sentOn
              chamber
            }
          }
        }
      }
      ...MemberScorecards_member
      coSigners(first: 10) {
        count
        member {
          bioguideId
          fullName
          party
          state
        }
      }
      allLetters: record(first: 100) {
        letters {
          letter {
            id
            topics
          }
        }
      }
      record(topic: $topic, first: 100) {
        eligible
        signed
        letters {
          signed
          letter {
            id
            title
            sentOn
          }
        }
      }
    }
  }
`);

/** One member: terms, letters signed over time, frequent co-signers, and their record on a topic (`?topic=`). */
export default function MemberPage() {
  const { bioguideId = "" } = useParams();
  const [topic, setTopic] = useUrlState(...textParam("topic"));
  const { data, previousData, error, loading, refetch } = useQuery(MemberPageQuery, {
    variables: { bioguideId, topic: topic || null },
  });
  const shown = data ?? previousData;

  if (error) return <ErrorMessage error={error} what="this member" onRetry={() => void refetch()} />;
  if (!shown) return <PageSkeleton />;
  const m = shown.member;
  if (!m) return <NotFound what="member" />;

  const topics = [...new Set(m.allLetters.letters.flatMap((l) => l.letter.topics))].sort();
  const serving = m.currentTerm && m.currentTerm.end >= new Date().toISOString().slice(0, 10);
  const signatures = m.signatures.edges.map((e) => e.node);

  return (
    <article className="member-page">
      <title>{`${m.fullName} · Signatory`}</title>
      <p className="breadcrumb">
        <Link to="/members">← All members</Link>
      </p>
      <div className="page-head">
        <h1>
          {m.fullName} <PartyBadge party={m.party} />
        </h1>
        <p className="page-head__meta">
          {partyInfo(m.party).name} ·{" "}
          {m.state ? <Link to={`/states/${m.state}`}>{stateName(m.state)}</Link> : "—"}
          {m.currentTerm?.chamber === "HOUSE" && `, district ${formatDistrict(m.district)}`}
          {m.currentTerm && ` · ${m.currentTerm.chamber === "SENATE" ? "Senate" : "House"}${serving ? "" : " (former)"}`} ·{" "}
          <code>{m.bioguideId}</code>
        </p>
        <WatchButton input={{ member: m.bioguideId }} label="Watch this member" />
      </div>

      <div className="grid-2">
        <section className="card" aria-labelledby="signed-title">
          <h2 id="signed-title">Letters signed ({m.letterCount})</h2>
          {signatures.length === 0 ? (
            <p className="muted">No imported letter carries this member’s signature yet. Import letters on the Import page.</p>
          ) : (
            <ol className="timeline">
              {signatures.map((s) => (
                <li key={s.id} className="timeline__item">
                  <time dateTime={s.letter.sentOn} className="timeline__date">
                    {formatDate(s.letter.sentOn, "short")}
                  </time>
                  <Link to={`/letters/${encodeURIComponent(s.letter.id)}`}>{s.letter.title}</Link>
                  <span className="muted">
                    {ROLE_LABEL[s.role]} · {CHAMBER_LABEL[s.letter.chamber]}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="card" aria-labelledby="cosigners-title">
          <h2 id="cosigners-title">Frequent co-signers</h2>
          {m.coSigners.length === 0 ? (
            <p className="muted">Nobody has signed a letter with this member yet.</p>
          ) : (
            <ol className="member-list">
              {m.coSigners.map((c) => (
                <li key={c.member.bioguideId} className="member-list__item">
                  <PartyBadge party={c.member.party} />
                  <Link to={`/members/${c.member.bioguideId}`}>{c.member.fullName}</Link>
                  <span className="muted member-list__seat">
                    {c.member.state} · {plural(c.count, "letter")} together
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <MemberScorecards member={m} />
      <section className="card" aria-labelledby="record-title">
        <div className="section-head">
          <h2 id="record-title">Record{topic ? ` on “${topic}”` : ""}</h2>
          <div className="field">
            <label htmlFor="record-topic">Topic</label>
            <select id="record-topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
              <option value="">All topics</option>
              {topic && !topics.includes(topic) && <option value={topic}>{topic}</option>}
              {topics.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="count-line" role="status" aria-live="polite">
          Signed {m.record.signed} of {plural(m.record.eligible, "letter")} they could have signed while serving
          {loading ? " (updating…)" : ""}
        </p>
        {m.record.letters.length > 0 && (
          <ul className="record-list">
            {m.record.letters.map((r) => (
              <li key={r.letter.id}>
                <span className={r.signed ? "status status--ok" : "status status--bad"}>{r.signed ? "Signed" : "Did not sign"}</span>{" "}
                <time dateTime={r.letter.sentOn} className="muted">
                  {formatDate(r.letter.sentOn, "short")}
                </time>{" "}
                <Link to={`/letters/${encodeURIComponent(r.letter.id)}`}>{r.letter.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="terms-title">
        <h2 id="terms-title" className="section-title">
          Terms ({m.terms.length})
        </h2>
        <div className="table-wrap" role="region" aria-labelledby="terms-title" tabIndex={0}>
          <table className="data-table">
            <caption className="sr-only">Terms of office, newest first</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Chamber</th>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  District
                </th>
                <th scope="col">Party</th>
              </tr>
            </thead>
            <tbody>
              {[...m.terms].reverse().map((t) => (
                <tr key={`${t.chamber}-${t.start}`}>
                  <th scope="row" className="nowrap">
                    <time dateTime={t.start}>{formatDate(t.start, "short")}</time>
                  </th>
                  <td className="nowrap">
                    <time dateTime={t.end}>{formatDate(t.end, "short")}</time>
                  </td>
                  <td>{t.chamber === "SENATE" ? "Senate" : "House"}</td>
                  <td>
                    <abbr title={stateName(t.state)}>{t.state}</abbr>
                  </td>
                  <td className="num">{t.chamber === "SENATE" ? "—" : formatDistrict(t.district)}</td>
                  <td>
                    <PartyBadge party={t.party} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
