/**
 * The members directory's filters in the query string:
 * `/members?name=sher&state=CA&party=DEMOCRAT&chamber=HOUSE&serving=2020-10-23`.
 */
import type { Chamber, MemberFilter, Party } from "../gql/graphql";
import { isParty } from "../lib/party";
import { isoDateOrNull } from "../lib/use-url-state";

export interface MemberFilters {
  name: string;
  state: string;
  party: Party | "";
  chamber: Chamber | "";
  /** YYYY-MM-DD */
  serving: string;
}

export const NO_MEMBER_FILTERS: MemberFilters = { name: "", state: "", party: "", chamber: "", serving: "" };

export function parseMemberFilters(params: URLSearchParams): MemberFilters {
  const state = params.get("state")?.trim().toUpperCase() ?? "";
  const party = params.get("party")?.trim().toUpperCase() ?? "";
  const chamber = params.get("chamber")?.trim().toUpperCase() ?? "";
  return {
    name: params.get("name")?.trim() ?? "",
    state: /^[A-Z]{2}$/.test(state) ? state : "",
    party: isParty(party) ? party : "",
    chamber: chamber === "HOUSE" || chamber === "SENATE" ? chamber : "",
    serving: isoDateOrNull(params.get("serving")?.trim()) ?? "",
  };
}

export function serializeMemberFilters(filters: MemberFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["name", "state", "party", "chamber", "serving"] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  return params;
}

/** The API's MemberFilter; undefined when nothing is filtered. */
export function toMemberFilter(f: MemberFilters): MemberFilter | undefined {
  const filter: MemberFilter = {};
  if (f.name) filter.name = f.name;
  if (f.state) filter.states = [f.state];
  if (f.party) filter.parties = [f.party];
  if (f.chamber) filter.chambers = [f.chamber];
  if (f.serving) filter.servingOn = f.serving;
  return Object.keys(filter).length ? filter : undefined;
}
