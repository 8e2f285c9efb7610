/**
 * Reads a JSON request body the way Express's `express.json()` did for /graphql: only
 * `application/json` bodies are parsed (others stay undefined, and Apollo refuses them as a
 * possible CSRF), UTF-8 only, no content encodings, objects or arrays only, at most `limit` bytes.
 */
import type { IncomingMessage } from "node:http";

export type JsonBody = { body: unknown } | { status: number; code: string; message: string };

const tooLarge = (limit: number): JsonBody => ({
  status: 413,
  code: "PAYLOAD_TOO_LARGE",
  message: `The request body is larger than ${limit >= 1 << 20 ? `${limit / (1 << 20)} MB` : `${limit} bytes`}.`,
});
const notJson: JsonBody = { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON." };

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(";")[0].trim().toLowerCase() === "application/json";
}

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<JsonBody> {
  const type = req.headers["content-type"];
  if (!isJson(type)) return { body: undefined };
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type!)?.[1].toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: `Unsupported charset "${charset}": send UTF-8.` };
  }
  const encoding = (req.headers["content-encoding"] ?? "identity").toLowerCase();
  if (encoding !== "identity")
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: `Unsupported content encoding "${encoding}".` };
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) return tooLarge(limit);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge(limit);
    chunks.push(chunk);
  }
  const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString("utf8");
  if (text.trim() === "") return { body: {} };
  // Like express.json's strict mode: a document, not a bare string or number.
  if (!/^\s*[[{]/.test(text)) return notJson;
  try {
    return { body: JSON.parse(text) };
  } catch {
    return notJson;
  }
}
