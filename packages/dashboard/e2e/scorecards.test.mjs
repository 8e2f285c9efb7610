/**
 * Browser tests of scorecards against the real server and the built dashboard: an editor creates a
 * draft, searches and adds the seed letter (support) and the Georgia voting letter (oppose), sees
 * the live preview, publishes; the public page shows the map, the table sorted and filtered from
 * the URL, CSV export, a printable report card, and the member page lists the grade.
 *
 *   node --test e2e/scorecards.test.mjs   (from packages/dashboard, after pnpm build)
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { overflowX, seriousViolations, startDashboard } from "./harness.mjs";

describe("scorecards", () => {
  let app;
  let page;
  let scorecardPath;

  before(async () => {
    app = await startDashboard();
    page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await app?.stop();
  });

  it("an editor builds a scorecard with a live preview and publishes it", async () => {
    await app.signIn(page);
    await page.goto(`${app.base}/scorecards`);
    await page.getByLabel("New scorecard").fill("Artsakh and voting");
    await page.getByLabel("Chamber").selectOption("HOUSE");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/scorecards\/[0-9a-f-]+\/edit$/);
    scorecardPath = new URL(page.url()).pathname.replace(/\/edit$/, "");

    await page.getByLabel("Search letters").fill("Artsakh");
    await page.getByRole("button", { name: /Add as support: .*Artsakh/ }).click();
    await page.getByRole("heading", { name: "Letters (1)" }).waitFor();
    await page.getByLabel("Search letters").fill("Georgia voting");
    await page
      .getByRole("button", { name: /Add as oppose: .*/ })
      .first()
      .click();
    await page.getByRole("heading", { name: "Letters (2)" }).waitFor();
    // The preview is the server's grading of the saved draft.
    const preview = page.getByRole("region", { name: "Preview" }).or(page.locator("section[aria-labelledby=sc-preview]"));
    await preview.getByText(/members graded/).waitFor();
    const graded = Number((await preview.getByText(/members graded/).textContent()).match(/\d+/)[0]);
    assert.ok(graded > 400, `preview grades the House: ${graded}`);
    assert.deepEqual(await seriousViolations(page), []);
    await page.screenshot({ path: app.screenshot("scorecard-editor-desktop.png"), fullPage: true });

    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByRole("link", { name: /Published: see the public page/ }).waitFor();
  });

  it("the public page: map, sortable table with filters in the URL, CSV and report cards", async () => {
    const anon = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await anon.goto(`${app.base}${scorecardPath}?state=CA&party=DEMOCRAT`);
    const table = anon.getByRole("table", { name: /grades$/ });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    assert.ok((await rows.count()) > 10);
    const states = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    assert.ok(
      states.every((s) => s === "California"),
      "only California, from the URL",
    );
    // Sherman signed the seed letter and not Georgia's: 2 of 2, A+.
    const sherman = table.getByRole("row", { name: /Brad Sherman/ });
    assert.match(await sherman.textContent(), /A\+.*100\.0%.*2 \/ 2/);
    // The map is its own lazily loaded chunk: it may arrive after the table.
    await anon.locator("[data-state=CA]").waitFor();
    assert.equal(await anon.locator("[data-state=CA]").count(), 1);
    assert.match(await anon.locator("[data-state=CA] title").textContent(), /California: average/);

    await table.getByRole("button", { name: "Member" }).click();
    await anon.waitForURL(/sort=NAME/);
    const names = await table.locator("tbody th").allTextContents();
    const last = (n) => n.split(" ").at(-1);
    assert.ok(last(names[0]) <= last(names.at(-1)), "sorted by name");

    const [download] = await Promise.all([anon.waitForEvent("download"), anon.getByRole("button", { name: "Export CSV" }).click()]);
    const csv = readFileSync(await download.path(), "utf8");
    assert.match(csv, /^\uFEFF?bioguide_id,name,state,party/);
    assert.match(csv, /S000344,Brad Sherman,CA,Democrat,HOUSE,A\+,100,2,2,2/);
    assert.deepEqual(await seriousViolations(anon), []);
    assert.ok((await overflowX(anon)) <= 0);
    await anon.screenshot({ path: app.screenshot("scorecard-public-desktop.png"), fullPage: true });

    await anon.goto(`${app.base}${scorecardPath}/print?state=GA`);
    await anon.getByRole("article").first().waitFor();
    assert.ok((await anon.getByRole("article").count()) >= 10, "one report card per Georgia member");
    await anon.emulateMedia({ media: "print" });
    const breaks = await anon
      .locator(".report-card")
      .first()
      .evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).breakAfter);
    assert.equal(breaks, "page");
    assert.equal(await anon.locator(".site-header").isVisible(), false);
    await anon.screenshot({ path: app.screenshot("scorecard-report-print.png") });

    await anon.emulateMedia({ media: "screen" });
    await anon.goto(`${app.base}/members/S000344`);
    const section = anon.locator("section[aria-labelledby=member-scorecards]");
    await section.waitFor();
    assert.match(await section.textContent(), /A\+.*Artsakh and voting/);

    const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${app.base}${scorecardPath}`);
    await phone.getByRole("table", { name: /grades$/ }).waitFor();
    assert.ok((await overflowX(phone)) <= 0, "no sideways scroll on a phone");
    await phone.screenshot({ path: app.screenshot("scorecard-public-phone.png"), fullPage: false });
  });
});
