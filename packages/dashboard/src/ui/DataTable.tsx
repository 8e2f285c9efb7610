/** Renders a TanStack table as an accessible <table>: caption, column and row headers, sortable headers. */
import { flexRender, type RowData, type Table } from "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // The declaration must repeat the library's type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Extra class for the column's header and cells, e.g. "num" for right-aligned numbers. */
    className?: string;
    /** The cell names its row (a <th scope="row">). */
    rowHeader?: boolean;
  }
}

const SORT_LABEL = { asc: "ascending", desc: "descending" } as const;

/**
 * `stack`: on narrow screens each row becomes a card of labelled fields (for lists whose rows are
 * read one at a time); otherwise the table scrolls sideways inside its frame.
 */
export function DataTable<T>({
  table,
  caption,
  busy,
  stack,
}: {
  table: Table<T>;
  caption: React.ReactNode;
  busy?: boolean;
  stack?: boolean;
}) {
  const classes = ["data-table", stack && "data-table--stack", busy && "is-busy"].filter(Boolean).join(" ");
  return (
    // A focusable region, so keyboard users can scroll a wide table on a narrow screen.
    <div className="table-wrap" role="region" aria-label={typeof caption === "string" ? caption : undefined} tabIndex={0}>
      <table className={classes} aria-busy={busy || undefined}>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} scope="col" className={meta?.className} aria-sort={sorted ? SORT_LABEL[sorted] : undefined}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span className="sort-button__icon" aria-hidden="true">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                const header = cell.column.columnDef.header;
                const label = typeof header === "string" ? header : undefined;
                return meta?.rowHeader ? (
                  <th key={cell.id} scope="row" className={meta.className} data-label={label}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={meta?.className} data-label={label}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
