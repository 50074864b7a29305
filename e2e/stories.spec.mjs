// Stories as newsrooms write them: links and emphasis in the text, links to
// other sites told apart, corrections and related stories, photos in every
// size, topics, older pages, video and embeds, found as a reader and a
// screen reader find them.
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

/** The photo files a page asks for, by file name (`harbour-720.webp`). */
function photoRequests(page) {
  const asked = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.match(/\/images\/photos\/([^/]+)$/);
    if (name) asked.push(name[1]);
  });
  return asked;
}

test("a phone downloads a phone-sized photo, and a wide screen a larger one", async ({ browser }) => {
  // Lighthouse's phone: 412 CSS pixels wide, 1.75 device pixels each.
  const phone = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await phone.newPage();
  const asked = photoRequests(page);
  await page.goto(HARBOUR);
  await pageReady(page);
  const lead = page.getByRole("article").getByRole("img", { name: "Steel flood gates standing upright across a harbour mouth" }).first();
  await expect(lead).toBeVisible();
  await expect.poll(() => lead.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const shown = await lead.evaluate((img) => ({ file: img.currentSrc.split("/").pop(), width: img.clientWidth }));
  // 380 CSS pixels wide, 665 device pixels: the 720 file, under twice its width.
  expect(shown.file).toBe("harbour-720.webp");
  expect(720).toBeLessThanOrEqual(2 * shown.width);
  expect(asked).toContain("harbour-720.webp");
  expect(asked.filter((name) => /-(960|1200|1600)\./.test(name))).toEqual([]);
  await phone.close();

  const wide = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 2 });
  const large = await wide.newPage();
  await large.goto(HARBOUR);
  const big = large.getByRole("article").getByRole("img", { name: "Steel flood gates standing upright across a harbour mouth" }).first();
  await expect.poll(() => big.evaluate((img) => img.currentSrc.split("/").pop())).toBe("harbour-1600.webp");
  await wide.close();
});

test("a tag opens its topic's page without a page load, and More stories pages back", async ({ page }) => {
  const watch = watchForErrors(page);
  await page.goto(HARBOUR);
  await pageReady(page);
  const stillHere = await mark(page);
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "Climate" }).click();
  await expect(page).toHaveURL(/\/topic\/climate$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Climate");
  await expect(page).toHaveTitle("Climate | Dateline");
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(3);
  await page.getByRole("navigation", { name: "More pages" }).getByRole("link", { name: "More stories" }).click();
  await expect(page).toHaveURL(/\/topic\/climate\/page\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Climate, page 2");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
  expect(await stillHere()).toBe(true);
  await page.getByRole("link", { name: "Newer stories" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Climate");
  watch.expectNone();
});

test("More stories is a real link: it works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/category/world");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("World");
  await page.getByRole("link", { name: "More stories" }).click();
  await expect(page).toHaveURL(/\/category\/world\/page\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("World, page 2");
  await expect(page.getByRole("main").getByRole("article")).not.toHaveCount(0);
  await expect(page.getByRole("link", { name: "More stories" })).toHaveCount(0);
  await page.getByRole("link", { name: "Newer stories" }).click();
  await expect(page).toHaveURL(/\/category\/world$/);
  await context.close();
});

const CUP = "/news/underdogs-reach-cup-final-on-penalties";

test("nothing is asked of an embed's service until its button is pressed, and nothing breaks the policy after", async ({ page }) => {
  const elsewhere = [];
  page.on("request", (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== "127.0.0.1") elsewhere.push(request.url());
  });
  await page.route("https://www.youtube-nocookie.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Player</title><p>A player</p>" }),
  );
  const violations = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to load ${event.blockedURI} (${event.violatedDirective})`);
    });
  });
  await page.goto(CUP);
  await pageReady(page);
  const card = page.getByRole("figure").filter({ hasText: "Highlights: the shoot-out in full" });
  await expect(card).toContainText("YouTube");
  await expect(card.getByRole("link", { name: "View on YouTube (another site)" })).toHaveAttribute("href", /^https:\/\/www\.youtube\.com\/watch\?v=/);
  await card.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  expect(elsewhere).toEqual([]);
  // Another service: a link to the post, and no button.
  const post = page.getByRole("figure").filter({ hasText: "The club's post after the final whistle" });
  await expect(post.getByRole("button")).toHaveCount(0);
  await expect(post.getByRole("link", { name: "View on Mastodon (another site)" })).toBeVisible();

  await card.getByRole("button", { name: "Play it here from YouTube" }).click();
  const player = card.locator("iframe");
  await expect(player).toHaveAttribute("src", /^https:\/\/www\.youtube-nocookie\.com\/embed\/Dt1neSample\?/);
  await expect(player).toHaveAttribute("title", "Highlights: the shoot-out in full");
  await expect.poll(() => elsewhere.length).toBeGreaterThan(0);
  expect(elsewhere.every((url) => url.startsWith("https://www.youtube-nocookie.com/"))).toBe(true);
  // The button is gone: focus went to the player, not to the page's start.
  await expect(player).toBeFocused();
  await expect(player.contentFrame().getByText("A player")).toBeVisible();
  expect(violations).toEqual([]);
});

test("the video shows its poster, has its captions, and downloads nothing until played", async ({ page }) => {
  const videos = [];
  page.on("request", (request) => {
    if (/\.(webm|vtt)$/.test(new URL(request.url()).pathname)) videos.push(new URL(request.url()).pathname);
  });
  await page.goto("/news/marathon-record-falls-in-cold-rain");
  await pageReady(page);
  const video = page.locator("figure.video video");
  await expect(video).toHaveAttribute("poster", /\/api\/images\/photos\/marathon-720\.jpg$/);
  await expect(video).toHaveAttribute("preload", "none");
  await expect(video).toHaveAttribute("controls", "");
  const track = video.locator("track");
  await expect(track).toHaveAttribute("kind", "captions");
  await expect(track).toHaveAttribute("srclang", "en");
  await expect(track).toHaveAttribute("label", "English");
  await page.waitForTimeout(300);
  expect(videos.filter((path) => path.endsWith(".webm"))).toEqual([]);
  // The poster is what a reader sees before pressing play.
  const poster = await video.evaluate((node) => new Promise((done) => {
    const image = new Image();
    image.onload = () => done(image.naturalWidth);
    image.onerror = () => done(0);
    image.src = node.poster;
  }));
  expect(poster).toBe(720);
  await video.evaluate((node) => {
    node.muted = true;
    return node.play();
  });
  await expect.poll(() => video.evaluate((node) => node.currentTime)).toBeGreaterThan(0);
  expect(videos.some((path) => path.endsWith("marathon-finish.webm"))).toBe(true);
  await expect.poll(() => video.evaluate((node) => node.textTracks[0]?.mode)).toBe("showing");
  await expect.poll(() => video.evaluate((node) => node.textTracks[0]?.cues?.length ?? 0)).toBe(2);
});
