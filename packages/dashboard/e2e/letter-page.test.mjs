/**
 * Browser test of the letter page against the real server and the built dashboard.
 *
 * Needs `pnpm build` first (packages/server/dist and packages/dashboard/dist), and Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium). Self-contained: a temporary DATA_DIR (embedded
 * PostgreSQL) gets the members and the seed letter through the CLI, the server starts on a free
 * port, and the test drives the page as a person would. Screenshots go to artifacts/screenshots/.
 *
 *   node --test e2e/          (from packages/dashboard; or pnpm test:browser)
 */
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const serverDist = path.join(root, "packages/server/dist");
const screenshots = path.join(root, "artifacts/screenshots");
const SEED = "2020-10-23-house-pompeo-artsakh.md";

/** The shared folder (letters, legislators data): SIGNATORY_SHARED_DIR, or the nearest `shared/letters` above the repo. */
function findShared() {
  if (process.env.SIGNATORY_SHARED_DIR) return process.env.SIGNATORY_SHARED_DIR;
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "shared/letters"))) return path.join(dir, "shared");
    if (path.dirname(dir) === dir) throw new Error(`no shared/letters above ${root}: set SIGNATORY_SHARED_DIR`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, server, log) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not healthy after 30 s:\n${log()}`);
}

describe("letter page", () => {
  let dataDir;
  let server;
  let serverLog = "";
  let browser;
  let base;

  before(async () => {
    for (const built of [path.join(serverDist, "main.js"), path.join(root, "packages/dashboard/dist/index.html")]) {
      assert.ok(existsSync(built), `${built} is missing: run pnpm build first`);
    }
    const shared = findShared();
    dataDir = mkdtempSync(path.join(tmpdir(), "signatory-e2e-"));
    const env = { ...process.env, DATA_DIR: dataDir, DEMO: "false", DATABASE_URL: "" };
    const cli = path.join(serverDist, "cli/main.js");
    await run("node", [cli, "members", "sync", "--from", path.join(shared, "data/congress-legislators")], { env, cwd: root });
    await run("node", [cli, "import", path.join(shared, "letters", SEED)], { env, cwd: root });

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn("node", [path.join(serverDist, "main.js")], { env: { ...env, PORT: String(port) }, cwd: root });
    server.stdout.on("data", (d) => (serverLog += d));
    server.stderr.on("data", (d) => (serverLog += d));
    await waitForHealth(base, server, () => serverLog);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(screenshots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** The only letter in the database: the seed letter. */
  const firstLetterLink = (page) => page.getByRole("table", { name: /^Letters/ }).getByRole("link").first();

  /** The signers table's body rows. */
  const signerRows = (page) => page.getByRole("table", { name: /^Signers of this letter/ }).locator("tbody tr");

  it("filters the signers to California through the State select, and keeps the filter in the URL", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));

    // From the list to the letter, as a reader would get there.
    await page.goto(`${base}/`);
    await firstLetterLink(page).click();
    await page.waitForURL(/\/letters\/[^/?]+$/);
    await assert.doesNotReject(signerRows(page).nth(50).waitFor(), "all 51 signers are listed");
    assert.equal(await signerRows(page).count(), 51);
    assert.equal(await page.getByRole("note", { name: "Demo data" }).count(), 0, "real data shows no demo banner");

    await page.getByLabel("State").selectOption("CA");
    await page.waitForURL(/[?&]state=CA(&|$)/);
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 19);
    for (const state of await signerRows(page).locator("abbr").allTextContents()) assert.equal(state, "CA");
    assert.match(await page.locator(".party-counts").innerText(), /D\s*19/);

    await page.reload();
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 19, "reload keeps the filter");
    assert.equal(await page.getByLabel("State").inputValue(), "CA");

    await page.screenshot({ path: path.join(screenshots, "letter-page-ca-desktop.png"), fullPage: true });

    // Back goes to the unfiltered letter.
    await page.goBack();
    await page.getByText("51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 51);
    assert.equal(await page.getByLabel("State").inputValue(), "");

    assert.deepEqual(errors, []);
    await page.close();
  });

  it("has no serious accessibility violations and fits a phone screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/`);
    const href = await firstLetterLink(page).getAttribute("href");
    await page.goto(`${base}${href}?state=CA`);
    await page.getByText("19 of 51 signers", { exact: true }).waitFor();
    assert.equal(await signerRows(page).count(), 19);

    // The page itself never scrolls sideways; only the table's own frame may.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);

    const axe = readFileSync(path.join(import.meta.dirname, "../node_modules/axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ["violations"] });
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    });
    assert.deepEqual(violations, []);

    await page.screenshot({ path: path.join(screenshots, "letter-page-ca-phone.png"), fullPage: true });
    await page.close();
  });
});
