/**
 * Alerts in the browser: two pages are open on the overview (one signed in, one anonymous), a
 * letter is imported through the API, and both update live without a reload; the signed-in
 * editor, who watches one of its signers, finds the notification on the Alerts page.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { overflowX, seriousViolations, startDashboard } from "./harness.mjs";

describe("alerts, live", () => {
  let d;
  before(async () => {
    d = await startDashboard({
      letters: [
        path.join(
          process.env.SIGNATORY_SHARED_DIR ?? path.resolve(import.meta.dirname, "../../../../shared"),
          "letters/2021-02-22-house-ralston-georgia-voting.md",
        ),
      ],
    });
  });
  after(() => d?.stop());

  it("an API import updates two open overview pages live, and the watcher gets a notification", async () => {
    const editor = await d.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pageA = await editor.newPage();
    const pageB = await (await d.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const errors = [];
    for (const p of [pageA, pageB]) p.on("pageerror", (e) => errors.push(e.message));

    await d.signIn(pageA);
    await pageA.goto(`${d.base}/members/C001124`);
    await pageA.getByRole("button", { name: "Watch this member" }).click();
    await pageA.getByText(/Saved “.*C001124/).waitFor();

    await pageA.goto(`${d.base}/`);
    await pageB.goto(`${d.base}/`);
    await pageA.getByRole("heading", { name: "Overview" }).waitFor();
    await pageB.getByRole("heading", { name: "Overview" }).waitFor();
    // Let the WebSocket subscriptions start before importing.
    await new Promise((r) => setTimeout(r, 1500));

    const text = readFileSync(path.join(d.shared, "letters/2020-10-23-house-pompeo-artsakh.md"), "utf8");
    const res = await pageA.request.post(`${d.base}/graphql`, {
      headers: { "content-type": "application/json" },
      data: { query: "mutation($text: String!) { importLetter(text: $text) { created letter { title } } }", variables: { text } },
    });
    const body = await res.json();
    assert.equal(body.data.importLetter.created, true, JSON.stringify(body));
    const title = body.data.importLetter.letter.title;

    for (const p of [pageA, pageB]) {
      await p.getByTestId("live-letters").getByRole("link", { name: title }).waitFor({ timeout: 15_000 });
      // The page's own data was fetched again: the recent-letters list has it too.
      await p.getByRole("link", { name: title }).nth(1).waitFor({ timeout: 15_000 });
    }
    await pageA.screenshot({ path: d.screenshot("alerts-overview-live-desktop.png"), fullPage: true });
    await pageB.screenshot({ path: d.screenshot("alerts-overview-live-phone.png"), fullPage: true });
    assert.equal(await overflowX(pageB), 0);

    await pageA.getByRole("link", { name: "Alerts" }).first().click();
    await pageA.getByTestId("unread-count").getByText("1 unread").waitFor();
    await pageA
      .getByRole("link", { name: new RegExp(`C001124.*signed “${title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
      .waitFor();
    assert.deepEqual(await seriousViolations(pageA), []);
    await pageA.screenshot({ path: d.screenshot("alerts-page-desktop.png"), fullPage: true });
    await pageA.getByRole("button", { name: "Mark all read" }).click();
    await pageA.getByTestId("unread-count").getByText("0 unread").waitFor();
    assert.deepEqual(errors, []);
  });
});
