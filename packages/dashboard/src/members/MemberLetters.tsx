import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { CHAMBER_LABEL, formatDate, plural, ROLE_LABEL } from "../lib/format";
import { PartyBadge } from "../ui/PartyBadge";

export const SignedLetters_member = graphql(`
  fragment SignedLetters_member on Member {
    bioguideId
    letterCount
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
  }
`);

/** The letters the member signed, newest first, as a timeline. */
export function SignedLetters(props: { member: FragmentType<typeof SignedLetters_member> }) {
  const m = getFragmentData(SignedLetters_member, props.member);
  const signatures = m.signatures.edges.map((e) => e.node);
  return (
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
  );
}

export const CoSigners_member = graphql(`
  fragment CoSigners_member on Member {
    bioguideId
    coSigners(first: 10) {
      count
      member {
        bioguideId
        fullName
        party
        state
      }
    }
  }
`);

/** The members who most often signed the same letters. */
export function CoSigners(props: { member: FragmentType<typeof CoSigners_member> }) {
  const m = getFragmentData(CoSigners_member, props.member);
  return (
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
  );
}
