import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
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
    recipients {
      name
      title
      organization
    }
  }
`);

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
                  {(r.title || r.organization) && (
                    <span className="muted">{[r.title, r.organization].filter(Boolean).join(", ")}</span>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
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
