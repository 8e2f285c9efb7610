/**
 * Limits on uploaded documents: checked before anything is inflated, rendered or read, so bad
 * input fails fast and in bounded memory. Configurable through the environment.
 */
export interface DocumentLimits {
  /** Largest file accepted (DOCUMENT_MAX_MB, default 20). */
  maxBytes: number;
  /** Most pages in a PDF (DOCUMENT_MAX_PAGES, default 50). */
  maxPages: number;
  /** Largest embedded image, in pixels, before it is refused as a decompression bomb (DOCUMENT_MAX_IMAGE_MEGAPIXELS, default 100). */
  maxImagePixels: number;
  /** Time OCR may take on one page (OCR_PAGE_TIMEOUT_MS, default 30000). */
  ocrPageTimeoutMs: number;
  /** Total uncompressed size of a .docx's entries (DOCX_MAX_UNCOMPRESSED_MB, default 50). */
  maxUnzippedBytes: number;
}

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
  return n;
};

export function documentLimits(env: NodeJS.ProcessEnv = process.env): DocumentLimits {
  return {
    maxBytes: Math.round(positive("DOCUMENT_MAX_MB", env.DOCUMENT_MAX_MB, 20) * 1024 * 1024),
    maxPages: Math.floor(positive("DOCUMENT_MAX_PAGES", env.DOCUMENT_MAX_PAGES, 50)),
    maxImagePixels: Math.round(positive("DOCUMENT_MAX_IMAGE_MEGAPIXELS", env.DOCUMENT_MAX_IMAGE_MEGAPIXELS, 100) * 1_000_000),
    ocrPageTimeoutMs: positive("OCR_PAGE_TIMEOUT_MS", env.OCR_PAGE_TIMEOUT_MS, 30_000),
    maxUnzippedBytes: Math.round(positive("DOCX_MAX_UNCOMPRESSED_MB", env.DOCX_MAX_UNCOMPRESSED_MB, 50) * 1024 * 1024),
  };
}
