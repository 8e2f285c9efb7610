import { useId } from "react";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { ROLE_LABEL } from "../lib/format";
import { PARTIES, partyInfo } from "../lib/party";
import { stateName } from "../lib/states";
import { hasFilters, NO_FILTERS, ROLES, type SignerFilters as Filters } from "./signer-filters";

export const SignerFilters_signature = graphql(`
  fragment SignerFilters_signature on Signature {
    id
    state
    party
    role
  }
`);

interface Option {
  value: string;
  label: string;
}

/** Each value present among the signers, with how many signers have it. */
function optionsOf<T extends string>(values: Array<T | null>, order: (a: T, b: T) => number, label: (v: T) => string): Option[] {
  const counts = new Map<T, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort(order).map((v) => ({ value: v, label: `${label(v)} (${counts.get(v)})` }));
}

/** State, party and role selects; the options are those present on the letter. */
export function SignerFilters(props: {
  signatures: ReadonlyArray<FragmentType<typeof SignerFilters_signature>>;
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { filters, onChange } = props;
  const signatures = getFragmentData(SignerFilters_signature, props.signatures);
  const id = useId();
  const states = optionsOf(signatures.map((s) => s.state ?? null), (a, b) => a.localeCompare(b), (s) => `${s} — ${stateName(s)}`);
  const parties = optionsOf(signatures.map((s) => s.party ?? null), (a, b) => PARTIES.indexOf(a) - PARTIES.indexOf(b), (p) => `${partyInfo(p).name} (${partyInfo(p).abbr})`);
  const roles = optionsOf(signatures.map((s) => s.role), (a, b) => ROLES.indexOf(a) - ROLES.indexOf(b), (r) => ROLE_LABEL[r]);

  return (
    <form className="filters" role="search" aria-label="Filter signers" onSubmit={(e) => e.preventDefault()}>
      <FilterSelect
        id={`${id}-state`}
        label="State"
        all="All states"
        options={states}
        selected={filters.states}
        describe={(v) => `${v} — ${stateName(v)}`}
        onSelect={(v) => onChange({ ...filters, states: v })}
      />
      <FilterSelect
        id={`${id}-party`}
        label="Party"
        all="All parties"
        options={parties}
        selected={filters.parties}
        describe={(v) => partyInfo(v as never).name}
        onSelect={(v) => onChange({ ...filters, parties: v as Filters["parties"] })}
      />
      <FilterSelect
        id={`${id}-role`}
        label="Role"
        all="All roles"
        options={roles}
        selected={filters.roles}
        describe={(v) => ROLE_LABEL[v as keyof typeof ROLE_LABEL] ?? v}
        onSelect={(v) => onChange({ ...filters, roles: v as Filters["roles"] })}
      />
      <button
        type="button"
        className="button button--secondary filters__clear"
        disabled={!hasFilters(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        Clear filters
      </button>
    </form>
  );
}

const MANY = "__many__";

/**
 * One filter as a single-choice select. A URL may carry several values of one filter
 * (`?state=CA&state=NY`); the select then shows them as one extra, selected option.
 */
function FilterSelect(props: {
  id: string;
  label: string;
  all: string;
  options: Option[];
  selected: string[];
  describe: (value: string) => string;
  onSelect: (values: string[]) => void;
}) {
  const { id, label, all, selected, describe, onSelect } = props;
  // A value from the URL that no signer has is still shown, so the select never lies.
  const options = [...props.options];
  if (selected.length === 1 && !options.some((o) => o.value === selected[0])) {
    options.push({ value: selected[0], label: `${describe(selected[0])} (0)` });
  }
  const value = selected.length === 0 ? "" : selected.length === 1 ? selected[0] : MANY;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onSelect(e.target.value && e.target.value !== MANY ? [e.target.value] : [])}
      >
        <option value="">{all}</option>
        {selected.length > 1 && <option value={MANY}>{selected.map(describe).join(", ")}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
