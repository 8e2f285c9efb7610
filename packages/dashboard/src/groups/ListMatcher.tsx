import { useLazyQuery } from "@apollo/client";
import { useEffect, useId, useMemo, useState } from "react";
import { graphql } from "../gql";
import type { Chamber } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";

export const MatchMemberListQuery = graphql(`
  query MatchMemberListPage($text: String!, $chamber: Chamber) {
    matchMemberList(text: $text, chamber: $chamber) {
      matched needsReview
      entries {
        line text status
        member { bioguideId fullName }
        candidates { bioguideId fullName }
      }
    }
  }
`);

/**
 * Paste a list (or load a CSV), match it, and fix what did not match: an ambiguous name shows its
 * candidates to pick from, never a guess. Reports the chosen bioguide ids.
 */
export function ListMatcher({ chamber, onChange }: { chamber: Chamber | null; onChange: (ids: string[]) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [picks, setPicks] = useState<Record<number, string>>({});
  const [match, { data, error, loading }] = useLazyQuery(MatchMemberListQuery, { fetchPolicy: "network-only" });
  const entries = useMemo(() => data?.matchMemberList.entries ?? [], [data]);
  const chosen = useMemo(
    () => [
      ...new Set(entries.map((e, i) => (e.status === "MATCHED" ? e.member?.bioguideId : picks[i])).filter((x): x is string => Boolean(x))),
    ],
    [entries, picks],
  );
  useEffect(() => onChange(chosen), [chosen, onChange]);
  const open = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.status !== "MATCHED");
  return (
    <div className="list-matcher">
      <div className="field">
        <label htmlFor={`${id}-text`}>Paste names or bioguide ids (one per line or comma-separated), or a CSV</label>
        <textarea id={`${id}-text`} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>Or load a CSV file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void e.target.files?.[0]?.text().then(setText)}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={!text.trim() || loading}
        onClick={() => {
          setPicks({});
          void match({ variables: { text, chamber } });
        }}
      >
        Match names
      </button>
      {error && <ErrorMessage error={error} what="the list" />}
      {data && (
        <p className="count-line" role="status" aria-live="polite">
          {data.matchMemberList.matched} matched · {data.matchMemberList.needsReview} to fix · {chosen.length} members chosen
        </p>
      )}
      {open.length > 0 && (
        <ul className="list-matcher__fix" aria-label="Names to fix">
          {open.map(({ e, i }) => (
            <li key={i}>
              <label htmlFor={`${id}-pick-${i}`}>
                Line {e.line}: “{e.text}” ({e.status === "AMBIGUOUS" ? "several members fit" : "no member fits"})
              </label>
              <select id={`${id}-pick-${i}`} value={picks[i] ?? ""} onChange={(ev) => setPicks({ ...picks, [i]: ev.target.value })}>
                <option value="">Leave out</option>
                {e.candidates.map((c) => (
                  <option key={c.bioguideId} value={c.bioguideId}>
                    {c.fullName} ({c.bioguideId})
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
