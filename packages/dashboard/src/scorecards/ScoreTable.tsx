import { Link } from "react-router-dom";
import { graphql, type FragmentType, getFragmentData } from "../gql";
import { stateName } from "../lib/states";
import { PartyBadge } from "../ui/PartyBadge";
import { formatScore, gradeTone, type ScorecardSort } from "./grades";

export const ScoreTable_score = graphql(`
  fragment ScoreTable_score on MemberScore {
    grade
    score
    earned
    possible
    eligibleLetters
    state
    party
    chamber
    member {
      bioguideId
      fullName
    }
  }
`);

export function GradeBadge({ grade }: { grade: string | null | undefined }) {
  return <span className={`grade grade--${gradeTone(grade)}`}>{grade ?? "No grade"}</span>;
}

const HEADERS: { label: string; sort?: ScorecardSort; className?: string }[] = [
  { label: "Member", sort: "NAME" },
  { label: "State", sort: "STATE" },
  { label: "Party" },
  { label: "Grade", sort: "GRADE" },
  { label: "Score", className: "num" },
  { label: "Points", className: "num" },
  { label: "Eligible letters", className: "num" },
  { label: "Report card" },
];

/** Members' grades; the sortable headers set `?sort=` (the server orders, so every page agrees). */
export function ScoreTable({
  scores,
  sort,
  onSort,
  reportLink,
  caption,
}: {
  scores: ReadonlyArray<FragmentType<typeof ScoreTable_score>>;
  sort: ScorecardSort;
  onSort: (sort: ScorecardSort) => void;
  reportLink: (bioguideId: string) => string;
  caption: string;
}) {
  const rows = getFragmentData(ScoreTable_score, scores);
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table scorecard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {HEADERS.map((h) => (
              <th
                key={h.label}
                scope="col"
                className={h.className}
                aria-sort={h.sort && h.sort === sort ? (h.sort === "GRADE" ? "descending" : "ascending") : undefined}
              >
                {h.sort ? (
                  <button type="button" className="sort-button" onClick={() => onSort(h.sort!)}>
                    {h.label}
                    <span className="sort-button__icon" aria-hidden="true">
                      {h.sort === sort ? (h.sort === "GRADE" ? "▼" : "▲") : "↕"}
                    </span>
                  </button>
                ) : (
                  h.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.member.bioguideId}>
              <th scope="row">
                <Link to={`/members/${r.member.bioguideId}`}>{r.member.fullName}</Link>
              </th>
              <td>{r.state ? stateName(r.state) : "—"}</td>
              <td>
                <PartyBadge party={r.party} />
              </td>
              <td>
                <GradeBadge grade={r.grade} />
              </td>
              <td className="num">{formatScore(r.score)}</td>
              <td className="num">
                {r.earned} / {r.possible}
              </td>
              <td className="num">{r.eligibleLetters}</td>
              <td>
                <Link to={reportLink(r.member.bioguideId)}>Print</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
