/**
 * HTTP routes for a letter's original file: GET /letters/:id/original (the PDF, Word or text
 * file as imported) and GET /letters/:id/original/signatures/:position.png (the page crop a
 * signature was read from). Served sandboxed: a PDF's scripts never run on this origin.
 */
import type { Express, Response } from "express";
import type { OriginalStorage } from "./original-storage";
import { documentWorkers } from "./document-pool";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const safeHeaders = (res: Response) => {
  res.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Cache-Control", "private, max-age=3600");
};

export function originalRoutes(app: Express, originals: OriginalStorage): void {
  app.get("/letters/:id/original", async (req, res, next) => {
    try {
      const id = String(req.params.id);
      const info = UUID.test(id) ? await originals.info(id) : null;
      const bytes = info ? await originals.bytes(id) : null;
      if (!info || !bytes) {
        res.status(404).json({ error: "NOT_FOUND", message: "This letter has no stored original." });
        return;
      }
      safeHeaders(res);
      res.type(info.mediaType);
      res.setHeader("Content-Disposition", `inline; filename="${info.fileName.replace(/[^\w.-]+/g, "_")}"`);
      res.setHeader("ETag", `"${info.sha256}"`);
      res.end(Buffer.from(bytes));
    } catch (e) {
      next(e);
    }
  });

  app.get("/letters/:id/original/signatures/:position.png", async (req, res, next) => {
    try {
      const id = String(req.params.id);
      const position = Number(req.params.position);
      const info = UUID.test(id) && Number.isInteger(position) ? await originals.info(id) : null;
      const box = info?.mediaType === "application/pdf" ? info.signatures.find((s) => s.position === position) : undefined;
      const bytes = box ? await originals.bytes(id) : null;
      if (!box || !bytes) {
        res.status(404).json({ error: "NOT_FOUND", message: "No page crop for this signature." });
        return;
      }
      safeHeaders(res);
      res.type("image/png").end(await documentWorkers().crop(bytes, box));
    } catch (e) {
      next(e);
    }
  });
}
