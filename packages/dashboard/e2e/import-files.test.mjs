/**
 * The Import page with a PDF: pick the file, preview it (read on the server), save it, then find
 * the "Original PDF" link on the letter page and fetch it.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { findShared, overflowX, seriousViolations, startDashboard } from "./harness.mjs";

const NAME = "2025-02-13-senate-trump-tcja-permanence";

describe("importing a PDF", () => {
  let app;
  before(async () => {
    // One other letter only: this one comes in through the page.
    app = await startDashboard({ letters: [path.join(findShared(), "letters", "2020-10-23-house-pompeo-artsakh.md")] });
  });
  after(async () => {
    await app?.stop();
  });

  it("previews and saves a PDF, and the letter links its original", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await app.signIn(page);
    await page.goto(`${app.base}/import`);
    await page.getByLabel(/Or upload a file/).setInputFiles(path.join(app.shared, "letters", "pdf", `${NAME}.digital.pdf`));
    await page.getByText(/will be read on the server/).waitFor();
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText(/Read as a PDF of 2 pages/).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByRole("table").locator("tbody tr").count(), 9);
    assert.deepEqual(await seriousViolations(page), []);
    assert.ok((await overflowX(page)) <= 0);
    await page.screenshot({ path: app.screenshot("import-pdf-preview-desktop.png"), fullPage: true });

    await page.getByRole("button", { name: "Save letter" }).click();
    await page.getByRole("heading", { name: "Letter saved" }).waitFor();
    await page.locator("section.card a").first().click();
    const original = page.getByRole("link", { name: "Original PDF" });
    await original.waitFor();
    const href = await original.getAttribute("href");
    const res = await fetch(`${app.base}${href}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/pdf");
    await page.screenshot({ path: app.screenshot("letter-original-link-desktop.png") });
    assert.deepEqual(errors, []);
  });
});
