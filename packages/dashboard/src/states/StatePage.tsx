import { useQuery } from "@apollo/client";
import { Link, useNavigate, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { graphql } from "../gql";
import { formatDate, formatDistrict, plural } from "../lib/format";
import { STATE_NAMES, stateName } from "../lib/states";
import { isoDateOrNull, textParam, todayIso, useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { TableSkeleton } from "../ui/Skeleton";

export const StateDelegationQuery = graphql(`
  query StateDelegation($state: String!, $on: Date!) {
    members(first: 60, filter: { states: [$state], servingOn: $on }) {
      totalCount
      edges {
        node {
          bioguideId
          fullName
          letterCount
          termOn(date: $on) {
            chamber
            district
            party
          }
          signatures(first: 5) {
            totalCount
            edges {
              node {
                id
                letter {
                  id
                  title
                  sentOn
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const MemberDataCoverageQuery = graphql(`
  query MemberDataCoverage {
    memberData {
      coversFrom
      coversTo
    }
  }
`);

/**
 * The date the page shows without `?on=`: today, unless today is after the last day the member data
 * covers; then that last day (a term that ended in the data would otherwise look like a vacancy).
 */
export function defaultServingDate(today: string, coversTo: string | null | undefined): string {
  return coversTo && today > coversTo ? coversTo : today;
}

/** A state's delegation on a date (`?on=YYYY-MM-DD`, default today or the data's last day) and the letters each member signed. */
export default function StatePage() {
  const { code = "" } = useParams();
  const state = code.toUpperCase();
  const [onParam, setOn] = useUrlState(...textParam("on"));
  const coverage = useQuery(MemberDataCoverageQuery);
  const covers = coverage.data?.memberData;
  const chosen = isoDateOrNull(onParam);
  // Without a date in the address, wait for the coverage (unless it failed) rather than flash today's gaps.
  const waiting = !chosen && coverage.loading && !covers;
  const on = chosen ?? defaultServingDate(todayIso(), covers?.coversTo);
  const beyond = covers?.coversTo && on > covers.coversTo ? covers.coversTo : null;
  const before = covers?.coversFrom && on < covers.coversFrom ? covers.coversFrom : null;
  const { data, previousData, error, loading, refetch } = useQuery(StateDelegationQuery, {
    variables: { state, on },
    skip: !STATE_NAMES[state] || waiting,
  });
  if (!STATE_NAMES[state]) return <NotFound what="state" />;
  const shown = data ?? previousData;
  const members = [...(shown?.members.edges.map((e) => e.node) ?? [])].sort((a, b) => {
    const ra = a.termOn?.chamber === "SENATE" ? -1 : (a.termOn?.district ?? 0);
    const rb = b.termOn?.chamber === "SENATE" ? -1 : (b.termOn?.district ?? 0);
    return ra - rb || a.fullName.localeCompare(b.fullName);
  });

  return (
    <>
      <title>{`${stateName(state)} · Signatory`}</title>
      <p className="breadcrumb">
        <Link to="/">← Overview</Link>
      </p>
      <div className="page-head">
        <h1>{stateName(state)}</h1>
        <div className="filters filters--inline">
          <div className="field">
            <label htmlFor="state-pick">State</label>
            <StatePicker value={state} on={onParam} />
          </div>
          <div className="field">
            <label htmlFor="state-on">Serving on</label>
            <input id="state-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </div>
        </div>
      </div>
      {covers?.coversTo && (
        <p className="muted" data-testid="member-data-coverage">
          Member data covers {covers.coversFrom ? `${formatDate(covers.coversFrom)} to ` : "up to "}
          {formatDate(covers.coversTo)}
          {!chosen && on === covers.coversTo && on !== todayIso() ? "; showing its last day." : "."}
        </p>
      )}
      {(beyond || before) && (
        <div className="notice" role="alert" data-testid="beyond-member-data">
          <p className="notice__title">{beyond ? "Date beyond the member data" : "Date before the member data"}</p>
          <p>
            {beyond
              ? `The member data ends on ${formatDate(beyond)}. Terms that ended by then look like vacancies on ${formatDate(on)}, so this list may be incomplete.`
              : `The member data starts on ${formatDate(before!)}; nobody is known to have served on ${formatDate(on)}.`}{" "}
            <button type="button" className="link-button" onClick={() => setOn((beyond ?? before)!)}>
              Show {formatDate((beyond ?? before)!)}
            </button>
          </p>
        </div>
      )}
      {error && <ErrorMessage error={error} what="the delegation" onRetry={() => void refetch()} />}
      {!shown && !error && <TableSkeleton caption="Delegation" columns={["Member", "Party", "Seat", "Letters signed"]} />}
      {shown && (
        <>
          <p className="count-line" role="status" aria-live="polite">
            {plural(shown.members.totalCount, "member")} served {stateName(state)} on {formatDate(on)}
            {loading ? " (updating…)" : ""}
          </p>
          {members.length === 0 ? (
            <div className="empty-state empty-state--small">
              <p>Nobody served {stateName(state)} in Congress on {formatDate(on)}. Pick another date.</p>
            </div>
          ) : (
            <div className="table-wrap" role="region" aria-label={`${stateName(state)} delegation`} tabIndex={0}>
              <table className="data-table data-table--stack">
                <caption>
                  {stateName(state)} delegation on {formatDate(on)}, senators first, then by district
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Party</th>
                    <th scope="col">Seat</th>
                    <th scope="col">Letters signed</th>
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <tr key={m.bioguideId}>
                      <th scope="row">
                        <Link to={`/members/${m.bioguideId}`}>{m.fullName}</Link>
                      </th>
                      <td data-label="Party">
                        <PartyBadge party={m.termOn?.party} />
                      </td>
                      <td data-label="Seat">
                        {m.termOn?.chamber === "SENATE" ? "Senate" : `House, district ${formatDistrict(m.termOn?.district)}`}
                      </td>
                      <td data-label="Letters signed" className="cell-wrap">
                        {m.signatures.totalCount === 0 ? (
                          <span className="muted">None imported</span>
                        ) : (
                          <ul className="plain-list">
                            {m.signatures.edges.map(({ node: s }) => (
                              <li key={s.id}>
                                <time dateTime={s.letter.sentOn} className="muted">
                                  {formatDate(s.letter.sentOn, "short")}
                                </time>{" "}
                                <Link to={`/letters/${encodeURIComponent(s.letter.id)}`}>{s.letter.title}</Link>
                              </li>
                            ))}
                            {m.signatures.totalCount > m.signatures.edges.length && (
                              <li>
                                <Link to={`/members/${m.bioguideId}`}>and {m.signatures.totalCount - m.signatures.edges.length} more</Link>
                              </li>
                            )}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}

function StatePicker({ value, on }: { value: string; on: string }) {
  const navigate = useNavigate();
  return (
    <select id="state-pick" value={value} onChange={(e) => navigate(`/states/${e.target.value}${on ? `?on=${on}` : ""}`)}>
      {Object.keys(STATE_NAMES)
        .filter((c) => !["DK", "OL", "PI"].includes(c))
        .map((c) => (
          <option key={c} value={c}>
            {c} — {stateName(c)}
          </option>
        ))}
    </select>
  );
}
