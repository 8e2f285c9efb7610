import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { CHAMBER_LABEL, formatDate, plural } from "../lib/format";
import { stateName } from "../lib/states";
import { PartyBadge } from "../ui/PartyBadge";

export const RecentLetters_letter = graphql(`
  fragment RecentLetters_letter on Letter {
    id
    title
    sentOn
    chamber
    signerCount
  }
`);

/** The period's newest letters, as a timeline. */
export function RecentLetters(props: { letters: ReadonlyArray<FragmentType<typeof RecentLetters_letter>> }) {
  const letters = getFragmentData(RecentLetters_letter, props.letters);
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent letters</h2>
      <ol className="timeline">
        {letters.map((l) => (
          <li key={l.id} className="timeline__item">
            <time dateTime={l.sentOn} className="timeline__date">
              {formatDate(l.sentOn, "short")}
            </time>
            <Link to={`/letters/${encodeURIComponent(l.id)}`}>{l.title}</Link>
            <span className="muted">
              {CHAMBER_LABEL[l.chamber]} · {plural(l.signerCount, "signer")}
            </span>
          </li>
        ))}
      </ol>
      <p>
        <Link to="/letters">All letters →</Link>
      </p>
    </section>
  );
}

export const TopSigners_stats = graphql(`
  fragment TopSigners_stats on Stats {
    topSigners {
      letters
      member {
        bioguideId
        fullName
        party
        state
      }
    }
  }
`);

/** The ten members who signed the most of the period's letters. */
export function TopSigners(props: { stats: FragmentType<typeof TopSigners_stats> }) {
  const top = getFragmentData(TopSigners_stats, props.stats).topSigners.slice(0, 10);
  return (
    <section className="card" aria-labelledby="active-title">
      <h2 id="active-title">Most active signers</h2>
      <p className="muted">Members who signed the most of the period’s letters.</p>
      {top.length === 0 ? (
        <p className="muted">No matched signers in this period yet.</p>
      ) : (
        <ol className="member-list">
          {top.map(({ member: m, letters: count }) => (
            <li key={m.bioguideId} className="member-list__item">
              <PartyBadge party={m.party} />
              <Link to={`/members/${m.bioguideId}`}>{m.fullName}</Link>
              <span className="muted member-list__seat">
                <abbr title={m.state ? stateName(m.state) : undefined}>{m.state}</abbr> · {plural(count, "letter")}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
