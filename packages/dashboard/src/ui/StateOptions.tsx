import { STATE_NAMES, stateName } from "../lib/states";

/** States, DC and territories with delegations (not the historical codes): the options of a state select. */
export const STATE_CODES = Object.keys(STATE_NAMES).filter((c) => !["DK", "OL", "PI"].includes(c));

export function StateOptions() {
  return (
    <>
      {STATE_CODES.map((c) => (
        <option key={c} value={c}>
          {c} — {stateName(c)}
        </option>
      ))}
    </>
  );
}
