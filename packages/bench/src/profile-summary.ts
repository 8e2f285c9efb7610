/**
 * Summarises a V8 .cpuprofile (from `pnpm bench --cpu-prof`): self time by package (the
 * node_modules folder, or "app" / "node:" internals) and the top functions.
 *   node --import tsx src/profile-summary.ts results/CPU.*.cpuprofile [top]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  hitCount: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: profile-summary FILE.cpuprofile [top]");
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
const total = profile.samples.length;
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();

function packageOf(url: string): string {
  if (!url) return "(native/gc/idle)";
  if (url.startsWith("node:")) return "node: internals";
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  return url.includes("/dist/app/") ? "app (signatory server)" : url;
}

for (const n of profile.nodes) {
  if (!n.hitCount) continue;
  const pkg = n.callFrame.functionName === "(idle)" ? "(idle)" : packageOf(n.callFrame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n.hitCount);
  const fn = `${n.callFrame.functionName || "(anonymous)"}  ${n.callFrame.url.replace(/.*node_modules\//, "").replace(/.*\/dist\/app\//, "app/")}:${n.callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + n.hitCount);
}
const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
console.log(`${total} samples\n\nself time by package:`);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(v)}  ${k}`);
console.log("\ntop functions (self):");
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) console.log(`  ${pct(v)}  ${k}`);
