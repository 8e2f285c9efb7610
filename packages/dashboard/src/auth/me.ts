import { useQuery } from "@apollo/client";
import { graphql } from "../gql";
import type { Role } from "../gql/graphql";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      role
    }
  }
`);

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

/** True when the role includes `needed` (ADMIN ⊃ EDITOR ⊃ VIEWER). */
export function hasRole(role: Role | null | undefined, needed: Role): boolean {
  return role ? RANK[role] >= RANK[needed] : false;
}

/** The signed-in user (null when anonymous), and whether that is known yet. */
export function useMe() {
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: "cache-first" });
  return { me: data?.me ?? null, loading: loading && !data, error };
}
