// Speed on a cheap phone on a slow network: a throttled CPU (4x) and a slow
// 4G connection (150 ms, 1.6 Mbit/s down), timed from navigation to the
// story being readable. The budget guards against regressions; the measured
// times are printed for the record.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const BUDGET_MS = 8_000;

for (const [name, path, heading] of [
  ["front page", "/", "Top News"],
  ["article", "/news/telescope-spots-water-vapour-on-distant-planet", "Telescope finds water vapour in a distant planet's air"],
]) {
  test(`the ${name} is readable within ${BUDGET_MS / 1000} s on a slow phone and network`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 760 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const start = Date.now();
    await page.goto(path, { waitUntil: "commit" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading, { timeout: BUDGET_MS });
    const readable = Date.now() - start;
    await expect(page.getByRole("complementary", { name: "Latest News" }).getByRole("listitem").first()).toBeVisible();
    const withLatest = Date.now() - start;
    const transferred = await page.evaluate(() =>
      performance.getEntriesByType("resource").reduce((sum, entry) => sum + (entry.transferSize || 0), 0) +
      (performance.getEntriesByType("navigation")[0]?.transferSize || 0),
    );
    console.log(`${name}: readable in ${readable} ms, Latest News in ${withLatest} ms, ${(transferred / 1024).toFixed(0)} KB transferred`);
    expect(readable).toBeLessThan(BUDGET_MS);
  });
}
