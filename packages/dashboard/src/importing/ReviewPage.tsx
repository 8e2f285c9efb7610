import { useMutation, useQuery } from "@apollo/client";
import { useState } from "react";
import { Link } from "react-router-dom";
import { RequireEditor } from "../auth/RequireEditor";
import { graphql } from "../gql";
import { formatDate, plural } from "../lib/format";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TableSkeleton } from "../ui/Skeleton";
import { MemberPicker } from "./MemberPicker";
import { StatusBadge } from "./StatusBadge";

export const ResolveSignatureMutation = graphql(`
  mutation ResolveSignature($id: ID!, $bioguideId: String!) {
    resolveSignature(id: $id, bioguideId: $bioguideId) {
      id
      position
      printedName
      status
      confidence
      bioguideId
      party
      state
      member {
        bioguideId
        fullName
      }
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue(first: 100) {
      totalCount
      edges {
        node {
          id
          position
          printedName
          status
          confidence
          candidates {
            bioguideId
            score
            member {
              bioguideId
              fullName
              party
              state
            }
          }
          letter {
            id
            title
            sentOn
            chamber
            original {
              signatureCrops {
                position
                url
              }
            }
          }
        }
      }
    }
  }
`);

/** Names the matcher could not settle, newest letters first, each with a member picker. */
export default function ReviewPage() {
  return (
    <>
      <title>Review queue · Signatory</title>
      <div className="page-head">
        <h1>Review queue</h1>
        <p className="page-head__meta">Printed names that are ambiguous or matched nobody.</p>
      </div>
      <RequireEditor action="review matches">
        <ReviewQueue />
      </RequireEditor>
    </>
  );
}

function ReviewQueue() {
  const { data, error, refetch } = useQuery(ReviewQueueQuery, { fetchPolicy: "cache-and-network" });
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string[]>([]);
  const [resolve, resolving] = useMutation(ResolveSignatureMutation);

  if (error) return <ErrorMessage error={error} what="the review queue" onRetry={() => void refetch()} />;
  if (!data) return <TableSkeleton caption="Review queue" columns={["Letter", "Printed name", "Match", "Member"]} />;
  const items = data.reviewQueue.edges.map((e) => e.node);

  return (
    <>
      <p className="count-line" role="status" aria-live="polite">
        {plural(data.reviewQueue.totalCount, "name")} to review
        {done.length > 0 && ` · ${done.length} confirmed just now`}
      </p>
      {resolving.error && <ErrorMessage error={resolving.error} what="the confirmation" />}
      {items.length === 0 ? (
        <div className="empty-state empty-state--small">
          <p>Nothing to review: every imported name is matched or confirmed. New letters with doubtful names will show up here.</p>
          <p>
            <Link className="button" to="/import">
              Import a letter
            </Link>
          </p>
        </div>
      ) : (
        <ul className="review-list">
          {items.map((s) => (
            <li key={s.id} className="card review-item">
              <p className="review-item__letter">
                <Link to={`/letters/${encodeURIComponent(s.letter.id)}`}>{s.letter.title}</Link>{" "}
                <span className="muted">
                  {formatDate(s.letter.sentOn, "short")} · signature #{s.position}
                </span>
              </p>
              <p>
                <strong>“{s.printedName}”</strong> <StatusBadge status={s.status} />
              </p>
              {s.letter.original?.signatureCrops
                .filter((c) => c.position === s.position && c.url)
                .map((c) => (
                  <img
                    key={c.url}
                    className="review-item__crop"
                    src={c.url!}
                    alt={`The page where “${s.printedName}” was read`}
                    loading="lazy"
                  />
                ))}
              <form
                className="review-item__form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const bioguideId = picks[s.id];
                  if (!bioguideId) return;
                  void resolve({ variables: { id: s.id, bioguideId } })
                    .then(() => {
                      setDone((d) => [...d, s.id]);
                      return refetch();
                    })
                    .catch(() => undefined);
                }}
              >
                <MemberPicker
                  printedName={s.printedName}
                  date={s.letter.sentOn}
                  chamber={s.letter.chamber}
                  candidates={s.candidates}
                  value={picks[s.id] ?? ""}
                  onChange={(id) => setPicks((p) => ({ ...p, [s.id]: id }))}
                />
                <button type="submit" className="button" disabled={!picks[s.id] || resolving.loading}>
                  Confirm
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
