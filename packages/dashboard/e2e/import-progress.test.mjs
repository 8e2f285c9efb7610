/**
 * The Import page while a scanned page is read: the progress line follows the server page by
 * page (importProgress polled with the upload's progressId), names the scanned page read by
 * OCR, then gives way to the preview.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { findShared, startDashboard } from "./harness.mjs";

const NAME = "2025-02-13-senate-trump-tcja-permanence";

describe("progress while a scanned PDF is read", () => {
  let app;
  before(async () => {
    app = await startDashboard({ letters: [path.join(findShared(), "letters", "2020-10-23-house-pompeo-artsakh.md")] });
  });
  after(async () => {
    await app?.stop();
  });

  it("shows the page being read, by OCR, then the preview", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await app.signIn(page);
    await page.goto(`${app.base}/import`);
    // Typed page 1, scanned signature page 2.
    await page.getByLabel(/Or upload a file/).setInputFiles(path.join(app.shared, "letters", "pdf", `${NAME}.hybrid.pdf`));
    await page.getByText(/will be read on the server/).waitFor();
    await page.getByRole("button", { name: "Preview" }).click();

    const progress = page.getByTestId("import-progress");
    await progress.getByText(/page 2 of 2 \(scanned: OCR/).waitFor({ timeout: 120_000 });
    const bar = progress.locator("progress");
    assert.equal(await bar.getAttribute("max"), "2");
    assert.equal(await bar.getAttribute("value"), "1");
    await page.screenshot({ path: app.screenshot("import-progress-ocr-desktop.png") });

    await page.getByText(/Read as a PDF of 2 pages; OCR on 1 scanned page \(2\)/).waitFor({ timeout: 300_000 });
    assert.equal(await progress.count(), 0);
    assert.ok((await page.getByRole("table").locator("tbody tr").count()) > 0);
    assert.deepEqual(errors, []);
  });
});
