/**
 * "Watch" for a member or a letters search: saves a watch for the signed-in user (signed-out
 * users see nothing). Errors (a cap reached, a filter refused) are shown as the API words them.
 */
import { useMutation } from "@apollo/client";
import { useState } from "react";
import { Link } from "react-router-dom";
import { useMe } from "../auth/me";
import { graphql } from "../gql";
import type { WatchInput } from "../gql/graphql";

export const CreateWatchMutation = graphql(`
  mutation CreateWatchFromPage($input: WatchInput!) {
    createWatch(input: $input) { watch { id kind label } }
  }
`);

export function WatchButton({ input, label }: { input: WatchInput; label: string }) {
  const { me } = useMe();
  const [create, { data, loading, error }] = useMutation(CreateWatchMutation, { refetchQueries: ["Alerts"] });
  const [done, setDone] = useState(false);
  if (!me) return null;
  return (
    <span className="watch-button">
      <button
        type="button"
        className="button button--secondary"
        disabled={loading || done}
        onClick={() =>
          void create({ variables: { input } }).then(
            () => setDone(true),
            () => undefined,
          )
        }
      >
        {done ? "Watching" : label}
      </button>
      <span role="status" aria-live="polite">
        {done && data && (
          <>
            {" "}
            Saved “{data.createWatch.watch.label}”. <Link to="/notifications">Your alerts</Link>
          </>
        )}
        {error && <span className="error-text"> {error.message}</span>}
      </span>
    </span>
  );
}
