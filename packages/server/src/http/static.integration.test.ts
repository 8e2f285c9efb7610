/** The built dashboard as the server sends it: compressed, content-named files cached for good, routes answered with index.html. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "../test/harness";

let server: HttpTestServer;
let dir: string;
const script = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `{ id: ${i}, name: "signer ${i}" }`).join(", ")}];\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "signatory-dashboard-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "index.html"), `<!doctype html><script type="module" src="/assets/index-abc123.js"></script>`);
  writeFileSync(path.join(dir, "assets/index-abc123.js"), script);
  server = await startHttpServer({ dashboardDir: dir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the built dashboard", () => {
  it("sends scripts compressed to browsers that accept it, and lets them keep content-named files", async () => {
    const res = await fetch(`${server.url}/assets/index-abc123.js`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await res.text()).toBe(script); // fetch decompresses
  });

  it("answers client-side routes with index.html, and a missing asset with 404 rather than the page", async () => {
    const page = await fetch(`${server.url}/letters/some-id`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("/assets/index-abc123.js");
    expect((await fetch(`${server.url}/assets/index-gone.js`)).status).toBe(404);
  });
});
