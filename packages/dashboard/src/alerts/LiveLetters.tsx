/**
 * Keeps a page current: each letter imported anywhere (any server process) arrives over the
 * `letterImported` subscription; the page's active queries are fetched again and the new
 * letter is announced in a polite live region.
 */
import { useApolloClient, useSubscription } from "@apollo/client";
import { useState } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../gql";

export const LetterImportedSubscription = graphql(`
  subscription LetterImported {
    letterImported { id title sentOn signerCount }
  }
`);

export function LiveLetters() {
  const client = useApolloClient();
  const [latest, setLatest] = useState<{ id: string; title: string } | null>(null);
  useSubscription(LetterImportedSubscription, {
    onData: ({ data }) => {
      const letter = data.data?.letterImported;
      if (!letter) return;
      setLatest({ id: letter.id, title: letter.title });
      void client.refetchQueries({ include: "active" });
    },
  });
  return (
    <p className="live-letters" role="status" aria-live="polite" data-testid="live-letters">
      {latest && (
        <>
          New letter: <Link to={`/letters/${encodeURIComponent(latest.id)}`}>{latest.title}</Link>
        </>
      )}
    </p>
  );
}
