import { useQuery } from "@apollo/client";
import { useId, useState } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import type { LetterDelegationQuery as DelegationData } from "../gql/graphql";
import { formatDate, formatDistrict } from "../lib/format";
import { partyInfo } from "../lib/party";
import { stateName } from "../lib/states";
import { StateOptions } from "../ui/StateOptions";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { TableSkeleton } from "../ui/Skeleton";

export const LetterDelegationQuery = graphql(`
  query LetterDelegation($id: ID!, $state: String!) {
    letter(id: $id) {
      id
      delegation(state: $state) {
        state
        date
        serving
        members {
          chamber
          district
          party
          signed
          member {
            bioguideId
            fullName
          }
        }
      }
    }
  }
`);

type DelegationMember = NonNullable<DelegationData["letter"]>["delegation"]["members"][number];

const seat = (m: DelegationMember, state: string) =>
  m.chamber === "SENATE" ? `${state} Senate` : m.district === 0 ? `${state} At-large` : `${state}-${formatDistrict(m.district)}`;

/** The call list as plain text: one member a line, with party and seat. */
export function callListText(state: string, date: string, members: readonly DelegationMember[]): string {
  const lines = members.map((m) => `${m.member.fullName} (${partyInfo(m.party).abbr}) ${seat(m, state)}`);
  return [`Did not sign — ${stateName(state)} delegation on ${date} (${members.length})`, ...lines].join("\n");
}

/**
 * A state's delegation on the letter's date: who signed and who did not (the list staff call).
 * The state is a query parameter (`?delegation=CA`); without one, the state with most signers.
 */
export function DelegationPanel({
  letterId,
  state,
  onStateChange,
}: {
  letterId: string;
  state: string;
  onStateChange: (state: string) => void;
}) {
  const id = useId();
  const { data, previousData, error, loading, refetch } = useQuery(LetterDelegationQuery, { variables: { id: letterId, state } });
  const delegation = (data ?? previousData)?.letter?.delegation;
  const [copied, setCopied] = useState(false);
  const notSigned = delegation?.members.filter((m) => !m.signed) ?? [];
  const signed = delegation?.members.filter((m) => m.signed) ?? [];

  return (
    <section className="delegation" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>Delegation</h2>
        <div className="field">
          <label htmlFor={`${id}-state`}>Delegation state</label>
          <select id={`${id}-state`} value={state} onChange={(e) => onStateChange(e.target.value)}>
            <StateOptions />
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} what="the delegation" onRetry={() => void refetch()} />}
      {!delegation && !error && <TableSkeleton caption="Delegation" columns={["Member", "Party", "Seat"]} rows={4} />}
      {delegation && (
        <>
          <p className="count-line" role="status" aria-live="polite">
            {stateName(delegation.state)}: {delegation.serving} serving on {formatDate(delegation.date)} · {signed.length} signed ·{" "}
            {notSigned.length} did not sign
          </p>
          {delegation.serving === 0 ? (
            <div className="empty-state empty-state--small">
              <p>No member served {stateName(delegation.state)} in this chamber on the letter’s date. Pick another state.</p>
            </div>
          ) : (
            <div className={loading ? "delegation__lists is-busy" : "delegation__lists"}>
              <div className="delegation__list delegation__list--call">
                <div className="delegation__list-head">
                  <h3 id={`${id}-not`}>Did not sign ({notSigned.length})</h3>
                  <div className="delegation__actions no-print">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={notSigned.length === 0}
                      onClick={() => {
                        void navigator.clipboard?.writeText(callListText(delegation.state, delegation.date, notSigned)).then(
                          () => setCopied(true),
                          () => setCopied(false),
                        );
                      }}
                    >
                      {copied ? "Copied" : "Copy call list"}
                    </button>
                    <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
                      Print
                    </button>
                  </div>
                </div>
                <MemberList members={notSigned} state={delegation.state} labelledBy={`${id}-not`} empty="Everyone serving signed." />
              </div>
              <div className="delegation__list">
                <h3 id={`${id}-signed`}>Signed ({signed.length})</h3>
                <MemberList members={signed} state={delegation.state} labelledBy={`${id}-signed`} empty="Nobody from this state signed." />
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function MemberList({
  members,
  state,
  labelledBy,
  empty,
}: {
  members: DelegationMember[];
  state: string;
  labelledBy: string;
  empty: string;
}) {
  if (members.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="member-list" aria-labelledby={labelledBy}>
      {members.map((m) => (
        <li key={m.member.bioguideId} className="member-list__item">
          <PartyBadge party={m.party} />
          <Link to={`/members/${m.member.bioguideId}`}>{m.member.fullName}</Link>
          <span className="muted member-list__seat">{seat(m, state)}</span>
        </li>
      ))}
    </ul>
  );
}
