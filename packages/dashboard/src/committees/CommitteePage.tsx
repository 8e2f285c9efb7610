import { useQuery } from "@apollo/client";
import { useId } from "react";
import { Link, useParams } from "react-router-dom";
import { graphql } from "../gql";
import { formatDate } from "../lib/format";
import { isoDateOrNull, textParam, todayIso, useUrlState } from "../lib/use-url-state";
import { NotFound } from "../app/NotFound";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { PageSkeleton, TableSkeleton } from "../ui/Skeleton";

export const CommitteeHeadQuery = graphql(`
  query CommitteeHead($id: ID!) {
    committee(id: $id) {
      id name chamber url jurisdiction
      parent { id name }
      subcommittees { id name }
      letters(first: 10) { signers letter { id title sentOn signerCount } }
    }
  }
`);

export const CommitteeRosterQuery = graphql(`
  query CommitteeRosterOn($id: ID!, $on: Date) {
    committee(id: $id) {
      id
      members(on: $on) {
        side rank title from to
        member { bioguideId fullName party state district }
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
  const chair = seats.find((s) => /^chair/i.test(s.title ?? ""));
  const ranking = seats.find((s) => /ranking/i.test(s.title ?? ""));
  const majority = seats.filter((s) => s.side === "MAJORITY").length;
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
        {roster.data && !roster.error && (
          <>
            <p className="count-line" role="status" aria-live="polite">
              {seats.length} members · {majority} majority · {seats.length - majority} minority
              {chair && ` · Chair: ${chair.member.fullName}`}
              {ranking && ` · Ranking member: ${ranking.member.fullName}`}
            </p>
            <div className="table-wrap" role="region" aria-label="Committee roster" tabIndex={0}>
            <table className="data-table">
              <caption className="sr-only">Members of {c.name} on {on}</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Party</th>
                  <th scope="col">Side</th>
                  <th scope="col">Title</th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {seats.map((s) => (
                  <tr key={`${s.member.bioguideId}-${s.from}`}>
                    <td>
                      <Link to={`/members/${s.member.bioguideId}`}>{s.member.fullName}</Link>
                    </td>
                    <td>
                      <PartyBadge party={s.member.party} />
                    </td>
                    <td>{s.side === "MAJORITY" ? "Majority" : s.side === "MINORITY" ? "Minority" : ""}</td>
                    <td>{s.title ?? ""}</td>
                    <td>{formatDate(s.from)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </>
        )}
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
      <section aria-labelledby={`${id}-letters`}>
        <h2 id={`${id}-letters`}>Letters its members signed most</h2>
        {c.letters.length === 0 ? (
          <p className="muted">No letter signed by its members yet.</p>
        ) : (
          <ol>
            {c.letters.map((l) => (
              <li key={l.letter.id}>
                <Link to={`/letters/${l.letter.id}?gap=committee:${c.id}`}>{l.letter.title}</Link>{" "}
                <span className="muted">
                  {formatDate(l.letter.sentOn)} · {l.signers} of its members signed
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
