/**
 * The letter page's signer filters and the query string that holds them, so a filtered view
 * can be shared, bookmarked, reloaded and reached with the back button.
 *
 * Several values of one filter are repeated parameters: `?state=CA&state=NY&party=DEMOCRAT`.
 * (Comma lists are not read: "CA,NY" is not a state code and is dropped like any invalid value.)
 */
import type { Party, SignatureFilter, SignerRole } from "../gql/graphql";
import { isParty } from "../lib/party";

export interface SignerFilters {
  /** Two-letter codes, upper case. */
  states: string[];
  parties: Party[];
  roles: SignerRole[];
}

export const NO_FILTERS: SignerFilters = { states: [], parties: [], roles: [] };

export const ROLES: readonly SignerRole[] = ["LEAD", "COSIGNER", "SIGNER"];

/** The query parameter of each filter. */
export const FILTER_PARAMS = { states: "state", parties: "party", roles: "role" } as const;

function readAll<T extends string>(params: URLSearchParams, name: string, accept: (v: string) => v is T): T[] {
  const seen = new Set<T>();
  for (const raw of params.getAll(name)) {
    const value = raw.trim().toUpperCase();
    if (accept(value)) seen.add(value);
  }
  return [...seen];
}

const isStateCode = (v: string): v is string => /^[A-Z]{2}$/.test(v);
const isRole = (v: string): v is SignerRole => (ROLES as readonly string[]).includes(v);

/** Reads the filters from a query string; unknown values are ignored, duplicates dropped. */
export function parseSignerFilters(params: URLSearchParams): SignerFilters {
  return {
    states: readAll(params, FILTER_PARAMS.states, isStateCode),
    parties: readAll(params, FILTER_PARAMS.parties, isParty),
    roles: readAll(params, FILTER_PARAMS.roles, isRole),
  };
}

/**
 * Writes the filters into a copy of `base` (other parameters are kept), one parameter per value;
 * an empty filter removes its parameter.
 */
export function serializeSignerFilters(filters: SignerFilters, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of Object.keys(FILTER_PARAMS) as (keyof SignerFilters)[]) {
    const name = FILTER_PARAMS[key];
    params.delete(name);
    for (const value of filters[key]) params.append(name, value);
  }
  return params;
}

export function hasFilters(filters: SignerFilters): boolean {
  return filters.states.length + filters.parties.length + filters.roles.length > 0;
}

/** The GraphQL `SignatureFilter` for these filters; undefined when nothing is filtered. */
export function toSignatureFilter(filters: SignerFilters): SignatureFilter | undefined {
  if (!hasFilters(filters)) return undefined;
  const filter: SignatureFilter = {};
  if (filters.states.length) filter.states = filters.states;
  if (filters.parties.length) filter.parties = filters.parties;
  if (filters.roles.length) filter.roles = filters.roles;
  return filter;
}
