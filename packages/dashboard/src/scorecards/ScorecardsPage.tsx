import { useMutation, useQuery } from "@apollo/client";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { hasRole, useMe } from "../auth/me";
import { graphql } from "../gql";
import type { Chamber } from "../gql/graphql";
import { formatDate } from "../lib/format";
import { ErrorMessage } from "../ui/ErrorMessage";
import { TableSkeleton } from "../ui/Skeleton";

const ScorecardsQuery = graphql(`
  query Scorecards {
    scorecards { id name description publishedAt }
  }
`);

const DraftsQuery = graphql(`
  query ScorecardDrafts {
    editableScorecards { id name published updatedAt }
  }
`);

export const CreateScorecard = graphql(`
  mutation CreateScorecard($input: ScorecardInput!) {
    createScorecard(input: $input) { id }
  }
`);

/** Editors: name a new draft (scope optional), then add letters in the editor. */
function NewScorecard() {
  const [name, setName] = useState("");
  const [chamber, setChamber] = useState("");
  const [congress, setCongress] = useState("");
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CreateScorecard);
  return (
    <form
      className="card filters filters--inline"
      onSubmit={async (e) => {
        e.preventDefault();
        const res = await create({
          variables: {
            input: { name, chamber: (chamber || null) as Chamber | null, congress: congress ? Number(congress) : null, letters: [] },
          },
        }).catch(() => null);
        if (res?.data) navigate(`/scorecards/${res.data.createScorecard.id}/edit`);
      }}
    >
      <h2 className="sr-only">New scorecard</h2>
      <div className="field">
        <label htmlFor="new-sc-name">New scorecard</label>
        <input
          id="new-sc-name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="2024 Voting Rights Scorecard"
        />
      </div>
      <div className="field">
        <label htmlFor="new-sc-chamber">Chamber</label>
        <select id="new-sc-chamber" value={chamber} onChange={(e) => setChamber(e.target.value)}>
          <option value="">Both</option>
          <option value="HOUSE">House</option>
          <option value="SENATE">Senate</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-sc-congress">Congress (optional)</label>
        <input id="new-sc-congress" type="number" min={1} max={200} value={congress} onChange={(e) => setCongress(e.target.value)} />
      </div>
      <button className="button" type="submit" disabled={loading}>
        Create draft
      </button>
      {error && (
        <p role="alert" className="notice notice--error">
          {error.message}
        </p>
      )}
    </form>
  );
}

function Drafts() {
  const { data } = useQuery(DraftsQuery, { fetchPolicy: "cache-and-network" });
  const list = data?.editableScorecards ?? [];
  return (
    <section className="card" aria-labelledby="sc-drafts">
      <h2 id="sc-drafts">Editing</h2>
      {list.length === 0 ? (
        <p className="muted">No scorecards yet.</p>
      ) : (
        <ul>
          {list.map((s) => (
            <li key={s.id}>
              <Link to={`/scorecards/${s.id}/edit`}>{s.name}</Link> <span className="muted">· {s.published ? "published" : "draft"}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Published scorecards for everyone; editors also create and edit drafts here. */
export default function ScorecardsPage() {
  const { data, error, loading, refetch } = useQuery(ScorecardsQuery);
  const { me } = useMe();
  const editor = hasRole(me?.role, "EDITOR");
  return (
    <>
      <title>Scorecards · Signatory</title>
      <div className="page-head">
        <h1>Scorecards</h1>
        <p className="page-head__meta">Members graded on the letters an organisation cares about.</p>
      </div>
      {editor && <NewScorecard />}
      {error && <ErrorMessage error={error} what="scorecards" onRetry={() => refetch()} />}
      {loading && !data ? (
        <TableSkeleton caption="Scorecards" columns={["Name"]} />
      ) : (
        <section className="card" aria-labelledby="sc-published">
          <h2 id="sc-published">Published</h2>
          {data?.scorecards.length ? (
            <ul className="scorecard-list">
              {data.scorecards.map((s) => (
                <li key={s.id}>
                  <Link to={`/scorecards/${s.id}`}>{s.name}</Link>
                  {s.publishedAt && <span className="muted"> · {formatDate(String(s.publishedAt).slice(0, 10))}</span>}
                  {s.description && <p className="muted">{s.description}</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No scorecard is published yet.</p>
          )}
        </section>
      )}
      {editor && <Drafts />}
    </>
  );
}
