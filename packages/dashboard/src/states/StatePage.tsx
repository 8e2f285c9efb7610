import { useQuery } from "@apollo/client";
import { Link, useNavigate, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { graphql } from "../gql";
import { formatDate, plural } from "../lib/format";
import { STATE_NAMES, stateName } from "../lib/states";
import { isoDateOrNull, textParam, todayIso, useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TableSkeleton } from "../ui/Skeleton";
import { DelegationTable } from "./DelegationTable";

export const StateDelegationQuery = graphql(`
  query StateDelegation($state: String!, $on: Date!) {
    members(first: 60, filter: { states: [$state], servingOn: $on }) {
      totalCount
      edges {
        node {
          bioguideId
          ...DelegationTable_member
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
  const members = shown?.members.edges.map((e) => e.node) ?? [];

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
              <p>
                Nobody served {stateName(state)} in Congress on {formatDate(on)}. Pick another date.
              </p>
            </div>
          ) : (
            <DelegationTable members={members} state={state} on={on} />
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
