/**
 * Browser tests of the dashboard against the real server and the built dashboard: the letter page
 * (filters, map, delegation, CSV), the member page, the import flow, and every main view at
 * desktop and phone widths with an axe check.
 *
 * Needs `pnpm build` first (packages/server/dist and packages/dashboard/dist), and Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium). Self-contained (e2e/harness.mjs): a temporary DATA_DIR (embedded
 * PostgreSQL) gets the members, all six shared letters and an editor account through the CLI, the server starts on a free
 * port, and the test drives the page as a person would. Screenshots go to artifacts/screenshots/.
 *
 *   node --test e2e/          (from packages/dashboard; or pnpm test:browser)
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { EDITOR, overflowX, screenshots, seriousViolations, startDashboard } from "./harness.mjs";

const SEED = "2020-10-23-house-pompeo-artsakh.md";
const SEED_TITLE = /Artsakh/;

describe("dashboard", () => {
  let app;
  let browser;
  let base;
  let seedText;
  let seedHref;

  before(async () => {
    app = await startDashboard();
    ({ browser, base } = app);
    seedText = readFileSync(path.join(app.shared, "letters", SEED), "utf8");
  });

  after(async () => {
    await app?.stop();
  });

  /** The seed letter's link in the letters list. */
  const seedLink = (page) =>
    page
      .getByRole("table", { name: /^Letters/ })
      .getByRole("link", { name: SEED_TITLE })
      .first();

  /** The seed letter's path, found once through the list. */
  async function seedPath(page) {
    if (!seedHref) {
      await page.goto(`${base}/letters`);
      seedHref = await seedLink(page).getAttribute("href");
    }
    return seedHref;
  }

  /** The signers table's body rows. */
  const signerRows = (page) => page.getByRole("table", { name: /^Signers of this letter/ }).locator("tbody tr");

  it("filters the signers to California through the State select, and keeps the filter in the URL", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));

    // From the list to the letter, as a reader would get there.
    await page.goto(`${base}/letters`);
    await seedLink(page).click();
    await page.waitForURL(/\/letters\/[^/?]+$/);
    await assert.doesNotReject(signerRows(page).nth(50).waitFor(), "all 51 signers are listed");
    assert.equal(await signerRows(page).count(), 51);
    assert.equal(await page.getByRole("note", { name: "Demo data" }).count(), 0, "real data shows no demo banner");

    await page.getByLabel("State", { exact: true }).selectOption("CA");
    await page.waitForURL(/[?&]state=CA(&|$)/);
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 19);
    for (const state of await signerRows(page).locator("abbr").allTextContents()) assert.equal(state, "CA");
    assert.match(await page.locator(".party-counts").innerText(), /D\s*19/);

    await page.reload();
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 19, "reload keeps the filter");
    assert.equal(await page.getByLabel("State", { exact: true }).inputValue(), "CA");

    await page.screenshot({ path: path.join(screenshots, "letter-page-ca-desktop.png"), fullPage: true });

    // Back goes to the unfiltered letter.
    await page.goBack();
    await page.getByText("51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 51);
    assert.equal(await page.getByLabel("State", { exact: true }).inputValue(), "");

    assert.deepEqual(errors, []);
    await page.close();
  });

  it("has no serious accessibility violations and fits a phone screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const href = await seedPath(page);
    await page.goto(`${base}${href}?state=CA`);
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 19);

    // The page itself never scrolls sideways; only the table's own frame may.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);

    await page.locator(".us-map__state").first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);

    await page.screenshot({ path: path.join(screenshots, "letter-page-ca-phone.png"), fullPage: true });
    await page.close();
  });

  it("filters the signers to a state when the map is clicked", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}${await seedPath(page)}`);
    const california = page.locator('.us-map__state[data-state="CA"]');
    await california.waitFor();
    assert.equal(await california.locator("title").textContent(), "California: 19 signers");
    assert.equal(await california.getAttribute("tabindex"), "0");
    await california.click();
    await page.waitForURL(/[?&]state=CA(&|$)/);
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 19);
    assert.equal(await california.getAttribute("aria-pressed"), "true");

    // The keyboard does the same: Enter on a focused state toggles the filter off again.
    await california.focus();
    await page.keyboard.press("Enter");
    await page.getByText("51 signers", { exact: true }).waitFor();
    assert.doesNotMatch(page.url(), /state=CA/);
    await page.close();
  });

  it("lists the California delegation's 33 non-signers of 52 serving (the call list)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}${await seedPath(page)}`);
    const panel = page.locator("section.delegation");
    // California has most signers, so it is the default without ?delegation=.
    await panel.getByText(/California: 52 serving on .* · 19 signed · 33 did not sign/).waitFor();
    assert.equal(await panel.getByLabel("Delegation state").inputValue(), "CA");
    const callList = panel.getByRole("list", { name: /Did not sign/ });
    assert.equal(await callList.getByRole("listitem").count(), 33);
    assert.equal(
      await panel
        .getByRole("list", { name: /^Signed/ })
        .getByRole("listitem")
        .count(),
      19,
    );
    // Party is a letter and a colour; the seat is spelled out.
    const first = await callList.getByRole("listitem").first().innerText();
    assert.match(first, /^[DRI]\b/);
    assert.match(first, /CA(-\d+| Senate)/);
    await panel.screenshot({ path: path.join(screenshots, "letter-delegation-ca-desktop.png") });

    // Another state goes into the URL.
    await panel.getByLabel("Delegation state").selectOption("NY");
    await page.waitForURL(/[?&]delegation=NY(&|$)/);
    await panel.getByText(/^New York: \d+ serving/).waitFor();
    await page.close();
  });

  it("exports exactly the filtered signers as CSV", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${base}${await seedPath(page)}?state=CA`);
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    const button = page.getByRole("button", { name: "Export CSV (19)" });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    assert.equal(download.suggestedFilename(), "signers-2020-10-23-CA.csv");
    const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    assert.equal(lines[0], "Position,Printed name,Member,Bioguide ID,Role,Party,State,District,Match");
    assert.equal(lines.length, 20, "a header and 19 rows");
    const shown = await signerRows(page).locator("th").allInnerTexts();
    for (const [i, line] of lines.slice(1).entries()) {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, "").replace(/^"|"$/g, ""));
      assert.equal(cells[6], "CA", line);
      assert.equal(cells[5], "D", line);
      // The row shows the member's name, and the printed one beside it when they differ ("Printed as").
      assert.ok(
        shown[i].startsWith(cells[1]) || shown[i].endsWith(`PRINTED AS ${cells[1]}`) || shown[i].endsWith(`Printed as ${cells[1]}`),
        `row ${i + 1}: ${cells[1]} is on screen as ${shown[i]}`,
      );
    }
    await page.close();
  });

  it("shows Brad Sherman's page with the seed letter among the letters he signed", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/members?name=Sherman`);
    await page.getByRole("link", { name: "Brad Sherman" }).click();
    await page.waitForURL(/\/members\/S000344$/);
    await page.getByRole("heading", { level: 1, name: /Brad Sherman/ }).waitFor();
    const signed = page.locator("section", { has: page.getByRole("heading", { name: /^Letters signed/ }) });
    await signed.getByRole("link", { name: SEED_TITLE }).waitFor();
    assert.match(await signed.innerText(), /Oct 23, 2020/);
    assert.ok(
      (await page
        .getByRole("table", { name: /Terms of office/ })
        .locator("tbody tr")
        .count()) > 5,
      "many terms",
    );

    // The record follows the topic select, which is kept in the URL.
    await page.getByLabel("Topic").selectOption("sanctions");
    await page.waitForURL(/[?&]topic=sanctions/);
    await page.getByText(/^Signed 1 of 1 letter they could have signed/).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });

  /** The letters table's body rows. */
  const letterRows = (page) => page.getByRole("table", { name: /^Letters/ }).locator("tbody tr");

  it("searches and filters the letters, keeping everything in the URL through reload and back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/letters`);
    await page.getByText("6 letters, newest first", { exact: true }).waitFor();

    // Full-text search, written to the URL after a pause in typing.
    await page.getByLabel("Search letters").fill("Magnitsky");
    await page.waitForURL(/\/letters\?q=Magnitsky$/);
    await page.getByText("1 letter matching the filters", { exact: true }).waitFor();
    assert.equal(await letterRows(page).count(), 1);
    const row = letterRows(page).first();
    assert.equal(
      await row.getByRole("link").innerText(),
      "Concern over Azerbaijan's ongoing military offensive against the people of Artsakh",
    );
    // The party bar: letters and colours on screen, words for screen readers.
    assert.match(await row.locator(".party-bar__legend").innerText(), /D\s*48\s+R\s*3/);
    assert.equal(await row.locator(".party-bar .sr-only").textContent(), "48 Democrats, 3 Republicans");
    assert.ok(await page.getByRole("option", { name: "Best match" }).count(), "best match is offered with a search");

    // A filter that excludes it names what to relax.
    await page.getByLabel("Chamber").selectOption("SENATE");
    await page.waitForURL(/[?&]chamber=SENATE/);
    await page.getByText("No letter matches all 2 filters. Remove one to see more:").waitFor();
    await page.getByRole("button", { name: /search “Magnitsky”/ }).click();
    await page.waitForURL(/\/letters\?chamber=SENATE$/);
    await page.getByText("3 letters matching the filters, newest first", { exact: true }).waitFor();
    assert.equal(await letterRows(page).count(), 3);
    assert.equal(await page.getByLabel("Search letters").inputValue(), "");
    for (const chamber of await letterRows(page).locator("td[data-label=Chamber]").allInnerTexts()) assert.equal(chamber, "Senate");

    // Most signers first.
    await page.getByLabel("Sort").selectOption("signers");
    await page.waitForURL(/[?&]sort=signers/);
    await page.getByText("3 letters matching the filters, most signers first", { exact: true }).waitFor();
    const counts = (await letterRows(page).locator(".signers-cell__count").allInnerTexts()).map(Number);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );

    await page.reload();
    await page.getByText("3 letters matching the filters, most signers first", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("Chamber").inputValue(), "SENATE", "reload keeps the filter");
    assert.equal(await page.getByLabel("Sort").inputValue(), "signers");
    assert.equal(await letterRows(page).count(), 3);
    await page.screenshot({ path: path.join(screenshots, "letters-senate-desktop.png"), fullPage: true });

    // Back steps through the filters, search box included.
    await page.goBack();
    await page.waitForURL(/\/letters\?chamber=SENATE$/);
    await page.goBack();
    await page.waitForURL(/\/letters\?q=Magnitsky&chamber=SENATE$/);
    assert.equal(await page.getByLabel("Search letters").inputValue(), "Magnitsky");
    await page.goBack();
    await page.getByText("1 letter matching the filters", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("Chamber").inputValue(), "");

    // A letter's topic chip still links to the list filtered by that topic.
    await page.goto(`${base}${await seedPath(page)}`);
    await page.getByRole("link", { name: "sanctions", exact: true }).click();
    await page.waitForURL(/\/letters\?topic=sanctions$/);
    assert.equal(await page.getByLabel("Topic").inputValue(), "sanctions");
    await page.getByText("1 letter matching the filters", { exact: true }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("fits the header on one line on a phone, with the navigation behind a keyboard-operable menu", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/letters`);
    await seedLink(page).waitFor();
    const header = page.locator(".site-header");
    const menu = page.getByRole("button", { name: /^Menu/ });
    assert.ok((await header.boundingBox()).height <= 64, "one line of header");
    assert.equal(await menu.getAttribute("aria-expanded"), "false");
    assert.equal(await page.getByRole("navigation", { name: "Main" }).getByRole("link").count(), 0, "links hidden while closed");
    await page.screenshot({ path: path.join(screenshots, "header-phone.png"), clip: { x: 0, y: 0, width: 390, height: 160 } });

    await menu.focus();
    await page.keyboard.press("Enter");
    assert.equal(await menu.getAttribute("aria-expanded"), "true");
    const members = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" });
    await members.waitFor();
    assert.equal(await page.getByRole("link", { name: "Letters", exact: true }).getAttribute("aria-current"), "page");
    await page.screenshot({ path: path.join(screenshots, "header-menu-open-phone.png"), clip: { x: 0, y: 0, width: 390, height: 360 } });
    assert.deepEqual(await seriousViolations(page), []);
    await page.keyboard.press("Escape");
    assert.equal(await menu.getAttribute("aria-expanded"), "false");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "nav-toggle", "focus returns to the button");

    await menu.click();
    await members.click();
    await page.waitForURL(/\/members$/);
    assert.equal(await menu.getAttribute("aria-expanded"), "false", "following a link closes the menu");
    await page.close();
  });

  it("keeps the members name box in step with the URL on back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/members?name=Sherman`);
    await page.getByRole("link", { name: "Brad Sherman" }).waitFor();
    await page.getByRole("searchbox", { name: "Name" }).fill("Feinstein");
    await page.getByRole("searchbox", { name: "Name" }).press("Enter");
    await page.getByRole("link", { name: "Dianne Feinstein" }).waitFor();
    await page.goBack();
    await page.getByRole("link", { name: "Brad Sherman" }).waitFor();
    assert.equal(await page.getByRole("searchbox", { name: "Name" }).inputValue(), "Sherman");
    await page.close();
  });

  it("opens the API explorer on the example named in the URL, and writes the open example back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/explorer?example=member-record`);
    const active = page.locator(".graphiql-tab-active");
    await active.waitFor();
    assert.match(await active.innerText(), /MemberRecord/);
    await page.locator(".graphiql-tab", { hasText: "SearchLetters" }).locator(".graphiql-tab-button").click();
    await page.waitForURL(/[?&]example=search-letters$/);
    await page.reload();
    await page.locator(".graphiql-tab-active", { hasText: "SearchLetters" }).waitFor();
    await page.close();
  });

  const VIEWS = [
    {
      name: "overview",
      path: () => "/",
      ready: (p) =>
        p
          .locator("section", { has: p.getByRole("heading", { name: "Most active signers" }) })
          .getByRole("listitem")
          .first()
          .waitFor(),
    },
    { name: "letters", path: () => "/letters", ready: (p) => seedLink(p).waitFor() },
    {
      name: "letter",
      path: () => seedHref,
      ready: async (p) => {
        await p.getByText("51 signers", { exact: true }).waitFor();
        await p.locator(".us-map__state").first().waitFor();
        await p.getByText(/did not sign$/).waitFor();
      },
    },
    {
      name: "members",
      path: () => "/members?state=CA&chamber=SENATE",
      ready: (p) => p.getByRole("link", { name: "Dianne Feinstein" }).waitFor(),
    },
    { name: "member", path: () => "/members/S000344", ready: (p) => p.getByRole("link", { name: SEED_TITLE }).first().waitFor() },
    {
      name: "state",
      path: () => "/states/CA?on=2020-10-23",
      ready: (p) => p.getByText(/^\d+ members served California on October 23, 2020/).waitFor(),
    },
    { name: "import", path: () => "/import", ready: (p) => p.getByText("Sign in as an editor to import").waitFor() },
    { name: "login", path: () => "/login", ready: (p) => p.getByLabel("Password").waitFor() },
    // GraphiQL's own markup is not ours to fix: axe checks the page around it.
    {
      name: "explorer",
      path: () => "/explorer",
      ready: (p) => p.locator(".graphiql-container").waitFor(),
      exclude: [".graphiql-container"],
    },
  ];

  for (const [device, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ]) {
    it(`renders every main view on a ${device} without serious accessibility violations`, async () => {
      const page = await browser.newPage({ viewport });
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await seedPath(page);
      for (const view of VIEWS) {
        await page.goto(`${base}${view.path()}`);
        await view.ready(page);
        await page.waitForLoadState("networkidle");
        if (view.name !== "explorer") assert.ok((await overflowX(page)) <= 0, `${view.name} scrolls sideways on a ${device}`);
        assert.deepEqual(await seriousViolations(page, view.exclude), [], `${view.name} on a ${device}`);
        await page.screenshot({ path: path.join(screenshots, `${view.name}-${device}.png`), fullPage: view.name !== "explorer" });
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it("imports a letter with a name fixed by hand, after signing in as an editor", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/import`);
    await page.getByText("Sign in as an editor to import").waitFor();
    await page.getByRole("link", { name: "Sign in", exact: true }).last().click();
    await page.getByLabel("Email").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/import$/);

    // The seed letter with one signer's name cut down to a surname three members share.
    const text = seedText.replace("Dina Titus", "Scott");
    assert.notEqual(text, seedText);
    await page.getByLabel("Letter text").fill(text);
    await page.getByRole("button", { name: "Preview" }).click();
    const table = page.getByRole("table", { name: /Signers found in the letter/ });
    const row = table.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Scott", exact: true }) });
    await row.waitFor();
    assert.match(await row.innerText(), /Ambiguous/);
    const picker = row.getByLabel("Member for “Scott”");
    await picker.selectOption("S000185");
    await page.screenshot({ path: path.join(screenshots, "import-preview-desktop.png"), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByRole("button", { name: "Save letter" }).click();
    await page.getByRole("heading", { name: "Letter saved" }).waitFor();
    const fixed = page.getByRole("listitem").filter({ hasText: "“Scott”" });
    await fixed.waitFor();
    assert.match(await fixed.innerText(), /Robert C\. "Bobby" Scott|Bobby Scott/);
    assert.match(await fixed.innerText(), /Confirmed/);
    await page.screenshot({ path: path.join(screenshots, "import-saved-desktop.png"), fullPage: true });

    // The stored signature is CONFIRMED on the letter page too.
    await page.getByRole("link", { name: SEED_TITLE }).click();
    const scott = signerRows(page).filter({ hasText: "Scott" }).filter({ hasText: "Confirmed" });
    await scott.first().waitFor();

    // Pasting the same text again says it is already imported.
    await page.goto(`${base}/import`);
    await page.getByLabel("Letter text").fill(text);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText("Already imported", { exact: true }).first().waitFor();

    await page.goto(`${base}/review`);
    await page.getByText(/names? to review/).waitFor();
    await page.screenshot({ path: path.join(screenshots, "review-desktop.png"), fullPage: true });
    await page.close();
  });
});
