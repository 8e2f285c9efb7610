import { useMutation, useQuery } from "@apollo/client";
import { useId, useState } from "react";
import { Link } from "react-router-dom";
import { hasRole, useMe } from "../auth/me";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { downloadText } from "../lib/csv";
import { formatDate } from "../lib/format";
import { textParam, useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { callListText, comparisonCsv, seatOf, type Compared } from "./comparison";

export const LetterVersionsQuery = graphql(`
  query LetterVersions($id: ID!) {
    letter(id: $id) {
      id
      databaseId
      sentOn
      series {
        id
        name
        letters {
          id
          databaseId
          title
          sentOn
          signerCount
        }
      }
      previousVersion {
        id
      }
      possibleVersions {
        score
        method
        phrase
        letter {
          id
          databaseId
          title
          sentOn
        }
      }
    }
  }
`);

/** A member of a comparison with party and seat on both dates. */
export const ComparedMember_fields = graphql(`
  fragment ComparedMember_fields on ComparedMember {
    bioguideId
    member {
      bioguideId
      fullName
    }
    onThis {
      date
      serving
      signed
      party
      state
      district
    }
    onOther {
      date
      serving
      signed
      party
      state
      district
    }
  }
`);

export const LetterComparisonQuery = graphql(`
  query LetterComparison($id: ID!, $other: ID!) {
    letter(id: $id) {
      id
      sentOn
      compareWith(letterId: $other) {
        other {
          id
          sentOn
        }
        signedBoth {
          ...ComparedMember_fields
        }
        signedOnlyThis {
          ...ComparedMember_fields
        }
        signedOnlyOther {
          ...ComparedMember_fields
        }
        notServingNow {
          ...ComparedMember_fields
        }
      }
    }
  }
`);

const ConfirmVersion = graphql(`
  mutation ConfirmVersionFromLetter($a: ID!, $b: ID!) {
    confirmVersion(letterId: $a, otherId: $b) {
      id
    }
  }
`);
const RejectVersion = graphql(`
  mutation RejectVersionFromLetter($a: ID!, $b: ID!) {
    rejectVersion(letterId: $a, otherId: $b)
  }
`);

/**
 * "Earlier versions": the letter's series (other versions, oldest first), the possible versions
 * found below the threshold (an editor confirms or rejects them), and a comparison with one
 * version (`?compare=<id>`, default the previous version): who signed before and not now.
 */
export function VersionsPanel({ letterId }: { letterId: string }) {
  const id = useId();
  const { me } = useMe();
  const editor = hasRole(me?.role, "EDITOR");
  const [compareParam, setCompare] = useUrlState(...textParam("compare"));
  const { data, error, refetch } = useQuery(LetterVersionsQuery, { variables: { id: letterId } });
  const refetchQueries = ["LetterVersions"];
  const [confirm, confirming] = useMutation(ConfirmVersion, { refetchQueries });
  const [reject, rejecting] = useMutation(RejectVersion, { refetchQueries });
  const letter = data?.letter;
  const others = letter?.series?.letters.filter((l) => l.id !== letter.id) ?? [];
  const compareWith = others.some((l) => l.id === compareParam) ? compareParam : (letter?.previousVersion?.id ?? others[0]?.id ?? "");

  if (error) return <ErrorMessage error={error} what="the earlier versions" onRetry={() => void refetch()} />;
  if (!letter || (!letter.series && letter.possibleVersions.length === 0)) return null;
  return (
    <section className="versions" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>Earlier versions</h2>
        {letter.series && (
          <Link to={`/series/${letter.series.id}`} className="button button--secondary button--small">
            Series: {letter.series.name}
          </Link>
        )}
      </div>
      {letter.series && (
        <ol className="versions__list">
          {letter.series.letters.map((l) => (
            <li key={l.id} aria-current={l.id === letter.id ? "true" : undefined}>
              {l.id === letter.id ? (
                <strong>{formatDate(l.sentOn)} · this letter</strong>
              ) : (
                <Link to={`/letters/${l.databaseId}`}>{formatDate(l.sentOn)}</Link>
              )}{" "}
              <span className="muted">
                {l.title} · {l.signerCount} signers
              </span>
            </li>
          ))}
        </ol>
      )}
      {letter.possibleVersions.length > 0 && (
        <div className="versions__possible">
          <h3 id={`${id}-possible`}>Possible earlier versions</h3>
          <p className="muted">Similar letters below the confidence threshold: not joined unless someone confirms them.</p>
          <ul aria-labelledby={`${id}-possible`}>
            {letter.possibleVersions.map((p) => (
              <li key={p.letter.id}>
                <Link to={`/letters/${p.letter.databaseId}`}>{formatDate(p.letter.sentOn)}</Link>{" "}
                <span className="muted">{p.letter.title}</span>{" "}
                <span className="muted">
                  ({p.method === "FOLLOW_UP" ? "cited follow-up" : `${Math.round(p.score * 100)}% shared text`})
                </span>
                {editor && (
                  <>
                    {" "}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={confirming.loading}
                      onClick={() => void confirm({ variables: { a: letter.id, b: p.letter.id } })}
                    >
                      Same letter
                    </button>{" "}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={rejecting.loading}
                      onClick={() => void reject({ variables: { a: letter.id, b: p.letter.id } })}
                    >
                      Not a version
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {compareWith && (
        <ComparisonPanel letterId={letter.id} otherId={compareWith} others={others} onChange={(v) => setCompare(v, { replace: true })} />
      )}
    </section>
  );
}

function ComparisonPanel({
  letterId,
  otherId,
  others,
  onChange,
}: {
  letterId: string;
  otherId: string;
  others: { id: string; sentOn: string }[];
  onChange: (id: string) => void;
}) {
  const id = useId();
  const { data, previousData, error, refetch } = useQuery(LetterComparisonQuery, { variables: { id: letterId, other: otherId } });
  const [copied, setCopied] = useState(false);
  const c = (data ?? previousData)?.letter?.compareWith;
  const thisDate = (data ?? previousData)?.letter?.sentOn ?? "";
  const list = (xs: ReadonlyArray<FragmentType<typeof ComparedMember_fields>> | undefined): Compared[] =>
    xs ? [...getFragmentData(ComparedMember_fields, xs)] : [];
  const callList = list(c?.signedOnlyOther);
  return (
    <div className="comparison" aria-labelledby={`${id}-title`} role="region">
      <div className="section-head">
        <h3 id={`${id}-title`}>Compare signers</h3>
        <div className="field">
          <label htmlFor={`${id}-with`}>Compare with</label>
          <select id={`${id}-with`} value={otherId} onChange={(e) => onChange(e.target.value)}>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {formatDate(o.sentOn)} version
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} what="the comparison" onRetry={() => void refetch()} />}
      {c && (
        <>
          <p className="count-line" role="status">
            {list(c.signedBoth).length} signed both · {list(c.signedOnlyThis).length} signed only this one · {callList.length} signed the{" "}
            {formatDate(c.other.sentOn)} version but not this one · {list(c.notServingNow).length} of its signers no longer serving
          </p>
          <div className="comparison__call">
            <div className="delegation__list-head">
              <h4 id={`${id}-call`}>Signed before, not now ({callList.length})</h4>
              <div className="delegation__actions no-print">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={!callList.length}
                  onClick={() =>
                    void navigator.clipboard?.writeText(callListText(callList, thisDate, c.other.sentOn)).then(
                      () => setCopied(true),
                      () => setCopied(false),
                    )
                  }
                >
                  {copied ? "Copied" : "Copy call list"}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={!callList.length}
                  onClick={() => downloadText(`signed-${c.other.sentOn}-not-${thisDate}.csv`, comparisonCsv(callList))}
                >
                  Download CSV
                </button>
              </div>
            </div>
            <MemberRows members={callList} labelledBy={`${id}-call`} empty="Everyone who signed before and still serves signed again." />
          </div>
          <details>
            <summary>No longer serving ({list(c.notServingNow).length})</summary>
            <MemberRows members={list(c.notServingNow)} then empty="Every earlier signer still serves." />
          </details>
          <details>
            <summary>Signed both ({list(c.signedBoth).length})</summary>
            <MemberRows members={list(c.signedBoth)} empty="Nobody signed both." />
          </details>
          <details>
            <summary>New signers ({list(c.signedOnlyThis).length})</summary>
            <MemberRows members={list(c.signedOnlyThis)} empty="No new signers." />
          </details>
        </>
      )}
    </div>
  );
}

function MemberRows({ members, labelledBy, empty, then }: { members: Compared[]; labelledBy?: string; empty: string; then?: boolean }) {
  if (!members.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="member-list" aria-labelledby={labelledBy}>
      {members.map((m) => {
        const d = then ? m.onOther : m.onThis;
        return (
          <li key={m.bioguideId} className="member-list__item">
            <PartyBadge party={d.party} />
            <Link to={`/members/${m.bioguideId}`}>{m.member.fullName}</Link>
            <span className="muted member-list__seat">
              {seatOf(d)}
              {then ? ` on ${formatDate(d.date)}` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
