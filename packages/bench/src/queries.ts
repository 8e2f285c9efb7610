/** The benchmark queries, written once per candidate against the same parameters. */
import type { BenchParams } from "./common";

/** What a candidate speaks: APP and APP+cache are the same server, the same requests. */
export type Dialect = "APP" | "R0" | "R1" | "PG";
/**
 * APP runs with its response cache off (CACHE_MAX_MB=0), APP+cache with it on (the default, 64 MB).
 * BASE is the server at another git ref (`--baseline REF`), cache off like APP.
 */
export type CandidateName = Dialect | "APP+cache" | "BASE";
export const CANDIDATES: CandidateName[] = ["APP", "APP+cache", "R0", "R1", "PG"];

export function dialect(c: CandidateName): Dialect {
  return c === "APP+cache" || c === "BASE" ? "APP" : c;
}

export interface Request {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

/** Options a query varies: list size (statement-count checks) and Q4's cursor. */
export interface Variant {
  first?: number;
  after?: string | null;
}

export interface QueryDef {
  id: string;
  label: string;
  /** null: the candidate cannot answer it (with the reason). */
  request: Record<Dialect, ((p: BenchParams, v: Variant) => Request) | string>;
  /** How many list items a response holds (a sanity check that candidates agree). */
  count: Record<Dialect, (json: any) => number>;
}

const gql = (query: string, variables: Record<string, unknown> = {}): Request => ({
  method: "POST",
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});
const get = (path: string, params: Record<string, string | number | null | undefined>): Request => {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) qs.set(k, String(v));
  return { method: "GET", path: `/${path}?${qs}` };
};
const sql =
  (name: string, params: (p: BenchParams, v: Variant) => Record<string, string | number | null | undefined>) =>
  (p: BenchParams, v: Variant) =>
    get(name, params(p, v));
const same = (f: (json: any) => number) => ({ R0: f, R1: f });

export const QUERIES: QueryDef[] = [
  {
    id: "Q1",
    label: "one letter with its signers",
    request: {
      APP: (p, v) =>
        gql(
          `query Q1($id: ID!, $first: Int) { letter(id: $id) { id title sentOn signatures(first: $first) { edges { node {
           position printedName party state district member { bioguideId fullName } } } } } }`,
          { id: p.letterId, first: v.first ?? 100 },
        ),
      PG: (p, v) =>
        gql(
          `query Q1($id: UUID!, $first: Int) { letterByRowId(rowId: $id) { rowId title sentOn signaturesByLetterId(first: $first, orderBy: [POSITION_ASC]) {
           nodes { position printedName party state district memberByBioguideId { bioguideId fullName } } } } }`,
          { id: p.letterId, first: v.first ?? 100 },
        ),
      R0: sql("q1", (p, v) => ({ id: p.letterId, first: v.first ?? 100 })),
      R1: sql("q1", (p, v) => ({ id: p.letterId, first: v.first ?? 100 })),
    },
    count: {
      APP: (j) => j.data.letter.signatures.edges.length,
      PG: (j) => j.data.letterByRowId.signaturesByLetterId.nodes.length,
      ...same((j) => j.data.letter.signatures.length),
    },
  },
  {
    id: "Q2",
    label: "20 members by state+party, 10 latest letters each",
    request: {
      APP: (p, v) =>
        gql(
          `query Q2($filter: MemberFilter, $first: Int) { members(first: $first, filter: $filter) { edges { node {
           bioguideId fullName signatures(first: 10) { edges { node { letter { id title sentOn } } } } } } } }`,
          { first: v.first ?? 20, filter: { ...(v.first ? {} : { states: [p.state] }), parties: [p.partyEnum], servingOn: p.servingOn } },
        ),
      PG: (p, v) =>
        v.first
          ? gql(
              `query Q2($party: String!, $on: Date!, $first: Int) { benchMembersServingAny(party: $party, onDate: $on, first: $first) { nodes {
               bioguideId fullName latestLetters(n: 10) { nodes { rowId title sentOn } } } } }`,
              { party: p.party, on: p.servingOn, first: v.first },
            )
          : gql(
              `query Q2($state: String!, $party: String!, $on: Date!) { benchMembersServing(state: $state, party: $party, onDate: $on, first: 20) { nodes {
               bioguideId fullName latestLetters(n: 10) { nodes { rowId title sentOn } } } } }`,
              { state: p.state, party: p.party, on: p.servingOn },
            ),
      R0: sql("q2", (p, v) => ({ state: v.first ? null : p.state, party: p.party, on: p.servingOn, first: v.first ?? 20, letters: 10 })),
      R1: sql("q2", (p, v) => ({ state: v.first ? null : p.state, party: p.party, on: p.servingOn, first: v.first ?? 20, letters: 10 })),
    },
    count: {
      APP: (j) => j.data.members.edges.reduce((n: number, e: any) => n + 1 + e.node.signatures.edges.length, 0),
      PG: (j) => {
        const list = (j.data.benchMembersServing ?? j.data.benchMembersServingAny).nodes;
        return list.reduce((n: number, m: any) => n + 1 + m.latestLetters.nodes.length, 0);
      },
      ...same((j) => j.data.members.reduce((n: number, m: any) => n + 1 + m.letters.length, 0)),
    },
  },
  {
    id: "Q3",
    label: "signer counts by party and state, one year",
    request: {
      APP: (p) =>
        gql(`query Q3($filter: LetterFilter) { stats(filter: $filter) { byParty { party count } byState { state count } } }`, {
          filter: { dateFrom: p.dateFrom, dateTo: p.dateTo },
        }),
      PG: (p) =>
        gql(`query Q3($from: Date!, $to: Date!) { benchSignerCounts(dateFrom: $from, dateTo: $to) { nodes { party state byParty n } } }`, {
          from: p.dateFrom,
          to: p.dateTo,
        }),
      R0: sql("q3", (p) => ({ from: p.dateFrom, to: p.dateTo })),
      R1: sql("q3", (p) => ({ from: p.dateFrom, to: p.dateTo })),
    },
    count: {
      APP: (j) => j.data.stats.byParty.length + j.data.stats.byState.length,
      PG: (j) => j.data.benchSignerCounts.nodes.length,
      ...same((j) => j.data.stats.byParty.length + j.data.stats.byState.length),
    },
  },
  {
    id: "Q4",
    label: "letters, 25 a page (keyset cursor)",
    request: {
      APP: (_p, v) =>
        gql(
          `query Q4($after: String) { letters(first: 25, after: $after) { edges { cursor node { id title sentOn chamber signerCount } }
           pageInfo { endCursor hasNextPage } } }`,
          { after: v.after ?? null },
        ),
      PG: (_p, v) =>
        gql(
          `query Q4($after: Cursor) { allLetters(first: 25, after: $after, orderBy: [SENT_ON_DESC, ROW_ID_DESC]) {
           edges { cursor node { rowId title sentOn chamber signerCount } } pageInfo { endCursor hasNextPage } } }`,
          { after: v.after ?? null },
        ),
      R0: sql("q4", (_p, v) => ({ first: 25, after: v.after })),
      R1: sql("q4", (_p, v) => ({ first: 25, after: v.after })),
    },
    count: {
      APP: (j) => j.data.letters.edges.length,
      PG: (j) => j.data.allLetters.edges.length,
      ...same((j) => j.data.letters.nodes.length),
    },
  },
  {
    id: "Q5",
    label: "{ __typename }",
    request: {
      APP: () => gql(`{ __typename }`),
      PG: () => gql(`{ __typename }`),
      R0: sql("q5", () => ({})),
      R1: sql("q5", () => ({})),
    },
    count: { APP: () => 1, PG: () => 1, ...same(() => 1) },
  },
  {
    id: "Q6",
    label: "delegation gap (non-signers) of a letter",
    request: {
      APP: (p) =>
        gql(`query Q6($id: ID!, $state: String!) { letter(id: $id) { delegation(state: $state) { notSigned { bioguideId fullName } } } }`, {
          id: p.letterId,
          state: p.gapState,
        }),
      PG: (p) =>
        gql(
          `query Q6($id: UUID!, $state: String!) { letterByRowId(rowId: $id) { delegationGap(state: $state) { nodes { bioguideId fullName } } } }`,
          { id: p.letterId, state: p.gapState },
        ),
      R0: sql("q6", (p) => ({ id: p.letterId, state: p.gapState })),
      R1: sql("q6", (p) => ({ id: p.letterId, state: p.gapState })),
    },
    count: {
      APP: (j) => j.data.letter.delegation.notSigned.length,
      PG: (j) => j.data.letterByRowId.delegationGap.nodes.length,
      ...same((j) => j.data.notSigned.length),
    },
  },
];

/** The cursor to the next page of a Q4 response. */
export function endCursor(c: CandidateName, json: any): string | null {
  if (dialect(c) === "APP") return json.data.letters.pageInfo.endCursor;
  if (c === "PG") return json.data.allLetters.pageInfo.endCursor;
  return json.data.letters.pageInfo.endCursor;
}
