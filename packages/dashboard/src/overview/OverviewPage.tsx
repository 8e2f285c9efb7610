import { useQuery } from "@apollo/client";
import { lazy, Suspense } from "react";
import { Link, useNavigate } from "react-router-dom";
import { graphql } from "../gql";
import type { LetterFilter } from "../gql/graphql";
import { CHAMBER_LABEL, formatDate, plural } from "../lib/format";
import { stateName } from "../lib/states";
import { textParam, useUrlState } from "../lib/use-url-state";
import { DemoBanner } from "../ui/DemoBanner";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { PartyChart } from "../ui/PartyChart";
import { PageSkeleton } from "../ui/Skeleton";
import { parsePeriod, periodOptions } from "./period";
import { LiveLetters } from "../alerts/LiveLetters";

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
      topSigners {
        letters
        member {
          bioguideId
          fullName
          party
          state
        }
      }
    }
    letters(first: 5, filter: $filter) {
      edges {
        node {
          id
          title
          sentOn
          chamber
          signerCount
          isDemo
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

  const top = (shown?.stats.topSigners ?? []).slice(0, 10);

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
              <p>No letter was sent in {p.label}. Pick a longer period, or <Link to="/import">import a letter</Link>.</p>
            </div>
          ) : (
            <>
              <div className="grid-2">
                <section className="card" aria-labelledby="recent-title">
                  <h2 id="recent-title">Recent letters</h2>
                  <ol className="timeline">
                    {shown.letters.edges.map(({ node: l }) => (
                      <li key={l.id} className="timeline__item">
                        <time dateTime={l.sentOn} className="timeline__date">
                          {formatDate(l.sentOn, "short")}
                        </time>
                        <Link to={`/letters/${encodeURIComponent(l.id)}`}>{l.title}</Link>
                        <span className="muted">
                          {CHAMBER_LABEL[l.chamber]} · {plural(l.signerCount, "signer")}
                        </span>
                      </li>
                    ))}
                  </ol>
                  <p>
                    <Link to="/letters">All letters →</Link>
                  </p>
                </section>
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
                <section className="card" aria-labelledby="active-title">
                  <h2 id="active-title">Most active signers</h2>
                  <p className="muted">Members who signed the most of the period’s letters.</p>
                  {top.length === 0 ? (
                    <p className="muted">No matched signers in this period yet.</p>
                  ) : (
                    <ol className="member-list">
                      {top.map(({ member: m, letters: count }) => (
                        <li key={m.bioguideId} className="member-list__item">
                          <PartyBadge party={m.party} />
                          <Link to={`/members/${m.bioguideId}`}>{m.fullName}</Link>
                          <span className="muted member-list__seat">
                            <abbr title={m.state ? stateName(m.state) : undefined}>{m.state}</abbr> · {plural(count, "letter")}
                          </span>
                        </li>
                      ))}
                    </ol>
                  )}
                </section>
              </div>
            </>
          )}
        </div>
      )}
    </>
  );
}
