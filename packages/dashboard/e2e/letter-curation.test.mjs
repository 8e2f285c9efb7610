/**
 * Letter curation in the browser: an editor edits a letter's title and topics in the Edit panel,
 * sees the change in the header and the history, deletes the letter (it leaves the list),
 * and restores it from Deleted letters (undo). Needs `pnpm build` and Chromium; see harness.mjs.
 *
 *   node --test e2e/letter-curation.test.mjs
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { findShared, overflowX, seriousViolations, startDashboard } from "./harness.mjs";

describe("letter curation", () => {
  let app;

  before(async () => {
    app = await startDashboard({ letters: [path.join(findShared(), "letters", "2021-02-22-house-ralston-georgia-voting.md")] });
  });
  after(async () => {
    await app?.stop();
  });

  it("edits a title and topics, then deletes and restores the letter", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await app.signIn(page);
    await page.goto(`${app.base}/letters`);
    const link = page
      .getByRole("table", { name: /^Letters/ })
      .getByRole("link")
      .first();
    const oldTitle = (await link.textContent()).trim();
    await link.click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    const letterPath = new URL(page.url()).pathname;

    // Edit: a new title and a topic through the topic editor.
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const title = page.getByLabel("Title", { exact: true });
    assert.equal(await title.inputValue(), oldTitle);
    await title.fill("Georgia voting law: letter to Speaker Ralston");
    await page.getByLabel("Topics", { exact: true }).fill("Election law");
    await page.getByRole("button", { name: "Add topic" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Saved: title, topics." })
      .waitFor({ timeout: 10_000 })
      .catch(async (e) => {
        await page.screenshot({ path: app.screenshot("curation-save-failed.png"), fullPage: true });
        throw new Error(`${e.message}\n${await page.locator(".edit-panel").textContent()}`);
      });
    await page.getByRole("heading", { level: 1, name: "Georgia voting law: letter to Speaker Ralston" }).waitFor();
    // The history names who changed what.
    const history = page.getByRole("list", { name: /Changes to this letter/ });
    await history.getByText("title:").waitFor();
    assert.match(await history.textContent(), /Edited by editor@example\.org/);
    assert.match(await history.textContent(), new RegExp(`title: ${oldTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} → Georgia voting law`));
    assert.match(await history.textContent(), /election-law/);
    assert.deepEqual(await seriousViolations(page), []);
    assert.ok((await overflowX(page)) <= 0);
    await page.screenshot({ path: app.screenshot("curation-edit-panel.png"), fullPage: true });

    // Delete (confirmed), then the letter is gone from the list and its page.
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Delete letter" }).click();
    await page.waitForURL(/\/letters\/deleted\?deleted=/);
    await page.getByText("Deleted “Georgia voting law: letter to Speaker Ralston”.").waitFor();
    await page.screenshot({ path: app.screenshot("curation-deleted.png"), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
    await page.goto(`${app.base}/letters`);
    await page
      .getByText(/No letters/)
      .or(page.getByText(/0 letters/))
      .first()
      .waitFor();
    await page.goto(`${app.base}${letterPath}`);
    await page.getByRole("heading", { name: "This letter does not exist" }).waitFor();

    // Restore from Deleted letters: back with the same id and the new title.
    await page.goto(`${app.base}/letters/deleted`);
    await page.getByRole("button", { name: "Restore Georgia voting law: letter to Speaker Ralston" }).click();
    await page.waitForURL((url) => url.pathname === letterPath);
    await page.getByRole("heading", { level: 1, name: "Georgia voting law: letter to Speaker Ralston" }).waitFor();
    await page.goto(`${app.base}/letters`);
    await page
      .getByRole("table", { name: /^Letters/ })
      .getByRole("link", { name: "Georgia voting law: letter to Speaker Ralston" })
      .waitFor();
    await page.close();
  });
});
