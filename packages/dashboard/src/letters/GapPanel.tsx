import { useQuery } from "@apollo/client";
import { useId, useState } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import type { LetterGapQuery } from "../gql/graphql";
import { downloadText, toCsv } from "../lib/csv";
import { formatDate, formatDistrict } from "../lib/format";
import { partyInfo } from "../lib/party";
import { StateOptions } from "../ui/StateOptions";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { TableSkeleton } from "../ui/Skeleton";
import { formatGap, gapOf, parseGap, type GapChoice } from "./gap-param";

export const LetterGapChoicesQuery = graphql(`
  query LetterGapChoices {
    committees(subcommittees: true) { id name chamber parentId }
    groups { id name memberCount }
  }
`);

export const LetterGapPanelQuery = graphql(`
  query LetterGap($id: ID!, $of: GapOf!) {
    letter(id: $id) {
      id
      gap(of: $of) {
        kind key name date serving signedCount notSignedCount notServingCount
        signed { signed serving chamber state district party side title member { bioguideId fullName } }
        notSigned { signed serving chamber state district party side title member { bioguideId fullName } }
        notServing { signed serving chamber state district party side title member { bioguideId fullName } }
      }
    }
  }
`);

type Gap = NonNullable<LetterGapQuery["letter"]>["gap"];
type GapMember = Gap["notSigned"][number];

const seat = (m: GapMember) =>
  !m.chamber
    ? "not serving"
    : m.chamber === "SENATE"
      ? `${m.state} Senate`
      : m.district === 0
        ? `${m.state} At-large`
        : `${m.state}-${formatDistrict(m.district)}`;

/** The call list as plain text: one member a line, with party, seat and committee title. */
export function gapCallList(gap: Pick<Gap, "name" | "date">, members: readonly GapMember[]): string {
  const lines = members.map(
    (m) => `${m.member.fullName} (${m.party ? partyInfo(m.party).abbr : "?"}) ${seat(m)}${m.title ? ` — ${m.title}` : ""}`,
  );
  return [`Did not sign — ${gap.name} on ${gap.date} (${members.length})`, ...lines].join("\n");
}

export function gapCsv(gap: Gap): string {
  const row = (m: GapMember, status: string) => [
    m.member.fullName,
    m.member.bioguideId,
    status,
    m.party ? partyInfo(m.party).abbr : "",
    m.state,
    m.district,
    m.side,
    m.title,
  ];
  return toCsv(
    ["Member", "Bioguide ID", "Status", "Party", "State", "District", "Side", "Title"],
    [
      ...gap.notSigned.map((m) => row(m, "did not sign")),
      ...gap.signed.map((m) => row(m, "signed")),
      ...gap.notServing.map((m) => row(m, "not serving")),
    ],
  );
}

/**
 * Who of a committee, subcommittee, group or state did not sign: the chooser lives in the URL
 * (`?gap=committee:HSFA`), with the call list to copy, print or download as CSV.
 */
export function GapPanel({ letterId, param, onChange }: { letterId: string; param: string; onChange: (gap: string) => void }) {
  const id = useId();
  const choice = parseGap(param);
  const choices = useQuery(LetterGapChoicesQuery);
  const gapQuery = useQuery(LetterGapPanelQuery, { variables: { id: letterId, of: choice ? gapOf(choice) : {} }, skip: !choice });
  const gap = (gapQuery.data ?? gapQuery.previousData)?.letter?.gap;
  const [copied, setCopied] = useState(false);
  const kind = choice?.kind ?? "committee";
  const committees = choices.data?.committees ?? [];
  const groups = choices.data?.groups ?? [];

  const pick = (next: GapChoice | null) => {
    setCopied(false);
    onChange(next ? formatGap(next) : "");
  };

  return (
    <section className="gap" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>Gap: committee, group or state</h2>
        <div className="gap__chooser">
          <div className="field">
            <label htmlFor={`${id}-kind`}>Gap over</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => pick(e.target.value === "state" ? { kind: "state", key: "CA" } : null)}>
              <option value="committee">Committee or subcommittee</option>
              <option value="group">Group</option>
              <option value="state">State</option>
            </select>
          </div>
          {kind === "committee" && (
            <>
              <div className="field">
                <label htmlFor={`${id}-committee`}>Committee</label>
                <select
                  id={`${id}-committee`}
                  value={choice?.kind === "committee" ? choice.key : ""}
                  onChange={(e) =>
                    pick(
                      e.target.value ? { kind: "committee", key: e.target.value, sub: choice?.kind === "committee" && choice.sub } : null,
                    )
                  }
                >
                  <option value="">Choose a committee…</option>
                  {committees.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.parentId ? `  — ${c.name} (${c.id})` : `${c.name} (${c.id})`}
                    </option>
                  ))}
                </select>
              </div>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={choice?.kind === "committee" && choice.sub}
                  disabled={choice?.kind !== "committee"}
                  onChange={(e) => choice?.kind === "committee" && pick({ ...choice, sub: e.target.checked })}
                />
                with subcommittees
              </label>
            </>
          )}
          {kind === "group" && (
            <div className="field">
              <label htmlFor={`${id}-group`}>Group</label>
              <select
                id={`${id}-group`}
                value={choice?.kind === "group" ? choice.key : ""}
                onChange={(e) => pick(e.target.value ? { kind: "group", key: e.target.value } : null)}
              >
                <option value="">{groups.length ? "Choose a group…" : "No groups yet"}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name} ({g.memberCount})
                  </option>
                ))}
              </select>
            </div>
          )}
          {kind === "state" && (
            <div className="field">
              <label htmlFor={`${id}-state`}>State</label>
              <select id={`${id}-state`} value={choice?.key ?? "CA"} onChange={(e) => pick({ kind: "state", key: e.target.value })}>
                <StateOptions />
              </select>
            </div>
          )}
        </div>
      </div>
      {kind === "group" && groups.length === 0 && choices.data && (
        <p className="muted">
          No groups yet. <Link to="/groups">Create one</Link> from a pasted list.
        </p>
      )}
      {!choice && kind !== "group" && (
        <p className="muted">Choose a committee to see who on it signed and who did not, as of the letter’s date.</p>
      )}
      {gapQuery.error && <ErrorMessage error={gapQuery.error} what="this gap" onRetry={() => void gapQuery.refetch()} />}
      {choice && !gap && !gapQuery.error && <TableSkeleton caption="Gap" columns={["Member", "Party", "Seat"]} rows={4} />}
      {choice && gap && !gapQuery.error && (
        <>
          <p className="count-line" role="status" aria-live="polite">
            {gap.name}: {gap.serving} serving on {formatDate(gap.date)} · {gap.signedCount} signed · {gap.notSignedCount} did not sign
            {gap.notServingCount > 0 && ` · ${gap.notServingCount} could not sign`}
          </p>
          <div className={gapQuery.loading ? "delegation__lists is-busy" : "delegation__lists"}>
            <div className="delegation__list delegation__list--call">
              <div className="delegation__list-head">
                <h3 id={`${id}-not`}>Did not sign ({gap.notSignedCount})</h3>
                <div className="delegation__actions no-print">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={gap.notSigned.length === 0}
                    onClick={() =>
                      void navigator.clipboard?.writeText(gapCallList(gap, gap.notSigned)).then(
                        () => setCopied(true),
                        () => setCopied(false),
                      )
                    }
                  >
                    {copied ? "Copied" : "Copy call list"}
                  </button>
                  <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
                    Print
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => downloadText(`gap-${gap.key}-${gap.date}.csv`, gapCsv(gap))}
                  >
                    CSV
                  </button>
                </div>
              </div>
              <GapList members={gap.notSigned} labelledBy={`${id}-not`} empty="Everyone serving signed." />
            </div>
            <div className="delegation__list">
              <h3 id={`${id}-signed`}>Signed ({gap.signedCount})</h3>
              <GapList members={gap.signed} labelledBy={`${id}-signed`} empty="Nobody here signed." />
              {gap.notServing.length > 0 && (
                <>
                  <h3 id={`${id}-out`}>Could not sign ({gap.notServingCount})</h3>
                  <GapList members={gap.notServing} labelledBy={`${id}-out`} empty="" />
                </>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function GapList({ members, labelledBy, empty }: { members: readonly GapMember[]; labelledBy: string; empty: string }) {
  if (members.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="member-list" aria-labelledby={labelledBy}>
      {members.map((m) => (
        <li key={m.member.bioguideId} className="member-list__item">
          <PartyBadge party={m.party} />
          <Link to={`/members/${m.member.bioguideId}`}>{m.member.fullName}</Link>
          <span className="muted member-list__seat">
            {seat(m)}
            {m.title ? ` · ${m.title}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
