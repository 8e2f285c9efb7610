import { describe, expect, it } from "vitest";
import type { Example } from "./examples";
import { exampleOfTab, exampleTabState, storageWithExampleTabs, TAB_STATE_KEY } from "./tab-url";

const examples: Example[] = [
  {
    name: "search-letters",
    query: "# Search\nquery SearchLetters($search: String!) { letters { totalCount } }",
    variables: '{\n  "search": "x"\n}',
  },
  { name: "stats", query: "query Stats { stats { letters } }" },
];

describe("explorer tabs in the URL", () => {
  it("turns the examples into GraphiQL's stored tab state, titled by operation", () => {
    const state = exampleTabState(examples);
    expect(state.activeTabIndex).toBe(0);
    expect(state.tabs.map((t) => t.title)).toEqual(["SearchLetters", "Stats"]);
    // GraphiQL matches its `query` + `variables` props against this hash to pick the open tab.
    expect(state.tabs[1].hash).toBe("query Stats { stats { letters } }||");
  });

  it("names the example an unchanged tab shows, and none for an edited or new tab", () => {
    expect(exampleOfTab(examples, { query: examples[0].query, variables: examples[0].variables })?.name).toBe("search-letters");
    expect(exampleOfTab(examples, { query: examples[1].query, variables: null })?.name).toBe("stats");
    expect(exampleOfTab(examples, { query: examples[1].query + " ", variables: null })).toBeUndefined();
    expect(exampleOfTab(examples, { query: examples[0].query, variables: "{}" })).toBeUndefined();
    expect(exampleOfTab(examples, undefined)).toBeUndefined();
  });

  it("starts from the examples when nothing is stored, then keeps what GraphiQL stores", () => {
    const storage = storageWithExampleTabs(examples, null);
    expect(JSON.parse(storage.getItem(TAB_STATE_KEY)!).tabs).toHaveLength(2);
    expect(storage.getItem("graphiql:query")).toBeNull();
    storage.setItem(TAB_STATE_KEY, '{"tabs":[],"activeTabIndex":0}');
    expect(storage.getItem(TAB_STATE_KEY)).toBe('{"tabs":[],"activeTabIndex":0}');
    expect(storage.length).toBe(1);
    storage.clear();
    expect(storage.length).toBe(0);
  });
});
