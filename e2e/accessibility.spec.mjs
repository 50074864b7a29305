// Automated accessibility checks (axe-core, WCAG 2.x A and AA) on every kind
// of page, in light and dark colours.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";
import { pageReady, test } from "./helpers.mjs";

const PAGES = ["/", "/news/harbour-city-opens-floating-flood-barrier", "/category/culture", "/no-such-page"];

for (const scheme of ["light", "dark"]) {
  for (const path of PAGES) {
    test(`${path} has no WCAG A or AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await pageReady(page);
      await expect(page.getByRole("complementary", { name: "Latest News" }).getByRole("listitem").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
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
