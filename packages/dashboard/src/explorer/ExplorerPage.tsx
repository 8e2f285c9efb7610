/** GraphiQL against this server's /graphql, with the repository's example queries as tabs. Loaded lazily. */
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { buildSchema } from "graphql";
import { useCallback, useEffect, useState } from "react";
import { textParam, useUrlState } from "../lib/use-url-state";
import { EXAMPLES, newestLetterId, withLetterId, type Example } from "./examples";
// The committed schema (CI checks it is what the server emits): production servers turn introspection off.
import SDL from "../../../shared/schema.graphql?raw";
import { exampleOfTab, storageWithExampleTabs, TAB_STATE_KEY } from "./tab-url";

type Props = React.ComponentProps<typeof GraphiQL>;

const fetcher: Props["fetcher"] = async (params) => {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(params),
  });
  return res.json();
};

/** Built once, from the bundled SDL: GraphiQL's completion and docs work without introspection. */
const SCHEMA = buildSchema(SDL);

const FALLBACK = `# Letters, newest first\nquery RecentLetters {\n  letters(first: 5) {\n    edges { node { id title sentOn signerCount } }\n  }\n}\n`;

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: GraphiQL keeps its tabs in memory
  }
}

export default function ExplorerPage() {
  // The examples that take a letter id get the newest letter's, so they answer with data; the placeholder stays when there are none.
  const [examples, setExamples] = useState<Example[] | null>(() => (EXAMPLES.length ? null : EXAMPLES));
  useEffect(() => {
    if (examples) return;
    let live = true;
    void newestLetterId().then((id) => live && setExamples(withLetterId(EXAMPLES, id)));
    return () => {
      live = false;
    };
  }, [examples]);
  if (!examples) {
    return (
      <section className="explorer" aria-labelledby="explorer-title" aria-busy="true">
        <title>API explorer · Signatory</title>
        <div className="page-head">
          <h1 id="explorer-title">API explorer</h1>
          <p className="page-head__meta" role="status">
            Loading the examples…
          </p>
        </div>
      </section>
    );
  }
  return <Explorer examples={examples} />;
}

function Explorer({ examples: EXAMPLES }: { examples: Example[] }) {
  const [example, setExample] = useUrlState(...textParam("example"), { replace: true });
  // Read once: GraphiQL replaces the editor whenever `query` changes, so these stay as they were on load.
  const [initial] = useState(() => {
    const storage = storageWithExampleTabs(EXAMPLES, localStorageOrNull());
    const fromUrl = EXAMPLES.find((e) => e.name === example);
    const stored = localStorageOrNull()?.getItem(TAB_STATE_KEY) ?? null;
    // GraphiQL opens the tab with these contents; with nothing stored and no ?example=, the first example.
    const open = fromUrl ?? (stored ? undefined : EXAMPLES[0]);
    return { storage, query: open?.query, variables: open ? (open.variables ?? "") : undefined };
  });

  const onTabChange = useCallback<NonNullable<Props["onTabChange"]>>(
    (state) => {
      const name = exampleOfTab(EXAMPLES, state.tabs[state.activeTabIndex])?.name ?? null;
      // Typing in the editors calls this too: touch the URL only when the open example changes.
      if (new URLSearchParams(window.location.search).get("example") === name) return;
      setExample(name ?? "");
    },
    [setExample, EXAMPLES],
  );

  return (
    <section className="explorer" aria-labelledby="explorer-title">
      <title>API explorer · Signatory</title>
      <div className="page-head">
        <h1 id="explorer-title">API explorer</h1>
        <p className="page-head__meta">
          Queries run against this server’s <code>/graphql</code> as you (signed-in cookie). {EXAMPLES.length} examples open as tabs; the
          open example is kept in the address, so a link opens it.
        </p>
      </div>
      <div className="explorer__frame">
        {EXAMPLES.length ? (
          <GraphiQL
            fetcher={fetcher}
            schema={SCHEMA}
            storage={initial.storage}
            query={initial.query}
            variables={initial.variables}
            onTabChange={onTabChange}
            defaultEditorToolsVisibility="variables"
            shouldPersistHeaders={false}
          />
        ) : (
          <GraphiQL
            fetcher={fetcher}
            schema={SCHEMA}
            defaultTabs={[{ query: FALLBACK }]}
            defaultEditorToolsVisibility="variables"
            shouldPersistHeaders={false}
          />
        )}
      </div>
    </section>
  );
}
