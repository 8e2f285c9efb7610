import { NetworkStatus, useQuery } from "@apollo/client";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import type { MembersTable_MemberFragment } from "../gql/graphql";
import { formatDistrict, plural } from "../lib/format";
import { PartyOptions } from "../ui/PartyOptions";
import { STATE_NAMES, stateName } from "../lib/states";
import { useUrlState } from "../lib/use-url-state";
import { useUrlText } from "../lib/use-url-text";
import { NO_MEMBER_FILTERS, parseMemberFilters, serializeMemberFilters, toMemberFilter, type MemberFilters } from "./member-filters";
import { DataTable } from "../ui/DataTable";
import { DemoBanner } from "../ui/DemoBanner";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { TableSkeleton } from "../ui/Skeleton";

const PAGE_SIZE = 50;

export const MembersTable_member = graphql(`
  fragment MembersTable_member on Member {
    bioguideId
    fullName
    terms {
      chamber
      state
      district
      party
      start
      end
    }
  }
`);

export const MembersPageQuery = graphql(`
  query MembersPage($first: Int!, $after: String, $filter: MemberFilter) {
    members(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          bioguideId
          isDemo
          ...MembersTable_member
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Member = MembersTable_MemberFragment;
const column = createColumnHelper<Member>();
const latest = (m: Member) => m.terms[m.terms.length - 1];

const columns = [
  column.accessor("fullName", {
    header: "Name",
    meta: { rowHeader: true },
    cell: (c) => <Link to={`/members/${c.row.original.bioguideId}`}>{c.getValue()}</Link>,
  }),
  column.accessor((m) => latest(m)?.chamber, {
    id: "chamber",
    header: "Chamber",
    cell: (c) => (c.getValue() === "SENATE" ? "Senate" : c.getValue() === "HOUSE" ? "House" : "—"),
  }),
  column.accessor((m) => latest(m)?.state, {
    id: "state",
    header: "State",
    cell: (c) => (c.getValue() ? <abbr title={stateName(c.getValue()!)}>{c.getValue()}</abbr> : "—"),
  }),
  column.accessor((m) => latest(m)?.district, {
    id: "district",
    header: "District",
    meta: { className: "num" },
    cell: (c) => formatDistrict(c.getValue()),
  }),
  column.accessor((m) => latest(m)?.party, { id: "party", header: "Party", cell: (c) => <PartyBadge party={c.getValue()} /> }),
  column.accessor((m) => m.terms, {
    id: "served",
    header: "Served",
    cell: (c) => {
      const terms = c.getValue();
      if (!terms.length) return "—";
      return `${terms[0].start.slice(0, 4)}–${terms[terms.length - 1].end.slice(0, 4)}`;
    },
  }),
  column.accessor("bioguideId", { header: "Bioguide ID", cell: (c) => <code>{c.getValue()}</code> }),
];

function MembersTable(props: { members: ReadonlyArray<FragmentType<typeof MembersTable_member>>; caption: string }) {
  const members = getFragmentData(MembersTable_member, props.members);
  const data = useMemo(() => [...members], [members]);
  const table = useReactTable({ data, columns, enableSorting: false, getCoreRowModel: getCoreRowModel(), getRowId: (m) => m.bioguideId });
  return <DataTable table={table} caption={props.caption} stack />;
}

/** Members of Congress by last name, filtered by name, state, party, chamber and a serving date (all in the URL). */
export default function MembersPage() {
  const [filters, setFilters] = useUrlState(parseMemberFilters, serializeMemberFilters);
  const set = (next: Partial<MemberFilters>) => setFilters((prev) => ({ ...prev, ...next }));
  // The name box follows the URL (back button, Clear filters) and writes to it on Search / Enter.
  const commitName = useCallback((name: string) => setFilters((prev) => ({ ...prev, name })), [setFilters]);
  const { draft, setDraft, flush } = useUrlText(filters.name, commitName, null);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(MembersPageQuery, {
    variables: { first: PAGE_SIZE, filter: toMemberFilter(filters) },
    notifyOnNetworkStatusChange: true,
  });
  const members = data?.members;
  const nodes = members?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = toMemberFilter(filters) !== undefined;

  return (
    <>
      <title>Members · Signatory</title>
      <div className="page-head">
        <h1>Members</h1>
        {members && (
          <p className="page-head__meta">
            {plural(members.totalCount, "member")}
            {filtered && " matching the filters"}
          </p>
        )}
      </div>
      {nodes.some((m) => m.isDemo) && <DemoBanner />}
      <form
        className="filters"
        role="search"
        aria-label="Filter members"
        onSubmit={(e) => {
          e.preventDefault();
          flush();
        }}
      >
        <div className="field">
          <label htmlFor="member-name">Name</label>
          <input id="member-name" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="e.g. Sherman" />
        </div>
        <div className="field">
          <label htmlFor="member-state">State</label>
          <select id="member-state" value={filters.state} onChange={(e) => set({ state: e.target.value })}>
            <option value="">All states</option>
            {Object.keys(STATE_NAMES).map((c) => (
              <option key={c} value={c}>
                {c} — {stateName(c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="member-party">Party</label>
          <select id="member-party" value={filters.party} onChange={(e) => set({ party: e.target.value as MemberFilters["party"] })}>
            <option value="">All parties</option>
            <PartyOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor="member-chamber">Chamber</label>
          <select
            id="member-chamber"
            value={filters.chamber}
            onChange={(e) => set({ chamber: e.target.value as MemberFilters["chamber"] })}
          >
            <option value="">Both chambers</option>
            <option value="HOUSE">House</option>
            <option value="SENATE">Senate</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="member-serving">Serving on</label>
          <input id="member-serving" type="date" value={filters.serving} onChange={(e) => set({ serving: e.target.value })} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!filtered}
          onClick={() => {
            setDraft("");
            setFilters(NO_MEMBER_FILTERS);
          }}
        >
          Clear filters
        </button>
      </form>
      {error && !loadingMore && <ErrorMessage error={error} what="the members" onRetry={() => void refetch()} />}
      {!members && !error && (
        <TableSkeleton caption="Members" columns={["Name", "Chamber", "State", "District", "Party", "Served", "Bioguide ID"]} />
      )}
      {members && nodes.length === 0 && (
        <div className="empty-state empty-state--small">
          <p>
            {filtered
              ? "No member matches these filters. Loosen or clear them."
              : "No members yet. Run pnpm signatory members sync to load them."}
          </p>
        </div>
      )}
      {members && nodes.length > 0 && (
        <>
          <MembersTable members={nodes} caption={`Members by last name (${nodes.length} of ${members.totalCount} shown); latest term`} />
          {members.pageInfo.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button"
                disabled={loadingMore}
                onClick={() => void fetchMore({ variables: { after: members.pageInfo.endCursor } }).catch(() => undefined)}
              >
                {loadingMore ? "Loading…" : "Load more members"}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
