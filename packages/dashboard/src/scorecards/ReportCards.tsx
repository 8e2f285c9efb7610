import { useQuery } from "@apollo/client";
import { Link, useParams } from "react-router-dom";
import { textParams, useUrlState } from "../lib/use-url-state";
import { NotFound } from "../app/NotFound";
import { graphql, type FragmentType, getFragmentData } from "../gql";
import { formatDate } from "../lib/format";
import { partyInfo } from "../lib/party";
import { STATE_NAMES, stateName } from "../lib/states";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PageSkeleton } from "../ui/Skeleton";
import { formatScore } from "./grades";
import { GradeBadge, ScoreTable_score } from "./ScoreTable";

export const ReportCard_score = graphql(`
  fragment ReportCard_score on MemberScore {
    ...ScoreTable_score
    explanation { stance signed earned possible note letter { id title sentOn } }
  }
`);

const ReportCardsQuery = graphql(`
  query ReportCards($id: ID!, $states: [String!], $bioguideId: String!, $byMember: Boolean!) {
    scorecard(id: $id) {
      id
      name
      description
      members(filter: { states: $states }, orderBy: NAME, first: 100) @skip(if: $byMember) {
        edges { node { ...ReportCard_score } }
      }
      score(bioguideId: $bioguideId) @include(if: $byMember) { ...ReportCard_score }
    }
  }
`);

/** One printed page: the member's grade, and every letter they could sign, with what they did. */
function ReportCard({
  card,
  score,
}: {
  card: { name: string; description?: string | null };
  score: FragmentType<typeof ReportCard_score>;
}) {
  const full = getFragmentData(ReportCard_score, score);
  const s = { ...getFragmentData(ScoreTable_score, full), explanation: full.explanation };
  return (
    <article className="report-card" aria-label={`Report card: ${s.member.fullName}`}>
      <header className="report-card__head">
        <div>
          <p className="report-card__org">{card.name}</p>
          <h2>{s.member.fullName}</h2>
          <p className="muted">
            {s.chamber === "SENATE" ? "Senator" : "Representative"}
            {s.state ? `, ${stateName(s.state)}` : ""} · {partyInfo(s.party).name}
          </p>
        </div>
        <div className="report-card__grade">
          <GradeBadge grade={s.grade} />
          <p>
            {formatScore(s.score)} · {s.earned} of {s.possible} points · {s.eligibleLetters} eligible letters
          </p>
        </div>
      </header>
      {card.description && <p>{card.description}</p>}
      <table className="data-table data-table--compact">
        <caption className="sr-only">Letters and items on {s.member.fullName}&apos;s grade</caption>
        <thead>
          <tr>
            <th scope="col">Letter</th>
            <th scope="col">Date</th>
            <th scope="col">Our position</th>
            <th scope="col">Signed?</th>
            <th scope="col" className="num">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {s.explanation.map((l, i) => (
            <tr key={l.letter?.id ?? `item-${i}`}>
              <th scope="row">{l.letter ? l.letter.title : l.note}</th>
              <td>{l.letter ? formatDate(l.letter.sentOn) : "—"}</td>
              <td>{l.stance ? (l.stance === "SUPPORT" ? "Support" : "Oppose") : "Entered by hand"}</td>
              <td>{l.signed === null ? "—" : l.signed ? "Signed" : "Did not sign"}</td>
              <td className="num">
                {l.earned} / {l.possible}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

/** Printable report cards (`?member=ID` or `?state=CA`): print CSS puts one member on each page. */
export default function ReportCards() {
  const { id = "" } = useParams();
  const [params] = useUrlState(...textParams("member", "state"));
  const member = params.member.toUpperCase();
  const state = params.state.toUpperCase();
  const byMember = Boolean(member);
  const { data, error, refetch } = useQuery(ReportCardsQuery, {
    variables: { id, states: state ? [state] : null, bioguideId: member || "-", byMember },
    skip: !byMember && !STATE_NAMES[state],
  });
  if (!byMember && !STATE_NAMES[state]) return <NotFound what="report card (give ?member= or ?state=)" />;
  if (error) return <ErrorMessage error={error} what="the report cards" onRetry={() => refetch()} />;
  if (!data) return <PageSkeleton />;
  const card = data.scorecard;
  if (!card) return <NotFound what="scorecard" />;
  const scores = byMember ? (card.score ? [card.score] : []) : (card.members?.edges.map((e) => e.node) ?? []);
  return (
    <>
      <title>{`${card.name} · report cards · Signatory`}</title>
      <div className="no-print page-head">
        <p className="breadcrumb">
          <Link to={`/scorecards/${id}`}>← {card.name}</Link>
        </p>
        <h1>Report cards{state ? `: ${stateName(state)}` : ""}</h1>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {scores.length === 0 && <p>No graded members.</p>}
      {scores.map((s, i) => (
        <ReportCard key={i} card={card} score={s} />
      ))}
    </>
  );
}
