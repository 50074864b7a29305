// Stories as newsrooms write them: links and emphasis in the text, links to
// other sites told apart, corrections and related stories, found as a
// reader and a screen reader find them.
import { expect } from "@playwright/test";
import { pageReady, rewrite, test, throughShell, watchForErrors } from "./helpers.mjs";

const HARBOUR = "/news/harbour-city-opens-floating-flood-barrier";

/** A mark on this document: it survives a client navigation, not a page load. */
async function mark(page) {
  await page.evaluate(() => {
    window.__stillHere = true;
  });
  return () => page.evaluate(() => window.__stillHere === true);
}

test("a link inside a paragraph opens the other story without a page load", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.goto(HARBOUR);
  await pageReady(page);
  const stillHere = await mark(page);
  const body = page.getByRole("article");
  await body.getByRole("link", { name: "sensors report a surge" }).click();
  await expect(page).toHaveURL(/\/news\/glacier-melt-slows-after-snowy-winter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glacier lost less ice this year after a snowy winter");
  expect(await stillHere()).toBe(true);
  // Emphasis is emphasis: the words are in an <em>.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Harbour city opens floating flood barrier");
  await expect(page.locator(".article__body em", { hasText: "float upright" })).toBeVisible();
  watch.expectNone();
});

test("a link to another site is an ordinary link that says so", async ({ page }) => {
  await page.goto("/news/mountain-pass-reopens-after-rockfall");
  await pageReady(page);
  const external = page.getByRole("article").getByRole("link", { name: "motion sensors (another site)" });
  await expect(external).toHaveAttribute("href", "https://geology.example/rockfall-monitoring");
  await expect(external).toHaveAttribute("rel", "noopener");
  // To the eye: an arrow after the words (not read out: the name above is all).
  const arrow = await external.evaluate((node) => getComputedStyle(node, "::after").content);
  expect(arrow).toContain("↗");
  // A link within the site says nothing of the kind.
  await page.goto(HARBOUR);
  await expect(page.getByRole("article").getByRole("link", { name: "sensors report a surge", exact: true })).toBeVisible();
});

test("corrections end the story, dated; related stories follow it and open without a page load", async ({ page }) => {
  await page.goto(HARBOUR);
  await pageReady(page);
  const corrections = page.getByRole("region", { name: "Corrections" });
  await expect(corrections.getByRole("listitem")).toHaveCount(1);
  await expect(corrections.getByRole("listitem")).toContainText("It has six.");
  await expect(corrections.locator("time[datetime]")).toHaveCount(1);
  const related = page.getByRole("region", { name: "Related stories" });
  await expect(related.getByRole("listitem")).toHaveCount(3);
  const stillHere = await mark(page);
  await related.getByRole("link", { name: "River delta villages vote to move inland together" }).click();
  await expect(page).toHaveURL(/\/news\/river-delta-villages-vote-to-relocate$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  expect(await stillHere()).toBe(true);
});

test("hostile links and text in spans are shown as text, with no link", async ({ page }) => {
  const watch = watchForErrors(page);
  await throughShell(page);
  const hostile = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example/", "java\tscript:alert(1)"];
  await rewrite(page, "**/api/articles/harbour-city-opens-floating-flood-barrier.json", (text) => {
    const article = JSON.parse(text);
    article.body.unshift({
      type: "paragraph",
      text: [
        { text: "<img src=x onerror=alert(1)>", strong: true },
        ...hostile.map((link, n) => ({ text: ` trap${n}`, link })),
        { text: " and a broken span", link: 42 },
        { nope: "no text" },
      ],
    });
    return JSON.stringify(article);
  });
  page.on("dialog", () => {
    throw new Error("a dialog opened");
  });
  await page.goto(HARBOUR);
  const first = page.locator(".article__body p").first();
  await expect(first).toHaveText("<img src=x onerror=alert(1)> trap0 trap1 trap2 trap3 trap4 and a broken span");
  await expect(first.getByRole("link")).toHaveCount(0);
  await expect(first.locator("img")).toHaveCount(0);
  for (let n = 0; n < hostile.length; n++) await first.getByText(`trap${n}`).click();
  await expect(page).toHaveURL(new RegExp(`${HARBOUR}$`));
  watch.expectNone();
});
