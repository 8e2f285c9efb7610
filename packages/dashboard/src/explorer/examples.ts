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
  const name = path.split("/").pop()!.replace(/\.graphql$/, "");
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
