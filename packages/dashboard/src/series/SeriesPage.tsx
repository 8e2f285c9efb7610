import { useMutation, useQuery } from "@apollo/client";
import { useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { hasRole, useMe } from "../auth/me";
import { graphql } from "../gql";
import type { Party } from "../gql/graphql";
import { formatDate } from "../lib/format";
import { PARTIES, partyInfo } from "../lib/party";
import { stateName } from "../lib/states";
import { textParams, useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { PageSkeleton } from "../ui/Skeleton";
import { filterRows, latest, parseSort, sortRows, type MatrixSort } from "./matrix";

export const SeriesPageQuery = graphql(`
  query SeriesPage($id: ID!) {
    series(id: $id) {
      id
      name
      matrix {
        versions {
          id
          databaseId
          title
          sentOn
          signerCount
        }
        rows {
          bioguideId
          signedCount
          member {
            bioguideId
            fullName
          }
          cells {
            signed
            serving
            party
            state
          }
        }
      }
    }
  }
`);

const RenameSeries = graphql(`
  mutation RenameSeriesFromPage($id: ID!, $name: String!) {
    renameSeries(id: $id, name: $name) {
      id
      name
    }
  }
`);

const list = (v: string) => (v ? v.split(",").filter(Boolean) : []);
const SERIES_PARAMS = textParams("party", "state", "sort", "dir");

/**
 * A series of recurring letters: every signer across its versions, sortable by any column, with
 * party and state filters in the URL (`/series/:id?party=DEMOCRAT&state=CA&sort=v2&dir=desc`).
 */
export default function SeriesPage() {
  const { id = "" } = useParams();
  const formId = useId();
  const [params, setParams] = useUrlState(...SERIES_PARAMS, { replace: true });
  const parties = list(params.party);
  const states = list(params.state).map((s) => s.toUpperCase());
  const sort = parseSort(params.sort);
  const desc = params.dir ? params.dir === "desc" : sort === "signed";
  const set = (changes: Partial<Record<keyof typeof params, string | null>>) =>
    setParams((prev) => ({ ...prev, ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v ?? ""])) }));
  const { me } = useMe();
  const { data, error, refetch } = useQuery(SeriesPageQuery, { variables: { id } });
  const [rename, renaming] = useMutation(RenameSeries);
  const [draft, setDraft] = useState<string | null>(null);

  if (error) return <ErrorMessage error={error} what="this series" onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const series = data.series;
  if (!series) return <NotFound what="series" />;
  const { versions, rows } = series.matrix;
  const allStates = [...new Set(rows.map((r) => latest(r).state).filter((s): s is string => !!s))].sort();
  const shown = sortRows(filterRows(rows, parties, states), sort, desc);
  const header = (key: MatrixSort, label: React.ReactNode, className?: string) => {
    const active = sort === key;
    return (
      <th scope="col" className={className} aria-sort={active ? (desc ? "descending" : "ascending") : "none"}>
        <button type="button" className="sort-button" onClick={() => set({ sort: key, dir: active && !desc ? "desc" : "asc" })}>
          {label}
          <span aria-hidden="true">{active ? (desc ? " ▼" : " ▲") : ""}</span>
        </button>
      </th>
    );
  };

  return (
    <article className="series-page">
      <title>{`${series.name} · Series · Signatory`}</title>
      <header className="series-head">
        <h1>{series.name}</h1>
        <p className="muted">Series of recurring letters · {versions.length} versions</p>
        {hasRole(me?.role, "EDITOR") && (
          <form
            className="series-rename no-print"
            onSubmit={(e) => {
              e.preventDefault();
              if (draft?.trim()) void rename({ variables: { id: series.id, name: draft } }).then(() => setDraft(null));
            }}
          >
            <label htmlFor={`${formId}-name`}>Series name</label>
            <input id={`${formId}-name`} value={draft ?? series.name} maxLength={300} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit" className="button button--secondary button--small" disabled={renaming.loading || !draft?.trim()}>
              Rename
            </button>
            {renaming.error && <ErrorMessage error={renaming.error} what="the new name" />}
          </form>
        )}
      </header>

      <ol className="versions__list">
        {versions.map((v) => (
          <li key={v.id}>
            <Link to={`/letters/${v.databaseId}`}>{formatDate(v.sentOn)}</Link>{" "}
            <span className="muted">
              {v.title} · {v.signerCount} signers
            </span>
          </li>
        ))}
      </ol>

      <section aria-labelledby={`${formId}-matrix`}>
        <div className="section-head">
          <h2 id={`${formId}-matrix`}>Signers across versions</h2>
          <div className="filters-inline">
            <div className="field">
              <label htmlFor={`${formId}-party`}>Party</label>
              <select id={`${formId}-party`} value={parties[0] ?? ""} onChange={(e) => set({ party: e.target.value || null })}>
                <option value="">All parties</option>
                {PARTIES.map((p) => (
                  <option key={p} value={p}>
                    {partyInfo(p).name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${formId}-state`}>State</label>
              <select id={`${formId}-state`} value={states[0] ?? ""} onChange={(e) => set({ state: e.target.value || null })}>
                <option value="">All states</option>
                {allStates.map((s) => (
                  <option key={s} value={s}>
                    {s} — {stateName(s)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <p className="count-line" role="status">
          {shown.length} of {rows.length} members who signed at least one version
        </p>
        <div className="table-wrap">
          <table className="data-table series-matrix">
            <caption className="sr-only">Members by version: signed, did not sign while serving, or not serving</caption>
            <thead>
              <tr>
                {header("name", "Member")}
                {header("party", "Party")}
                {header("state", "State")}
                {versions.map((v, i) => header(`v${i}`, formatDate(v.sentOn, "short"), "num"))}
                {header("signed", "Signed", "num")}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const now = latest(r);
                return (
                  <tr key={r.bioguideId}>
                    <th scope="row" className="cell-name">
                      <Link to={`/members/${r.bioguideId}`}>{r.member.fullName}</Link>
                    </th>
                    <td>
                      <PartyBadge party={now.party as Party | null} />
                    </td>
                    <td>{now.state}</td>
                    {r.cells.map((c, i) => (
                      <td
                        key={versions[i].id}
                        className={`num matrix-cell matrix-cell--${c.signed ? "signed" : c.serving ? "missed" : "absent"}`}
                      >
                        {c.signed ? "✓ Signed" : c.serving ? "✗ No" : "— not serving"}
                      </td>
                    ))}
                    <td className="num">
                      {r.signedCount}/{versions.length}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
