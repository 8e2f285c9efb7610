import { Link } from "react-router-dom";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { CHAMBER_LABEL, formatDate, plural, STATUS_LABEL } from "../lib/format";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PreviewSigners, type Picks } from "./PreviewSigners";

export const ImportPreview_preview = graphql(`
  fragment ImportPreview_preview on ImportPreview {
    title
    sentOn
    chamber
    needsReview
    warnings
    topics
    recipients {
      name
      title
    }
    existingLetter {
      id
      title
    }
    signatures {
      position
    }
    ...PreviewSigners_preview
  }
`);

/** What saving would store: the letter's header, the parser's warnings, every signer and the save button. */
export function ImportPreview(props: {
  preview: FragmentType<typeof ImportPreview_preview>;
  picks: Picks;
  onPick: (position: number, bioguideId: string) => void;
  saving: boolean;
  saveError: Error | null;
  onSave: () => void;
}) {
  const data = getFragmentData(ImportPreview_preview, props.preview);
  const { picks, saving, saveError } = props;
  const picked = Object.values(picks).filter(Boolean).length;
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{data.title}</h2>
      <p className="muted">
        {formatDate(data.sentOn, "full")} · {CHAMBER_LABEL[data.chamber]} · to {data.recipients.map((r) => r.name).join(", ")} ·{" "}
        {plural(data.signatures.length, "signer")}
        {data.topics.length > 0 && ` · topics: ${data.topics.join(", ")}`}
      </p>
      {data.existingLetter && (
        <div className="notice" role="status">
          <p className="notice__title">Already imported</p>
          <p>
            This letter is stored as <Link to={`/letters/${encodeURIComponent(data.existingLetter.id)}`}>{data.existingLetter.title}</Link>.
            Saving again writes nothing.
          </p>
        </div>
      )}
      {data.warnings.length > 0 && (
        <div className="notice notice--demo">
          <p className="notice__title">The parser noticed:</p>
          <ul>
            {data.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="count-line">
        {data.needsReview === 0
          ? "Every name matched a member."
          : `${plural(data.needsReview, "name")} to review; pick the member below or leave it for the review queue.`}
      </p>
      <PreviewSigners preview={data} picks={picks} onPick={props.onPick} />
      {saveError && <ErrorMessage error={saveError} what="the letter saved" />}
      <div className="form-actions">
        <button type="button" className="button" disabled={saving || !!data.existingLetter} onClick={props.onSave}>
          {saving ? "Saving…" : data.existingLetter ? "Already imported" : "Save letter"}
        </button>
        <span className="muted">
          {picked > 0 && `${plural(picked, "name")} will be confirmed as you picked (${STATUS_LABEL.CONFIRMED.toLowerCase()}).`}
        </span>
      </div>
    </section>
  );
}
