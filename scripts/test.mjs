#!/usr/bin/env node
/**
 * Runs every test suite and prints one closing line, "N passed, N failed":
 *  1. server unit + integration tests on the embedded PostgreSQL (PGlite);
 *  2. server integration tests again on a real PostgreSQL when TEST_DATABASE_URL is set;
 *  3. dashboard component tests;
 *  4. browser tests (Playwright + Chromium) against the built app.
 * Without TEST_DATABASE_URL or Chromium the suites that need them are skipped with a note,
 * except under CI=true, where a missing dependency is a failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const ci = process.env.CI === "true";
const reports = mkdtempSync(path.join(tmpdir(), "signatory-tests-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(name, cwd, cmd, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const res = spawnSync(cmd, args, { cwd: path.join(root, cwd), stdio: "inherit", env: { ...process.env, ...env } });
  if (res.status !== 0) problems.push(`${name} exited with ${res.status ?? res.signal}`);
}

function vitest(name, cwd, args = [], env = {}) {
  const out = path.join(reports, `${name.replace(/\W+/g, "-")}.json`);
  run(name, cwd, "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...args], env);
  if (!existsSync(out)) return problems.push(`${name}: no report`);
  const r = JSON.parse(readFileSync(out, "utf8"));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  if (r.numTotalTests === 0) problems.push(`${name}: ran no test`);
}

function skip(name, why) {
  if (ci) problems.push(`${name}: ${why} (required under CI)`);
  console.log(`\n=== ${name}: skipped, ${why} ===`);
}

vitest("server on embedded PostgreSQL (PGlite)", "packages/server");

if (process.env.TEST_DATABASE_URL) {
  vitest("server integration on PostgreSQL", "packages/server", ["integration"]);
} else skip("server integration on PostgreSQL", "TEST_DATABASE_URL is not set");

vitest("dashboard components", "packages/dashboard");

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(chromium)) {
  const tap = path.join(reports, "browser.tap");
  run("browser (Playwright + Chromium)", "packages/dashboard", "node", [
    "--test",
    "--test-concurrency=1",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tap}`,
    "e2e/",
  ]);
  const text = existsSync(tap) ? readFileSync(tap, "utf8") : "";
  const count = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)`, "m"))?.[1] ?? 0);
  totals.passed += count("pass");
  totals.failed += count("fail");
  if (count("pass") + count("fail") === 0) problems.push("browser: ran no test");
} else skip("browser (Playwright + Chromium)", `no Chromium at ${chromium} (apt-get install chromium)`);

console.log("");
for (const p of problems) console.log(`problem: ${p}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(problems.length || totals.failed ? 1 : 0);
