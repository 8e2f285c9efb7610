import { NetworkStatus, useQuery } from "@apollo/client";
import { graphql } from "../gql";
import { plural } from "../lib/format";
import { DemoBanner } from "../ui/DemoBanner";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TableSkeleton } from "../ui/Skeleton";
import {
  activeLetterFilters,
  parseLetterFilters,
  serializeLetterFilters,
  SORT_PHRASE,
  toLetterFilter,
  toLetterOrder,
} from "./letter-filters";
import { LetterFiltersForm } from "./LetterFiltersForm";
import { LettersTable } from "./LettersTable";
import { useUrlState } from "../lib/use-url-state";
import { LiveLetters } from "../alerts/LiveLetters";
import { WatchButton } from "../alerts/WatchButton";

const PAGE_SIZE = 25;

export const LettersPageQuery = graphql(`
  query LettersPage($first: Int!, $after: String, $filter: LetterFilter, $orderBy: LetterOrder) {
    letters(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          isDemo
          ...LettersTable_letter
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every topic with its number of letters, for the topic select (not narrowed by the other filters). */
export const LetterTopicsQuery = graphql(`
  query LetterTopics {
    stats(filter: {}) {
      ...LetterFiltersForm_stats
    }
  }
`);

/** Letters, searched and filtered (all in the URL), newest first or by signers or best match, a page at a time. */
export default function LettersPage() {
  const [filters, setFilters] = useUrlState(parseLetterFilters, serializeLetterFilters);
  const filter = toLetterFilter(filters);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(LettersPageQuery, {
    variables: { first: PAGE_SIZE, filter, orderBy: toLetterOrder(filters) },
    notifyOnNetworkStatusChange: true,
  });
  const topics = useQuery(LetterTopicsQuery);
  // While new filters load, the previous results stay on screen, dimmed.
  const letters = (data ?? previousData)?.letters;
  const busy = !data && !!previousData;
  const nodes = letters?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const active = activeLetterFilters(filters);
  const order = SORT_PHRASE[filters.sort];

  return (
    <>
      <title>Letters · Signatory</title>
      <div className="page-head">
        <h1>Letters</h1>
        {filter && <WatchButton key={JSON.stringify(filter)} input={{ letters: filter }} label="Watch this search" />}
      </div>
      <LiveLetters />
      <LetterFiltersForm filters={filters} onChange={setFilters} stats={topics.data?.stats ?? null} />
      <p className="count-line letters-count" role="status" aria-live="polite">
        {letters && !busy
          ? `${plural(letters.totalCount, "letter")}${active.length ? " matching the filters" : ""}${letters.totalCount > 1 ? `, ${order}` : ""}`
          : letters
            ? "Updating…"
            : ""}
      </p>
      {nodes.some((l) => l.isDemo) && <DemoBanner />}
      {error && !loadingMore && <ErrorMessage error={error} what="the letters" onRetry={() => void refetch()} />}
      {!letters && !error && <TableSkeleton caption="Letters" columns={["Date", "Letter", "Chamber", "To", "Signers"]} />}
      {letters && letters.totalCount === 0 && active.length > 0 && (
        <div className="empty-state empty-state--small">
          <p>
            No letter matches {active.length === 1 ? "this filter" : `all ${active.length} filters`}. Remove{" "}
            {active.length === 1 ? "it" : "one"} to see more:
          </p>
          <ul className="chips relax-list">
            {active.map((a) => (
              <li key={a.key}>
                <button type="button" className="chip chip--remove" onClick={() => setFilters(a.without)}>
                  {a.label} <span aria-hidden="true">×</span>
                  <span className="sr-only">(remove)</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {letters && letters.totalCount === 0 && active.length === 0 && (
        <div className="empty-state">
          <h2>No letters yet</h2>
          <p>Load members of Congress, then import a letter saved as text or Markdown:</p>
          <pre className="code-block">
            <code>{"pnpm signatory members sync\npnpm signatory import path/to/letter.md"}</code>
          </pre>
          <p className="muted">Imported letters appear here, newest first.</p>
        </div>
      )}
      {letters && nodes.length > 0 && (
        <>
          <LettersTable letters={nodes} busy={busy} caption={`Letters, ${order} (${nodes.length} of ${letters.totalCount} shown)`} />
          {letters.pageInfo.hasNextPage && !busy && (
            <div className="load-more">
              <button
                type="button"
                className="button"
                disabled={loadingMore}
                aria-busy={loadingMore || undefined}
                onClick={() => void fetchMore({ variables: { after: letters.pageInfo.endCursor } }).catch(() => undefined)}
              >
                {loadingMore ? "Loading…" : "Load more letters"}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
