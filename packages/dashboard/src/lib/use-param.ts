import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";

/**
 * One query-string parameter as state: a view's selection lives in the URL, so it can be shared,
 * bookmarked and reloaded. Setting "" (or null) removes the parameter; setting pushes a history
 * entry unless `replace`.
 */
export function useParam(name: string): [string, (value: string | null, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name)?.trim() ?? "";
  const set = useCallback(
    (next: string | null, options?: { replace?: boolean }) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next) copy.set(name, next);
          else copy.delete(name);
          return copy;
        },
        { replace: options?.replace },
      ),
    [name, setParams],
  );
  return [value, set];
}

/** A `YYYY-MM-DD` string that is a real date, else null. */
export function isoDateOrNull(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) ? null : value;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
