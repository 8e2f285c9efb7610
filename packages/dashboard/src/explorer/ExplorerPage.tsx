/** GraphiQL against this server's /graphql, with the repository's example queries as tabs. Loaded lazily. */
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { EXAMPLES } from "./examples";

type Fetcher = React.ComponentProps<typeof GraphiQL>["fetcher"];

const fetcher: Fetcher = async (params) => {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(params),
  });
  return res.json();
};

const FALLBACK = `# Letters, newest first\nquery RecentLetters {\n  letters(first: 5) {\n    edges { node { id title sentOn signerCount } }\n  }\n}\n`;

export default function ExplorerPage() {
  const tabs = EXAMPLES.length ? EXAMPLES.map((e) => ({ query: e.query, variables: e.variables })) : [{ query: FALLBACK }];
  return (
    <section className="explorer" aria-labelledby="explorer-title">
      <title>API explorer · Signatory</title>
      <div className="page-head">
        <h1 id="explorer-title">API explorer</h1>
        <p className="page-head__meta">
          Queries run against this server’s <code>/graphql</code> as you (signed-in cookie). {EXAMPLES.length} examples open as tabs.
        </p>
      </div>
      <div className="explorer__frame">
        <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility="variables" shouldPersistHeaders={false} />
      </div>
    </section>
  );
}
