/**
 * Browser test of two papercuts from issue #16: the state page defaults to the last day the member
 * data covers (not today, when today is beyond it) and warns about dates beyond the data; the API
 * explorer's examples carry a real letter id instead of the `<letter id or uuid>` placeholder.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { findShared, startDashboard } from "./harness.mjs";

describe("papercuts: dates beyond the member data, explorer example ids", () => {
  let app;
  const gql = (query) =>
    fetch(`${app.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());

  before(async () => {
    app = await startDashboard({ letters: [path.join(findShared(), "letters/2020-10-23-house-pompeo-artsakh.md")] });
  });
  after(() => app?.stop());

  it("says what the member data covers, defaults to its last day when today is beyond it, and warns beyond it", async () => {
    const { data } = await gql("{ memberData { coversFrom coversTo } }");
    const { coversFrom, coversTo } = data.memberData;
    assert.match(coversFrom, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(coversTo, /^\d{4}-\d{2}-\d{2}$/);
    const today = new Date().toISOString().slice(0, 10);

    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${app.base}/states/FL`);
    await page.getByTestId("member-data-coverage").waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /served Florida on/ })
      .waitFor();
    assert.equal(await page.getByLabel("Serving on").inputValue(), today > coversTo ? coversTo : today);
    assert.equal(await page.getByTestId("beyond-member-data").count(), 0, "no warning on the default date");
    assert.equal(new URL(page.url()).search, "", "the default date is not forced into the address");

    // A date after the data: a warning, with a way back to the data's last day; the date stays in the URL.
    await page.goto(`${app.base}/states/FL?on=2100-01-01`);
    const warning = page.getByTestId("beyond-member-data");
    await warning.waitFor();
    assert.match(await warning.innerText(), /beyond the member data/);
    await warning.getByRole("button", { name: /^Show / }).click();
    await page.waitForURL((url) => url.searchParams.get("on") === coversTo);
    await page
      .getByRole("status")
      .filter({ hasText: /served Florida on/ })
      .waitFor();
    assert.equal(await page.getByTestId("beyond-member-data").count(), 0);
    assert.equal(await page.getByLabel("Serving on").inputValue(), coversTo);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("fills the explorer's example with the newest letter's id, so it answers with that letter", async () => {
    const { data } = await gql("{ letters(first: 1) { edges { node { id title } } } }");
    const newest = data.letters.edges[0].node;
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.base}/explorer?example=delegation-non-signers`);
    await page.locator(".graphiql-tab-active", { hasText: "DelegationNonSigners" }).waitFor();
    const requests = [];
    page.on("request", (r) => r.url().endsWith("/graphql") && r.method() === "POST" && requests.push(r.postDataJSON()));
    // GraphiQL's editors load after its toolbar: a click before they are ready runs nothing, so
    // click again until the request goes out (a person would simply click again).
    for (let i = 0; i < 40 && !requests.length; i++) {
      await page.locator(".graphiql-execute-button").click();
      await page.waitForTimeout(250);
    }
    await page.waitForFunction(() => /"title"/.test(document.querySelector(".graphiql-response")?.textContent ?? ""));
    const sent = requests.find((r) => r.operationName === "DelegationNonSigners" || /DelegationNonSigners/.test(r.query));
    assert.ok(sent, "the example ran");
    assert.equal(sent.variables.id, newest.id);
    assert.doesNotMatch(await page.locator(".graphiql-response").textContent(), /"letter": null/);
    await page.close();
  });
});
