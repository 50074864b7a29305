#!/usr/bin/env node
// Takes the README's screenshots from the release build in headless
// Chromium: `make screenshots` (after `make build`).

import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { cdnHandler } from "./cdn-server.mjs";

const SHOTS = [
  { name: "front-page", path: "/", width: 1100, height: 760 },
  { name: "article", path: "/news/telescope-spots-water-vapour-on-distant-planet", width: 1100, height: 760 },
  { name: "article-phone", path: "/news/harbour-city-opens-floating-flood-barrier", width: 390, height: 760 },
];

const server = createServer(cdnHandler(resolve("dist")));
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
mkdirSync("docs", { recursive: true });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, timezoneId: "UTC" });
    // The sample newsroom's own "now", so the times read as they were written.
    await page.clock.setFixedTime(new Date("2026-11-28T15:00:00Z"));
    await page.goto(base + shot.path);
    await page.locator("h1").waitFor();
    await page.locator("aside li").first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/${shot.name}.png` });
    await page.close();
    console.log(`docs/${shot.name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
