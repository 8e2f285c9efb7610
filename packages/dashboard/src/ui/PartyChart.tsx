import type { Party } from "../gql/graphql";
import { formatPartyCounts, partyInfo } from "../lib/party";

const ROW = 30;
const LABEL = 36;
const WIDTH = 360;

/** Horizontal SVG bars, one per party, each labelled with the party's letter and the count. */
export function PartyChart({ counts, title }: { counts: ReadonlyArray<{ party?: Party | null; count: number }>; title: string }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const total = counts.reduce((n, c) => n + c.count, 0);
  const summary = formatPartyCounts(counts.map((c) => ({ party: c.party ?? null, count: c.count })));
  if (counts.length === 0) return <p className="muted">No signatures to chart.</p>;
  return (
    <figure className="party-chart">
      <figcaption className="party-chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${counts.length * ROW}`} className="party-chart__svg" role="img" aria-label={`${title}: ${summary}`}>
        {counts.map((c, i) => {
          const info = partyInfo(c.party);
          const w = Math.max(2, ((WIDTH - LABEL - 70) * c.count) / max);
          const y = i * ROW;
          return (
            <g key={c.party ?? "unknown"} className={`party-chart__row party-fill--${info.tone}`}>
              <text x={0} y={y + 20} className="party-chart__label">
                {info.abbr}
              </text>
              <rect x={LABEL} y={y + 6} width={w} height={ROW - 12} rx={3} />
              <text x={LABEL + w + 6} y={y + 20} className="party-chart__value">
                {c.count} ({Math.round((100 * c.count) / Math.max(1, total))}%)
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
