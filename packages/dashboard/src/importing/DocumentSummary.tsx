import { getFragmentData, graphql, type FragmentType } from "../gql";
import { plural } from "../lib/format";

export const DocumentSummary_document = graphql(`
  fragment DocumentSummary_document on DocumentInfo {
    kind
    pages
    ocrPages
  }
`);

/** How the server read an uploaded file: Word, a PDF of n pages, which pages went through OCR. */
export function DocumentSummary(props: { document: FragmentType<typeof DocumentSummary_document> }) {
  const document = getFragmentData(DocumentSummary_document, props.document);
  return (
    <p className="muted">
      Read as {document.kind === "DOCX" ? "a Word file" : document.kind === "PDF" ? `a PDF of ${plural(document.pages, "page")}` : "text"}
      {document.ocrPages.length > 0 && `; OCR on ${plural(document.ocrPages.length, "scanned page")} (${document.ocrPages.join(", ")})`}.
    </p>
  );
}
