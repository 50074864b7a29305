// A reader's tour: front page, section, article, back, deep links, reloads,
// an unknown URL, a broken feed, a phone-sized window.
import { expect } from "@playwright/test";
import { landmarks, pageReady, test, throughShell, watchForErrors } from "./helpers.mjs";

const ARTICLE = "/news/telescope-spots-water-vapour-on-distant-planet";
const HEADLINE = "Telescope finds water vapour in a distant planet's air";

test("front page has its landmarks, top news, sections and one h1", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.goto("/");
  const shell = landmarks(page);
  await expect(shell.banner).toBeVisible();
  await expect(shell.sections.getByRole("link")).toHaveText(["World", "Business", "Science", "Technology", "Culture", "Sport"]);
  await expect(shell.main).toBeVisible();
  await expect(shell.footer).toBeVisible();
  const top = page.getByRole("region", { name: "Top News" });
  await expect(top.getByRole("heading", { level: 1, name: "Top News" })).toBeVisible();
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page).toHaveTitle("Latest News | Dateline");
  expect(await shell.main.getByRole("link").count()).toBeGreaterThanOrEqual(10);
  await expect(shell.latest.getByRole("listitem")).toHaveCount(10);
  await expect(shell.banner.getByRole("link", { name: "Home page" })).toBeVisible();
  await expect(shell.banner.locator("time")).toHaveText(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  watch.expectNone();
});

test("the skip link is the first thing Tab reaches and moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await pageReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  expect(await skip.evaluate((node) => getComputedStyle(node).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Tab");
  const next = page.locator(":focus");
  expect(await next.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe("solid");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("front page → section → article → back restores the page and its scroll", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/");
  await pageReady(page);

  await landmarks(page).sections.getByRole("link", { name: "Science" }).click();
  await expect(page).toHaveURL(/\/category\/science$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science");
  await expect(page).toHaveTitle("Science | Dateline");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("News");
  // The section being read is marked for screen readers, in both navigations.
  const sections = landmarks(page).sections;
  await expect(sections.getByRole("link", { name: "Science" })).toHaveAttribute("aria-current", "page");
  await expect(sections.locator('[aria-current="page"]')).toHaveCount(1);
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Science" })).toHaveAttribute("aria-current", "page");
  await expect(breadcrumb.getByRole("link", { name: "News" })).not.toHaveAttribute("aria-current");

  await page.getByRole("main").getByRole("link", { name: HEADLINE }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  const article = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(`${HEADLINE} | Dateline`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /twice the size of Earth/);
  await expect(article.locator("time").first()).toHaveAttribute("datetime", /^2026-11-28T/);
  await expect(article).toContainText("Writing by Hana Sato");
  await expect(page.locator('[aria-current="page"]')).toHaveCount(0);

  // Read down to the Top News block, open a story there, and come back.
  const next = page.getByRole("region", { name: "Top News" }).getByRole("link").first();
  await next.scrollIntoViewIfNeeded();
  const readTo = await page.evaluate(() => window.scrollY);
  expect(readTo).toBeGreaterThan(300);
  await next.click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(HEADLINE);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(readTo);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  watch.expectNone();
});

for (const path of [ARTICLE, `${ARTICLE}/`, `${ARTICLE}?utm_source=push#top`]) {
  test(`a deep link to ${path} opens and reloads the article`, async ({ page }) => {
    const watch = watchForErrors(page);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
    await expect(page).toHaveTitle(`${HEADLINE} | Dateline`);
    // On first load focus stays at the top, so the first Tab reaches the skip link.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    watch.expectNone();
  });
}

for (const path of ["/category/sport", "/category/sport/", "/index.html", "/?utm_source=x"]) {
  test(`${path} opens directly`, async ({ page }) => {
    await page.goto(path);
    await pageReady(page);
    const expected = path.startsWith("/category") ? "Sport" : "Top News";
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected);
  });
}

for (const path of ["/no-such-page", "/news/no-such-story", "/news/Bad_Slug", "/category/no-such-section/"]) {
  test(`${path} is a not-found page with a way home`, async ({ page }) => {
    const requests = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found | Dateline");
    await page.getByRole("main").getByRole("link", { name: "Go to the front page" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
    if (path.includes("Bad_Slug")) {
      expect(requests.filter((p) => p.includes("articles/"))).toEqual([]);
    }
  });
}

test("a failing front page feed shows an error and Retry brings the page", async ({ page }) => {
  const watch = watchForErrors(page);
  let fail = true;
  await page.route("**/api/home.json", (route) =>
    fail ? route.fulfill({ status: 500, body: "oops" }) : route.fallback(),
  );
  await throughShell(page);
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("could not be loaded");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
  fail = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  await expect(page.getByRole("alert")).toHaveCount(0);
  watch.expectNone(/500/, /Failed to load resource/);
});

test("a broken article answer shows an error and Retry loads the article", async ({ page }) => {
  const watch = watchForErrors(page);
  let broken = true;
  await page.route("**/api/articles/*.json", (route) =>
    broken ? route.fulfill({ status: 200, contentType: "application/json", body: "{ not json" }) : route.fallback(),
  );
  await throughShell(page);
  await page.goto(ARTICLE);
  await expect(page.getByRole("alert")).toContainText("cannot read");
  broken = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  watch.expectNone();
});

const LOADS = [
  [ARTICLE, "**/api/articles/*.json", HEADLINE],
  ["/", "**/api/home.json", "Top News"],
  ["/category/science", "**/api/categories/*.json", "Science"],
];

for (const [path, file, heading] of LOADS) {
  for (const [width, height] of [[1280, 800], [375, 740]]) {
    test(`while ${path} loads at ${width}px, a busy placeholder holds the space and nothing jumps`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(file, async (route) => {
        await held;
        await route.fallback();
      });
      await page.addInitScript(() => {
        window.__shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await throughShell(page);
      await page.goto(path);
      await expect(page.getByRole("main").locator('[aria-busy="true"]')).toBeVisible();
      await page.waitForTimeout(200);
      release();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => window.__shifts);
      expect(shifts).toBeLessThan(0.1);
    });
  }
}

test("on a phone the page is one column with Latest News after the story", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(ARTICLE);
  await pageReady(page);
  const main = await page.getByRole("main").boundingBox();
  const latest = await landmarks(page).latest.boundingBox();
  expect(latest.y).toBeGreaterThan(main.y + main.height - 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  watch.expectNone();
});

test("every story link is a real link to its route", async ({ page }) => {
  await page.goto("/");
  await pageReady(page);
  const hrefs = await page.locator("main a[href^='/news/'], aside a[href^='/news/']").evaluateAll((links) =>
    links.map((a) => a.getAttribute("href")),
  );
  expect(hrefs.length).toBeGreaterThanOrEqual(20);
  for (const href of hrefs) expect(href).toMatch(/^\/news\/[a-z0-9]+(-[a-z0-9]+)*$/);
});

test("every shown time is a <time> with its RFC 3339 instant", async ({ page }) => {
  for (const path of ["/", ARTICLE, "/category/world"]) {
    await page.goto(path);
    await pageReady(page);
    await expect(page.getByRole("complementary", { name: "Latest News" }).locator("time").first()).toBeVisible();
    const stamps = await page.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")));
    expect(stamps.length).toBeGreaterThan(5);
    for (const stamp of stamps) {
      expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$/);
      expect(Number.isNaN(Date.parse(stamp))).toBe(false);
    }
  }
});

test("the head has a favicon, lang and viewport; only the shell has a noscript message", async ({ page }) => {
  for (const path of ["/", "/news/published-after-the-pre-render"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
    await expect(page.locator('meta[name="viewport"]')).toHaveCount(1);
    expect(await page.locator("noscript").count()).toBe(path === "/" ? 0 : 1);
  }
  const favicon = await page.request.get("/favicon.svg");
  expect(favicon.status()).toBe(200);
});

test("leaving a page aborts its request", async ({ page }) => {
  await page.goto("/");
  await pageReady(page);
  const aborted = [];
  page.on("requestfailed", (request) => aborted.push([new URL(request.url()).pathname, request.failure()?.errorText]));
  await page.route("**/api/articles/*.json", () => {}); // never answered
  await page.getByRole("main").getByRole("link", { name: HEADLINE }).first().click();
  await expect(page.getByRole("main").locator('[aria-busy="true"]')).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "Home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  await expect.poll(() => aborted).toContainEqual([`/api${ARTICLE.replace("/news/", "/articles/")}.json`, "net::ERR_ABORTED"]);
});

test("the colours follow the reader's light or dark setting", async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await pageReady(page);
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).toBe("rgb(18, 18, 18)");
});

test.describe("in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("absolute times are shown in the reader's own time zone", async ({ page }) => {
    await page.goto(ARTICLE);
    const times = page.getByRole("article").locator(".article__times time");
    await expect(times.first()).toHaveText("28.11.2026 23:48");
    await expect(times.first()).toHaveAttribute("datetime", "2026-11-28T14:48:00+00:00");
    await expect(page.getByRole("banner").locator("time")).toHaveAttribute("datetime", /\+09:00$/);
  });
});

test("every page has one meta description, also after client-side navigation", async ({ page }) => {
  const description = page.locator('meta[name="description"]');
  for (const path of ["/", ARTICLE, "/category/world", "/no-such-page"]) {
    await page.goto(path);
    await pageReady(page);
    await expect(description).toHaveCount(1);
    await expect(description).toHaveAttribute("content", /\w{4,}/);
  }
  await page.getByRole("main").getByRole("link", { name: "Go to the front page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  await expect(description).toHaveAttribute("content", "The latest news, updated through the day.");
  await landmarks(page).sections.getByRole("link", { name: "Culture" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Culture");
  await expect(description).toHaveCount(1);
  await expect(description).toHaveAttribute("content", "The latest Culture stories.");
});
