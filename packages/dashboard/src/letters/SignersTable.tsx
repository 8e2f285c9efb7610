import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import type { MatchStatus, SignersTable_SignatureFragment } from "../gql/graphql";
import { formatDistrict, ROLE_LABEL, STATUS_LABEL } from "../lib/format";
import { PARTIES } from "../lib/party";
import { stateName } from "../lib/states";
import { DataTable } from "../ui/DataTable";
import { PartyBadge } from "../ui/PartyBadge";

export const SignersTable_signature = graphql(`
  fragment SignersTable_signature on Signature {
    id
    position
    printedName
    role
    party
    state
    district
    status
    member {
      bioguideId
      fullName
    }
  }
`);

type Row = SignersTable_SignatureFragment;
const column = createColumnHelper<Row>();

const STATUS_TONE: Record<MatchStatus, string> = {
  MATCHED: "ok",
  CONFIRMED: "ok",
  AMBIGUOUS: "warn",
  UNMATCHED: "bad",
};

const sameName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) === 0;

const columns = [
  column.accessor("position", { header: "#", meta: { className: "num" }, sortDescFirst: false }),
  column.accessor("printedName", {
    header: "Signer",
    meta: { rowHeader: true, className: "cell-name" },
    cell: (c) => {
      const member = c.row.original.member;
      const printed = c.getValue();
      if (!member) return <span className="signer-name">{printed}</span>;
      // The name links to the member; where the printed name differs, both are shown, labelled.
      if (sameName(member.fullName, printed)) {
        return (
          <Link className="signer-name" to={`/members/${member.bioguideId}`}>
            {printed}
          </Link>
        );
      }
      return (
        <>
          <Link className="signer-name" to={`/members/${member.bioguideId}`}>
            {member.fullName}
          </Link>
          <span className="signer-member">
            <span className="signer-label">Printed as</span> {printed}
          </span>
        </>
      );
    },
  }),
  column.accessor("role", { header: "Role", cell: (c) => ROLE_LABEL[c.getValue()] }),
  column.accessor("party", {
    header: "Party",
    cell: (c) => <PartyBadge party={c.getValue()} />,
    sortingFn: (a, b) => rank(a.original.party) - rank(b.original.party),
  }),
  column.accessor("state", {
    header: "State",
    cell: (c) => {
      const s = c.getValue();
      return s ? <abbr title={stateName(s)}>{s}</abbr> : <span className="muted">—</span>;
    },
    sortUndefined: "last",
  }),
  column.accessor("district", {
    header: "District",
    meta: { className: "num" },
    cell: (c) => formatDistrict(c.getValue()),
    sortUndefined: "last",
  }),
  column.accessor("status", {
    header: "Match",
    cell: (c) => <span className={`status status--${STATUS_TONE[c.getValue()]}`}>{STATUS_LABEL[c.getValue()]}</span>,
  }),
];

function rank(party: Row["party"]): number {
  return party ? PARTIES.indexOf(party) : PARTIES.length;
}

/** The signers in document order (or sorted by a column), one row each. */
export function SignersTable(props: {
  signatures: ReadonlyArray<FragmentType<typeof SignersTable_signature>>;
  caption: string;
  busy?: boolean;
}) {
  const signatures = getFragmentData(SignersTable_signature, props.signatures);
  const data = useMemo(() => [...signatures], [signatures]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (s) => s.id,
  });
  return <DataTable table={table} caption={props.caption} busy={props.busy} />;
}
