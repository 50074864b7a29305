// Instant navigation and the back/forward cache: a story the reader shows
// they are about to open (hovered for a moment, focused, touched) is
// fetched ahead of the click, and the click renders it with no request;
// nothing is fetched ahead for links merely on screen, nor for a reader
// who saves data; a page left by a full load comes back from the
// browser's back/forward cache.
import { chromium, expect } from "@playwright/test";
import { landmarks, pageReady, test, watchForErrors } from "./helpers.mjs";

const ARTICLE = "telescope-spots-water-vapour-on-distant-planet";
const HEADLINE = "Telescope finds water vapour in a distant planet's air";

/** The paths of the stories' and sections' files the page asks for, as they are asked. */
function apiRequests(page) {
  const paths = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/api\/(articles|categories)\//.test(pathname)) paths.push(pathname);
  });
  return paths;
}

const storyLink = (page) => landmarks(page).main.locator(`a[href="/news/${ARTICLE}"]`).first();

test("a story hovered for a moment is fetched ahead, and the click renders it with no request", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.goto("/");
  await pageReady(page);
  const asked = apiRequests(page);
  // Links merely on screen are not fetched.
  await page.waitForTimeout(300);
  expect(asked).toEqual([]);
  const fetched = page.waitForResponse((response) => response.url().endsWith(`/api/articles/${ARTICLE}.json`));
  await storyLink(page).hover();
  await fetched;
  expect(asked).toEqual([`/api/articles/${ARTICLE}.json`]);
  await storyLink(page).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect(page).toHaveURL(`/news/${ARTICLE}`);
  await page.waitForTimeout(300);
  expect(asked, "no request after the click").toEqual([`/api/articles/${ARTICLE}.json`]);
  watch.expectNone();
});

test("a story focused from the keyboard is fetched ahead; a section's list too", async ({ page }) => {
  await page.goto("/");
  await pageReady(page);
  const asked = apiRequests(page);
  await storyLink(page).focus();
  await expect.poll(() => asked).toContain(`/api/articles/${ARTICLE}.json`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  expect(asked.filter((path) => path.includes(ARTICLE))).toHaveLength(1);
  const science = landmarks(page).sections.getByRole("link", { name: "Science" });
  await science.hover();
  await expect.poll(() => asked).toContain("/api/categories/science.json");
  await science.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Science");
  expect(asked.filter((path) => path.endsWith("/science.json"))).toHaveLength(1);
});

for (const [reader, connection] of [
  ["who saves data", { saveData: true, effectiveType: "4g" }],
  ["on a 2G connection", { saveData: false, effectiveType: "2g" }],
]) {
  test(`a reader ${reader} gets nothing ahead of a click`, async ({ page }) => {
    await page.addInitScript((given) => {
      Object.defineProperty(Navigator.prototype, "connection", { get: () => given });
    }, connection);
    await page.goto("/");
    await pageReady(page);
    const asked = apiRequests(page);
    await storyLink(page).hover();
    await storyLink(page).focus();
    await page.waitForTimeout(500);
    expect(asked).toEqual([]);
    await storyLink(page).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
    expect(asked, "fetched on the click, as without intent").toEqual([`/api/articles/${ARTICLE}.json`]);
  });
}

test("a page left by a full page load comes back from the back/forward cache", async ({ browserName }) => {
  // Playwright turns the cache off in the browsers it starts: this one is
  // started with it on, as readers' browsers have it.
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run", "--disable-gpu"],
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  expect(browserName).toBe("chromium");
  const page = await browser.newPage({ baseURL: "http://127.0.0.1:8090", serviceWorkers: "block" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  const notUsed = [];
  cdp.on("Page.backForwardCacheNotUsed", (event) => notUsed.push(...event.notRestoredExplanations.map((why) => why.reason)));
  await page.addInitScript(() => {
    addEventListener("pageshow", (event) => {
      if (event.persisted) window.__fromCache = true;
    });
  });
  await page.goto(`/news/${ARTICLE}`);
  await pageReady(page);
  await page.evaluate(() => {
    window.__before = true;
  });
  await page.goto("/category/science");
  await pageReady(page);
  // (A page restored from the cache fires no load event.)
  await page.goBack({ waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  expect(notUsed, "nothing kept the page out of the cache").toEqual([]);
  expect(await page.evaluate(() => window.__before === true && window.__fromCache === true)).toBe(true);
  // The app runs on: its clock is there.
  await expect(page.getByRole("banner").locator("time")).toBeVisible();
  await browser.close();
});
