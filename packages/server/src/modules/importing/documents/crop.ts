/**
 * The crop of a page where a signature was read, for the reviewer: the signature's box with a
 * margin (the handwritten signature above the printed name included), rendered from the
 * original PDF at 2x. Runs in a document worker (document-pool.ts), never on the event loop.
 */
import type { PlacedSignature } from "./original-storage";
import { polyfillTransfer } from "./pdf";

const SCALE = 2;

export async function renderCrop(pdf: Uint8Array, box: PlacedSignature): Promise<Buffer> {
  polyfillTransfer();
  const { getDocumentProxy, renderPageAsImage } = await import("unpdf");
  const canvas = await import("@napi-rs/canvas");
  const doc = await getDocumentProxy(new Uint8Array(pdf), { stopAtErrors: true, verbosity: 0 });
  try {
    const png = await renderPageAsImage(doc, box.page, { canvasImport: () => import("@napi-rs/canvas"), scale: SCALE });
    const page = await canvas.loadImage(Buffer.from(png));
    // Room for the signature picture above the name and a little around the text.
    const x = Math.max(0, (box.x - 12) * SCALE);
    const y = Math.max(0, (box.y - 60) * SCALE);
    const w = Math.min(page.width - x, (box.w + 24) * SCALE);
    const h = Math.min(page.height - y, (box.h + 72) * SCALE);
    const out = canvas.createCanvas(Math.max(1, Math.round(w)), Math.max(1, Math.round(h)));
    out.getContext("2d").drawImage(page, x, y, w, h, 0, 0, w, h);
    return out.toBuffer("image/png");
  } finally {
    await doc.cleanup().catch(() => undefined);
  }
}
