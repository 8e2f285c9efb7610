import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const api = process.env.SIGNATORY_API ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/graphql": api, "/healthz": api } },
  build: { sourcemap: true, chunkSizeWarningLimit: 600 },
  test: { environment: "jsdom", include: ["src/**/*.test.{ts,tsx}"] },
});
