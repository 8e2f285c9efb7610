import { useApolloClient, useMutation, useQuery } from "@apollo/client";
import { useNavigate } from "react-router-dom";
import { textParam, useUrlState } from "../lib/use-url-state";
import { RequireEditor } from "../auth/RequireEditor";
import { graphql } from "../gql";
import { formatDate } from "../lib/format";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PageSkeleton } from "../ui/Skeleton";
import "./curation.css";

export const DeletedLettersQuery = graphql(`
  query DeletedLetters {
    deletedLetters(first: 100) {
      id
      databaseId
      title
      sentOn
      deletedAt
      deletedBy
      reason
      restorableUntil
    }
  }
`);

export const RestoreLetterMutation = graphql(`
  mutation RestoreLetter($id: ID!) {
    restoreLetter(id: $id) {
      id
      databaseId
    }
  }
`);

function DeletedLetters() {
  const [justDeleted] = useUrlState(...textParam("deleted"));
  const { data, error, refetch } = useQuery(DeletedLettersQuery, { fetchPolicy: "network-only" });
  const [restore, restoring] = useMutation(RestoreLetterMutation);
  const client = useApolloClient();
  const navigate = useNavigate();
  if (error) return <ErrorMessage error={error} what="the deleted letters" onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton />;
  const letters = data.deletedLetters;
  const undo = async (id: string) => {
    const res = await restore({ variables: { id } }).catch(() => null);
    if (!res?.data) return;
    await client.clearStore();
    navigate(`/letters/${res.data.restoreLetter.id}`);
  };
  const recent = letters.find((l) => l.databaseId === justDeleted);
  return (
    <section>
      <title>Deleted letters · Signatory</title>
      <h1>Deleted letters</h1>
      {recent && (
        <div className="notice" role="status">
          <p>Deleted “{recent.title}”.</p>
          <button type="button" className="button" onClick={() => void undo(recent.databaseId)} disabled={restoring.loading}>
            Undo: restore it
          </button>
        </div>
      )}
      {restoring.error && (
        <div className="notice notice--error" role="alert">
          <p>{restoring.error.message}</p>
        </div>
      )}
      <p className="muted">Deleted letters can be restored, with their signatures and review decisions, for 30 days.</p>
      {letters.length === 0 ? (
        <p>No deleted letters.</p>
      ) : (
        <ul className="deleted-list">
          {letters.map((l) => (
            <li key={l.databaseId} className="card">
              <div>
                <strong>{l.title}</strong> <span className="muted">({formatDate(l.sentOn)})</span>
                <p className="muted">
                  Deleted {new Date(l.deletedAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })} by {l.deletedBy}
                  {l.reason ? ` (${l.reason})` : ""}; restorable until {formatDate(l.restorableUntil.slice(0, 10))}.
                </p>
              </div>
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Restore ${l.title}`}
                onClick={() => void undo(l.databaseId)}
                disabled={restoring.loading}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Letters deleted in the last 30 days, each with Restore (editors only). */
export default function DeletedLettersPage() {
  return (
    <RequireEditor action="see deleted letters">
      <DeletedLetters />
    </RequireEditor>
  );
}
