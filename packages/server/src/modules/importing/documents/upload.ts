/**
 * Files reach GraphQL as base64 in a `DocumentFileInput` (no multipart: one JSON request, the
 * same CSRF rules as every other mutation). The cap is the document limit (DOCUMENT_MAX_MB,
 * default 20 MB), checked on the base64 length before anything is decoded.
 */
import { DocumentError } from "./document-error";
import { documentLimits } from "./limits";

/** Base64 characters needed for `bytes` bytes. */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** The GraphQL request body limit: the largest file, base64-encoded, plus room for the query. */
export function uploadBodyBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(1 << 20, base64Length(documentLimits(env).maxBytes) + (256 << 10));
}

export function decodeUpload(contentBase64: string, maxBytes = documentLimits().maxBytes): Uint8Array {
  if (contentBase64.length > base64Length(maxBytes)) {
    throw new DocumentError(`The file is larger than ${maxBytes / 1048576} MB.`, "TOO_LARGE");
  }
  const clean = contentBase64.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1)
    throw new DocumentError("The file's content is not valid base64.", "BAD_ENCODING");
  return new Uint8Array(Buffer.from(clean, "base64"));
}
