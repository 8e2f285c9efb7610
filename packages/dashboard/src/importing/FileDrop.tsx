import { useState, type DragEvent } from "react";

export interface Upload {
  fileName: string;
  contentBase64: string;
  size: number;
}

/** Largest file the server takes by default (DOCUMENT_MAX_MB). */
const MAX_BYTES = 20 * 1024 * 1024;
const TEXT = /\.(md|markdown|txt)$/i;

/** The file's bytes as base64 (the data: URL prefix removed). */
function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });
}

/**
 * Pick or drop a letter: text and markdown fill the text box; PDFs (digital or scanned) and Word
 * files are sent to the server as they are.
 */
export function FileDrop({ onText, onFile }: { onText: (text: string, name: string) => void; onFile: (file: Upload) => void }) {
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const take = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; at most 20 MB is accepted.`);
      return;
    }
    if (TEXT.test(file.name)) onText(await file.text(), file.name);
    else onFile({ fileName: file.name, contentBase64: await toBase64(file), size: file.size });
  };

  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={`field file-drop${over ? " file-drop--over" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="file-drop"
    >
      <label htmlFor="import-file">Or upload a file: PDF (digital or scanned), Word (.docx), .md or .txt — or drop it here</label>
      <input
        id="import-file"
        type="file"
        accept=".pdf,.docx,.md,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
        onChange={(e) => void take(e.target.files?.[0])}
      />
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </div>
  );
}
