/**
 * Browser test of recurring letters: two versions of one letter (2018 and 2020, hand-written
 * fixtures below with real members) are imported; the 2020 letter page shows "Earlier versions"
 * and the comparison panel (who signed in 2018 but not in 2020, CSV download, those no longer
 * serving), and the series page shows the signer matrix with a party filter kept in the URL.
 *
 * Hand-checked: Paul Ryan (R-WI) left the House on 2019-01-03; Alexandria Ocasio-Cortez (D-NY)
 * joined then; Nancy Pelosi (D-CA) and Steny Hoyer (D-MD) served throughout.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { overflowX, seriousViolations, startDashboard } from "./harness.mjs";

const BODY = (
  year,
  amount,
  changed,
) => `We write to urge the Department to fund the rural bridge repair program at no less than ${amount} in fiscal year ${year}. Hundreds of small bridges in our districts are rated in poor condition, and county road crews cannot replace them on local revenue alone.

The program has a record of moving money quickly to the counties that need it most. It pays for engineering studies, load testing and replacement spans, and it lets small towns pool their applications so that a single grant covers several crossings at once.

${changed}

We ask that you keep the program's matching requirement low for counties with fewer than fifty thousand residents, and that you publish the list of eligible bridges early in the year so that crews can plan their construction season.

Thank you for your attention to this request. We look forward to working with you to keep rural communities connected.`;

const letter = (date, recipient, body, signers) => `Congress of the United States
House of Representatives
Washington, DC 20515

${date}

The Honorable ${recipient}
Secretary of Transportation
U.S. Department of Transportation
1200 New Jersey Avenue, S.E.
Washington, D.C. 20590

Dear Secretary ${recipient.split(" ").at(-1)}:

${body}

Sincerely,

${signers.map((s) => `${s}\nMember of Congress\n`).join("\n")}`;

describe("recurring letters", () => {
  let app;
  let dir;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "signatory-series-"));
    writeFileSync(
      path.join(dir, "2018-bridges.md"),
      letter(
        "May 1, 2018",
        "Elaine L. Chao",
        BODY(
          2019,
          "$250 million",
          "Last winter, flooding closed more than forty bridges across the Midwest for weeks, cutting farms off from markets and forcing school buses onto long detours.",
        ),
        ["Nancy Pelosi", "Steny H. Hoyer", "Paul D. Ryan"],
      ),
    );
    writeFileSync(
      path.join(dir, "2020-bridges.md"),
      letter(
        "May 1, 2020",
        "Elaine L. Chao",
        BODY(
          2021,
          "$310 million",
          "This spring, the pandemic has squeezed county budgets further, and many planned replacements have been postponed indefinitely while traffic on rural roads keeps growing.",
        ),
        ["Alexandria Ocasio-Cortez", "Nancy Pelosi"],
      ),
    );
    app = await startDashboard({ letters: [dir] });
  });

  after(async () => {
    await app?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows earlier versions and who signed before but not now, with a CSV of the call list", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${app.base}/letters`);
    await page
      .getByRole("table", { name: /^Letters/ })
      .getByRole("link")
      .filter({ hasText: /Chao/ })
      .first()
      .waitFor();
    const links = page
      .getByRole("table", { name: /^Letters/ })
      .getByRole("link")
      .filter({ hasText: /Chao/ });
    assert.equal(await links.count(), 2);
    await links.first().click(); // newest first: the 2020 letter

    const versions = page.getByRole("region", { name: "Earlier versions" });
    await versions.waitFor();
    await assert.doesNotReject(versions.getByRole("link", { name: /May 1, 2018/ }).waitFor());
    const call = page.getByRole("list", { name: /Signed before, not now \(1\)/ });
    await call.waitFor();
    assert.deepEqual(await call.getByRole("link").allTextContents(), ["Steny H. Hoyer"]);
    assert.match(await call.textContent(), /MD-5/);
    assert.match(
      await page.getByRole("status").filter({ hasText: "signed both" }).textContent(),
      /1 signed both · 1 signed only this one · 1 signed the .* 1 of its signers no longer serving/,
    );

    await page.getByText(/No longer serving \(1\)/).click();
    assert.match(await page.locator("details[open]").textContent(), /Paul D\. Ryan.*WI-1 on May 1, 2018/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    const csv = readFileSync(await download.path(), "utf8");
    assert.equal(csv.replace(/^\uFEFF/, "").split("\r\n")[1], "Steny H. Hoyer,H000874,D,MD-5,no,D,MD-5,yes,yes");

    assert.deepEqual(await seriousViolations(page), []);
    assert.ok((await overflowX(page)) <= 0);
    await versions.screenshot({ path: app.screenshot("series-comparison-panel.png") });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("shows the series matrix, filtered by party in the URL and sortable", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.base}/letters`);
    await page
      .getByRole("table", { name: /^Letters/ })
      .getByRole("link")
      .filter({ hasText: /Chao/ })
      .first()
      .click();
    await page
      .getByRole("region", { name: "Earlier versions" })
      .getByRole("link", { name: /^Series:/ })
      .click();
    const table = page.getByRole("table", { name: /Members by version/ });
    await table.waitFor();
    assert.equal(await table.locator("tbody tr").count(), 4);
    assert.match(await table.locator("tbody tr", { hasText: "Ryan" }).textContent(), /✓ Signed.*— not serving.*1\/2/);
    await page.getByLabel("Party").selectOption("REPUBLICAN");
    await page.waitForURL(/party=REPUBLICAN/);
    // The URL changes first; the table follows on the next render.
    await table.locator("tbody tr").nth(1).waitFor({ state: "detached" });
    assert.equal(await table.locator("tbody tr").count(), 1);
    await page.screenshot({ path: app.screenshot("series-matrix-filtered.png"), fullPage: true });
    await page.getByLabel("Party").selectOption("");
    await table.getByRole("button", { name: /^Member/ }).click();
    await page.waitForURL(/sort=name/);
    await table.locator("tbody tr").nth(3).waitFor();
    await table.locator("tbody tr th").first().filter({ hasText: "Alexandria Ocasio-Cortez" }).waitFor();
    assert.equal(await table.locator("tbody tr th").first().textContent(), "Alexandria Ocasio-Cortez");
    assert.deepEqual(await seriousViolations(page), []);
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok((await overflowX(page)) <= 0);
    await page.screenshot({ path: app.screenshot("series-matrix-phone.png"), fullPage: true });
    await page.close();
  });
});
