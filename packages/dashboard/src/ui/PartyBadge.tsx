import type { Party } from "../gql/graphql";
import { partyInfo } from "../lib/party";

/** The party's letter on the party's colour; the full name is in the tooltip and for screen readers. */
export function PartyBadge({ party }: { party: Party | null | undefined }) {
  const info = partyInfo(party);
  return (
    <span className={`party party--${info.tone}`} title={info.name}>
      <span aria-hidden="true">{info.abbr}</span>
      <span className="sr-only">{info.name}</span>
    </span>
  );
}
