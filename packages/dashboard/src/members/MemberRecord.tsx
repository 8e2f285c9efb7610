import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDate, plural } from "../lib/format";

/** `$topic` is the route query's variable (the `?topic=` of the URL). */
export const MemberRecord_member = graphql(`
  fragment MemberRecord_member on Member {
    bioguideId
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
`);

/** The topics of the letters the member signed, with counts: `stats(filter: { signedBy: [id] })`. */
export const MemberRecord_stats = graphql(`
  fragment MemberRecord_stats on Stats {
    byTopic {
      topic
      letters
    }
  }
`);

/**
 * Letters the member could have signed while serving, against those signed, on one topic or all;
 * the topic select lists the topics of the letters they signed, with how many.
 */
export function MemberRecord(props: {
  member: FragmentType<typeof MemberRecord_member>;
  topics: FragmentType<typeof MemberRecord_stats>;
  topic: string;
  onTopic: (topic: string) => void;
  loading: boolean;
}) {
  const { record } = getFragmentData(MemberRecord_member, props.member);
  const topics = [...getFragmentData(MemberRecord_stats, props.topics).byTopic].sort((a, b) => a.topic.localeCompare(b.topic));
  const { topic, onTopic, loading } = props;
  return (
    <section className="card" aria-labelledby="record-title">
      <div className="section-head">
        <h2 id="record-title">Record{topic ? ` on “${topic}”` : ""}</h2>
        <div className="field">
          <label htmlFor="record-topic">Topic</label>
          <select id="record-topic" value={topic} onChange={(e) => onTopic(e.target.value)}>
            <option value="">All topics</option>
            {topic && !topics.some((t) => t.topic === topic) && <option value={topic}>{topic}</option>}
            {topics.map((t) => (
              <option key={t.topic} value={t.topic}>
                {t.topic} ({t.letters} signed)
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="count-line" role="status" aria-live="polite">
        Signed {record.signed} of {plural(record.eligible, "letter")} they could have signed while serving
        {loading ? " (updating…)" : ""}
      </p>
      {record.letters.length > 0 && (
        <ul className="record-list">
          {record.letters.map((r) => (
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
  );
}
