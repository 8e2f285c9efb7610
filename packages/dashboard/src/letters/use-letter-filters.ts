import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { parseLetterFilters, serializeLetterFilters, type LetterFilters } from "./letter-filters";

/**
 * The Letters view's filters held in the query string. Each change is a history entry, so the
 * back button steps back through searches and a reload restores them.
 */
export function useLetterFilters(): [LetterFilters, (next: LetterFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseLetterFilters(searchParams), [searchParams]);
  const setFilters = useCallback((next: LetterFilters) => setSearchParams(serializeLetterFilters(next)), [setSearchParams]);
  return [filters, setFilters];
}
