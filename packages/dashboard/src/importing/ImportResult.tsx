import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { plural } from "../lib/format";
import { StatusBadge } from "./StatusBadge";

export const ImportResult_result = graphql(`
  fragment ImportResult_result on ImportResult {
    created
    needsReview
    letter {
      id
      title
      signatures(first: 100, filter: { statuses: [CONFIRMED] }) {
        edges {
          node {
            id
            printedName
            status
            member {
              bioguideId
              fullName
            }
          }
        }
      }
    }
  }
`);

/** After saving: a link to the stored letter, the names fixed by hand and what is left to review. */
export function ImportResult(props: { result: FragmentType<typeof ImportResult_result>; onAnother: () => void }) {
  const result = getFragmentData(ImportResult_result, props.result);
  const { letter, created, needsReview } = result;
  const resolved = letter.signatures.edges.map(({ node }) => node);
  return (
    <section className="card" aria-labelledby="saved-title">
      <h2 id="saved-title">{created ? "Letter saved" : "Already imported"}</h2>
      <p>
        <Link to={`/letters/${encodeURIComponent(letter.id)}`}>{letter.title}</Link>
        {created ? " is stored." : " was stored before; nothing new was written."}
      </p>
      {resolved.length > 0 && (
        <>
          <h3>Names fixed by hand</h3>
          <ul className="plain-list">
            {resolved.map((r) => (
              <li key={r.id}>
                “{r.printedName}” → {r.member?.fullName ?? ""} <StatusBadge status={r.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {needsReview > 0 && (
        <p>
          {plural(needsReview, "name")} still {needsReview === 1 ? "needs" : "need"} review: <Link to="/review">open the review queue</Link>
          .
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={props.onAnother}>
        Import another letter
      </button>
    </section>
  );
}
