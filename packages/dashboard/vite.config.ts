import react from "@vitejs/plugin-react";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const api = process.env.SIGNATORY_API ?? "http://localhost:4000";

/**
 * The JavaScript a first visit downloads before anything renders, in gzip KB. 170 before trusted
 * documents; they add ~3.5 KB: every document's SHA-256 (64 hex characters, which do not
 * compress: 2.4 KB gzip for all of them, generated into the one gql module) and Apollo's
 * persisted-query link.
 */
const INITIAL_JS_BUDGET_KB = 174;

/**
 * Prints the gzip size of the entry chunk plus every chunk it imports statically (what the
 * browser must fetch before the app starts; lazy views are not counted), and fails the build
 * when that exceeds the budget.
 */
function initialJsSize(): Plugin {
  return {
    name: "signatory-initial-js-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) return;
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        const chunk = bundle[name];
        if (chunk?.type === "chunk") chunk.imports.forEach(visit);
      };
      visit(entry.fileName);
      let total = 0;
      for (const name of seen) {
        const chunk = bundle[name];
        if (chunk?.type === "chunk") total += gzipSync(chunk.code).length;
      }
      const kb = total / 1024;
      const line = `initial JS (entry + static imports, ${seen.size} chunk${seen.size === 1 ? "" : "s"}): ${kb.toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB)`;
      this.info(line);
      console.log(`\n${line}`);
      if (kb > INITIAL_JS_BUDGET_KB) this.error(`initial JS is over budget: ${line}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), initialJsSize()],
  server: { proxy: { "/graphql": api, "/healthz": api } },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  test: { environment: "jsdom", include: ["src/**/*.test.{ts,tsx}"] },
});
