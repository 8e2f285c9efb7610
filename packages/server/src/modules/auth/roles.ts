import { registerEnumType } from "type-graphql";

/** What a user may do. Each role includes the ones before it. */
export enum Role {
  /** Reads, like an anonymous visitor (a named account for scripts with a token). */
  VIEWER = "VIEWER",
  /** Imports letters, reviews matches, tags topics. */
  EDITOR = "EDITOR",
  /** Manages users and reads the audit log. */
  ADMIN = "ADMIN",
}

registerEnumType(Role, {
  name: "Role",
  description: "What a user may do; each role includes the ones before it.",
  valuesConfig: {
    VIEWER: { description: "Reads only." },
    EDITOR: { description: "Imports letters, reviews matches, tags topics." },
    ADMIN: { description: "Everything, plus users and the audit log." },
  },
});

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

export function isRole(value: string): value is Role {
  return value in RANK;
}

/** True when `role` is at least one of `required` (an empty list asks only for a user). */
export function roleAllows(role: Role, required: readonly string[]): boolean {
  return required.length === 0 || required.some((r) => isRole(r) && RANK[role] >= RANK[r]);
}
