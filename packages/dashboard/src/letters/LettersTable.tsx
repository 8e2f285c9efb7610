import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import type { LettersTable_LetterFragment } from "../gql/graphql";
import { CHAMBER_LABEL, formatDate } from "../lib/format";
import { DataTable } from "../ui/DataTable";
import { PartyBar } from "../ui/PartyBar";

export const LettersTable_letter = graphql(`
  fragment LettersTable_letter on Letter {
    id
    title
    sentOn
    chamber
    signerCount
    breakdown {
      byParty {
        party
        count
      }
    }
    recipients {
      name
      title
    }
  }
`);

const column = createColumnHelper<LettersTable_LetterFragment>();

const columns = [
  column.accessor("sentOn", {
    header: "Date",
    cell: (c) => (
      <time dateTime={c.getValue()} className="nowrap">
        {formatDate(c.getValue(), "short")}
      </time>
    ),
  }),
  column.accessor("title", {
    header: "Letter",
    meta: { rowHeader: true, className: "cell-title" },
    cell: (c) => <Link to={`/letters/${encodeURIComponent(c.row.original.id)}`}>{c.getValue()}</Link>,
  }),
  column.accessor("chamber", { header: "Chamber", cell: (c) => CHAMBER_LABEL[c.getValue()] }),
  column.accessor("recipients", {
    header: "To",
    meta: { className: "cell-wrap" },
    cell: (c) => (
      <ul className="plain-list">
        {c.getValue().map((r, i) => (
          <li key={i}>
            {r.name}
            {r.title && <span className="muted">, {r.title}</span>}
          </li>
        ))}
      </ul>
    ),
  }),
  column.accessor("signerCount", {
    header: "Signers",
    meta: { className: "cell-signers" },
    cell: (c) => (
      <div className="signers-cell">
        <span className="signers-cell__count">{c.getValue()}</span>
        <PartyBar counts={c.row.original.breakdown.byParty} />
      </div>
    ),
  }),
];

/** Letters as rows: date, title (links to the letter), chamber, recipients, number of signers with a party bar. */
export function LettersTable(props: { letters: ReadonlyArray<FragmentType<typeof LettersTable_letter>>; caption: string; busy?: boolean }) {
  const letters = getFragmentData(LettersTable_letter, props.letters);
  const data = useMemo(() => [...letters], [letters]);
  const table = useReactTable({ data, columns, enableSorting: false, getCoreRowModel: getCoreRowModel(), getRowId: (l) => l.id });
  return <DataTable table={table} caption={props.caption} busy={props.busy} stack />;
}
