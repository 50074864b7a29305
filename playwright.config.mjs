// End-to-end tests: the release build in Debian's Chromium, served the way a
// CDN would serve it (tools/cdn-server.mjs). `make test` points DATELINE_DIST
// at its test build (hydration diagnostics on); by default, `dist/`.
import { defineConfig } from "@playwright/test";

const PORT = 8090;
const DIST = process.env.DATELINE_DIST ?? "dist";

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
  webServer: {
    command: `node tools/cdn-server.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
