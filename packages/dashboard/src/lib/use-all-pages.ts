import { useEffect, useState } from "react";

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Keeps fetching the next page of a connection (`fetchMore({ variables: { after } })`) until
 * `hasNextPage` is false; the cache's relayStylePagination appends each page. Returns whether
 * every page is in, and the error of a page that failed.
 */
export function useAllPages(
  pageInfo: PageInfo | undefined,
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
): { complete: boolean; error: Error | null } {
  const [error, setError] = useState<Error | null>(null);
  const after = pageInfo?.hasNextPage ? pageInfo.endCursor : null;

  useEffect(() => {
    if (!after) return;
    let live = true;
    setError(null);
    fetchMore({ variables: { after } }).catch((e: unknown) => {
      if (live) setError(e instanceof Error ? e : new Error(String(e)));
    });
    return () => {
      live = false;
    };
  }, [after, fetchMore]);

  return { complete: pageInfo !== undefined && !pageInfo.hasNextPage, error };
}
