import { useApolloClient, useLazyQuery, useMutation } from "@apollo/client";
import { useState } from "react";
import { Link } from "react-router-dom";
import { RequireEditor } from "../auth/RequireEditor";
import { getFragmentData, graphql } from "../gql";
import type { ImportPreview_PreviewFragment, ImportResult_ResultFragment } from "../gql/graphql";
import { CHAMBER_LABEL, formatDate, formatDistrict, plural, ROLE_LABEL, STATUS_LABEL } from "../lib/format";
import { ErrorMessage } from "../ui/ErrorMessage";
import { PartyBadge } from "../ui/PartyBadge";
import { FileDrop, type Upload } from "./FileDrop";
import { ImportProgress, newProgressId } from "./ImportProgress";
import { MemberPicker } from "./MemberPicker";
import { StatusBadge } from "./StatusBadge";

export const ImportPreviewFragment = graphql(`
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
        line
        printedName
        role
        status
        confidence
        bioguideId
        party
        state
        district
        member {
          bioguideId
          fullName
        }
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
      }
  }
`);

export const ImportPreviewQuery = graphql(`
  query ImportPreview($text: String!) {
    previewImport(text: $text) {
      ...ImportPreview_preview
    }
  }
`);

/** A PDF, scanned PDF or Word file, read on the server (OCR for scans). */
export const FilePreviewQuery = graphql(`
  query ImportFilePreview($file: DocumentFileInput!, $progressId: String) {
    previewFileImport(file: $file, progressId: $progressId) {
      document {
        kind
        pages
        ocrPages
        warnings
      }
      preview {
        ...ImportPreview_preview
      }
    }
  }
`);

export const ImportResultFragment = graphql(`
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

export const ImportLetterMutation = graphql(`
  mutation ImportLetter($text: String!, $sourceName: String, $resolutions: [ResolutionInput!]) {
    importLetter(text: $text, sourceName: $sourceName, resolutions: $resolutions) {
      ...ImportResult_result
    }
  }
`);

export const ImportFileMutation = graphql(`
  mutation ImportFile($file: DocumentFileInput!, $resolutions: [ResolutionInput!], $progressId: String) {
    importFile(file: $file, resolutions: $resolutions, progressId: $progressId) {
      ...ImportResult_result
    }
  }
`);

type Preview = ImportPreview_PreviewFragment;
type Result = ImportResult_ResultFragment;

interface Saved {
  letterId: string;
  title: string;
  created: boolean;
  needsReview: number;
  resolved: Array<{ printedName: string; status: string; member: string }>;
}

/** Paste or upload a letter, check every signer's match, fix the doubtful ones, then save. */
export default function ImportPage() {
  return (
    <>
      <title>Import a letter · Signatory</title>
      <div className="page-head">
        <h1>Import a letter</h1>
        <p className="page-head__meta">
          Preview first; nothing is stored until you save. Names left to review appear in the <Link to="/review">review queue</Link>.
        </p>
      </div>
      <RequireEditor action="import">
        <ImportForm />
      </RequireEditor>
    </>
  );
}

function ImportForm() {
  const client = useApolloClient();
  const [text, setText] = useState("");
  const [sourceName, setSourceName] = useState("");
  const [picks, setPicks] = useState<Record<number, string>>({});
  const [saved, setSaved] = useState<Saved | null>(null);
  const [saveError, setSaveError] = useState<Error | null>(null);
  const [saving, setSaving] = useState(false);
  const [upload, setUpload] = useState<Upload | null>(null);
  /** Names the file's current read on the server (preview, then save), for its page-by-page progress. */
  const [progressId, setProgressId] = useState(newProgressId);
  const [runTextPreview, textPreview] = useLazyQuery(ImportPreviewQuery, { fetchPolicy: "network-only" });
  const [runFilePreview, filePreview] = useLazyQuery(FilePreviewQuery, { fetchPolicy: "network-only" });
  const [importLetter] = useMutation(ImportLetterMutation);
  const [importFile] = useMutation(ImportFileMutation);
  const preview = upload ? filePreview : textPreview;
  const data: Preview | undefined = getFragmentData(
    ImportPreviewFragment,
    upload ? filePreview.data?.previewFileImport.preview : textPreview.data?.previewImport,
  );
  const document = upload ? filePreview.data?.previewFileImport.document : undefined;

  const startProgress = () => {
    const id = newProgressId();
    setProgressId(id);
    return id;
  };

  /** Stores the letter and the names picked by hand in one transaction: all of it or nothing. */
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const resolutions = Object.entries(picks)
        .filter(([, id]) => id)
        .map(([position, bioguideId]) => ({ position: Number(position), bioguideId }));
      const result: Result = getFragmentData(
        ImportResultFragment,
        upload
          ? (await importFile({ variables: { file: { fileName: upload.fileName, contentBase64: upload.contentBase64 }, resolutions, progressId: startProgress() } })).data!.importFile
          : (await importLetter({ variables: { text, sourceName: sourceName || null, resolutions } })).data!.importLetter,
      );
      await client.refetchQueries({ include: "active" });
      setSaved({
        letterId: result.letter.id,
        title: result.letter.title,
        created: result.created,
        needsReview: result.needsReview,
        resolved: result.letter.signatures.edges.map(({ node }) => ({
          printedName: node.printedName,
          status: node.status,
          member: node.member?.fullName ?? "",
        })),
      });
    } catch (e) {
      setSaveError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSaving(false);
    }
  };

  if (saved) {
    return (
      <section className="card" aria-labelledby="saved-title">
        <h2 id="saved-title">{saved.created ? "Letter saved" : "Already imported"}</h2>
        <p>
          <Link to={`/letters/${encodeURIComponent(saved.letterId)}`}>{saved.title}</Link>
          {saved.created ? " is stored." : " was stored before; nothing new was written."}
        </p>
        {saved.resolved.length > 0 && (
          <>
            <h3>Names fixed by hand</h3>
            <ul className="plain-list">
              {saved.resolved.map((r) => (
                <li key={r.printedName}>
                  “{r.printedName}” → {r.member} <StatusBadge status={r.status as never} />
                </li>
              ))}
            </ul>
          </>
        )}
        {saved.needsReview > 0 && (
          <p>
            {plural(saved.needsReview, "name")} still {saved.needsReview === 1 ? "needs" : "need"} review: <Link to="/review">open the review queue</Link>.
          </p>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSaved(null);
            setText("");
            setSourceName("");
            setUpload(null);
            setPicks({});
          }}
        >
          Import another letter
        </button>
      </section>
    );
  }

  return (
    <>
      <form
        className="card stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          setPicks({});
          if (upload) void runFilePreview({ variables: { file: { fileName: upload.fileName, contentBase64: upload.contentBase64 }, progressId: startProgress() } });
          else void runTextPreview({ variables: { text } });
        }}
      >
        <div className="field">
          <label htmlFor="import-text">Letter text (Markdown or plain text)</label>
          <textarea
            id="import-text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Paste the letter, from the date and addressees down to the last signature."
          />
        </div>
        <div className="form-row">
          <FileDrop
            onText={(t, name) => {
              setUpload(null);
              setText(t);
              setSourceName(name);
            }}
            onFile={(file) => {
              setUpload(file);
              setText("");
              setSourceName(file.fileName);
            }}
          />
          <div className="field">
            <label htmlFor="import-source">Source (file name or URL)</label>
            <input id="import-source" value={sourceName} onChange={(e) => setSourceName(e.target.value)} />
          </div>
        </div>
        {upload && (
          <p className="muted">
            {upload.fileName} ({Math.ceil(upload.size / 1024)} KB) will be read on the server; scanned pages are read by OCR, a few seconds each.
          </p>
        )}
        <button type="submit" className="button" disabled={(!upload && !text.trim()) || preview.loading}>
          {preview.loading ? "Reading…" : "Preview"}
        </button>
        {preview.loading && upload && <ImportProgress key={progressId} id={progressId} />}
      </form>
      {document && (
        <p className="muted">
          Read as {document.kind === "DOCX" ? "a Word file" : document.kind === "PDF" ? `a PDF of ${plural(document.pages, "page")}` : "text"}
          {document.ocrPages.length > 0 && `; OCR on ${plural(document.ocrPages.length, "scanned page")} (${document.ocrPages.join(", ")})`}.
        </p>
      )}

      {preview.error && <ErrorMessage error={preview.error} what="a preview of this letter" />}
      {data && (
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
          <div className="table-wrap" role="region" aria-label="Signers found in the letter" tabIndex={0}>
            <table className="data-table">
              <caption>Signers found in the letter, in the order printed</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">#</th>
                  <th scope="col">Printed name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Match</th>
                  <th scope="col" className="num">Confidence</th>
                  <th scope="col">Member</th>
                </tr>
              </thead>
              <tbody>
                {data.signatures.map((s) => {
                  const doubtful = s.status === "AMBIGUOUS" || s.status === "UNMATCHED";
                  return (
                    <tr key={s.position} className={doubtful ? "row--attention" : undefined}>
                      <td className="num">{s.position}</td>
                      <th scope="row">{s.printedName}</th>
                      <td>{ROLE_LABEL[s.role]}</td>
                      <td>
                        <StatusBadge status={s.status} />
                      </td>
                      <td className="num">{Math.round(s.confidence * 100)}%</td>
                      <td className="cell-wrap">
                        {doubtful ? (
                          <MemberPicker
                            printedName={s.printedName}
                            date={data.sentOn}
                            chamber={data.chamber}
                            candidates={s.candidates}
                            value={picks[s.position] ?? ""}
                            onChange={(id) => setPicks((p) => ({ ...p, [s.position]: id }))}
                          />
                        ) : s.member ? (
                          <span className="nowrap">
                            <PartyBadge party={s.party} /> {s.member.fullName}{" "}
                            <span className="muted">
                              {s.state}
                              {s.district !== null && s.district !== undefined && `-${formatDistrict(s.district)}`}
                            </span>
                          </span>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {saving && upload && <ImportProgress key={progressId} id={progressId} what="Reading the file again to save it" />}
          {saveError && <ErrorMessage error={saveError} what="the letter saved" />}
          <div className="form-actions">
            <button type="button" className="button" disabled={saving || !!data.existingLetter} onClick={() => void save()}>
              {saving ? "Saving…" : data.existingLetter ? "Already imported" : "Save letter"}
            </button>
            <span className="muted">
              {Object.values(picks).filter(Boolean).length > 0 &&
                `${plural(Object.values(picks).filter(Boolean).length, "name")} will be confirmed as you picked (${STATUS_LABEL.CONFIRMED.toLowerCase()}).`}
            </span>
          </div>
        </section>
      )}
    </>
  );
}
