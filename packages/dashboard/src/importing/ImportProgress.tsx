import { useQuery } from "@apollo/client";
import { useEffect, useState } from "react";
import { graphql } from "../gql";

/**
 * Progress of a file read on the server, page by page: the upload is sent with a progressId the
 * page makes up (newProgressId), and this polls `importProgress(id)` twice a second while the
 * request runs. Where the server has nothing for the id (not started yet, or another server
 * process), it says "Reading the file…" with the time so far.
 */
export const ImportProgressQuery = graphql(`
  query ImportProgress($id: String!) {
    importProgress(id: $id) {
      stage
      page
      pages
      ocr
      ocrPages
    }
  }
`);

/** A fresh id for one import (crypto.getRandomValues works on plain http too, unlike randomUUID). */
export function newProgressId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `import-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function ImportProgress({ id, what = "Reading the file" }: { id: string; what?: string }) {
  const { data } = useQuery(ImportProgressQuery, { variables: { id }, pollInterval: 500, fetchPolicy: "network-only" });
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  const p = data?.importProgress;
  let label: string;
  let bar = <progress aria-label={what} />;
  if (p && p.stage === "MATCHING") label = "Matching the signers…";
  else if (p && p.pages > 0 && p.stage === "READING") {
    label = `${what}: page ${p.page} of ${p.pages}${p.ocr ? " (scanned: OCR, a few seconds a page)" : ""}…`;
    bar = <progress aria-label={what} value={p.page - 1} max={p.pages} />;
  } else label = `${what}… ${seconds} s`;
  return (
    <p role="status" aria-live="polite" className="muted" data-testid="import-progress">
      {bar} {label}
    </p>
  );
}
