/** Placeholders shown while data loads: grey bars in the shape of what is coming. */

export function TableSkeleton({ caption, columns, rows = 6 }: { caption: string; columns: string[]; rows?: number }) {
  return (
    <div className="table-wrap" aria-busy="true">
      <p className="sr-only" role="status">
        Loading {caption.toLowerCase()}…
      </p>
      <table className="data-table" aria-hidden="true">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              {columns.map((c, i) => (
                <td key={c}>
                  <span className="skeleton" style={{ width: `${40 + ((r * 7 + i * 13) % 50)}%` }} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        Loading…
      </p>
      <span className="skeleton skeleton--title" />
      <span className="skeleton skeleton--line" />
      <span className="skeleton skeleton--line" style={{ width: "40%" }} />
    </div>
  );
}
