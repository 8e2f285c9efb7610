import { useQuery } from "@apollo/client";
import { lazy, Suspense } from "react";
import { Link, useNavigate } from "react-router-dom";
import { graphql } from "../gql";
import type { LetterFilter } from "../gql/graphql";
import { textParam, useUrlState } from "../lib/use-url-state";
import { DemoBanner } from "../ui/DemoBanner";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyChart } from "../ui/PartyChart";
import { PageSkeleton } from "../ui/Skeleton";
import { parsePeriod, periodOptions } from "./period";
import { LiveLetters } from "../alerts/LiveLetters";
import { RecentLetters, TopSigners } from "./OverviewLists";

const UsMap = lazy(() => import("../ui/UsMap"));

export const OverviewQuery = graphql(`
  query Overview($filter: LetterFilter) {
    stats(filter: $filter) {
      letters
      signatures
      uniqueSigners
      byParty {
        party
        count
      }
      byState {
        state
        count
      }
      ...TopSigners_stats
    }
    letters(first: 5, filter: $filter) {
      edges {
        node {
          id
          isDemo
          ...RecentLetters_letter
        }
      }
    }
  }
`);

/** What happened in a period: totals, recent letters, party split, a map by state, most active signers. */
export default function OverviewPage() {
  const [period, setPeriod] = useUrlState(...textParam("period"));
  const navigate = useNavigate();
  const p = parsePeriod(period);
  const filter: LetterFilter | undefined = p.dateFrom || p.dateTo ? { dateFrom: p.dateFrom, dateTo: p.dateTo } : undefined;
  const { data, previousData, error, loading, refetch } = useQuery(OverviewQuery, { variables: { filter } });
  const shown = data ?? previousData;

  return (
    <>
      <title>Overview · Signatory</title>
      <div className="page-head">
        <h1>Overview</h1>
        <div className="field field--inline">
          <label htmlFor="overview-period">Period</label>
          <select id="overview-period" value={period} onChange={(e) => setPeriod(e.target.value)}>
            {periodOptions().map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <LiveLetters />
      </div>
      {error && <ErrorMessage error={error} what="the overview" onRetry={() => void refetch()} />}
      {!shown && !error && <PageSkeleton />}
      {shown && (
        <div className={loading ? "overview is-busy" : "overview"}>
          {shown.letters.edges.some((e) => e.node.isDemo) && <DemoBanner />}
          <dl className="stat-tiles" aria-label={`Totals for ${p.label}`}>
            <div className="stat-tile">
              <dt>Letters</dt>
              <dd>{shown.stats.letters.toLocaleString("en-US")}</dd>
            </div>
            <div className="stat-tile">
              <dt>Signatures</dt>
              <dd>{shown.stats.signatures.toLocaleString("en-US")}</dd>
            </div>
            <div className="stat-tile">
              <dt>Unique signers</dt>
              <dd>{shown.stats.uniqueSigners.toLocaleString("en-US")}</dd>
            </div>
          </dl>
          {shown.stats.letters === 0 ? (
            <div className="empty-state empty-state--small">
              <p>
                No letter was sent in {p.label}. Pick a longer period, or <Link to="/import">import a letter</Link>.
              </p>
            </div>
          ) : (
            <>
              <div className="grid-2">
                <RecentLetters letters={shown.letters.edges.map((e) => e.node)} />
                <section className="card" aria-labelledby="party-title">
                  <h2 id="party-title">Party split</h2>
                  <PartyChart counts={shown.stats.byParty} title={`Signatures by party, ${p.label}`} />
                </section>
              </div>
              <div className="grid-2 grid-2--wide-first">
                <section className="card" aria-labelledby="map-title">
                  <h2 id="map-title">Signers by state</h2>
                  <Suspense fallback={<div className="map-skeleton skeleton" role="status" aria-label="Loading the map" />}>
                    <UsMap
                      counts={shown.stats.byState}
                      unit="signature"
                      title={`Signatures by state, ${p.label} (click a state for its delegation)`}
                      actionLabel="open the state's page"
                      onSelect={(code) => navigate(`/states/${code}`)}
                    />
                  </Suspense>
                </section>
                <TopSigners stats={shown.stats} />
              </div>
            </>
          )}
        </div>
      )}
    </>
  );
}
