import { useApolloClient, useQuery } from "@apollo/client";
import { lazy, Suspense, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { graphql } from "../gql";
import type { Party } from "../gql/graphql";
import { downloadText } from "../lib/csv";
import { formatDate } from "../lib/format";
import { isParty, partyInfo } from "../lib/party";
import { STATE_NAMES, stateName } from "../lib/states";
import { useUrlState } from "../lib/use-url-state";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyOptions } from "../ui/PartyOptions";
import { PageSkeleton } from "../ui/Skeleton";
import { readScorecardFilters, scoresCsv, serializeScorecardFilters, type ScoreRow, type ScorecardSort } from "./grades";
import { GradeBadge, ScoreTable } from "./ScoreTable";

const UsMap = lazy(() => import("../ui/UsMap"));

export const ScorecardPageQuery = graphql(`
  query ScorecardPage($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {
    scorecard(id: $id) {
      id
      name
      description
      chamber
      dateFrom
      dateTo
      publishedAt
      gradeScale { grade min max }
      letters { stance weight letter { id title sentOn chamber } }
      byState { state average averageGrade members grades { grade count } }
      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...ScoreTable_score } }
      }
    }
  }
`);

export const ScorecardCsvQuery = graphql(`
  query ScorecardCsv($id: ID!, $filter: ScorecardMemberFilter, $orderBy: ScorecardMemberOrder, $after: String) {
    scorecard(id: $id) {
      members(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { grade score earned possible eligibleLetters state party chamber member { bioguideId fullName } } }
      }
    }
  }
`);

/** A published scorecard: the map of average grades, the members' table (filters and order in the URL), CSV and report cards. */
export default function ScorecardPage() {
  const { id = "" } = useParams();
  const [{ states, parties, sort }, setParams] = useUrlState(readScorecardFilters, serializeScorecardFilters);
  const filter = { states: states.length ? states : null, parties: parties.length ? parties : null };
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(ScorecardPageQuery, {
    variables: { id, filter, orderBy: sort },
  });
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const set = (changes: Partial<ReturnType<typeof readScorecardFilters>>) => setParams((prev) => ({ ...prev, ...changes }));

  const shown = data ?? previousData;
  if (error && !shown) return <ErrorMessage error={error} what="the scorecard" onRetry={() => refetch()} />;
  if (!shown) return <PageSkeleton />;
  const card = shown.scorecard;
  if (!card) return <NotFound what="scorecard" />;
  const members = card.members;

  const exportCsv = async () => {
    setExporting(true);
    try {
      const rows: ScoreRow[] = [];
      let after: string | null = null;
      for (;;) {
        const res: {
          data: {
            scorecard: { members: { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: ScoreRow }[] } } | null;
          };
        } = await client.query({ query: ScorecardCsvQuery, variables: { id, filter, orderBy: sort, after }, fetchPolicy: "network-only" });
        const page = res.data.scorecard!.members;
        rows.push(...page.edges.map((e) => e.node));
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      downloadText(`${card.name.replace(/[^\w-]+/g, "-").toLowerCase()}.csv`, scoresCsv(rows));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <title>{`${card.name} · Scorecards · Signatory`}</title>
      <p className="breadcrumb">
        <Link to="/scorecards">← Scorecards</Link>
      </p>
      <div className="page-head">
        <h1>{card.name}</h1>
        <p className="page-head__meta">
          {card.letters.length} letters{card.chamber ? ` · ${card.chamber === "HOUSE" ? "House" : "Senate"} only` : ""}
          {card.dateFrom || card.dateTo
            ? ` · ${card.dateFrom ? formatDate(card.dateFrom) : "…"} to ${card.dateTo ? formatDate(card.dateTo) : "…"}`
            : ""}
          {card.publishedAt ? ` · published ${formatDate(String(card.publishedAt).slice(0, 10))}` : ""}
        </p>
      </div>
      {card.description && <p>{card.description}</p>}

      <section className="card" aria-labelledby="sc-map">
        <h2 id="sc-map">Average grade by state</h2>
        <Suspense fallback={<p className="muted">Loading the map…</p>}>
          <UsMap
            title={`${card.name}: average score by state (darker is better)`}
            counts={card.byState.map((s) => ({ state: s.state, count: Math.round(s.average * 100) }))}
            unit="point"
            format={(code, n) => {
              const s = card.byState.find((b) => b.state === code);
              return s
                ? `${stateName(code)}: average ${s.averageGrade} (${n}%), ${s.members} graded`
                : `${stateName(code)}: no graded members`;
            }}
            selected={states}
            actionLabel="show only this state"
            onSelect={(code) => set({ states: states.includes(code) ? states.filter((s) => s !== code) : [...states, code] })}
          />
        </Suspense>
      </section>

      <section className="card" aria-labelledby="sc-members">
        <h2 id="sc-members">Members</h2>
        <div className="filters filters--inline">
          <div className="field">
            <label htmlFor="sc-state">State</label>
            <select id="sc-state" value={states[0] ?? ""} onChange={(e) => set({ states: e.target.value ? [e.target.value] : [] })}>
              <option value="">All states</option>
              {Object.keys(STATE_NAMES)
                .sort()
                .map((code) => (
                  <option key={code} value={code}>
                    {stateName(code)}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="sc-party">Party</label>
            <select
              id="sc-party"
              value={parties[0] ?? ""}
              onChange={(e) => set({ parties: isParty(e.target.value) ? [e.target.value] : [] })}
            >
              <option value="">All parties</option>
              <PartyOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor="sc-sort">Order</label>
            <select id="sc-sort" value={sort} onChange={(e) => set({ sort: e.target.value as ScorecardSort })}>
              <option value="GRADE">Best grade first</option>
              <option value="NAME">Name</option>
              <option value="STATE">State</option>
            </select>
          </div>
          <button type="button" className="button button--secondary" onClick={exportCsv} disabled={exporting}>
            {exporting ? "Exporting…" : "Export CSV"}
          </button>
          {states.length === 1 && (
            <Link className="button button--secondary" to={`/scorecards/${id}/print?state=${states[0]}`}>
              Print {stateName(states[0])} report cards
            </Link>
          )}
        </div>
        <p className="muted" aria-live="polite">
          {members.totalCount} graded members
          {states.length ? ` in ${states.map(stateName).join(", ")}` : ""}
          {parties.length ? ` · ${parties.map((p: Party) => partyInfo(p).name).join(", ")}` : ""}
          {loading ? " · updating…" : ""}
        </p>
        <ScoreTable
          scores={members.edges.map((e) => e.node)}
          sort={sort}
          onSort={(s: ScorecardSort) => set({ sort: s })}
          reportLink={(bioguideId) => `/scorecards/${id}/print?member=${bioguideId}`}
          caption={`${card.name}: grades`}
        />
        {members.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              fetchMore({
                variables: { after: members.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => {
                  if (!prev.scorecard || !fetchMoreResult.scorecard) return prev;
                  const more = fetchMoreResult.scorecard.members;
                  return {
                    ...prev,
                    scorecard: { ...prev.scorecard, members: { ...more, edges: [...prev.scorecard.members.edges, ...more.edges] } },
                  };
                },
              })
            }
          >
            Show more
          </button>
        )}
      </section>

      <section className="card" aria-labelledby="sc-letters">
        <h2 id="sc-letters">Letters on this scorecard</h2>
        <ul className="scorecard-letters">
          {card.letters.map((l) => (
            <li key={l.letter.id}>
              <span className={`stance stance--${l.stance.toLowerCase()}`}>{l.stance === "SUPPORT" ? "Support (+)" : "Oppose (−)"}</span>{" "}
              <Link to={`/letters/${l.letter.id}`}>{l.letter.title}</Link>{" "}
              <span className="muted">
                · {formatDate(l.letter.sentOn)} · weight {l.weight}
              </span>
            </li>
          ))}
        </ul>
        <details>
          <summary>Grade scale</summary>
          <ul>
            {card.gradeScale.map((b) => (
              <li key={b.grade}>
                <GradeBadge grade={b.grade} /> {b.min}% to {b.max === 100 ? "100%" : `under ${b.max}%`}
              </li>
            ))}
          </ul>
          <p className="muted">
            Score = weighted points earned ÷ points possible, rounded half-up to 4 places (0.89995 counts as 90.00%). Members with equal
            scores are listed by name.
          </p>
        </details>
      </section>
    </>
  );
}
