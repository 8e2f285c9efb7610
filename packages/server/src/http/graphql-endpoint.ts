/**
 * POST/GET /graphql on plain node:http: request id, client address, caller and rate limit
 * (security/http-guard.ts), the JSON body, the response cache, then either the direct path for
 * a query Apollo has already validated (http/direct-execution.ts) or Apollo Server's
 * `executeHTTPGraphQLRequest` (the API Apollo's own integrations are built on).
 *
 * Express is kept for everything else (dashboard files, /healthz, /readyz). On /graphql its router,
 * body parser and `res.send` cost about 0.3 ms of CPU per request, measured with the benchmark's
 * `{ __typename }`: 0.50 ms through Express and its Apollo integration, 0.18 ms like this. That
 * is more than most queries' own execution.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { ResponseCache } from "../cache/response-cache";
import { createContext, type Context, type Services } from "../context";
import { requestInfo } from "../modules/auth/request";
import { authenticate, clientOf, compileTrust, requestId, type TrustProxy } from "../security/http-guard";
import { sendError } from "../security/http-json";
import { logError } from "../security/log";
import { requestShapeError } from "../security/request-shape";
import type { RateLimit } from "../security/rate-limit";
import type { RateLimitStore } from "../security/rate-limit-store";
import { Role, roleAllows } from "../modules/auth/roles";
import type { TrustedDocuments } from "../security/trusted-documents";
import type { DirectExecution } from "./direct-execution";
import { readJsonBody } from "./json-body";

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<Context>;
  /** Known queries without Apollo's pipeline (http/direct-execution.ts); without it Apollo answers all. */
  direct?: DirectExecution;
  services: Services;
  store: RateLimitStore;
  rateLimit: RateLimit;
  trustProxy: TrustProxy;
  cache: ResponseCache | null;
  maxBodyBytes: number;
  /** The body limit for editors, whose imports carry whole files (base64); everyone else gets `maxBodyBytes`. */
  maxUploadBodyBytes?: number;
  /** Query text per document (comments and whitespace count), checked before parsing. */
  maxDocumentBytes: number;
  /** The dashboard's documents by hash (security/trusted-documents.ts). */
  trusted?: TrustedDocuments;
  /** TRUSTED_DOCUMENTS_ONLY in production: cookie sessions may send only trusted documents. */
  trustedOnly?: boolean;
}

/** "/graphql" and "/graphql/", any case, with or without a query string (Express's matching for the mount point itself). */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?", 1)[0].toLowerCase();
  return path === "/graphql" || path === "/graphql/";
}

export function graphqlEndpoint(o: GraphqlEndpointOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const trust = compileTrust(o.trustProxy);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = requestId(req, res);
    try {
      const client = clientOf(req, trust);
      const caller = await authenticate(o.services.auth.credentials, o.store, o.rateLimit, req, res, client.ip);
      if (!caller) return;
      const method = (req.method ?? "GET").toUpperCase();
      const limit =
        o.maxUploadBodyBytes && caller.user && roleAllows(caller.user.role, [Role.EDITOR]) ? o.maxUploadBodyBytes : o.maxBodyBytes;
      const parsed = method === "POST" ? await readJsonBody(req, limit) : { body: undefined };
      if (!("body" in parsed)) {
        // Unread bytes of a refused body are not worth reading: close once answered.
        if (parsed.status === 413) res.setHeader("Connection", "close");
        return sendError(res, parsed.status, parsed.code, parsed.message);
      }
      const query = req.url?.indexOf("?") ?? -1;
      const search = query >= 0 ? req.url!.slice(query) : "";
      if (o.trusted) {
        // A document id becomes its text here, before the shape check and the response cache.
        const only = o.trustedOnly === true && caller.credentials.kind === "session";
        const refused = method === "POST" ? o.trusted.resolve(parsed.body, only) : o.trusted.resolveSearch(search, only);
        if (refused) return sendError(res, refused.status, refused.code, refused.message);
      }
      const shape = requestShapeError(method, parsed.body, search, o.maxDocumentBytes);
      if (shape) return sendError(res, shape.status, shape.code, shape.message, shape.extensions);
      const pending = o.cache ? await o.cache.lookup(method, parsed.body, req.headers.accept, res) : null;
      if (pending === "hit") return;
      /** A whole answer, kept by the response cache when it may be. */
      const send = (status: number, headers: Iterable<[string, string]>, text: string) => {
        for (const [key, value] of headers) res.setHeader(key, value);
        res.statusCode = status;
        o.cache?.store(pending, status, text, String(res.getHeader("content-type") ?? "application/json; charset=utf-8"));
        res.setHeader("Content-Length", Buffer.byteLength(text));
        res.end(text);
      };

      const http = { id, ip: client.ip, userAgent: req.headers["user-agent"] ?? null, secure: client.secure, res };
      const newContext = () => createContext(o.services, requestInfo(http, caller.user, caller.credentials));
      const direct = method === "POST" ? o.direct?.match(parsed.body, req.headers.accept) : null;
      if (direct) {
        const answer = await o.direct!.run(direct, newContext(), pending);
        if (answer) return send(answer.status, answer.headers, answer.text);
      }

      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const result = await o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search, body: parsed.body },
        context: async () => {
          const context = newContext();
          o.cache?.attach(context, pending);
          return context;
        },
      });
      if (result.body.kind === "complete") return send(result.status ?? 200, result.headers, result.body.string);
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (e) {
      logError(`[request ${id}] internal error:`, e);
      if (!res.headersSent) sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", { requestId: id });
      else res.destroy();
    }
  }

  return (req, res) => void handle(req, res);
}
