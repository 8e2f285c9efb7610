import { Link } from "react-router-dom";
import { graphql, type FragmentType, getFragmentData } from "../gql";
import { formatScore } from "./grades";
import { GradeBadge } from "./ScoreTable";

export const MemberScorecards_member = graphql(`
  fragment MemberScorecards_member on Member {
    bioguideId
    scores {
      grade
      score
      earned
      possible
      eligibleLetters
      scorecard { id name }
    }
  }
`);

/** The member's grades on every published scorecard. */
export function MemberScorecards({ member }: { member: FragmentType<typeof MemberScorecards_member> }) {
  const m = getFragmentData(MemberScorecards_member, member);
  if (m.scores.length === 0) return null;
  return (
    <section className="card" aria-labelledby="member-scorecards">
      <h2 id="member-scorecards">Scorecards</h2>
      <ul className="member-scorecards">
        {m.scores.map((s) => (
          <li key={s.scorecard.id}>
            <GradeBadge grade={s.grade} /> <Link to={`/scorecards/${s.scorecard.id}`}>{s.scorecard.name}</Link>{" "}
            <span className="muted">
              · {formatScore(s.score)} · {s.earned} of {s.possible} points on {s.eligibleLetters} letters ·{" "}
              <Link to={`/scorecards/${s.scorecard.id}/print?member=${m.bioguideId}`}>report card</Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
