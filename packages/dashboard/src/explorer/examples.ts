/** The repository's example operations (examples/*.graphql), each with the variables its header comment gives. */
const files = import.meta.glob("../../../../examples/*.graphql", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

export interface Example {
  name: string;
  query: string;
  variables?: string;
}

/** Reads `# Variables: { ... }` from the comment at the top of an example. */
export function exampleOf(path: string, text: string): Example {
  const name = path
    .split("/")
    .pop()!
    .replace(/\.graphql$/, "");
  const match = /^#\s*Variables:\s*(\{.*\})\s*$/m.exec(text);
  let variables: string | undefined;
  if (match) {
    try {
      variables = JSON.stringify(JSON.parse(match[1]), null, 2);
    } catch {
      variables = undefined;
    }
  }
  return { name, query: text, variables };
}

export const EXAMPLES: Example[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => exampleOf(path, text));

/** The placeholder the examples' `# Variables:` give for a letter id. */
export const LETTER_ID_PLACEHOLDER = "<letter id or uuid>";

/** The examples with a real letter id in place of the placeholder; unchanged when there is none. */
export function withLetterId(examples: readonly Example[], id: string | null | undefined): Example[] {
  if (!id) return [...examples];
  return examples.map((e) =>
    e.variables?.includes(LETTER_ID_PLACEHOLDER)
      ? { ...e, variables: e.variables.split(LETTER_ID_PLACEHOLDER).join(id.replace(/["\\]/g, "")) }
      : e,
  );
}

/** The newest letter's id, for the examples' variables; null when there are no letters or the request fails. */
export async function newestLetterId(fetcher: typeof fetch = fetch): Promise<string | null> {
  try {
    const res = await fetcher("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ query: "query NewestLetterId { letters(first: 1) { edges { node { id } } } }" }),
    });
    const body = (await res.json()) as { data?: { letters?: { edges?: { node?: { id?: unknown } }[] } } };
    const id = body.data?.letters?.edges?.[0]?.node?.id;
    return typeof id === "string" && id ? id : null;
  } catch {
    return null;
  }
}
