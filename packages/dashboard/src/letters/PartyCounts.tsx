import { getFragmentData, graphql, type FragmentType } from "../gql";
import { countByParty, formatPartyCounts, partyInfo } from "../lib/party";

export const PartyCounts_signature = graphql(`
  fragment PartyCounts_signature on Signature {
    id
    party
  }
`);

/** Signers by party as small labelled bars ("D 48 · R 3"), each party a letter and a colour. */
export function PartyCounts(props: { signatures: ReadonlyArray<FragmentType<typeof PartyCounts_signature>> }) {
  const signatures = getFragmentData(PartyCounts_signature, props.signatures);
  const counts = countByParty(signatures.map((s) => s.party));
  const total = signatures.length;
  if (total === 0) return null;
  return (
    <figure className="party-counts">
      <figcaption className="sr-only">Signers by party: {formatPartyCounts(counts)}</figcaption>
      <ul className="party-counts__list" aria-hidden="true">
        {counts.map(({ party, count }) => {
          const info = partyInfo(party);
          return (
            <li key={party ?? "unknown"} className="party-counts__item" title={`${info.name}: ${count}`}>
              <span className={`party party--${info.tone}`}>{info.abbr}</span>
              <span className="party-counts__track">
                <span className={`party-counts__bar party-bar--${info.tone}`} style={{ width: `${Math.max(2, (count / total) * 100)}%` }} />
              </span>
              <span className="party-counts__count">{count}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
