/// <reference lib="dom" />
/**
 * `pnpm bench:dashboard`: the dashboard's first load, measured the way Lighthouse measures a
 * page, in headless Chromium: the letter page of the benchmark's ~100-signer letter, served by
 * the production server (the benchmark's APP build, cache off) over the benchmark database.
 *
 * Two profiles, each a fresh browser context (cold HTTP cache) run `--runs` times, median:
 *   - mobile: Lighthouse's default throttling (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up,
 *     CPU slowed 4x), a 412x823 viewport;
 *   - desktop: no throttling, 1350x940.
 * Figures: FCP, LCP, TBT (long tasks' time over 50 ms, after FCP), CLS, time until the signers
 * table shows its rows, bytes transferred and JS bytes. Also the initial JS (the entry chunk and
 * the chunks index.html preloads) in gzip KB.
 *
 *   --runs N      runs per profile (default 3)
 *   --no-build    reuse packages/bench/dist/app
 *   --json FILE   write the figures as JSON
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { chromium, type Browser } from "playwright-core";
import { databaseUrl, parseArgs, REPO_ROOT } from "./common";
import { buildApp, freePort, startCandidate, stopCandidate } from "./processes";

const DASHBOARD_DIST = path.join(REPO_ROOT, "packages/dashboard/dist");

interface Profile {
  name: string;
  viewport: { width: number; height: number };
  /** CDP Network.emulateNetworkConditions; null: no throttling. */
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
  cpuSlowdown: number;
}

const PROFILES: Profile[] = [
  {
    name: "mobile (Lighthouse throttling)",
    viewport: { width: 412, height: 823 },
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpuSlowdown: 4,
  },
  { name: "desktop (no throttling)", viewport: { width: 1350, height: 940 }, network: null, cpuSlowdown: 1 },
];

interface Run {
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  signersShown: number;
  transferKb: number;
  jsKb: number;
}

/** Entry chunk + modulepreloaded chunks of the built index.html, gzip KB (what a first visit downloads before rendering). */
function initialJsKb(): { kb: number; files: number } {
  const html = readFileSync(path.join(DASHBOARD_DIST, "index.html"), "utf8");
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(DASHBOARD_DIST, f))).length, 0);
  return { kb: bytes / 1024, files: files.length };
}

/** Collects paint, LCP, layout-shift and long-task entries from the first moment of the page. */
const OBSERVE = () => {
  const w = window as unknown as { __perf: { lcp: number; cls: number; long: { start: number; duration: number }[] } };
  w.__perf = { lcp: 0, cls: 0, long: [] };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__perf.lcp = e.startTime))).observe({
    type: "largest-contentful-paint",
    buffered: true,
  });
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => {
      const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
      if (!shift.hadRecentInput) w.__perf.cls += shift.value;
    }),
  ).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__perf.long.push({ start: e.startTime, duration: e.duration }))).observe({
    type: "longtask",
    buffered: true,
  });
};

async function measure(browser: Browser, url: string, profile: Profile): Promise<Run> {
  const context = await browser.newContext({ viewport: profile.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile.network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  await page.addInitScript(OBSERVE);
  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page
    .getByRole("table", { name: /^Signers of this letter/ })
    .locator("tbody tr")
    .first()
    .waitFor({ timeout: 60_000 });
  const signersShown = Date.now() - started;
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500); // LCP and late long tasks settle
  const figures = await page.evaluate(() => {
    const w = window as unknown as { __perf: { lcp: number; cls: number; long: { start: number; duration: number }[] } };
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const transfer = resources.reduce((s, r) => s + r.transferSize, nav?.transferSize ?? 0);
    const js = resources.filter((r) => r.name.endsWith(".js")).reduce((s, r) => s + r.transferSize, 0);
    const tbt = w.__perf.long.filter((t) => t.start >= fcp).reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    return { fcp, lcp: w.__perf.lcp, cls: w.__perf.cls, tbt, transferKb: transfer / 1024, jsKb: js / 1024 };
  });
  await context.close();
  return { ...figures, signersShown };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const runs = Number(args.get("runs") ?? 3);
  if (!existsSync(path.join(DASHBOARD_DIST, "index.html"))) {
    console.log("dashboard: building packages/dashboard");
    const res = spawnSync("pnpm", ["--filter", "@signatory/dashboard", "run", "build"], { cwd: REPO_ROOT, stdio: "inherit" });
    if (res.status !== 0) throw new Error("dashboard build failed");
  }
  const initial = initialJsKb();
  if (!args.has("no-build")) buildApp();
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  const { rows } = await db.query<{ id: string; signer_count: number }>(
    `SELECT id, signer_count FROM letter WHERE chamber = 'HOUSE' ORDER BY abs(signer_count - 100), id LIMIT 1`,
  );
  await db.end();
  if (!rows.length) throw new Error(`no letters in ${databaseUrl()}: run pnpm bench (or pnpm generate) first`);
  const app = await startCandidate("APP", await freePort(), databaseUrl(), 0);
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
  const url = `${app.base}/letters/${rows[0].id}`;
  const out: Record<string, Run> = {};
  try {
    console.log(`dashboard letter page: ${url} (${rows[0].signer_count} signers), ${runs} cold runs per profile, medians\n`);
    console.log(`initial JS: ${initial.kb.toFixed(1)} KB gzip (${initial.files} files: the entry and what index.html preloads)\n`);
    console.log(
      `${"profile".padEnd(32)}${["FCP ms", "LCP ms", "TBT ms", "CLS", "signers ms", "transfer KB", "JS KB"].map((h) => h.padStart(12)).join("")}`,
    );
    for (const profile of PROFILES) {
      const all: Run[] = [];
      for (let i = 0; i < runs; i++) all.push(await measure(browser, url, profile));
      const m = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k as keyof Run]))])) as unknown as Run;
      out[profile.name] = m;
      const cells = [m.fcp, m.lcp, m.tbt, m.cls, m.signersShown, m.transferKb, m.jsKb].map((v, i) =>
        (i === 3 ? v.toFixed(3) : v.toFixed(0)).padStart(12),
      );
      console.log(`${profile.name.padEnd(32)}${cells.join("")}`);
    }
    console.log("\nLighthouse's thresholds for 'good' (mobile): FCP <= 1800 ms, LCP <= 2500 ms, TBT <= 200 ms, CLS <= 0.1");
  } finally {
    await browser.close();
    await stopCandidate(app);
  }
  const json = args.get("json");
  if (json) writeFileSync(json, JSON.stringify({ url, initialJsKbGzip: initial.kb, profiles: out }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
