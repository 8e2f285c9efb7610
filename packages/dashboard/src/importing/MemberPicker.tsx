import { useQuery } from "@apollo/client";
import { useEffect, useId, useState } from "react";
import { graphql } from "../gql";
import type { Chamber, LetterChamber, Party } from "../gql/graphql";
import { partyInfo } from "../lib/party";

export const MemberPickerSearchQuery = graphql(`
  query MemberPickerSearch($filter: MemberFilter!) {
    members(first: 20, filter: $filter) {
      edges {
        node {
          bioguideId
          fullName
          party
          state
          district
        }
      }
    }
  }
`);

export interface PickerCandidate {
  bioguideId: string;
  score?: number;
  member?: { fullName: string; party?: Party | null; state?: string | null } | null;
}

export function chambersOf(chamber: LetterChamber): Chamber[] {
  return chamber === "BICAMERAL" ? ["HOUSE", "SENATE"] : [chamber];
}

const describe = (c: PickerCandidate) => {
  const m = c.member;
  const who = m ? `${m.fullName} (${partyInfo(m.party).abbr}-${m.state ?? "?"})` : c.bioguideId;
  return c.score !== undefined ? `${who} — ${Math.round(c.score * 100)}%` : who;
};

/**
 * Picks the member behind a printed name: the matcher's candidates first, then members found by
 * name among those serving in the letter's chamber(s) on its date.
 */
export function MemberPicker({
  printedName,
  date,
  chamber,
  candidates,
  value,
  onChange,
}: {
  printedName: string;
  date: string;
  chamber: LetterChamber;
  candidates: readonly PickerCandidate[];
  value: string;
  onChange: (bioguideId: string) => void;
}) {
  const id = useId();
  const [search, setSearch] = useState("");
  const [debounced, setDebounced] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setDebounced(search.trim()), 250);
    return () => clearTimeout(t);
  }, [search]);
  const found = useQuery(MemberPickerSearchQuery, {
    variables: { filter: { servingOn: date, chambers: chambersOf(chamber), name: debounced } },
    skip: debounced.length < 2,
  });
  const results: PickerCandidate[] = (found.data?.members.edges ?? [])
    .map((e) => ({ bioguideId: e.node.bioguideId, member: e.node }))
    .filter((r) => !candidates.some((c) => c.bioguideId === r.bioguideId));

  return (
    <div className="picker">
      <div className="field">
        <label htmlFor={`${id}-pick`}>Member for “{printedName}”</label>
        <select id={`${id}-pick`} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">— choose a member —</option>
          {candidates.length > 0 && (
            <optgroup label="Suggested">
              {candidates.map((c) => (
                <option key={c.bioguideId} value={c.bioguideId}>
                  {describe(c)}
                </option>
              ))}
            </optgroup>
          )}
          {results.length > 0 && (
            <optgroup label={`Serving on ${date}, matching “${debounced}”`}>
              {results.map((c) => (
                <option key={c.bioguideId} value={c.bioguideId}>
                  {describe(c)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-search`}>Find another member serving then</label>
        <input id={`${id}-search`} type="search" value={search} placeholder="Last name" onChange={(e) => setSearch(e.target.value)} />
        <span className="muted picker__hint" aria-live="polite">
          {found.loading ? "Searching…" : debounced.length >= 2 && found.data ? `${results.length} more found` : ""}
        </span>
      </div>
    </div>
  );
}
