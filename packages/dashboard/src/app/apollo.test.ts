import { ApolloClient } from "@apollo/client";
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import manifest from "../gql/persisted-documents.json";
import { MeDocument } from "../gql/graphql";
import { createCache, createHttpLink, trustedHash } from "./apollo";

type Sent = { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };

/** A client over a fake /graphql that records every body and answers with `answer(body, n)`. */
function clientWith(answer: (body: Sent, n: number) => unknown) {
  const sent: Sent[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Sent;
    sent.push(body);
    return new Response(JSON.stringify(answer(body, sent.length)), { headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
  const client = new ApolloClient({ link: createHttpLink("http://test/graphql", fetchImpl), cache: createCache() });
  return { client, sent };
}

const me = { data: { __typename: "Query", me: { __typename: "User", id: "1", email: "a@b.c", role: "VIEWER" } } };

describe("trusted documents", () => {
  it("every operation's hash is in the manifest, and the manifest's text hashes to it", async () => {
    const entries = Object.entries(manifest as Record<string, string>);
    expect(entries.length).toBeGreaterThan(20);
    for (const [hash, text] of entries) {
      const digest = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))).toString("hex");
      expect(digest).toBe(hash);
    }
    expect((manifest as Record<string, string>)[trustedHash(MeDocument)!]).toMatch(/^query Me /);
  });

  it("sends the hash, not the text, for the dashboard's own documents", async () => {
    const { client, sent } = clientWith(() => me);
    const result = await client.query({ query: MeDocument });
    expect(result.data.me?.email).toBe("a@b.c");
    expect(sent).toHaveLength(1);
    expect(sent[0].query).toBeUndefined();
    expect(sent[0].extensions?.persistedQuery?.sha256Hash).toBe(trustedHash(MeDocument));
  });

  it("sends the text once more when the server does not know the hash", async () => {
    const { client, sent } = clientWith((_b, n) =>
      n === 1 ? { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] } : me,
    );
    await client.query({ query: MeDocument });
    expect(sent).toHaveLength(2);
    // Apollo Client's text: the document with the __typename fields its cache adds
    expect(sent[1].query).toMatch(/^query Me \{/);
    expect(sent[1].query).toContain("__typename");
    expect(sent[1].query).not.toBe(print(MeDocument));
    expect(sent[1].extensions).toBeUndefined();
  });
});
