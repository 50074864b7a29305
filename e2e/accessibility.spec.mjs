// Automated accessibility checks (axe-core with every rule, best practices
// too) on every kind of page and its states, in light and dark colours.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";
import { pageReady, test, throughShell } from "./helpers.mjs";

const ARTICLE = "/news/harbour-city-opens-floating-flood-barrier";
// Every kind of page: the front, an article with photos, a section, a
// topic and an older page of a list, an article with an embed and one
// with a video, a live page and one of its older pages, and the not-found
// page.
const LIVE = "/live/storm-arden-reaches-the-coast";
const PAGES = [
  "/",
  ARTICLE,
  "/category/culture",
  "/topic/climate",
  "/category/world/page/2",
  "/news/underdogs-reach-cup-final-on-penalties",
  "/news/marathon-record-falls-in-cold-rain",
  LIVE,
  `${LIVE}/page/2`,
  "/no-such-page",
];

/** Every rule axe has, reported as one line per violation and node. */
async function violations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const STATES = [
  ...PAGES.map((path) => ({
    name: path,
    open: async (page) => {
      await page.goto(path);
      await pageReady(page);
      await expect(page.getByRole("complementary", { name: "Latest News" }).getByRole("listitem").first()).toBeVisible();
    },
  })),
  {
    name: "an article that could not be loaded, beside a Latest News that could not be",
    open: async (page) => {
      await throughShell(page);
      await page.route("**/api/articles/*.json", (route) => route.fulfill({ status: 503, body: "down" }));
      await page.route("**/api/latest.json", (route) => route.fulfill({ status: 503, body: "down" }));
      await page.goto(ARTICLE);
      await expect(page.getByRole("button", { name: "Retry" })).toHaveCount(2);
    },
  },
  {
    name: "an embed whose player the reader loaded",
    open: async (page) => {
      await page.route("https://www.youtube-nocookie.com/**", (route) =>
        route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Player</title><p>A player</p>" }),
      );
      await page.goto("/news/underdogs-reach-cup-final-on-penalties");
      await pageReady(page);
      await page.getByRole("button", { name: /^Play it here from YouTube/ }).click();
      await expect(page.locator("iframe.embed__player")).toBeVisible();
    },
  },
  {
    name: "a live page with a new update waiting for the reader down its stream",
    open: async (page) => {
      await page.clock.install();
      let asked = 0;
      await page.route(`**/api${LIVE}.json`, async (route) => {
        // Asked afresh each time (no 304), so the changed copy has a body.
        const headers = { ...route.request().headers() };
        delete headers["if-none-match"];
        delete headers["if-modified-since"];
        const response = await route.fetch({ headers });
        const json = await response.json();
        if (asked++ > 0) {
          const post = { id: "arden-23", published_at: new Date().toISOString(), body: [{ type: "paragraph", text: "A new post." }] };
          json.posts.unshift(post);
        }
        await route.fulfill({ response, json });
      });
      await page.goto(LIVE);
      await pageReady(page);
      await page.locator("#post-arden-16").scrollIntoViewIfNeeded();
      await expect.poll(() => asked).toBe(1);
      // The page's next poll, in steps that let each answer land.
      for (let step = 0; step < 10 && asked < 2; step++) {
        await page.clock.runFor(5_000);
        await page.waitForTimeout(100);
      }
      await expect(page.getByRole("button", { name: "1 new update" })).toBeVisible();
    },
  },
  {
    name: "a front page still loading",
    open: async (page) => {
      await throughShell(page);
      await page.route("**/api/home.json", () => {});
      await page.goto("/");
      await expect(page.getByRole("main").locator('[aria-busy="true"]')).toBeVisible();
    },
  },
];

for (const scheme of ["light", "dark"]) {
  for (const state of STATES) {
    test(`${state.name} passes every axe rule (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await state.open(page);
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const path of PAGES) {
  test(`${path} has one h1 and never skips a heading level`, async ({ page }) => {
    await page.goto(path);
    await pageReady(page);
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels.length).toBeGreaterThan(1);
    levels.reduce((previous, level) => {
      expect(level, `h${level} after h${previous}: ${levels.join(" ")}`).toBeLessThanOrEqual(previous + 1);
      return level;
    });
  });
}
