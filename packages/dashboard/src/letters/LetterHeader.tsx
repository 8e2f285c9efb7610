import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import type { MentionKind } from "../gql/graphql";
import { CHAMBER_LABEL, formatDate, plural } from "../lib/format";

export const LetterHeader_letter = graphql(`
  fragment LetterHeader_letter on Letter {
    id
    title
    sentOn
    chamber
    signerCount
    salutation
    body
    sourceName
    original {
      url
      fileName
      mediaType
    }
    topics
    mentions {
      kind
      text
      role
      count
    }
    recipients {
      name
      title
      organization
    }
  }
`);

const MENTION_LABEL: Record<MentionKind, string> = {
  PERSON: "Person",
  LAW: "Law",
  ORGANIZATION: "Org",
  PLACE: "Place",
  DATE: "Date",
};

/** The letter's title, date, chamber and addressees, with its text folded away. */
export function LetterHeader(props: { letter: FragmentType<typeof LetterHeader_letter> }) {
  const letter = getFragmentData(LetterHeader_letter, props.letter);
  return (
    <header className="letter-header">
      <p className="breadcrumb">
        <Link to="/letters">← All letters</Link>
      </p>
      <h1>{letter.title}</h1>
      <dl className="letter-facts">
        <div>
          <dt>Sent</dt>
          <dd>
            <time dateTime={letter.sentOn}>{formatDate(letter.sentOn, "full")}</time>
          </dd>
        </div>
        <div>
          <dt>Chamber</dt>
          <dd>{CHAMBER_LABEL[letter.chamber]}</dd>
        </div>
        <div>
          <dt>Signed by</dt>
          <dd>{plural(letter.signerCount, "member")}</dd>
        </div>
        <div className="letter-facts__wide">
          <dt>To</dt>
          <dd>
            <ul className="recipients">
              {letter.recipients.map((r, i) => (
                <li key={i}>
                  <span className="recipients__name">{r.name}</span>
                  {(r.title || r.organization) && <span className="muted">{[r.title, r.organization].filter(Boolean).join(", ")}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {(letter.topics.length > 0 || letter.mentions.length > 0) && (
        <div className="letter-tags">
          {letter.topics.length > 0 && (
            <div className="letter-tags__group">
              <h2 className="letter-tags__title">Topics</h2>
              <ul className="chips">
                {letter.topics.map((t) => (
                  <li key={t}>
                    <Link className="chip" to={`/letters?topic=${encodeURIComponent(t)}`}>
                      {t}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {letter.mentions.length > 0 && (
            <div className="letter-tags__group">
              <h2 className="letter-tags__title">Mentions</h2>
              <ul className="chips">
                {letter.mentions.slice(0, 12).map((m) => (
                  <li key={`${m.kind}:${m.text}`}>
                    <span className="chip chip--plain" title={[MENTION_LABEL[m.kind], m.role, `${m.count}×`].filter(Boolean).join(" · ")}>
                      <span className="chip__kind">{MENTION_LABEL[m.kind]}</span> {m.text}
                      {m.count > 1 && <span className="muted"> ×{m.count}</span>}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {letter.original && (
        <p>
          <a href={letter.original.url} target="_blank" rel="noopener noreferrer" title={letter.original.fileName}>
            {letter.original.mediaType === "application/pdf" ? "Original PDF" : "Original file"}
          </a>
        </p>
      )}
      {letter.body && (
        <details className="letter-text">
          <summary>Letter text</summary>
          {letter.salutation && <p>{letter.salutation}</p>}
          {letter.body.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
          {letter.sourceName && <p className="muted">Source: {letter.sourceName}</p>}
        </details>
      )}
    </header>
  );
}
