import { useApolloClient, useMutation } from "@apollo/client";
import { useId, useState } from "react";
import { useNavigate } from "react-router-dom";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { LetterChamber } from "../gql/graphql";
import { CHAMBER_LABEL } from "../lib/format";
import { LetterHistory } from "./LetterHistory";
import { TopicEditor } from "./TopicEditor";
import "./curation.css";

export const LetterEditPanel_letter = graphql(`
  fragment LetterEditPanel_letter on Letter {
    id
    databaseId
    title
    sentOn
    chamber
    sourceName
    topics
    recipients {
      name
      title
      organization
      address
    }
  }
`);

export const EditLetterMutation = graphql(`
  mutation EditLetter($id: ID!, $input: LetterEditInput!) {
    editLetter(id: $id, input: $input) {
      changed
      rematched
      kept
      flagged {
        position
        printedName
        wasBioguideId
      }
      letter {
        id
        ...LetterEditPanel_letter
      }
    }
  }
`);

export const DeleteLetterMutation = graphql(`
  mutation DeleteLetter($id: ID!, $reason: String) {
    deleteLetter(id: $id, reason: $reason) {
      id
      databaseId
      title
    }
  }
`);

export const MergeLettersMutation = graphql(`
  mutation MergeLetters($intoId: ID!, $fromId: ID!) {
    mergeLetters(intoId: $intoId, fromId: $fromId) {
      textFrom
      decisionsKept
      signaturesAdded
      letter {
        id
        signerCount
      }
    }
  }
`);

interface RecipientDraft {
  name: string;
  title: string;
  organization: string;
  /** Not edited here, but kept: the printed postal address. */
  address: string | null;
}

type Draft = { title: string; sentOn: string; chamber: LetterChamber; sourceName: string; topics: string[]; recipients: RecipientDraft[] };

function draftOf(l: {
  title: string;
  sentOn: string;
  chamber: LetterChamber;
  sourceName?: string | null;
  topics: string[];
  recipients: { name: string; title?: string | null; organization?: string | null; address?: string | null }[];
}): Draft {
  return {
    title: l.title,
    sentOn: l.sentOn,
    chamber: l.chamber,
    sourceName: l.sourceName ?? "",
    topics: [...l.topics],
    recipients: l.recipients.map((r) => ({
      name: r.name,
      title: r.title ?? "",
      organization: r.organization ?? "",
      address: r.address ?? null,
    })),
  };
}

/**
 * Editors' corrections on the letter page: title, date, chamber, recipients, topics, source;
 * delete (restorable for 30 days), merge another import of the same letter in; and the history.
 */
export function LetterEditPanel(props: { letter: FragmentType<typeof LetterEditPanel_letter> }) {
  const letter = getFragmentData(LetterEditPanel_letter, props.letter);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(letter));
  const [mergeId, setMergeId] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [edit, editing] = useMutation(EditLetterMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const [remove, removing] = useMutation(DeleteLetterMutation);
  const [merge, merging] = useMutation(MergeLettersMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const client = useApolloClient();
  const navigate = useNavigate();
  const panelId = useId();
  const f = useId();
  const error = editing.error ?? removing.error ?? merging.error;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const setRecipient = (i: number, patch: Partial<RecipientDraft>) =>
    set(
      "recipients",
      draft.recipients.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const res = await edit({
      variables: {
        id: letter.id,
        input: {
          title: draft.title,
          sentOn: draft.sentOn,
          chamber: draft.chamber,
          sourceName: draft.sourceName,
          topics: draft.topics,
          recipients: draft.recipients
            .filter((r) => r.name.trim())
            .map((r) => ({ name: r.name, title: r.title || null, organization: r.organization || null, address: r.address })),
        },
      },
    }).catch(() => null);
    const out = res?.data?.editLetter;
    if (!out) return;
    setDraft(draftOf(getFragmentData(LetterEditPanel_letter, out.letter)));
    if (!out.changed.length) return setMessage("Nothing changed.");
    const parts = [`Saved: ${out.changed.map((c) => (c === "sentOn" ? "date" : c === "sourceName" ? "source" : c)).join(", ")}.`];
    if (out.changed.includes("sentOn") || out.changed.includes("chamber")) {
      parts.push(
        `Signatures re-resolved: ${out.rematched} matched again, ${out.kept} confirmed kept, ${out.flagged.length} flagged for review.`,
      );
      for (const s of out.flagged) parts.push(`#${s.position} ${s.printedName} (was ${s.wasBioguideId}) is back in the review queue.`);
    }
    setMessage(parts.join(" "));
  };

  const del = async () => {
    if (!window.confirm(`Delete “${letter.title}”? You can restore it for 30 days.`)) return;
    const res = await remove({ variables: { id: letter.id, reason: null } }).catch(() => null);
    if (!res?.data) return;
    await client.clearStore();
    navigate(`/letters/deleted?deleted=${res.data.deleteLetter.databaseId}`);
  };

  const doMerge = async (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const res = await merge({ variables: { intoId: letter.id, fromId: mergeId.trim() } }).catch(() => null);
    const m = res?.data?.mergeLetters;
    if (!m) return;
    setMergeId("");
    setMessage(
      `Merged: ${m.decisionsKept} review decisions kept, ${m.signaturesAdded} signatures added, text from the ${m.textFrom === "from" ? "merged" : "this"} letter. The other letter is in Deleted letters for 30 days.`,
    );
  };

  return (
    <section className="card edit-panel" aria-labelledby={`${panelId}-title`}>
      <div className="edit-panel__head">
        <h2 id={`${panelId}-title`}>Edit letter</h2>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? "Close" : "Edit"}
        </button>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error.message}
        </p>
      )}
      {open && (
        <div id={panelId}>
          <form className="stack-form" onSubmit={save} aria-label="Edit letter">
            <div className="field">
              <label htmlFor={`${f}-title`}>Title</label>
              <input id={`${f}-title`} value={draft.title} maxLength={300} required onChange={(e) => set("title", e.target.value)} />
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={`${f}-date`}>Date</label>
                <input id={`${f}-date`} type="date" value={draft.sentOn} required onChange={(e) => set("sentOn", e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${f}-chamber`}>Chamber</label>
                <select id={`${f}-chamber`} value={draft.chamber} onChange={(e) => set("chamber", e.target.value as LetterChamber)}>
                  {(Object.keys(CHAMBER_LABEL) as LetterChamber[]).map((c) => (
                    <option key={c} value={c}>
                      {CHAMBER_LABEL[c]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${f}-source`}>Source</label>
                <input id={`${f}-source`} value={draft.sourceName} onChange={(e) => set("sourceName", e.target.value)} />
              </div>
            </div>
            <p className="muted">
              A new date or chamber matches every signer again against the members serving then; confirmed picks that no longer fit go back
              to review.
            </p>
            <fieldset className="recipients-editor">
              <legend>Recipients</legend>
              {draft.recipients.map((r, i) => (
                <div className="form-row" key={i}>
                  <div className="field">
                    <label htmlFor={`${f}-r${i}-name`}>Name</label>
                    <input
                      id={`${f}-r${i}-name`}
                      aria-label={`Recipient ${i + 1} name`}
                      value={r.name}
                      onChange={(e) => setRecipient(i, { name: e.target.value })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${f}-r${i}-title`}>Title</label>
                    <input
                      id={`${f}-r${i}-title`}
                      aria-label={`Recipient ${i + 1} title`}
                      value={r.title}
                      onChange={(e) => setRecipient(i, { title: e.target.value })}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${f}-r${i}-org`}>Organisation</label>
                    <input
                      id={`${f}-r${i}-org`}
                      aria-label={`Recipient ${i + 1} organisation`}
                      value={r.organization}
                      onChange={(e) => setRecipient(i, { organization: e.target.value })}
                    />
                  </div>
                  <button
                    type="button"
                    className="button button--secondary button--small recipients-editor__remove"
                    aria-label={`Remove recipient ${r.name || i + 1}`}
                    onClick={() =>
                      set(
                        "recipients",
                        draft.recipients.filter((_, j) => j !== i),
                      )
                    }
                  >
                    Remove
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => set("recipients", [...draft.recipients, { name: "", title: "", organization: "", address: null }])}
              >
                Add recipient
              </button>
            </fieldset>
            <TopicEditor topics={draft.topics} onChange={(t) => set("topics", t)} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={editing.loading}>
                {editing.loading ? "Saving…" : "Save changes"}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDraft(draftOf(letter))}>
                Reset
              </button>
            </div>
          </form>

          <form className="stack-form" onSubmit={doMerge} aria-label="Merge another letter into this one">
            <div className="field">
              <label htmlFor={`${f}-merge`}>Merge another import of this letter into it (its id)</label>
              <input
                id={`${f}-merge`}
                value={mergeId}
                placeholder="the other letter's id or uuid"
                onChange={(e) => setMergeId(e.target.value)}
              />
            </div>
            <button type="submit" className="button button--secondary" disabled={!mergeId.trim() || merging.loading}>
              Merge into this letter
            </button>
          </form>

          <div className="form-actions danger-zone">
            <button type="button" className="button button--danger" onClick={() => void del()} disabled={removing.loading}>
              Delete letter
            </button>
            <span className="muted">Restorable for 30 days from Deleted letters.</span>
          </div>

          <h3>History</h3>
          <LetterHistory letterId={letter.id} />
        </div>
      )}
    </section>
  );
}
