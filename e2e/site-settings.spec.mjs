// A newsroom's own site: the test build published again with its own name,
// tagline, home time zone, accent colour and logo (as `make publish
// SITE_NAME=... SITE_ZONE=... SITE_ACCENT=... SITE_LOGO=...` does),
// served by a CDN-like server of the test's own. The name is on every page,
// in every title, the feed and the structured data, as text; before the app
// runs every time is in the home zone, and the app takes the page over with
// the same times, then shows the reader's own.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "@playwright/test";
import { cdnHandler } from "../tools/cdn-server.mjs";
import { landmarks, pageReady, SITE_DIR, test, watchForErrors } from "./helpers.mjs";

const NAME = `The Harbour <b>Herald</b> & Co`;
const TAGLINE = "News of the coast";
const ARTICLE = "/news/harbour-city-opens-floating-flood-barrier";
const HEADLINE = "Harbour city opens floating flood barrier after decade of work";
// A dark green, which reads on the light page as it is.
const ACCENT = "#0b6e4f";
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100" fill="${ACCENT}"/></svg>`;

let folder;
let server;
let origin;

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "dateline-own-site-"));
  cpSync(resolve(SITE_DIR), join(folder, "site"), { recursive: true });
  // The newsroom's folder, with its logo in it.
  cpSync(resolve("public/api"), join(folder, "api"), { recursive: true });
  writeFileSync(join(folder, "api", "masthead.svg"), LOGO);
  execFileSync(resolve("target/release/prerender"), [
    "--api", join(folder, "api"), "--dist", join(folder, "site"), "--site-url", "http://127.0.0.1/",
    "--name", NAME, "--tagline", TAGLINE, "--zone", "Europe/Istanbul", "--accent", ACCENT, "--logo", "masthead.svg",
  ], { stdio: ["ignore", "ignore", "inherit"] });
});

test.beforeAll(async () => {
  server = createServer(cdnHandler(join(folder, "site")));
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${server.address().port}`;
});

test.afterAll(() => {
  server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the name and tagline head every page, and every time is in the home zone", async ({ page }) => {
    await page.goto(`${origin}/`);
    await expect(landmarks(page).banner.getByRole("link", { name: `${NAME} ${TAGLINE}` })).toBeVisible();
    await expect(page).toHaveTitle(`${TAGLINE} | ${NAME}`);
    await page.goto(`${origin}${ARTICLE}`);
    await expect(page).toHaveTitle(`${HEADLINE} | ${NAME}`);
    await expect(landmarks(page).footer).toContainText(NAME);
    // This story's JSON gives +03:00, the others UTC: all in Istanbul's zone.
    const times = await page.locator("time").allTextContents();
    expect(times.length).toBeGreaterThan(10);
    for (const text of times) expect(text).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d UTC\+03:00$/);
    await expect(page.getByRole("article").locator(".article__times time").first()).toHaveText("28.11.2026 17:59 UTC+03:00");
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent());
    expect(ld.publisher.name).toBe(NAME);
    // A drawn logo (SVG) is no publisher's logo for search engines: the site's card is.
    expect(ld.publisher.logo).toMatchObject({ url: "http://127.0.0.1/card.png", width: 1200, height: 630 });
  });

  test("the logo stands before the name, its space kept, and the accent is the newsroom's", async ({ page }) => {
    for (const path of ["/", ARTICLE, "/category/science"]) {
      await page.goto(`${origin}${path}`);
      const brand = landmarks(page).banner.getByRole("link", { name: `${NAME} ${TAGLINE}` });
      const logo = await brand.evaluate((a) => {
        const style = getComputedStyle(a, "::before");
        return { image: style.backgroundImage, width: style.inlineSize, height: style.blockSize };
      });
      expect(logo.image).toContain("/site-logo.svg");
      expect([logo.width, logo.height]).toEqual(["120px", "40px"]);
      const name = brand.locator(".brand__name");
      expect(await name.evaluate((n) => getComputedStyle(n).color)).toBe("rgb(11, 110, 79)");
    }
    const svg = await page.request.get(`${origin}/site-logo.svg`);
    expect(svg.ok()).toBe(true);
    expect(await svg.text()).toBe(LOGO);
  });
});

test.describe("taken over by the app", () => {
  test.use({ timezoneId: "America/New_York" });

  // (That the take-over renders the pre-rendered times again is held by
  // the publish tests: the page's zone periods give the browser the same text.)
  test("times in the reader's zone once the app runs; the name in every title after a client navigation", async ({ page }) => {
    const watch = watchForErrors(page);
    await page.clock.install({ time: new Date("2026-11-28T15:30:00Z") });
    await page.goto(`${origin}${ARTICLE}`);
    await pageReady(page);
    const times = page.getByRole("article").locator(".article__times time");
    await expect(times.first()).toHaveText("28.11.2026 09:59");
    await landmarks(page).sections.getByRole("link", { name: "Science" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science");
    await expect(page).toHaveTitle(`Science | ${NAME}`);
    await expect(landmarks(page).banner).toContainText(TAGLINE);
    const feed = await (await page.request.get(`${origin}/feed.xml`)).text();
    expect(feed).toContain("<title>The Harbour &lt;b&gt;Herald&lt;/b&gt; &amp; Co</title>");
    // Nor a feed's image, which feed readers take only as a picture.
    expect(feed).not.toContain("<image>");
    watch.expectNone();
  });
});
