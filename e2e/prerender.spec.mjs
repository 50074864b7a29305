// Pre-rendered pages: readable without JavaScript, taken over by the app
// without a request, a replaced node, a shift or a stale time; unknown
// paths answer 404; stories newer than the pre-render open through the shell.
import { expect } from "@playwright/test";
import { landmarks, rewrite, test, watchForErrors } from "./helpers.mjs";

const ARTICLE = "/news/telescope-spots-water-vapour-on-distant-planet";
const HEADLINE = "Telescope finds water vapour in a distant planet's air";

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the front page, a section and an article are readable and linked", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
    await expect(landmarks(page).latest.getByRole("listitem")).toHaveCount(10);
    await landmarks(page).sections.getByRole("link", { name: "Science" }).click();
    await expect(page).toHaveURL(/\/category\/science$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science");
    await page.getByRole("main").getByRole("link", { name: HEADLINE }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
    const article = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
    await expect(article).toContainText("Writing by Hana Sato");
    // Times are true for every reader: absolute, in the newsroom's home zone (London's).
    await expect(article.locator("time").first()).toHaveText(/^\d\d\.\d\d\.\d{4} \d\d:\d\d (GMT|BST)$/);
    await expect(page).toHaveTitle(`${HEADLINE} | Dateline`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", HEADLINE);
    await expect(page.locator("noscript")).toHaveCount(0);
  });
});

test.describe("taken over by the app", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("with no request for its data, no replaced heading, no shift, and times in the reader's zone", async ({ page }) => {
    const watch = watchForErrors(page);
    await page.clock.install({ time: new Date("2026-11-28T15:30:00Z") });
    const requested = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(ARTICLE, { waitUntil: "domcontentloaded" });
    await page.evaluate(() => {
      window.__heading = document.querySelector("h1");
      window.__firstStory = document.querySelector("aside li");
    });
    const header = page.getByRole("banner");
    // The reader's own clock appears once the app runs.
    await expect(header.locator("time")).toHaveAttribute("datetime", /\+09:00$/);
    const article = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
    await expect(article.locator(".article__times time").first()).toHaveText("28.11.2026 23:48");
    await expect(landmarks(page).latest.locator("time").first()).toHaveText(/^(just now|\d+ (minute|hour)s? ago)/);
    expect(await page.evaluate(() => window.__heading === document.querySelector("h1") && window.__heading.isConnected)).toBe(true);
    expect(await page.evaluate(() => window.__firstStory.isConnected)).toBe(true);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => path.startsWith("/api/articles/"))).toEqual([]);
    expect(requested).toContain("/api/latest.json");
    expect(requested).toContain("/api/home.json");
    expect(await page.evaluate(() => window.__shifts)).toBeLessThan(0.002);
    // Focus stays at the top: the first Tab reaches the skip link.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

    // A click is a client navigation: no new document, focus on the new heading.
    await page.evaluate(() => (window.__samePage = true));
    await page.getByRole("region", { name: "Top News" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(HEADLINE);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
    // The pre-rendered page's own head tags leave with it.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(0);
    watch.expectNone();
  });

  test("the first refresh of Latest News is applied quietly, later arrivals as before", async ({ page }) => {
    const watch = watchForErrors(page);
    const sample = await (await page.request.get("/api/latest.json")).json();
    const arrival = (n) => ({ ...sample.items[0], slug: `story-after-the-pre-render-${n}`, title: `Story ${n} after the pre-render` });
    let items = [arrival(1), ...sample.items];
    await page.route("**/api/latest.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify({ ...sample, items }) }),
    );
    await page.clock.install();
    await page.goto("/category/world");
    const latest = landmarks(page).latest;
    await expect(latest.getByRole("listitem").first()).toContainText("Story 1 after the pre-render");
    await expect(latest.getByRole("listitem")).toHaveCount(10);
    await expect(latest.locator(".latest__new")).toHaveCount(0);
    await expect(latest.getByRole("status")).toHaveText("");

    items = [arrival(2), ...items];
    await page.clock.runFor(34_000);
    await expect(latest.getByRole("listitem").first()).toContainText("Story 2 after the pre-render");
    await expect(latest.locator(".latest__new")).toHaveCount(1);
    await expect(latest.getByRole("status")).toHaveText("1 new story");
    watch.expectNone();
  });
});

for (const path of ["/", ARTICLE, "/category/science"]) {
  test(`on a phone, taking ${path} over moves nothing`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(path);
    // Taken over: the reader's clock shows and times turn relative.
    await expect(page.getByRole("banner").locator("time")).toBeVisible();
    await expect(landmarks(page).latest.locator("time").first()).not.toHaveText(/ (GMT|BST)$/);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shifts)).toBeLessThanOrEqual(0.002);
  });
}

test("a pre-rendered page whose embedded data cannot be read is rendered by the app instead", async ({ page }) => {
  await rewrite(page, ARTICLE, (html) => html.replace(/(id="dateline-data">)[^<]*/, "$1{ broken"));
  await page.goto(ARTICLE);
  await expect(page.getByRole("banner").locator("time")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(landmarks(page).latest.getByRole("listitem")).toHaveCount(10);
});

test("the test build reports a hydration mismatch, so any page that has one fails its test", async ({ page }) => {
  // A page whose HTML differs from what the app renders: its lede is gone.
  await rewrite(page, ARTICLE, (html) => html.replace(/<p class="article__lede">.*?<\/p>/, ""));
  const watch = watchForErrors(page);
  await page.goto(ARTICLE);
  await expect.poll(() => watch.errors.join("\n")).toMatch(/hydration error/);
});

test("an unknown path answers 404 with the not-found page, kept out of search", async ({ page }) => {
  const response = await page.goto("/no-such-page/at-all");
  expect(response.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await page.getByRole("main").getByRole("link", { name: "Go to the front page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

test("a story published after the pre-render opens through the shell", async ({ page }) => {
  const watch = watchForErrors(page);
  const story = await (await page.request.get("/api/articles/telescope-spots-water-vapour-on-distant-planet.json")).json();
  await page.route("**/api/articles/a-story-after-the-pre-render.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ ...story, slug: "a-story-after-the-pre-render", title: "A story after the pre-render" }),
    }),
  );
  const response = await page.goto("/news/a-story-after-the-pre-render");
  expect(response.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A story after the pre-render");
  await expect(page).toHaveTitle("A story after the pre-render | Dateline");
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  watch.expectNone();
});

test("the shell adds noindex when it ends up showing the not-found page", async ({ page }) => {
  const response = await page.goto("/news/no-such-story");
  expect(response.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
});

test("an app that cannot load leaves the page readable and says so once in the console", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.route(/\/dateline-[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(ARTICLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect.poll(() => watch.errors.length).toBeGreaterThan(0);
  // A moment more, for a second message that must not come.
  await page.waitForTimeout(500);
  const told = watch.errors.filter((text) => /Dateline could not start/.test(text));
  expect(told).toHaveLength(1);
  // Nothing uncaught; beside our message only the browser's own note of the refused request.
  watch.expectNone(/Dateline could not start/, /Failed to load resource|net::ERR_FAILED/);
  await expect(page.getByRole("button", { name: "Reload" })).toHaveCount(0);
});
