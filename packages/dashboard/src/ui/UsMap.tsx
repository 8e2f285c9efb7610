/**
 * A choropleth of the states (d3-geo's albersUsa projection over us-atlas TopoJSON): darker means
 * more. Every state is a focusable button with a <title>; a table below says the same in text.
 * Load it lazily (`lazy(() => import("./UsMap"))`): the geometry is ~100 KB.
 */
import { geoAlbersUsa, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import statesTopology from "us-atlas/states-10m.json";
import { FIPS_TO_STATE } from "../lib/fips";
import { plural } from "../lib/format";
import { stateName } from "../lib/states";

const WIDTH = 975;
const HEIGHT = 610;
const SCALE = ["#dce8f6", "#a9c8ea", "#6b9fd6", "#3473b9", "#174785"];
const ZERO = "#eef1f5";

interface Shape {
  code: string;
  d: string;
}

let shapes: Shape[] | null = null;

/** Projected outlines, computed once per page load. */
function stateShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = statesTopology as unknown as Topology<{ states: GeometryCollection }>;
  const collection = feature(topology, topology.objects.states);
  const path = geoPath(
    geoAlbersUsa()
      .scale(1300)
      .translate([WIDTH / 2, HEIGHT / 2]),
  );
  shapes = collection.features.map((f) => ({ code: FIPS_TO_STATE[String(f.id)] ?? "", d: path(f) ?? "" })).filter((s) => s.code && s.d);
  return shapes;
}

/** Which of the five shades a count takes (0 has its own light grey). */
export function shadeOf(count: number, max: number): string {
  if (count <= 0 || max <= 0) return ZERO;
  return SCALE[Math.min(SCALE.length - 1, Math.floor(((count - 1) / max) * SCALE.length))];
}

export interface StateCountLike {
  state?: string | null;
  count: number;
}

export default function UsMap({
  counts,
  title,
  unit = "signer",
  selected = [],
  onSelect,
  actionLabel = "show only this state",
  format,
}: {
  counts: ReadonlyArray<StateCountLike>;
  title: string;
  unit?: string;
  selected?: readonly string[];
  onSelect: (code: string) => void;
  actionLabel?: string;
  /** The state's label (title and accessible name); default "California: 12 signers". */
  format?: (code: string, count: number) => string;
}) {
  const byState = new Map<string, number>();
  for (const c of counts) if (c.state) byState.set(c.state, (byState.get(c.state) ?? 0) + c.count);
  const max = Math.max(0, ...byState.values());
  const rows = [...byState].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = stateShapes();
  const offMap = rows.filter(([code]) => !shown.some((s) => s.code === code));

  return (
    <figure className="us-map">
      <figcaption className="us-map__title">{title}</figcaption>
      <svg className="us-map__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`${title}: map`}>
        {shown.map(({ code, d }) => {
          const n = byState.get(code) ?? 0;
          const label = format ? format(code, n) : `${stateName(code)}: ${plural(n, unit)}`;
          const isSelected = selected.includes(code);
          return (
            <path
              key={code}
              d={d}
              fill={shadeOf(n, max)}
              className={isSelected ? "us-map__state is-selected" : "us-map__state"}
              data-state={code}
              role="button"
              tabIndex={0}
              aria-label={`${label}; ${actionLabel}`}
              aria-pressed={isSelected}
              onClick={() => onSelect(code)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onSelect(code);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <div className="us-map__legend" aria-hidden="true">
        <span>0</span>
        <span className="us-map__swatch" style={{ background: ZERO }} />
        {SCALE.map((c) => (
          <span key={c} className="us-map__swatch" style={{ background: c }} />
        ))}
        <span>{max}</span>
      </div>
      {offMap.length > 0 && (
        <p className="muted us-map__note">
          Not on the map:{" "}
          {offMap.map(([code, n], i) => (
            <span key={code}>
              {i > 0 && ", "}
              <button type="button" className="link-button" onClick={() => onSelect(code)}>
                {stateName(code)} ({n})
              </button>
            </span>
          ))}
        </p>
      )}
      <details className="us-map__table">
        <summary>The map as a table</summary>
        {rows.length === 0 ? (
          <p className="muted">No {unit}s to show.</p>
        ) : (
          <table className="data-table data-table--compact">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  {unit[0].toUpperCase() + unit.slice(1)}s
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([code, n]) => (
                <tr key={code}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(code)} aria-pressed={selected.includes(code)}>
                      {stateName(code)}
                    </button>
                  </th>
                  <td className="num">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
