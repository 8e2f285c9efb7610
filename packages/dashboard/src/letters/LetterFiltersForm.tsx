import { useCallback } from "react";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import type { LetterChamber, Party } from "../gql/graphql";
import { CHAMBER_LABEL } from "../lib/format";
import { PartyOptions } from "../ui/PartyOptions";
import { STATE_CODES, stateName } from "../lib/states";
import { isoDateOrNull } from "../lib/use-url-state";
import { useUrlText } from "../lib/use-url-text";
import { activeLetterFilters, NO_LETTER_FILTERS, SORT_LABEL, type LetterFilters, type LetterSort } from "./letter-filters";

export const LetterFiltersForm_stats = graphql(`
  fragment LetterFiltersForm_stats on Stats {
    byTopic {
      topic
      letters
    }
  }
`);

/**
 * Search, filters and sort of the Letters view. Every change goes to `onChange` (the URL);
 * the two text boxes wait for a pause in typing (or Enter).
 */
export function LetterFiltersForm(props: {
  filters: LetterFilters;
  onChange: (next: LetterFilters) => void;
  /** Topics with letter counts; null while loading. */
  stats: FragmentType<typeof LetterFiltersForm_stats> | null;
}) {
  const { filters, onChange } = props;
  const topics = getFragmentData(LetterFiltersForm_stats, props.stats)?.byTopic ?? [];
  const set = (next: Partial<LetterFilters>) => onChange({ ...filters, ...next });

  const commitSearch = useCallback(
    (q: string) => onChange({ ...filters, q, sort: !q && filters.sort === "relevance" ? "date" : filters.sort }),
    [filters, onChange],
  );
  const commitRecipient = useCallback((recipient: string) => onChange({ ...filters, recipient }), [filters, onChange]);
  const search = useUrlText(filters.q, commitSearch);
  const recipient = useUrlText(filters.recipient, commitRecipient);
  const filtered = activeLetterFilters(filters).length > 0;

  return (
    <form
      className="letter-filters"
      role="search"
      aria-label="Search and filter letters"
      onSubmit={(e) => {
        e.preventDefault();
        search.flush();
        recipient.flush();
      }}
    >
      <div className="field letter-filters__search">
        <label htmlFor="letters-q">Search letters</label>
        <span id="letters-q-hint" className="sr-only">
          Words or a phrase in quotes, searched in titles and letter text; a minus excludes a word.
        </span>
        <input
          id="letters-q"
          type="search"
          value={search.draft}
          onChange={(e) => search.setDraft(e.target.value)}
          placeholder={'e.g. Magnitsky or "human rights"'}
          aria-describedby="letters-q-hint"
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <div className="field">
        <label htmlFor="letters-from">Sent from</label>
        <input
          id="letters-from"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => set({ from: isoDateOrNull(e.target.value) ?? "" })}
        />
      </div>
      <div className="field">
        <label htmlFor="letters-to">Sent to</label>
        <input
          id="letters-to"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => set({ to: isoDateOrNull(e.target.value) ?? "" })}
        />
      </div>
      <div className="field">
        <label htmlFor="letters-chamber">Chamber</label>
        <select id="letters-chamber" value={filters.chamber} onChange={(e) => set({ chamber: e.target.value as LetterChamber | "" })}>
          <option value="">Any chamber</option>
          {(Object.keys(CHAMBER_LABEL) as LetterChamber[]).map((c) => (
            <option key={c} value={c}>
              {CHAMBER_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="letters-topic">Topic</label>
        <select id="letters-topic" value={filters.topic} onChange={(e) => set({ topic: e.target.value })}>
          <option value="">Any topic</option>
          {/* A topic from a link that no letter has yet still shows what is filtered. */}
          {filters.topic && !topics.some((t) => t.topic === filters.topic) && <option value={filters.topic}>{filters.topic}</option>}
          {topics.map((t) => (
            <option key={t.topic} value={t.topic}>
              {t.topic} ({t.letters})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="letters-recipient">Recipient</label>
        <input
          id="letters-recipient"
          type="search"
          value={recipient.draft}
          onChange={(e) => recipient.setDraft(e.target.value)}
          placeholder="e.g. Pompeo"
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="letters-state">Signer state</label>
        <select id="letters-state" value={filters.state} onChange={(e) => set({ state: e.target.value })}>
          <option value="">Any state</option>
          {STATE_CODES.map((c) => (
            <option key={c} value={c}>
              {c} — {stateName(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="letters-party">Signer party</label>
        <select id="letters-party" value={filters.party} onChange={(e) => set({ party: e.target.value as Party | "" })}>
          <option value="">Any party</option>
          <PartyOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor="letters-sort">Sort</label>
        <select id="letters-sort" value={filters.sort} onChange={(e) => set({ sort: e.target.value as LetterSort })}>
          <option value="date">{SORT_LABEL.date}</option>
          <option value="signers">{SORT_LABEL.signers}</option>
          {filters.q && <option value="relevance">{SORT_LABEL.relevance}</option>}
        </select>
      </div>
      <div className="letter-filters__end">
        <label className="checkbox">
          <input type="checkbox" checked={filters.bipartisan} onChange={(e) => set({ bipartisan: e.target.checked })} />
          <span className="checkbox__text">
            Bipartisan only <span className="muted checkbox__hint">(a Democrat and a Republican signed)</span>
          </span>
        </label>
        <button
          type="button"
          className="button button--secondary"
          disabled={!filtered}
          onClick={() => {
            search.setDraft("");
            recipient.setDraft("");
            onChange({ ...NO_LETTER_FILTERS, sort: filters.sort === "relevance" ? "date" : filters.sort });
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
