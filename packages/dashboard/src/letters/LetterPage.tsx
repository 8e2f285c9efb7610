import { useQuery } from "@apollo/client";
import { useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { hasRole, useMe } from "../auth/me";
import { LetterEditPanel } from "../curation/LetterEditPanel";
import { graphql } from "../gql";
import { useAllPages } from "../lib/use-all-pages";
import { DemoBanner } from "../ui/DemoBanner";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PageSkeleton, TableSkeleton } from "../ui/Skeleton";
import { textParam, useUrlState } from "../lib/use-url-state";
import { DelegationPanel } from "./DelegationPanel";
import { GapPanel } from "./GapPanel";
import { ExportCsv } from "./ExportCsv";
import { LetterCharts } from "./LetterCharts";
import { LetterHeader } from "./LetterHeader";
import { PartyCounts } from "./PartyCounts";
import { SignerFilters } from "./SignerFilters";
import { SignersTable } from "./SignersTable";
import { hasFilters, NO_FILTERS, parseSignerFilters, serializeSignerFilters, toSignatureFilter } from "./signer-filters";
import { VersionsPanel } from "../series/VersionsPanel";

/** The letter, and its breakdown by state, party and role (the filters' options and counts). */
export const LetterPageQuery = graphql(`
  query LetterPage($id: ID!) {
    letter(id: $id) {
      id
      title
      isDemo
      signerCount
      sentOn
      breakdown {
        byState {
          state
          count
        }
      }
      ...LetterHeader_letter
      ...LetterCharts_letter
      ...LetterEditPanel_letter
      ...SignerFilters_letter
    }
  }
`);

/** The signers that pass the filters, all pages. */
export const LetterSignersQuery = graphql(`
  query LetterSigners($id: ID!, $filter: SignatureFilter, $after: String) {
    letter(id: $id) {
      id
      signatures(first: 100, after: $after, filter: $filter) {
        totalCount
        edges {
          cursor
          node {
            id
            ...SignersTable_signature
            ...PartyCounts_signature
            ...ExportCsv_signature
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const SIGNER_COLUMNS = ["#", "Signer", "Role", "Party", "State", "District", "Match"];

/** One letter: its header, then its signers, filtered by the query string. */
export default function LetterPage() {
  const { id = "" } = useParams();
  const [filters, setFilters] = useUrlState(parseSignerFilters, serializeSignerFilters);
  const [delegationParam, setDelegation] = useUrlState(...textParam("delegation"));
  const { me } = useMe();
  const [gapParam, setGap] = useUrlState(...textParam("gap"));

  const page = useQuery(LetterPageQuery, { variables: { id } });

  const filter = toSignatureFilter(filters);
  const signers = useQuery(LetterSignersQuery, { variables: { id, filter }, skip: !page.data?.letter });
  const shown = signers.data ?? signers.previousData;
  const rows = useAllPages(signers.data?.letter?.signatures.pageInfo, signers.fetchMore);

  if (page.error) return <ErrorMessage error={page.error} what="this letter" onRetry={() => void page.refetch()} />;
  if (!page.data) return <PageSkeleton />;
  const letter = page.data.letter;
  if (!letter) return <NotFound what="letter" />;

  // The delegation shown without `?delegation=`: the state with most signers.
  const defaultState = letter.breakdown.byState.find((s) => s.state)?.state ?? "CA";
  const connection = shown?.letter?.signatures;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const stale = signers.loading || !rows.complete;
  const filtered = hasFilters(filters);
  // Describes the rows on screen: while a new filter loads, the previous rows (and their count) stay.
  const partial = connection && (connection.totalCount !== letter.signerCount || (filtered && signers.data));
  const countLine = !connection
    ? ""
    : partial
      ? `${connection.totalCount.toLocaleString("en-US")} of ${letter.signerCount.toLocaleString("en-US")} signers`
      : `${letter.signerCount.toLocaleString("en-US")} signers`;

  return (
    <article className="letter">
      <title>{`${letter.title} · Signatory`}</title>
      {letter.isDemo && <DemoBanner />}
      <LetterHeader letter={letter} />
      {hasRole(me?.role, "EDITOR") && !letter.isDemo && <LetterEditPanel key={letter.id} letter={letter} />}
      <LetterCharts
        letter={letter}
        selectedStates={filters.states}
        onSelectState={(code) =>
          setFilters({ ...filters, states: filters.states.length === 1 && filters.states[0] === code ? [] : [code] })
        }
      />

      <section className="signers" aria-labelledby="signers-title">
        <div className="signers__head">
          <h2 id="signers-title">Signers</h2>
          <SignerFilters letter={letter} filters={filters} onChange={setFilters} />
        </div>

        <div className="signers__summary">
          <p className="count-line" role="status" aria-live="polite">
            {countLine}
          </p>
          {connection && (rows.complete || signers.loading) && <PartyCounts signatures={nodes} />}
          {connection && <ExportCsv signatures={nodes} sentOn={letter.sentOn} filters={filters} disabled={stale || !!rows.error} />}
        </div>

        {signers.error && <ErrorMessage error={signers.error} what="the signers" onRetry={() => void signers.refetch()} />}
        {rows.error && <ErrorMessage error={rows.error} what="every page of signers" />}
        {!connection && !signers.error && <TableSkeleton caption="Signers" columns={SIGNER_COLUMNS} />}
        {connection && nodes.length === 0 && !stale && (
          <div className="empty-state empty-state--small">
            <p>No signer matches these filters.</p>
            <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          </div>
        )}
        {connection && nodes.length > 0 && (
          <SignersTable
            signatures={nodes}
            busy={stale}
            caption={partial ? `Signers of this letter: ${countLine}` : "Signers of this letter, in the order printed"}
          />
        )}
      </section>

      <VersionsPanel letterId={letter.id} />

      <DelegationPanel
        letterId={letter.id}
        state={/^[A-Z]{2}$/.test(delegationParam.toUpperCase()) ? delegationParam.toUpperCase() : defaultState}
        onStateChange={(code) => setDelegation(code)}
      />
      <GapPanel letterId={letter.id} param={gapParam} onChange={(gap) => setGap(gap)} />
    </article>
  );
}
