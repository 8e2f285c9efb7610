import type { Party } from "../gql/graphql";
import { describePartyCounts, partyInfo } from "../lib/party";

/**
 * A letter's signers by party as one small stacked bar, with the party letters and counts under it
 * ("D 48 R 3"): a letter and a colour, never colour alone. Screen readers hear
 * "48 Democrats, 3 Republicans".
 */
export function PartyBar({ counts }: { counts: ReadonlyArray<{ party?: Party | null; count: number }> }) {
  const parts = counts.filter((c) => c.count > 0).map((c) => ({ party: c.party ?? null, count: c.count }));
  const total = parts.reduce((n, c) => n + c.count, 0);
  if (total === 0) return null;
  const text = describePartyCounts(parts);
  return (
    <span className="party-bar" title={text}>
      <span className="sr-only">{text}</span>
      <span className="party-bar__track" aria-hidden="true">
        {parts.map((c) => (
          <span
            key={c.party ?? "unknown"}
            className={`party-bar__part party-bar--${partyInfo(c.party).tone}`}
            style={{ width: `${(100 * c.count) / total}%` }}
          />
        ))}
      </span>
      <span className="party-bar__legend" aria-hidden="true">
        {parts.map((c) => {
          const info = partyInfo(c.party);
          return (
            <span key={c.party ?? "unknown"} className="party-bar__item">
              <span className={`party-bar__abbr party-text--${info.tone}`}>{info.abbr}</span> {c.count}
            </span>
          );
        })}
      </span>
    </span>
  );
}
