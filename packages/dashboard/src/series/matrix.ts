/** The series matrix as the page shows it: filtered by party and state, sorted by a column. */
import type { Party } from "../gql/graphql";

export interface MatrixCell {
  signed: boolean;
  serving: boolean;
  party?: Party | null;
  state?: string | null;
}

export interface MatrixRow {
  bioguideId: string;
  signedCount: number;
  member: { fullName: string; lastName?: string };
  cells: MatrixCell[];
}

export type MatrixSort = "name" | "state" | "party" | "signed" | `v${number}`;

/** The member's latest known party and state across the versions (the newest cell with one). */
export function latest(row: MatrixRow): { party: Party | null; state: string | null } {
  for (let i = row.cells.length - 1; i >= 0; i--) {
    const c = row.cells[i];
    if (c.state) return { party: c.party ?? null, state: c.state };
  }
  return { party: null, state: null };
}

export function parseSort(value: string): MatrixSort {
  return value === "name" || value === "state" || value === "party" || /^v\d+$/.test(value) ? (value as MatrixSort) : "signed";
}

/** Rows whose latest party and state are among the chosen ones (none chosen: all). */
export function filterRows(rows: readonly MatrixRow[], parties: readonly string[], states: readonly string[]): MatrixRow[] {
  return rows.filter((r) => {
    const { party, state } = latest(r);
    return (
      (!parties.length || (party !== null && parties.includes(party))) && (!states.length || (state !== null && states.includes(state)))
    );
  });
}

export function sortRows(rows: readonly MatrixRow[], sort: MatrixSort, desc: boolean): MatrixRow[] {
  const key = (r: MatrixRow): string | number => {
    if (sort === "name") return r.member.fullName;
    if (sort === "state") return latest(r).state ?? "";
    if (sort === "party") return latest(r).party ?? "";
    if (sort === "signed") return r.signedCount;
    const c = r.cells[Number(sort.slice(1))];
    return c ? (c.signed ? 2 : c.serving ? 1 : 0) : -1;
  };
  const out = [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return cmp || a.member.fullName.localeCompare(b.member.fullName);
  });
  return desc ? out.reverse() : out;
}
