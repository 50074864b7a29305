// The site runs under the strict Content-Security-Policy that the build
// writes into `_headers` (every other test is served with it too, and fails
// on any violation: see `test` in helpers.mjs).
import { expect, test as plain } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHeaders } from "../tools/cdn-server.mjs";
import { pageReady, SITE_DIR, test } from "./helpers.mjs";

const rules = parseHeaders(readFileSync(join(SITE_DIR, "_headers"), "utf8"));
const policy = Object.fromEntries(rules.find((rule) => rule.pattern.test("/any/path")).headers);

test("every page is served with the build's strict policy and security headers", async ({ page }) => {
  expect(policy["Content-Security-Policy"]).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; " +
      "media-src 'self' https:; connect-src 'self'; " +
      // The sample's cup final embeds a YouTube video: its player's host may be framed.
      "frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  );
  for (const path of ["/", "/news/telescope-spots-water-vapour-on-distant-planet", "/category/science", "/news/not-yet-rendered", "/nowhere"]) {
    const response = await page.goto(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toBe(policy["Content-Security-Policy"]);
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    await pageReady(page);
  }
});

plain("the policy is enforced: an injected inline script does not run", async ({ page }) => {
  const violations = [];
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await pageReady(page);
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.body.append(script);
    await new Promise((done) => setTimeout(done, 50));
    return window.__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
