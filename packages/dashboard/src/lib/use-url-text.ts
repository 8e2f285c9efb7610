import { useCallback, useEffect, useState } from "react";

/** Trimmed, runs of spaces as one: how the URL keeps typed text. */
export const normalizeText = (s: string) => s.trim().replace(/\s+/g, " ");

/**
 * A text box over a `useUrlState` value (it reads `value` and writes through `commit`, never the
 * URL itself): the box shows a draft while the person types, and the
 * draft is written to the URL (`commit`) after `delay` ms without typing, or at once on `flush()`
 * (Enter). When the URL changes from elsewhere (back button, "Clear filters", a link), the box
 * shows the URL's value again; the box's own commits do not reset what is being typed.
 * `delay` null: commit only on `flush()`.
 */
export function useUrlText(
  value: string,
  commit: (value: string) => void,
  delay: number | null = 300,
): { draft: string; setDraft: (value: string) => void; flush: () => void } {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [pending, setPending] = useState<string | null>(null);
  // Adjusting state while rendering (React's documented pattern for "reset state when a prop changes").
  if (value !== seen) {
    setSeen(value);
    setPending(null);
    if (value !== pending) setDraft(value);
  }

  const send = useCallback(
    (next: string) => {
      setPending(next);
      commit(next);
    },
    [commit],
  );

  useEffect(() => {
    const next = normalizeText(draft);
    if (delay === null || next === value) return;
    const timer = setTimeout(() => send(next), delay);
    return () => clearTimeout(timer);
  }, [draft, value, delay, send]);

  const flush = useCallback(() => {
    if (normalizeText(draft) !== value) send(normalizeText(draft));
  }, [draft, value, send]);

  return { draft, setDraft, flush };
}
