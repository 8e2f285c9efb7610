import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { parseSignerFilters, serializeSignerFilters, type SignerFilters } from "./signer-filters";

/**
 * The signer filters held in the query string. Setting them pushes a history entry, so the
 * back button steps back through filters and a reload restores them.
 */
export function useSignerFilters(): [SignerFilters, (next: SignerFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseSignerFilters(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: SignerFilters) => setSearchParams((prev) => serializeSignerFilters(next, prev)),
    [setSearchParams],
  );
  return [filters, setFilters];
}
