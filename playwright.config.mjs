// End-to-end tests: the release build in Debian's Chromium, served the way a
// CDN would serve it (tools/cdn-server.mjs): by default the test build that
// `make test-site` writes (hydration diagnostics on), or DATELINE_DIST; the
// same build published under a sub-path, served there on a second port; and
// on a third, the build that ships (`make build`'s dist/, or
// DATELINE_SHIPPED), for the tests that must run on exactly that.
import { defineConfig } from "@playwright/test";
import { EDITION, EDITION_DIR, SHIPPED, SHIPPED_DIR, SITE_DIR } from "./e2e/helpers.mjs";

const PORT = 8090;
const DIST = SITE_DIR;
const EDITION_PORT = new URL(EDITION).port;

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
    // Offline reading's service worker is tested on its own (offline.spec.mjs):
    // elsewhere it is blocked, as in a browser without one, so that each
    // test's routes see every request the page makes.
    serviceWorkers: "block",
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
  // The days of polling (memory.spec.mjs, then memory-live.spec.mjs) each
  // run alone once the rest has finished: beside another worker, two cores
  // make their 2,500 clock jumps take twice as long, and their figures
  // less steady.
  projects: [
    { name: "site", testIgnore: /memory(-live)?\.spec/ },
    { name: "memory", testMatch: /memory\.spec/, dependencies: ["site"] },
    { name: "memory-live", testMatch: /memory-live\.spec/, dependencies: ["memory"] },
  ],
  webServer: [
    {
      command: `node tools/cdn-server.mjs ${DIST} ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node tools/cdn-server.mjs ${EDITION_DIR} ${EDITION_PORT}`,
      url: EDITION,
      reuseExistingServer: !process.env.CI,
    },
    // The build that ships, for the tests that must run on it (stopped.spec.mjs).
    {
      command: `node tools/cdn-server.mjs ${SHIPPED_DIR} ${new URL(SHIPPED).port}`,
      url: `${SHIPPED}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
