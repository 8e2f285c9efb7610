import { NetworkStatus, useQuery } from "@apollo/client";
import { graphql } from "../gql";
import { plural } from "../lib/format";
import { useParam } from "../lib/use-param";
import { DemoBanner } from "../ui/DemoBanner";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TableSkeleton } from "../ui/Skeleton";
import { LettersTable } from "./LettersTable";

const PAGE_SIZE = 25;

export const LettersPageQuery = graphql(`
  query LettersPage($first: Int!, $after: String, $filter: LetterFilter) {
    letters(first: $first, after: $after, filter: $filter) {
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

/** All letters, newest first, a page at a time. */
export default function LettersPage() {
  const [topic, setTopic] = useParam("topic");
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(LettersPageQuery, {
    variables: { first: PAGE_SIZE, filter: topic ? { topic } : undefined },
    notifyOnNetworkStatusChange: true,
  });
  const letters = data?.letters;
  const nodes = letters?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <title>Letters · Signatory</title>
      <div className="page-head">
        <h1>Letters</h1>
        {letters && letters.totalCount > 0 && (
          <p className="page-head__meta">{plural(letters.totalCount, "letter")}, newest first</p>
        )}
      </div>
      {topic && (
        <p className="active-filter">
          Topic: <span className="chip chip--plain">{topic}</span>{" "}
          <button type="button" className="link-button" onClick={() => setTopic(null)}>
            Show all letters
          </button>
        </p>
      )}
      {nodes.some((l) => l.isDemo) && <DemoBanner />}
      {error && !loadingMore && <ErrorMessage error={error} what="the letters" onRetry={() => void refetch()} />}
      {!letters && !error && (
        <TableSkeleton caption="Letters" columns={["Date", "Letter", "Chamber", "To", "Signers"]} />
      )}
      {letters && letters.totalCount === 0 && topic && (
        <div className="empty-state empty-state--small">
          <p>No letter has the topic “{topic}”.</p>
          <button type="button" className="button button--secondary" onClick={() => setTopic(null)}>
            Show all letters
          </button>
        </div>
      )}
      {letters && letters.totalCount === 0 && !topic && (
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
          <LettersTable letters={nodes} caption={`Letters, newest first (${nodes.length} of ${letters.totalCount} shown)`} />
          {letters.pageInfo.hasNextPage && (
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
