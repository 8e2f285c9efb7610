import { useMutation, useQuery } from "@apollo/client";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { NotFound } from "../app/NotFound";
import { RequireEditor } from "../auth/RequireEditor";
import { graphql } from "../gql";
import type { ScorecardEditorQuery, ScorecardInput, Stance } from "../gql/graphql";
import { formatDate } from "../lib/format";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PageSkeleton } from "../ui/Skeleton";
import { GradeBadge, ScoreTable } from "./ScoreTable";

const EditorQuery = graphql(`
  query ScorecardEditor($id: ID!) {
    editableScorecard(id: $id) {
      id
      name
      description
      chamber
      congress
      dateFrom
      dateTo
      published
      gradeScale { grade min max }
      letters { stance weight letter { id title sentOn chamber } }
      items { points outOf note member { bioguideId fullName } }
      members(first: 10) {
        totalCount
        edges { node { ...ScoreTable_score } }
      }
      byState { grades { grade count } }
    }
  }
`);

const LetterSearchQuery = graphql(`
  query ScorecardLetterSearch($filter: LetterFilter, $orderBy: LetterOrder) {
    letters(filter: $filter, orderBy: $orderBy, first: 10) {
      edges { node { id title sentOn chamber signerCount } }
    }
  }
`);

const EditScorecard = graphql(`
  mutation EditScorecard($id: ID!, $input: ScorecardInput!) {
    editScorecard(id: $id, input: $input) { id }
  }
`);
const PublishScorecard = graphql(`
  mutation PublishScorecard($id: ID!, $published: Boolean!) {
    publishScorecard(id: $id, published: $published) { id published }
  }
`);
const DeleteScorecard = graphql(`
  mutation DeleteScorecard($id: ID!) { deleteScorecard(id: $id) }
`);

type Card = NonNullable<ScorecardEditorQuery["editableScorecard"]>;

/** The scorecard as the mutation takes it, from what the editor shows. */
function inputOf(card: Card): ScorecardInput {
  const dates = card.congress ? { congress: card.congress } : { dateFrom: card.dateFrom, dateTo: card.dateTo };
  return {
    name: card.name,
    description: card.description,
    chamber: card.chamber,
    ...dates,
    gradeScale: card.gradeScale.map(({ grade, min, max }) => ({ grade, min, max })),
    letters: card.letters.map((l) => ({ letterId: l.letter.id, stance: l.stance, weight: l.weight })),
    items: card.items.map((i) => ({ bioguideId: i.member.bioguideId, points: i.points, outOf: i.outOf, note: i.note })),
  };
}

function LetterSearch({ onAdd, chosen }: { onAdd: (letterId: string, stance: Stance) => void; chosen: Set<string> }) {
  const [q, setQ] = useState("");
  const search = q.trim();
  const { data, loading } = useQuery(LetterSearchQuery, {
    variables: search ? { filter: { search }, orderBy: "RELEVANCE" } : { filter: null, orderBy: "DATE" },
  });
  return (
    <section className="card" aria-labelledby="sc-search">
      <h2 id="sc-search">Add letters</h2>
      <div className="field">
        <label htmlFor="sc-q">Search letters</label>
        <input id="sc-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Words in the title or text" />
      </div>
      <ul className="scorecard-search" aria-busy={loading || undefined}>
        {data?.letters.edges.map(({ node: l }) => (
          <li key={l.id}>
            <span>
              {l.title}{" "}
              <span className="muted">
                · {formatDate(l.sentOn)} · {l.chamber.toLowerCase()} · {l.signerCount} signers
              </span>
            </span>
            {chosen.has(l.id) ? (
              <span className="muted">on the scorecard</span>
            ) : (
              <span className="scorecard-search__actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onAdd(l.id, "SUPPORT")}
                  aria-label={`Add as support: ${l.title}`}
                >
                  + Support
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onAdd(l.id, "OPPOSE")}
                  aria-label={`Add as oppose: ${l.title}`}
                >
                  − Oppose
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Editor({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(EditorQuery, { variables: { id }, fetchPolicy: "cache-and-network" });
  const refetchQueries = [{ query: EditorQuery, variables: { id } }];
  const [edit, editState] = useMutation(EditScorecard, { refetchQueries, awaitRefetchQueries: true });
  const [publish] = useMutation(PublishScorecard, { refetchQueries });
  const [remove] = useMutation(DeleteScorecard);
  const navigate = useNavigate();
  const [name, setName] = useState<string | null>(null);

  if (error && !data) return <ErrorMessage error={error} what="the scorecard" onRetry={() => refetch()} />;
  if (!data) return <PageSkeleton />;
  const card = data.editableScorecard;
  if (!card) return <NotFound what="scorecard" />;
  const save = (change: (input: ScorecardInput) => ScorecardInput) =>
    edit({ variables: { id, input: change(inputOf(card)) } }).catch(() => null);
  const grades = new Map<string, number>();
  for (const s of card.byState) for (const g of s.grades) grades.set(g.grade, (grades.get(g.grade) ?? 0) + g.count);

  return (
    <>
      <title>{`Edit ${card.name} · Signatory`}</title>
      <p className="breadcrumb">
        <Link to="/scorecards">← Scorecards</Link>
      </p>
      <div className="page-head">
        <h1>Edit scorecard</h1>
        <p className="page-head__meta">
          {card.published ? <Link to={`/scorecards/${id}`}>Published: see the public page</Link> : "Draft: only editors see it"}
        </p>
      </div>
      <section className="card filters filters--inline" aria-label="Scorecard settings">
        <div className="field">
          <label htmlFor="sc-name">Name</label>
          <input
            id="sc-name"
            value={name ?? card.name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => name !== null && name !== card.name && save((i) => ({ ...i, name }))}
          />
        </div>
        <button type="button" className="button" onClick={() => publish({ variables: { id, published: !card.published } })}>
          {card.published ? "Unpublish" : "Publish"}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => {
            if (!window.confirm(`Delete "${card.name}"?`)) return;
            await remove({ variables: { id } });
            navigate("/scorecards");
          }}
        >
          Delete
        </button>
        {card.chamber && <p className="muted">{card.chamber === "HOUSE" ? "House" : "Senate"} only</p>}
        {card.congress && <p className="muted">{card.congress}th Congress</p>}
      </section>
      {editState.error && (
        <p role="alert" className="notice notice--error">
          {editState.error.message}
        </p>
      )}

      <div className="scorecard-editor">
        <div>
          <section className="card" aria-labelledby="sc-chosen">
            <h2 id="sc-chosen">Letters ({card.letters.length})</h2>
            {card.letters.length === 0 && <p className="muted">No letters yet: search and add some.</p>}
            <ul className="scorecard-chosen">
              {card.letters.map((l, index) => (
                <li key={l.letter.id}>
                  <span>
                    {l.letter.title} <span className="muted">· {formatDate(l.letter.sentOn)}</span>
                  </span>
                  <label className="sr-only" htmlFor={`stance-${index}`}>
                    Stance on {l.letter.title}
                  </label>
                  <select
                    id={`stance-${index}`}
                    value={l.stance}
                    onChange={(e) =>
                      save((i) => ({
                        ...i,
                        letters: i.letters.map((x, j) => (j === index ? { ...x, stance: e.target.value as Stance } : x)),
                      }))
                    }
                  >
                    <option value="SUPPORT">Support (+)</option>
                    <option value="OPPOSE">Oppose (−)</option>
                  </select>
                  <label className="sr-only" htmlFor={`weight-${index}`}>
                    Weight of {l.letter.title}
                  </label>
                  <input
                    id={`weight-${index}`}
                    type="number"
                    min={0.25}
                    max={100}
                    step={0.25}
                    defaultValue={l.weight}
                    onBlur={(e) =>
                      Number(e.target.value) !== l.weight &&
                      save((i) => ({
                        ...i,
                        letters: i.letters.map((x, j) => (j === index ? { ...x, weight: Number(e.target.value) } : x)),
                      }))
                    }
                  />
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => save((i) => ({ ...i, letters: i.letters.filter((_, j) => j !== index) }))}
                  >
                    Remove<span className="sr-only"> {l.letter.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <LetterSearch
            chosen={new Set(card.letters.map((l) => l.letter.id))}
            onAdd={(letterId, stance) => save((i) => ({ ...i, letters: [...i.letters, { letterId, stance, weight: 1 }] }))}
          />
        </div>
        <section className="card" aria-labelledby="sc-preview" aria-busy={editState.loading || undefined}>
          <h2 id="sc-preview">Preview</h2>
          <p aria-live="polite">
            {card.members.totalCount} members graded{editState.loading ? " · updating…" : ""}
          </p>
          <ul className="grade-counts" aria-label="Members per grade">
            {card.gradeScale.map((b) => (
              <li key={b.grade}>
                <GradeBadge grade={b.grade} /> {grades.get(b.grade) ?? 0}
              </li>
            ))}
          </ul>
          <ScoreTable
            scores={card.members.edges.map((e) => e.node)}
            sort="GRADE"
            onSort={() => undefined}
            reportLink={(b) => `/members/${b}`}
            caption="Top of the preview"
          />
        </section>
      </div>
    </>
  );
}

export default function ScorecardEditor() {
  const { id = "" } = useParams();
  return (
    <RequireEditor action="edit scorecards">
      <Editor id={id} />
    </RequireEditor>
  );
}
