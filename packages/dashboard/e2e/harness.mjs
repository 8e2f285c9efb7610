/**
 * What every browser-test file needs: a temporary embedded database loaded through the CLI
 * (members, optionally committees, the shared letters, an editor account), the built server on a
 * free port, headless Chromium, and the axe and overflow checks. One file = one server.
 *
 *   const app = await startDashboard();   // in before()
 *   const page = await app.browser.newPage(...); await page.goto(`${app.base}/letters`);
 *   await app.stop();                      // in after()
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

export const run = promisify(execFile);
export const root = path.resolve(import.meta.dirname, "../../..");
export const serverDist = path.join(root, "packages/server/dist");
export const cli = path.join(serverDist, "cli/main.js");
export const screenshots = path.join(root, "artifacts/screenshots");
export const EDITOR = { email: "editor@example.org", password: "correct horse battery staple" };

/** The shared folder (letters, legislators data): SIGNATORY_SHARED_DIR, or the nearest `shared/letters` above the repo. */
export function findShared() {
  if (process.env.SIGNATORY_SHARED_DIR) return process.env.SIGNATORY_SHARED_DIR;
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "shared/letters"))) return path.join(dir, "shared");
    if (path.dirname(dir) === dir) throw new Error(`no shared/letters above ${root}: set SIGNATORY_SHARED_DIR`);
  }
}

export function freePort() {
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

/** Runs axe on the page; returns the serious and critical violations, one line each. */
export async function seriousViolations(page, exclude = []) {
  const axe = readFileSync(path.join(import.meta.dirname, "../node_modules/axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axe });
  return page.evaluate(async (exclude) => {
    const result = await window.axe.run({ exclude: exclude.map((s) => [s]) }, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, exclude);
}

/** How many pixels the page is wider than the window (it should never scroll sideways). */
export const overflowX = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Loads a fresh embedded database through the CLI and starts the built server and Chromium.
 * `syncFrom`: folders for `members sync` (default: the shared congress-legislators data);
 * `letters`: files or folders to import (default: every shared letter); `env`: extra server env.
 */
export async function startDashboard({ syncFrom, letters, env: extraEnv = {} } = {}) {
  for (const built of [path.join(serverDist, "main.js"), path.join(root, "packages/dashboard/dist/index.html")]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run pnpm build first`);
  }
  const shared = findShared();
  const dataDir = mkdtempSync(path.join(tmpdir(), "signatory-e2e-"));
  // A generous rate limit: a suite makes a few hundred requests a minute from one address.
  const env = { ...process.env, DATA_DIR: dataDir, DEMO: "false", DATABASE_URL: "", RATE_LIMIT_MAX: "100000", ...extraEnv };
  const from = syncFrom ?? [path.join(shared, "data/congress-legislators")];
  await run("node", [cli, "members", "sync", ...from.flatMap((f) => ["--from", f])], { env, cwd: root });
  await run("node", [cli, "import", ...(letters ?? [path.join(shared, "letters")])], { env, cwd: root });
  const add = run("node", [cli, "users", "add", "--email", EDITOR.email, "--role", "EDITOR", "--password-stdin"], { env, cwd: root });
  add.child.stdin.end(`${EDITOR.password}\n`);
  await add;

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = "";
  const server = spawn("node", [path.join(serverDist, "main.js")], { env: { ...env, PORT: String(port) }, cwd: root });
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  await waitForHealth(base, server, () => log);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(screenshots, { recursive: true });

  async function stop() {
    await browser.close();
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  /** Signs the page in as the editor through the dashboard's sign-in form. */
  async function signIn(page) {
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  }

  return { base, browser, server, dataDir, shared, env, log: () => log, stop, signIn, screenshot: (name) => path.join(screenshots, name) };
}
