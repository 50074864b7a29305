// A live page as its readers meet it, with Playwright's fake clock and a
// live file the test controls: posts arriving on top, the "new updates"
// button when the reader is down the stream, edits, deletions, the pinned
// post, the end of the coverage, reloads, the title while hidden, and the
// published pages without JavaScript.
import { expect } from "@playwright/test";
import { advance, controllableVisibility, countFetches, pageReady, setHidden, settle, test, throughShell, watchForErrors } from "./helpers.mjs";

test.use({ timezoneId: "UTC" });

const T0 = new Date("2026-12-01T15:00:30Z");
const MINUTE = 60_000;
const SLUG = "flood-watch";
const PATH = `/live/${SLUG}`;
/** The sample newsroom's live page, as published. */
const SAMPLE = "/live/storm-arden-reaches-the-coast";

/** A post `minutes` after T0 (before it when negative), with a paragraph long enough to take room. */
function post(id, minutes, title, extra = {}) {
  return {
    id,
    published_at: new Date(T0.getTime() + minutes * MINUTE).toISOString(),
    title,
    body: [{ type: "paragraph", text: `${title}: ${"what the desk knows so far, told in a few sentences. ".repeat(4)}` }],
    ...extra,
  };
}

/** Serves the live page's file from the test: set its posts and fields, count requests. */
async function controlLive(page, posts, fields = {}) {
  const live = { posts, fields, requests: 0 };
  await page.route(`**/api/live/${SLUG}.json`, (route) => {
    live.requests += 1;
    return route.fulfill({
      status: 200,
      contentType: "application/json",
      headers: { "Cache-Control": "no-cache" },
      body: JSON.stringify({
        slug: SLUG,
        title: "Flood watch on the river",
        summary: "The river is rising after a week of rain.",
        category: { slug: "world", name: "World" },
        published_at: new Date(T0.getTime() - 60 * MINUTE).toISOString(),
        started_at: new Date(T0.getTime() - 60 * MINUTE).toISOString(),
        status: "live",
        ...live.fields,
        posts: live.posts,
      }),
    });
  });
  return live;
}

/** Opens the live page through the shell, so it starts from the test's file. */
async function open(page, posts, fields, shown = posts.length) {
  await countFetches(page);
  await page.clock.install({ time: T0 });
  const live = await controlLive(page, posts, fields);
  await throughShell(page);
  await page.goto(PATH);
  const updates = page.getByRole("region", { name: "Updates" });
  await expect(updates.getByRole("article")).toHaveCount(shown);
  return { live, updates };
}

/** The ids of the posts in the stream, top to bottom. */
const streamIds = (updates) => updates.getByRole("article").evaluateAll((posts) => posts.map((p) => p.id));

/** Records every text the region says, so a test can count announcements. */
async function recordAnnouncements(region) {
  await region.evaluate((node) => {
    window.__said = [];
    new MutationObserver(() => node.textContent && window.__said.push(node.textContent)).observe(node, { childList: true, subtree: true, characterData: true });
  });
}

test("a new post arrives on top at once while the reader is at the top, and is announced", async ({ page }) => {
  const watch = watchForErrors(page);
  const posts = [post("b", -5, "Levels rise"), post("a", -20, "Watch begins")];
  const { live, updates } = await open(page, posts);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flood watch on the river");
  await expect(page.getByRole("main")).toContainText("Live");
  const region = updates.getByRole("status");
  await recordAnnouncements(region);

  live.posts = [post("c", 0, "Bridge closed"), ...posts];
  await advance(page, 35_000);
  expect(await streamIds(updates)).toEqual(["post-c", "post-b", "post-a"]);
  await expect(region).toHaveText("1 new update");
  await expect(updates.getByRole("button", { name: /new update/ })).toHaveCount(0);
  // Each post has its time, relative and absolute, and its permalink.
  const newest = updates.getByRole("article").first();
  await expect(newest.locator("time")).toHaveAttribute("datetime", "2026-12-01T15:00:30+00:00");
  await expect(newest.locator("time")).toContainText("just now (01.12.2026 15:00)");
  await expect(newest.getByRole("link", { name: "Link to this post" })).toHaveAttribute("href", `${PATH}#post-c`);
  expect(await page.evaluate(() => window.__said.length)).toBe(1);
  watch.expectNone();
});

test("a live page fetched in the browser asks for its file once, then at the poll's pace", async ({ page }) => {
  const posts = [post("a", -5, "Watch begins")];
  const { live } = await open(page, posts);
  await settle(page);
  expect(live.requests, "the page's own fetch, with no second ask at once").toBe(1);
  await advance(page, 26_000);
  expect(live.requests, "not before the interval, less its jitter").toBe(1);
  await advance(page, 8_000);
  expect(live.requests).toBe(2);
});

test("down the stream nothing moves: the button appears, is announced once, and shows the posts with focus on the newest", async ({ page }) => {
  const posts = Array.from({ length: 12 }, (_, n) => post(`p${12 - n}`, -5 * (n + 1), `Update ${12 - n}`));
  const { live, updates } = await open(page, posts);
  const region = updates.getByRole("status");
  await recordAnnouncements(region);
  const reading = page.locator("#post-p8");
  await reading.evaluate((node) => node.scrollIntoView({ block: "start" }));
  const before = await reading.evaluate((node) => node.getBoundingClientRect().top);

  live.posts = [post("n2", 1, "Second new"), post("n1", 0, "First new"), ...posts];
  await advance(page, 35_000);
  const button = page.getByRole("button", { name: "2 new updates" });
  await expect(button).toBeVisible();
  await expect(button).toBeInViewport();
  const after = await reading.evaluate((node) => node.getBoundingClientRect().top);
  expect(Math.abs(after - before), "the post being read has not moved").toBeLessThan(1);
  await expect(page.locator("#post-n1")).toHaveCount(0);
  await expect(region).toHaveText("2 new updates");
  // The button is not itself a live region; the next poll of the same file says nothing more.
  await expect(button).not.toHaveAttribute("aria-live");
  await advance(page, 35_000);
  expect(await page.evaluate(() => window.__said)).toEqual(["2 new updates"]);

  await button.click();
  await expect(button).toHaveCount(0);
  expect((await streamIds(updates)).slice(0, 3)).toEqual(["post-n2", "post-n1", "post-p12"]);
  await expect(page.locator("#post-n2")).toBeFocused();
  await expect(page.locator("#post-n2")).toBeInViewport();
});

test("a changed post changes in place, a deleted one leaves, the pinned post and key events follow the file", async ({ page }) => {
  const posts = [post("c", -2, "Pumps arrive"), post("b", -10, "Road shut"), post("a", -30, "Watch begins")];
  // The pinned post is shown above the stream, not in it too.
  const { live, updates } = await open(page, posts, { pinned: "a", key_events: ["b"] }, 2);
  const pinned = page.getByRole("region", { name: "Pinned" });
  await expect(pinned.getByRole("article")).toContainText("Watch begins");
  expect(await streamIds(updates)).toEqual(["post-c", "post-b"]);
  const events = page.getByRole("navigation", { name: "Key events" });
  await expect(events.getByRole("link")).toHaveText(["Road shut"]);
  await expect(events.getByRole("link")).toHaveAttribute("href", `${PATH}#post-b`);

  live.posts = [post("c", -2, "Pumps arrive at the school", { updated_at: T0.toISOString() }), posts[2]];
  live.fields = { pinned: "c", key_events: [{ id: "b", title: "The road is shut" }, "c"] };
  await advance(page, 35_000);
  await expect(pinned.getByRole("article")).toContainText("Pumps arrive at the school");
  expect(await streamIds(updates)).toEqual(["post-a"]);
  await expect(page.locator("#post-b")).toHaveCount(0);
  await expect(events.getByRole("link")).toHaveText(["The road is shut", "Pumps arrive at the school"]);
  await expect(page.locator("[id^=post-]")).toHaveCount(2);
});

test("when the coverage ends the page says so and stops asking", async ({ page }) => {
  const posts = [post("a", -5, "Watch begins")];
  const { live, updates } = await open(page, posts);
  live.posts = [post("z", 0, "Watch lifted"), ...posts];
  live.fields = { status: "ended" };
  await advance(page, 35_000);
  await expect(page.getByText("This live coverage has ended")).toHaveCount(2);
  await expect(updates.getByRole("status")).toHaveText("This live coverage has ended");
  const asked = live.requests;
  await advance(page, 5 * 35_000);
  expect(live.requests).toBe(asked);
});

test("a reload while updates wait shows every post once", async ({ page }) => {
  const posts = Array.from({ length: 10 }, (_, n) => post(`p${10 - n}`, -5 * (n + 1), `Update ${10 - n}`));
  const { live, updates } = await open(page, posts);
  await page.locator("#post-p6").evaluate((node) => node.scrollIntoView({ block: "start" }));
  live.posts = [post("n1", 0, "New"), ...posts];
  await advance(page, 35_000);
  await expect(page.getByRole("button", { name: "1 new update" })).toBeVisible();
  await page.reload();
  await expect(updates.getByRole("article")).toHaveCount(11);
  const ids = await streamIds(updates);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids[0]).toBe("post-n1");
});

test("new posts count in the title while the tab is hidden", async ({ page }) => {
  await controllableVisibility(page);
  const posts = [post("a", -5, "Watch begins")];
  const { live } = await open(page, posts);
  await expect(page).toHaveTitle("Flood watch on the river | Dateline");
  await setHidden(page, true);
  live.posts = [post("c", 2, "Third"), post("b", 1, "Second"), ...posts];
  // Hidden, the page asks at the hidden pace (five minutes).
  await advance(page, 6 * MINUTE);
  await expect(page).toHaveTitle("(2) Flood watch on the river | Dateline");
  await setHidden(page, false);
  await expect(page).toHaveTitle("Flood watch on the river | Dateline");
});

test("a permalink to a post that moved to an older page opens that page at the post", async ({ page }) => {
  await page.goto(`${SAMPLE}#post-arden-03`);
  await expect(page).toHaveURL(new RegExp(`${SAMPLE}/page/3#post-arden-03$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Storm Arden reaches the coast: live updates, page 3");
  await expect(page.locator("#post-arden-03")).toBeInViewport();
  await expect(page.locator("#post-arden-03")).toContainText("Schools close early");
});

test("a live story is marked and leads to its live page from Latest News and its section", async ({ page }) => {
  await page.goto("/category/world/page/2");
  // The app runs the page, so the click is a client navigation (before it,
  // a page load, which moves no focus).
  await pageReady(page);
  const card = page.getByRole("main").getByRole("article").filter({ hasText: "Storm Arden" });
  await expect(card).toContainText("Live");
  const latest = page.getByRole("complementary", { name: "Latest News" });
  const item = latest.getByRole("listitem").filter({ hasText: "Storm Arden" });
  await expect(item).toContainText("Live");
  await item.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${SAMPLE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByRole("region", { name: "Updates" }).getByRole("article")).not.toHaveCount(0);
});

test("without JavaScript the live page is readable and its older updates are real links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SAMPLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Storm Arden reaches the coast: live updates");
  await expect(page.getByRole("region", { name: "Pinned" })).toContainText("If you live near the coast");
  await expect(page.getByRole("navigation", { name: "Key events" }).getByRole("link")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "Updates" }).getByRole("article")).toHaveCount(8);
  await page.getByRole("link", { name: "Older updates" }).click();
  await expect(page).toHaveURL(new RegExp(`${SAMPLE}/page/2$`));
  await expect(page.getByRole("region", { name: "Updates" }).getByRole("article")).toHaveCount(8);
  await page.getByRole("link", { name: "Newer updates" }).click();
  await expect(page).toHaveURL(new RegExp(`${SAMPLE}$`));
  await context.close();
});
