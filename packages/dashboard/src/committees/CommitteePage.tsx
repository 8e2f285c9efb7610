import { useQuery } from "@apollo/client";
import { useId } from "react";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../gql";
import { formatDate } from "../lib/format";
import { isoDateOrNull, textParam, todayIso, useUrlState } from "../lib/use-url-state";
import { NotFound } from "../app/NotFound";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PageSkeleton, TableSkeleton } from "../ui/Skeleton";
import { CommitteeLetters, CommitteeRoster } from "./CommitteeParts";

export const CommitteeHeadQuery = graphql(`
  query CommitteeHead($id: ID!) {
    committee(id: $id) {
      id name chamber url jurisdiction
      parent { id name }
      subcommittees { id name }
      ...CommitteeLetters_committee
    }
  }
`);

export const CommitteeRosterQuery = graphql(`
  query CommitteeRosterOn($id: ID!, $on: Date) {
    committee(id: $id) {
      id
      members(on: $on) {
        ...CommitteeRoster_seat
      }
    }
  }
`);

/** A committee's roster on a date (`?on=2020-10-23`), chair and ranking member first, and the letters its members signed most. */
export default function CommitteePage() {
  const id = useId();
  const { id: committeeId = "" } = useParams();
  const [onParam, setOn] = useUrlState(...textParam("on"));
  const on = isoDateOrNull(onParam) ?? todayIso();
  const head = useQuery(CommitteeHeadQuery, { variables: { id: committeeId } });
  const roster = useQuery(CommitteeRosterQuery, { variables: { id: committeeId, on } });
  if (head.error?.graphQLErrors.some((e) => e.extensions?.code === "NOT_FOUND")) return <NotFound what="committee" />;
  if (head.error) return <ErrorMessage error={head.error} what="this committee" onRetry={() => void head.refetch()} />;
  if (!head.data) return <PageSkeleton />;
  const c = head.data.committee;
  const seats = (roster.data ?? roster.previousData)?.committee.members ?? [];
  return (
    <article className="committee">
      <title>{`${c.name} · Signatory`}</title>
      <p className="muted">
        <Link to="/committees">Committees</Link>
        {c.parent && (
          <>
            {" › "}
            <Link to={`/committees/${c.parent.id}`}>{c.parent.name}</Link>
          </>
        )}
      </p>
      <h1>
        {c.name} <span className="muted">({c.id})</span>
      </h1>
      {c.jurisdiction && <p>{c.jurisdiction}</p>}
      <section aria-labelledby={`${id}-roster`}>
        <div className="section-head">
          <h2 id={`${id}-roster`}>Members on {formatDate(on)}</h2>
          <div className="field">
            <label htmlFor={`${id}-on`}>On date</label>
            <input id={`${id}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </div>
        </div>
        {roster.error && <ErrorMessage error={roster.error} what="the roster on this date" />}
        {!roster.data && !roster.error && <TableSkeleton caption="Members" columns={["Member", "Side", "Title"]} />}
        {roster.data && !roster.error && <CommitteeRoster seats={seats} caption={`Members of ${c.name} on ${on}`} />}
      </section>
      {c.subcommittees.length > 0 && (
        <section aria-labelledby={`${id}-subs`}>
          <h2 id={`${id}-subs`}>Subcommittees</h2>
          <ul>
            {c.subcommittees.map((s) => (
              <li key={s.id}>
                <Link to={`/committees/${s.id}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CommitteeLetters committee={c} />
    </article>
  );
}
