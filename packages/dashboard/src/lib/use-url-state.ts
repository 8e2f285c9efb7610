import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
import { useSearchParams } from "react-router-dom";

/** Reads a view's state from the query string; invalid values should be dropped, never thrown. */
export type ParseUrl<T> = (params: URLSearchParams) => T;
/**
 * Writes a view's state into a query string. `current` is a copy of the URL's parameters now:
 * keep the ones this state does not own (return it modified), or return fresh parameters to
 * replace them all.
 */
export type SerializeUrl<T> = (value: T, current: URLSearchParams) => URLSearchParams;

export type SetUrlState<T> = (next: T | ((prev: T) => T), options?: { replace?: boolean }) => void;

/**
 * The one way a view keeps state in the URL, so any view can be shared, bookmarked, reloaded and
 * reached with the back button. `parse` and `serialize` must be stable (module-level functions or
 * the codecs below): the value is re-read only when the query string changes.
 *
 * Setting pushes a history entry unless `replace` (the default comes from `options`); an updater
 * function gets the state as the URL holds it at that moment, so two quick updates both land.
 */
export function useUrlState<T>(parse: ParseUrl<T>, serialize: SerializeUrl<T>, options?: { replace?: boolean }): [T, SetUrlState<T>] {
  const [params, setParams] = useSearchParams();
  const value = useMemo(() => parse(params), [parse, params]);
  // React Router hands functional updates the parameters of the last render, so two updates in
  // one event would lose the first; this ref carries what was just written until the next render.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const replaceByDefault = options?.replace ?? false;
  const set = useCallback<SetUrlState<T>>(
    (next, setOptions) => {
      const current = latest.current;
      const resolved = typeof next === "function" ? (next as (prev: T) => T)(parse(current)) : next;
      const written = serialize(resolved, new URLSearchParams(current));
      latest.current = written;
      setParams(written, { replace: setOptions?.replace ?? replaceByDefault });
    },
    [parse, serialize, setParams, replaceByDefault],
  );
  return [value, set];
}

/** A codec: how one piece of state is read from and written to the query string. */
export type UrlCodec<T> = readonly [parse: ParseUrl<T>, serialize: SerializeUrl<T>];

const textCodecs = new Map<string, UrlCodec<Record<string, string>>>();

/**
 * Named single-valued parameters as a record of trimmed strings (missing = ""). Writing "" or
 * null removes a parameter; parameters not named here are kept. Codecs are cached by their
 * names, so `useUrlState(...textParams("sort", "dir"))` is stable across renders.
 */
export function textParams<K extends string>(...names: K[]): UrlCodec<Record<K, string>> {
  const key = names.join("&");
  let codec = textCodecs.get(key);
  if (!codec) {
    codec = [
      (params) => Object.fromEntries(names.map((n) => [n, params.get(n)?.trim() ?? ""])),
      (value, current) => {
        for (const n of names) {
          const v = value[n];
          if (v) current.set(n, v);
          else current.delete(n);
        }
        return current;
      },
    ];
    textCodecs.set(key, codec);
  }
  return codec as UrlCodec<Record<K, string>>;
}

const singleCodecs = new Map<string, UrlCodec<string>>();

/** One text parameter (`?period=2024`) as a string; "" removes it, other parameters are kept. */
export function textParam(name: string): UrlCodec<string> {
  let codec = singleCodecs.get(name);
  if (!codec) {
    const [parse, serialize] = textParams(name);
    codec = [(params) => parse(params)[name], (value, current) => serialize({ [name]: value }, current)];
    singleCodecs.set(name, codec);
  }
  return codec;
}

/** A `YYYY-MM-DD` string that is a real date, else null. */
export function isoDateOrNull(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) ? null : value;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
