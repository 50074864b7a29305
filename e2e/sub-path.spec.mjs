// The site built and published under a sub-path, as
// `make build PUBLIC_URL=/edition/` makes it, served there as a CDN would:
// a reader's tour, deep links and reloads, the shell and the not-found page,
// live updates, the feed and head links, and every request the app makes
// staying under /edition/.
import { expect } from "@playwright/test";
import { EDITION, landmarks, pageReady, test, throughShell, watchForErrors } from "./helpers.mjs";

const PATH = new URL(EDITION).pathname;
const ARTICLE = "news/telescope-spots-water-vapour-on-distant-planet";
const HEADLINE = "Telescope finds water vapour in a distant planet's air";

/** Every request path the page makes to the site's host. */
function requestedPaths(page) {
  const paths = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(EDITION).origin) paths.push(url.pathname);
  });
  return paths;
}

/** Marks the open document, so a test can tell a client-side move from a page load. */
async function markDocument(page) {
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
}

async function stillSameDocument(page) {
  expect(await page.evaluate(() => window.__sameDocument === true), "moved without loading a page").toBe(true);
}

test(`a reader's tour under ${PATH}: every link, route, asset and API request stays under it`, async ({ page }) => {
  const watch = watchForErrors(page);
  const paths = requestedPaths(page);
  await page.goto(EDITION);
  await pageReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  await expect(page).toHaveTitle("Latest News | Dateline");
  // The styles came from under the sub-path and apply.
  const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href));
  expect(sheets).toHaveLength(3);
  for (const sheet of sheets) expect(sheet).toMatch(new RegExp(`^${EDITION}[a-z]+-[0-9a-f]{1,16}\\.css$`));
  await markDocument(page);

  const sections = landmarks(page).sections;
  await sections.getByRole("link", { name: "Science" }).click();
  await expect(page).toHaveURL(`${EDITION}category/science`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(sections.getByRole("link", { name: "Science" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("main").getByRole("link", { name: HEADLINE }).click();
  await expect(page).toHaveURL(`${EDITION}${ARTICLE}`);
  const article = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect(page).toHaveTitle(`${HEADLINE} | Dateline`);
  await expect(article.locator("img").first()).toHaveAttribute("src", new RegExp(`^${PATH}api/`));

  const other = landmarks(page).latest.getByRole("link").filter({ hasNotText: HEADLINE }).first();
  const otherTitle = await other.textContent();
  await other.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(otherTitle);
  await expect(page).toHaveURL(new RegExp(`^${EDITION}news/[a-z0-9-]+$`));
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science");

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "News" }).click();
  await expect(page).toHaveURL(EDITION);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  await stillSameDocument(page);

  // Every request, the app's JSON included, went to the sub-path.
  expect(paths.filter((path) => !path.startsWith(PATH))).toEqual([]);
  for (const wanted of ["api/latest.json", "api/home.json", `api/articles/${ARTICLE.slice(5)}.json`, "start.js"]) {
    expect(paths, wanted).toContain(`${PATH}${wanted}`);
  }
  expect(paths.some((path) => /^\/edition\/dateline-[0-9a-f]{1,16}_bg\.wasm$/.test(path))).toBe(true);
  watch.expectNone();
});

for (const path of [ARTICLE, `${ARTICLE}/`, `${ARTICLE}?utm_source=push#top`, "category/sport", "index.html", ""]) {
  test(`a deep link to ${PATH}${path} opens, takes over and reloads`, async ({ page }) => {
    const watch = watchForErrors(page);
    const expected = path.startsWith("news") ? HEADLINE : path.startsWith("category") ? "Sport" : "Top News";
    await page.goto(`${EDITION}${path}`);
    await pageReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected);
    await page.reload();
    await pageReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    watch.expectNone();
  });
}

test(`${PATH.slice(0, -1)} without its slash is sent to ${PATH}`, async ({ page }) => {
  await page.goto(EDITION.slice(0, -1));
  await expect(page).toHaveURL(EDITION);
  await pageReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
});

test(`the skip link of a pre-rendered page under ${PATH} stays on that page`, async ({ page }) => {
  await page.goto(`${EDITION}${ARTICLE}`);
  await pageReady(page);
  await expect(page.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", `${PATH}${ARTICLE}#main`);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
});

test(`a story published after the pre-render opens through the shell under ${PATH}`, async ({ page }) => {
  const watch = watchForErrors(page);
  const story = await (await page.request.get(`${EDITION}api/${ARTICLE.replace("news/", "articles/")}.json`)).json();
  await page.route(`${EDITION}api/articles/a-story-after-the-pre-render.json`, (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ ...story, slug: "a-story-after-the-pre-render", title: "A story after the pre-render" }),
    }),
  );
  const response = await page.goto(`${EDITION}news/a-story-after-the-pre-render`);
  expect(response.status()).toBe(200);
  await pageReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A story after the pre-render");
  await page.getByRole("banner").getByRole("link", { name: "Home page" }).click();
  await expect(page).toHaveURL(EDITION);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  watch.expectNone();
});

test(`the shell under ${PATH} renders any page of the site in the browser`, async ({ page }) => {
  const watch = watchForErrors(page);
  await throughShell(page, PATH);
  await page.goto(`${EDITION}category/culture`);
  await pageReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Culture");
  await page.getByRole("main").getByRole("article").getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`^${EDITION}news/`));
  await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toBeVisible();
  watch.expectNone();
});

test(`an unknown path under ${PATH} answers 404 with the not-found page, and its way home stays under it`, async ({ page }) => {
  const response = await page.goto(`${EDITION}no-such-page/at-all`);
  expect(response.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await pageReady(page);
  await page.getByRole("main").getByRole("link", { name: "Go to the front page" }).click();
  await expect(page).toHaveURL(EDITION);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");

  // A story's address without the sub-path is not the site's.
  const outside = await page.goto(new URL(`/${ARTICLE}`, EDITION).href);
  expect(outside.status()).toBe(404);
  await expect(page.getByRole("heading", { name: HEADLINE })).toHaveCount(0);
});

test(`Latest News under ${PATH} polls its feed there and shows arrivals`, async ({ page }) => {
  const watch = watchForErrors(page);
  const sample = await (await page.request.get(`${EDITION}api/latest.json`)).json();
  const arrival = (n) => ({ ...sample.items[0], slug: `arrival-under-the-edition-${n}`, title: `Arrival ${n} under the edition` });
  let items = sample.items;
  const polls = [];
  await page.route(`${EDITION}api/latest.json`, (route) => {
    polls.push(new URL(route.request().url()).pathname);
    return route.fulfill({ contentType: "application/json", body: JSON.stringify({ ...sample, items }) });
  });
  await page.clock.install();
  await page.goto(`${EDITION}${ARTICLE}`);
  await pageReady(page);
  await expect.poll(() => polls.length).toBeGreaterThan(0);

  items = [arrival(1), ...sample.items];
  await page.clock.runFor(34_000);
  const latest = landmarks(page).latest;
  await expect(latest.getByRole("listitem").first()).toContainText("Arrival 1 under the edition");
  await expect(latest.getByRole("status")).toHaveText("1 new story");
  await expect(latest.getByRole("link", { name: "Arrival 1 under the edition" })).toHaveAttribute(
    "href",
    `${PATH}news/arrival-under-the-edition-1`,
  );
  expect(new Set(polls)).toEqual(new Set([`${PATH}api/latest.json`]));
  watch.expectNone();
});

test(`the head, feed and sitemap under ${PATH} give addresses under it`, async ({ page, request }) => {
  await page.goto(`${EDITION}${ARTICLE}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${EDITION}${ARTICLE}`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${EDITION}${ARTICLE}`);
  const feedLink = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(feedLink).toHaveCount(1);
  await expect(feedLink).toHaveAttribute("href", `${EDITION}feed.xml`);
  const feed = await request.get(`${EDITION}feed.xml`);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`<link>${EDITION}${ARTICLE}</link>`);
  const sitemap = await (await request.get(`${EDITION}sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
  expect(locs.length).toBeGreaterThan(10);
  expect(locs.filter((loc) => !loc.startsWith(EDITION))).toEqual([]);
  // Served with the build's own policy, written for the sub-path.
  const served = await request.get(`${EDITION}${ARTICLE}`);
  expect(served.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
});
