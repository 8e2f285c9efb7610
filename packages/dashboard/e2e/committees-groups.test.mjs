/**
 * Browser tests of committees and member groups: the letter page's gap chooser kept in the URL
 * (`?gap=committee:HSFA`), the committee roster on a date, and a group made from a pasted list
 * (with an ambiguous name fixed by hand), then used as a gap. Needs `pnpm build` and Chromium.
 *
 *   node --test e2e/committees-groups.test.mjs   (from packages/dashboard)
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { overflowX, seriousViolations, startDashboard } from "./harness.mjs";

const SEED = "2020-10-23-house-pompeo-artsakh.md";

describe("committees and groups", () => {
  let app;
  let seedHref;

  before(async () => {
    const shared = (await import("./harness.mjs")).findShared();
    app = await startDashboard({
      syncFrom: [path.join(shared, "data/congress-legislators"), path.join(shared, "data/committees")],
      letters: [path.join(shared, "letters", SEED)],
    });
    const page = await app.browser.newPage();
    await page.goto(`${app.base}/letters`);
    seedHref = await page
      .getByRole("table", { name: /^Letters/ })
      .getByRole("link", { name: /Artsakh/ })
      .first()
      .getAttribute("href");
    await page.close();
  });

  after(async () => {
    await app?.stop();
  });

  it("HSFA on the seed letter: 47 serving, 8 signed, 39 did not; the choice is in the URL", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${app.base}${seedHref}`);
    const panel = page.locator("section.gap");
    await panel.getByLabel("Committee", { exact: true }).selectOption("HSFA");
    await page.waitForURL(/[?&]gap=committee%3AHSFA(&|$)/);
    await panel.getByRole("status").filter({ hasText: "47 serving" }).waitFor();
    assert.match(
      await panel.getByRole("status").innerText(),
      /House Committee on Foreign Affairs: 47 serving on .* · 8 signed · 39 did not sign/,
    );
    assert.equal(
      await panel
        .getByRole("list", { name: /Did not sign/ })
        .getByRole("listitem")
        .count(),
      39,
    );
    assert.equal(
      await panel
        .getByRole("list", { name: /^Signed/ })
        .getByRole("listitem")
        .count(),
      8,
    );
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: app.screenshot("letter-gap-hsfa-desktop.png") });

    // A reload keeps the choice; the CSV holds every member with a status.
    await page.reload();
    await panel.getByRole("status").filter({ hasText: "47 serving" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "CSV" }).click()]);
    const csv = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
    assert.equal(csv.match(/did not sign/g)?.length, 39);
    assert.equal(csv.match(/,signed,/g)?.length, 8);
    assert.deepEqual(await seriousViolations(page), []);
    assert.ok((await overflowX(page)) <= 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("the committee page shows the roster on a date with chair and ranking member, and the letters its members signed most", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.base}/committees`);
    await page.getByRole("link", { name: "House Committee on Foreign Affairs" }).click();
    await page.waitForURL(/\/committees\/HSFA/);
    await page.getByLabel("On date").fill("2020-10-23");
    await page.waitForURL(/on=2020-10-23/);
    const status = page.getByRole("status").filter({ hasText: "47 members" });
    await status.waitFor();
    assert.match(
      await status.innerText(),
      /47 members · 26 majority · 21 minority · Chair: Eliot L. Engel · Ranking member: Michael T. McCaul/,
    );
    assert.match(
      await page
        .getByRole("region", { name: /letters/i })
        .or(page.locator("section").filter({ hasText: "signed most" }))
        .first()
        .innerText(),
      /8 of its members signed/,
    );
    await page.screenshot({ path: app.screenshot("committee-hsfa-desktop.png"), fullPage: false });
    assert.deepEqual(await seriousViolations(page), []);
    // A date the data cannot answer is said, not guessed.
    await page.getByLabel("On date").fill("2010-01-01");
    await page.getByText(/known from 2012-11-09/).waitFor();
    await page.close();
  });

  it("a group from a pasted list: matched, the ambiguous name picked by hand, then used as the letter's gap", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await app.signIn(page);
    await page.goto(`${app.base}/groups`);
    await page.getByLabel("Name", { exact: true }).fill("Champions");
    await page.getByLabel(/Paste names/).fill(["S000344", "Schiff, Adam", "Rep. Nancy Pelosi (CA-11)", "Chuy Garcia", "Scott"].join("\n"));
    await page.getByRole("button", { name: "Match names" }).click();
    const status = page.getByRole("status").filter({ hasText: "matched" });
    await status.waitFor();
    assert.match(await status.innerText(), /4 matched · 1 to fix · 4 members chosen/);
    const fix = page.getByLabel(/Line 5: “Scott” \(several members fit\)/);
    const options = await fix.locator("option").allInnerTexts();
    assert.ok(options.some((o) => /Tim Scott/.test(o)) && options.some((o) => /Austin Scott/.test(o)), options.join(", "));
    await fix.selectOption({ label: options.find((o) => /Austin Scott/.test(o)) });
    await page.screenshot({ path: app.screenshot("groups-paste-desktop.png"), fullPage: true });
    await page.getByRole("button", { name: "Create group with 5 members" }).click();
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
    const groupId = page.url().split("/").pop();
    await page.getByRole("heading", { name: "Champions" }).waitFor();
    const grid = page.getByRole("region", { name: "Group record" });
    assert.equal(await grid.locator("tbody tr").count(), 5);
    // Sherman and Schiff signed the seed letter: their cells say so.
    assert.equal(await grid.getByText("✓ signed").count(), 2);
    await page.screenshot({ path: app.screenshot("group-record-desktop.png"), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);

    await page.goto(`${app.base}${seedHref}?gap=group:${groupId}`);
    const panel = page.locator("section.gap");
    await panel.getByRole("status").filter({ hasText: "Champions" }).waitFor();
    assert.match(await panel.getByRole("status").innerText(), /Champions: 5 serving on .* · 2 signed · 3 did not sign/);
    await page.close();
  });
});
