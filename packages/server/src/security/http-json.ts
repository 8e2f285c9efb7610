import type { ServerResponse } from "node:http";

/** Ends `res` with a JSON body (what Express's `res.status(s).json(b)` did). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

/** A GraphQL-shaped error answer: `{ errors: [{ message, extensions: { code, ... } }] }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}
