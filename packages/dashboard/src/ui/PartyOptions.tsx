import { PARTIES, partyInfo } from "../lib/party";

/** The parties as <option>s of a select, "Democrat (D)", in the API's order. */
export function PartyOptions() {
  return PARTIES.map((p) => (
    <option key={p} value={p}>
      {partyInfo(p).name} ({partyInfo(p).abbr})
    </option>
  ));
}
