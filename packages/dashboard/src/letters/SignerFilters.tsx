import { useId } from "react";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { ROLE_LABEL } from "../lib/format";
import { PARTIES, partyInfo } from "../lib/party";
import { stateName } from "../lib/states";
import { hasFilters, NO_FILTERS, ROLES, type SignerFilters as Filters } from "./signer-filters";

export const SignerFilters_letter = graphql(`
  fragment SignerFilters_letter on Letter {
    id
    breakdown {
      byState {
        state
        count
      }
      byParty {
        party
        count
      }
      byRole {
        role
        count
      }
    }
  }
`);

interface Option {
  value: string;
  label: string;
}

/** Each value present among the signers (a count above 0; null = not matched to a member), in `order`, with its count. */
function optionsOf<T extends string>(
  counts: ReadonlyArray<{ value: T | null; count: number }>,
  order: (a: T, b: T) => number,
  label: (v: T) => string,
): Option[] {
  return counts
    .filter((c): c is { value: T; count: number } => c.value !== null && c.count > 0)
    .sort((a, b) => order(a.value, b.value))
    .map((c) => ({ value: c.value, label: `${label(c.value)} (${c.count})` }));
}

/** State, party and role selects; the options are those present on the letter, counted by the server (`breakdown`). */
export function SignerFilters(props: {
  letter: FragmentType<typeof SignerFilters_letter>;
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { filters, onChange } = props;
  const { breakdown } = getFragmentData(SignerFilters_letter, props.letter);
  const id = useId();
  const states = optionsOf(
    breakdown.byState.map((c) => ({ value: c.state ?? null, count: c.count })),
    (a, b) => a.localeCompare(b),
    (s) => `${s} — ${stateName(s)}`,
  );
  const parties = optionsOf(
    breakdown.byParty.map((c) => ({ value: c.party ?? null, count: c.count })),
    (a, b) => PARTIES.indexOf(a) - PARTIES.indexOf(b),
    (p) => `${partyInfo(p).name} (${partyInfo(p).abbr})`,
  );
  const roles = optionsOf(
    breakdown.byRole.map((c) => ({ value: c.role, count: c.count })),
    (a, b) => ROLES.indexOf(a) - ROLES.indexOf(b),
    (r) => ROLE_LABEL[r],
  );

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
      <select id={id} value={value} onChange={(e) => onSelect(e.target.value && e.target.value !== MANY ? [e.target.value] : [])}>
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
