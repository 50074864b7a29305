// Newsroom text of any length fits a phone: one very long word (a URL, a
// German compound) in any field never makes a page wider than the screen.
import { expect } from "@playwright/test";
import { pageReady, rewrite, test, throughShell } from "./helpers.mjs";

const WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen".repeat(6);
const TEXT_FIELDS = new Set(["title", "summary", "name", "text", "caption", "byline", "attribution", "alt"]);

/** The same JSON with a long word added to every text a reader sees. */
function lengthen(value, key = "") {
  if (typeof value === "string") return TEXT_FIELDS.has(key) ? `${value} ${WORD}` : value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? `${item} ${WORD}` : lengthen(item)));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "items" || k === "tags" ? lengthen(v) : lengthen(v, k)]));
  }
  return value;
}

test.use({ viewport: { width: 320, height: 640 } });

for (const path of ["/", "/news/telescope-spots-water-vapour-on-distant-planet", "/category/science"]) {
  test(`${path} stays within a 320 px screen whatever the length of a word`, async ({ page }) => {
    await throughShell(page);
    await rewrite(page, "**/api/**/*.json", (text) => JSON.stringify(lengthen(JSON.parse(text))));
    await page.goto(path);
    await pageReady(page);
    await expect(page.getByRole("complementary", { name: "Latest News" })).toContainText(WORD);
    await expect(page.getByRole("main")).toContainText(WORD);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
}
