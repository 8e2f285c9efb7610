/**
 * Which example tab of GraphiQL is open, kept in the URL (`/explorer?example=member-record`).
 *
 * GraphiQL 4 has no "active tab" prop. It restores its tabs from storage and then selects the tab
 * whose contents equal its `query` + `variables` props (adding one when none does). So: a storage
 * that starts with the examples as tabs when nothing is stored yet, the chosen example as
 * `query` + `variables`, and `onTabChange` writing the active example back to the URL.
 */
import type { Example } from "./examples";

/** GraphiQL's persisted tab, as its storage format (`graphiql:tabState`) has it. */
export interface StoredTab {
  id: string;
  hash: string;
  title: string;
  query: string | null;
  variables: string | null;
  headers: string | null;
  operationName: string | null;
  response: string | null;
}

export const TAB_STATE_KEY = "graphiql:tabState";

const operationName = (query: string) => /^(?!#).*(?:query|subscription|mutation)\s+([a-zA-Z0-9_]+)/m.exec(query)?.[1] ?? null;

/** The examples as GraphiQL tab state, the first one open (the same hash GraphiQL computes). */
export function exampleTabState(examples: readonly Example[]): { tabs: StoredTab[]; activeTabIndex: number } {
  return {
    activeTabIndex: 0,
    tabs: examples.map((e) => ({
      id: `example-${e.name}`,
      hash: [e.query, e.variables ?? "", ""].join("|"),
      title: operationName(e.query) ?? e.name,
      query: e.query,
      variables: e.variables ?? null,
      headers: null,
      operationName: operationName(e.query),
      response: null,
    })),
  };
}

/** The example a tab shows unchanged, if any. */
export function exampleOfTab(
  examples: readonly Example[],
  tab: { query?: string | null; variables?: string | null } | undefined,
): Example | undefined {
  if (!tab) return undefined;
  return examples.find((e) => e.query === (tab.query ?? "") && (e.variables ?? "") === (tab.variables ?? ""));
}

/** localStorage, except that the tab state defaults to the examples when none is stored. */
export function storageWithExampleTabs(examples: readonly Example[], backing: globalThis.Storage | null) {
  const memory = new Map<string, string>();
  const get = (key: string) => (backing ? backing.getItem(key) : (memory.get(key) ?? null));
  return {
    getItem: (key: string) => get(key) ?? (key === TAB_STATE_KEY ? JSON.stringify(exampleTabState(examples)) : null),
    setItem: (key: string, value: string) => (backing ? backing.setItem(key, value) : memory.set(key, value)),
    removeItem: (key: string) => (backing ? backing.removeItem(key) : memory.delete(key)),
    clear: () => {
      for (const key of backing ? Object.keys(backing) : [...memory.keys()]) {
        if (!key.startsWith("graphiql:")) continue;
        if (backing) backing.removeItem(key);
        else memory.delete(key);
      }
    },
    get length() {
      return (backing ? Object.keys(backing) : [...memory.keys()]).filter((k) => k.startsWith("graphiql:")).length;
    },
  };
}
