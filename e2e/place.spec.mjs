// A reader's place and reach, as a WCAG 2.2 review checks them: back and
// forward return focus to the followed link, a reload keeps the scroll,
// full dates reachable without a mouse, section navigation that reflows at
// 320 px with unclipped focus rings, nothing wider than a phone, and the
// small things a reader notices.
import { expect } from "@playwright/test";
import { landmarks, pageReady, test, watchForErrors } from "./helpers.mjs";

const PAGES = ["/", "/news/harbour-city-opens-floating-flood-barrier", "/category/culture", "/no-such-page"];

test("after Back, focus is on the followed link where the reader was, and Tab goes on from there", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto("/");
  await pageReady(page);
  // A story far down the front page, in the last section's block.
  const link = page.getByRole("main").locator("section.section-block").last().getByRole("link").nth(1);
  await link.focus();
  await page.keyboard.press("Tab");
  const after = await page.evaluate(() => document.activeElement.outerHTML);
  await page.keyboard.press("Shift+Tab");
  await expect(link).toBeFocused();
  const readTo = await page.evaluate(() => window.scrollY);
  expect(readTo).toBeGreaterThan(700);
  const title = await link.textContent();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  await expect(link).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(readTo);
  // Focus did not move the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(readTo);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement.outerHTML)).toBe(after);

  // Forward is a move to a page again: its heading takes focus.
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  watch.expectNone();
});

test("a reload opens the page where the reader had scrolled to", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto("/");
  await pageReady(page);
  await page.evaluate(() => window.scrollTo(0, 1200));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1200);
  await page.reload();
  await pageReady(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1200);
  watch.expectNone();
});

test("a relative time's full date shows when its story is focused, and on a tap", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto("/");
  await pageReady(page);
  const item = landmarks(page).latest.getByRole("listitem").nth(2);
  const full = item.locator("time .time__full");
  await expect(full).toHaveText(/\(\d\d\.\d\d\.\d{4} \d\d:\d\d\)/);
  const width = async () => (await full.boundingBox())?.width ?? 0;
  expect(await width(), "hidden until asked for").toBeLessThanOrEqual(1);
  // By keyboard: on the story's link.
  await item.getByRole("link").focus();
  await expect.poll(width).toBeGreaterThan(40);
  await page.evaluate(() => document.activeElement.blur());
  await expect.poll(width).toBeLessThanOrEqual(1);
  // By touch: a tap on the time itself.
  await item.locator("time").tap();
  await expect.poll(width).toBeGreaterThan(40);
  await context.close();
});

test.describe("on a 320 px screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of PAGES) {
    test(`${path}: every section is in view and reachable, and nothing is wider than the screen`, async ({ page }) => {
      await page.goto(path);
      await pageReady(page);
      const links = landmarks(page).sections.getByRole("link");
      await expect(links).toHaveCount(6);
      for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON()))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(320);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test("no section link's focus ring is clipped, and a focused link is in view", async ({ page }) => {
    await page.goto("/");
    await pageReady(page);
    const links = landmarks(page).sections.getByRole("link");
    await links.first().focus();
    for (let i = 0; i < (await links.count()); i++) {
      if (i > 0) await page.keyboard.press("Tab");
      await expect(links.nth(i)).toBeFocused();
      const clipped = await links.nth(i).evaluate((link) => {
        const style = getComputedStyle(link);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = link.getBoundingClientRect();
        // The ring's box, against the nearest ancestor that clips (or the window).
        let clip = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
        for (let node = link.parentElement; node; node = node.parentElement) {
          const { overflowX, overflowY } = getComputedStyle(node);
          if (overflowX !== "visible" || overflowY !== "visible") {
            clip = node.getBoundingClientRect();
            break;
          }
        }
        return (
          box.left - ring < clip.left ||
          box.top - ring < clip.top ||
          box.right + ring > clip.right ||
          box.bottom + ring > clip.bottom
        );
      });
      expect(clipped, `section link ${i}`).toBe(false);
    }
  });
});

test("the breadcrumb's separator is not read aloud", async ({ page }) => {
  await page.goto(PAGES[1]);
  await pageReady(page);
  const snapshot = await page.getByRole("navigation", { name: "Breadcrumb" }).ariaSnapshot();
  expect(snapshot).toContain("News");
  expect(snapshot).not.toContain(">");
});

test("an article's Top News does not list the article itself", async ({ page }) => {
  await page.goto("/");
  await pageReady(page);
  const lead = page.getByRole("region", { name: "Top News" }).getByRole("link").first();
  const href = await lead.getAttribute("href");
  await lead.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const top = page.getByRole("region", { name: "Top News" });
  await expect(top.getByRole("link").first()).toBeVisible();
  await expect(top.locator(`a[href="${href}"]`)).toHaveCount(0);
});

test("the front page shows each story once", async ({ page }) => {
  await page.goto("/");
  await pageReady(page);
  const hrefs = await page
    .getByRole("main")
    .locator('a[href*="/news/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThanOrEqual(10);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the not-found page's skip link stays on the page", async ({ page }) => {
    await page.goto("/no-such-page");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await skip.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/no-such-page#main$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test("a new story's highlight has room around its text", async ({ page }) => {
  await page.goto("/");
  await pageReady(page);
  const padding = await page.evaluate(() => {
    const probe = document.createElement("li");
    probe.className = "latest__item latest__item--new";
    document.querySelector(".latest__list").append(probe);
    const style = getComputedStyle(probe);
    const result = [style.paddingLeft, style.paddingRight, style.paddingTop].map(parseFloat);
    probe.remove();
    return result;
  });
  for (const side of padding) expect(side).toBeGreaterThanOrEqual(4);
});
