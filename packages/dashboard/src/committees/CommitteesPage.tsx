import { useQuery } from "@apollo/client";
import { useId } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import type { CommitteeChamber } from "../gql/graphql";
import { textParam, useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TableSkeleton } from "../ui/Skeleton";

export const CommitteesListQuery = graphql(`
  query CommitteesList($chamber: CommitteeChamber) {
    committees(chamber: $chamber, current: true) { id name chamber }
  }
`);

const CHAMBERS: Record<string, string> = { HOUSE: "House", SENATE: "Senate", JOINT: "Joint" };

/** Current committees by chamber (`?chamber=SENATE`), each linking to its roster. */
export default function CommitteesPage() {
  const id = useId();
  const [chamber, setChamber] = useUrlState(...textParam("chamber"));
  const valid = chamber in CHAMBERS ? (chamber as CommitteeChamber) : null;
  const { data, error, refetch } = useQuery(CommitteesListQuery, { variables: { chamber: valid } });
  return (
    <article>
      <title>Committees · Signatory</title>
      <div className="section-head">
        <h1>Committees</h1>
        <div className="field">
          <label htmlFor={`${id}-chamber`}>Chamber</label>
          <select id={`${id}-chamber`} value={valid ?? ""} onChange={(e) => setChamber(e.target.value)}>
            <option value="">All</option>
            {Object.entries(CHAMBERS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} what="the committees" onRetry={() => void refetch()} />}
      {!data && !error && <TableSkeleton caption="Committees" columns={["Committee", "Chamber"]} />}
      {data && data.committees.length === 0 && (
        <div className="empty-state">
          <p>No committees loaded. Run `signatory members sync` with the committee files.</p>
        </div>
      )}
      {data && data.committees.length > 0 && (
        <ul className="committee-list">
          {data.committees.map((c) => (
            <li key={c.id}>
              <Link to={`/committees/${c.id}`}>{c.name}</Link>{" "}
              <span className="muted">
                {c.id} · {CHAMBERS[c.chamber]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
