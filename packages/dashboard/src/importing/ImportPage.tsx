import { useApolloClient, useLazyQuery, useMutation } from "@apollo/client";
import { useState } from "react";
import { Link } from "react-router-dom";
import { RequireEditor } from "../auth/RequireEditor";
import { graphql, type FragmentType } from "../gql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { DocumentSummary } from "./DocumentSummary";
import { FileDrop, type Upload } from "./FileDrop";
import { ImportPreview } from "./ImportPreview";
import { ImportResult, type ImportResult_result } from "./ImportResult";
import type { Picks } from "./PreviewSigners";
import { ImportProgress, newProgressId } from "./ImportProgress";

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
        ...DocumentSummary_document
      }
      preview {
        ...ImportPreview_preview
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
  const [picks, setPicks] = useState<Picks>({});
  const [saved, setSaved] = useState<FragmentType<typeof ImportResult_result> | null>(null);
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
  const data = upload ? filePreview.data?.previewFileImport.preview : textPreview.data?.previewImport;
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
      const result = upload
        ? (
            await importFile({
              variables: {
                file: { fileName: upload.fileName, contentBase64: upload.contentBase64 },
                resolutions,
                progressId: startProgress(),
              },
            })
          ).data!.importFile
        : (await importLetter({ variables: { text, sourceName: sourceName || null, resolutions } })).data!.importLetter;
      await client.refetchQueries({ include: "active" });
      setSaved(result);
    } catch (e) {
      setSaveError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSaving(false);
    }
  };

  if (saved) {
    return (
      <ImportResult
        result={saved}
        onAnother={() => {
          setSaved(null);
          setText("");
          setSourceName("");
          setUpload(null);
          setPicks({});
        }}
      />
    );
  }

  return (
    <>
      <form
        className="card stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          setPicks({});
          if (upload)
            void runFilePreview({
              variables: { file: { fileName: upload.fileName, contentBase64: upload.contentBase64 }, progressId: startProgress() },
            });
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
            {upload.fileName} ({Math.ceil(upload.size / 1024)} KB) will be read on the server; scanned pages are read by OCR, a few seconds
            each.
          </p>
        )}
        <button type="submit" className="button" disabled={(!upload && !text.trim()) || preview.loading}>
          {preview.loading ? "Reading…" : "Preview"}
        </button>
        {preview.loading && upload && <ImportProgress key={progressId} id={progressId} />}
      </form>
      {document && <DocumentSummary document={document} />}

      {preview.error && <ErrorMessage error={preview.error} what="a preview of this letter" />}
      {data && (
        <ImportPreview
          preview={data}
          picks={picks}
          onPick={(position, id) => setPicks((p) => ({ ...p, [position]: id }))}
          saving={saving}
          saveError={saveError}
          onSave={() => void save()}
        />
      )}
      {data && saving && upload && <ImportProgress key={progressId} id={progressId} what="Reading the file again to save it" />}
    </>
  );
}
