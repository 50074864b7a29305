// Live behaviour with Playwright's fake clock and a feed the test controls:
// the minute tick, the ladder, arrivals, 304s, hidden tabs, the title badge,
// back-off, and one poller after many navigations.
import { expect } from "@playwright/test";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { cdnHandler } from "../tools/cdn-server.mjs";
import { advance, controllableVisibility, countFetches, settle, setHidden, SITE_DIR, test, throughShell, watchForErrors } from "./helpers.mjs";

test.use({ timezoneId: "UTC" });

const T0 = new Date("2026-11-28T15:00:30Z");
const MINUTE = 60_000;

function story(slug, title, publishedAt) {
  return {
    slug,
    title,
    summary: `Summary of ${title}.`,
    category: { slug: "world", name: "World" },
    published_at: new Date(publishedAt).toISOString(),
  };
}

/** Serves latest.json from the test: set its stories, make it fail, count requests. */
async function controlFeed(page, stories) {
  const feed = { stories, status: 200, requests: [], clock: 0 };
  await page.route("**/api/latest.json", (route) => {
    feed.requests.push(feed.clock);
    if (feed.status !== 200) return route.fulfill({ status: feed.status, body: "unavailable" });
    return route.fulfill({
      status: 200,
      contentType: "application/json",
      headers: { "Cache-Control": "no-cache" },
      body: JSON.stringify({ updated_at: T0.toISOString(), items: feed.stories }),
    });
  });
  return feed;
}

/** Opens a page through the shell, so its list starts from the test's feed. */
async function open(page, stories, path = "/") {
  await countFetches(page);
  await page.clock.install({ time: T0 });
  const feed = await controlFeed(page, stories);
  await throughShell(page);
  await page.goto(path);
  const latest = page.getByRole("complementary", { name: "Latest News" });
  await expect(latest.getByRole("listitem")).toHaveCount(stories.length);
  return { feed, latest };
}

test("the minute tick moves relative times and the header clock", async ({ page }) => {
  const watch = watchForErrors(page);
  const { latest } = await open(page, [story("a-story", "A story", T0.getTime() - 90_000)]);
  const time = latest.getByRole("listitem").first().locator("time");
  await expect(time).toContainText("1 minute ago");
  await expect(time).toHaveAttribute("datetime", "2026-11-28T14:59:00+00:00");
  const clock = page.getByRole("banner").locator("time");
  await expect(clock).toHaveText("28/11/2026 15:00");
  await expect(clock).toHaveAttribute("datetime", "2026-11-28T15:00:00+00:00");
  await advance(page, 30_000);
  await expect(time).toContainText("2 minutes ago");
  await expect(clock).toHaveText("28/11/2026 15:01");
  watch.expectNone();
});

test("times climb the whole ladder as hours and days pass", async ({ page }) => {
  const { latest } = await open(page, [story("a-story", "A story", T0.getTime() - 10_000)]);
  const time = latest.getByRole("listitem").first().locator("time");
  await expect(time).toHaveText(/^just now/);
  const steps = [
    [MINUTE, /^1 minute ago/],
    [4 * MINUTE, /^5 minutes ago/],
    [55 * MINUTE, /^1 hour ago/],
    [2 * 60 * MINUTE, /^3 hours ago/],
    [21 * 60 * MINUTE, /^yesterday/],
    [24 * 60 * MINUTE, /^2 days ago/],
    [5 * 24 * 60 * MINUTE, /^28\.11\.2026 15:00/],
  ];
  for (const [jump, text] of steps) {
    await page.clock.fastForward(jump);
    await expect(time).toHaveText(text);
  }
});

test("a new story arrives on top, marked, and is announced once", async ({ page }) => {
  const watch = watchForErrors(page);
  const older = [story("b-story", "B story", T0.getTime() - 5 * MINUTE), story("c-story", "C story", T0.getTime() - 9 * MINUTE)];
  const { feed, latest } = await open(page, older);
  const region = latest.getByRole("status");
  await region.evaluate((node) => {
    window.__announced = [];
    new MutationObserver(() => window.__announced.push(node.textContent)).observe(node, { childList: true, subtree: true });
  });

  feed.stories = [story("a-story", "A new story", T0.getTime()), ...older];
  await advance(page, 35_000);
  const items = latest.getByRole("listitem");
  await expect(items).toHaveCount(3);
  await expect(items.first().getByRole("link")).toHaveText("A new story");
  await expect(items.first()).toContainText("New");
  await expect(items.nth(1)).not.toContainText("New");
  await expect(region).toHaveText("1 new story");
  await expect(region.locator("time, a")).toHaveCount(0);

  // Further polls of the same feed announce nothing more. (70 s hold two
  // polls at the usual pace, but only just with the longest jitter: one
  // more poll is what this needs.)
  await advance(page, 70_000);
  expect(feed.requests.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => window.__announced.filter((t) => t).length)).toBe(1);

  // Two more at once are announced together; a story that left the feed leaves.
  feed.stories = [story("d-story", "D", T0.getTime() + 100_000), story("e-story", "E", T0.getTime() + 90_000), feed.stories[0], older[0]];
  await advance(page, 35_000);
  await expect(region).toHaveText("2 new stories");
  await expect(items).toHaveCount(4);
  await expect(latest).not.toContainText("C story");
  expect(await page.evaluate(() => window.__announced.filter((t) => t).length)).toBe(2);
  watch.expectNone();
});

test("a story changed in the feed is updated in place, never listed twice", async ({ page }) => {
  const stories = [story("a-story", "A story", T0.getTime() - MINUTE), story("b-story", "B story", T0.getTime() - 2 * MINUTE)];
  const { feed, latest } = await open(page, stories);
  feed.stories = [{ ...stories[0], title: "A story, corrected", updated_at: T0.toISOString() }, stories[1], stories[1]];
  await advance(page, 35_000);
  const items = latest.getByRole("listitem");
  await expect(items.first().getByRole("link")).toHaveText("A story, corrected");
  await expect(items).toHaveCount(2);
  await expect(latest.getByRole("status")).toHaveText("");
});

test("an unchanged feed is answered with 304", async ({ page }) => {
  // A CDN-like server of the test's own, so the statuses it sends are seen.
  const statuses = [];
  const cdn = cdnHandler(resolve(SITE_DIR));
  const server = createServer((req, res) => {
    if (req.url.startsWith("/api/latest.json")) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (status, ...rest) => {
        statuses.push({ status, conditional: Boolean(req.headers["if-none-match"]) });
        return writeHead(status, ...rest);
      };
    }
    cdn(req, res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  try {
    await countFetches(page);
    await page.clock.install({ time: T0 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await expect(page.getByRole("complementary", { name: "Latest News" }).getByRole("listitem")).toHaveCount(10);
    // The pre-rendered page's list is there at once; the app asks for the
    // feed once it has started.
    await expect.poll(() => statuses.length).toBe(1);
    await advance(page, 70_000);
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    expect(statuses[0].status).toBe(200);
    for (const later of statuses.slice(1)) expect(later).toEqual({ status: 304, conditional: true });
  } finally {
    server.close();
  }
});

test("a hidden tab polls at most every five minutes and refreshes at once on return", async ({ page }) => {
  await controllableVisibility(page);
  const { feed } = await open(page, [story("a-story", "A story", T0.getTime())]);
  expect(feed.requests.length).toBe(1);
  await setHidden(page, true);
  const hiddenFrom = feed.clock;
  await advance(page, 11 * MINUTE, feed);
  const hiddenPolls = feed.requests.filter((t) => t > hiddenFrom);
  expect(hiddenPolls.length).toBeGreaterThanOrEqual(2);
  expect(hiddenPolls.length).toBeLessThanOrEqual(3);
  const gaps = [hiddenPolls[0] - hiddenFrom, ...hiddenPolls.slice(1).map((t, i) => t - hiddenPolls[i])];
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(0.9 * 5 * MINUTE - 4_000);

  const before = feed.requests.length;
  await advance(page, 40_000, feed);
  expect(feed.requests.length).toBe(before);
  await setHidden(page, false);
  await expect.poll(() => feed.requests.length, { timeout: 3_000 }).toBe(before + 1);
});

test("the clock sleeps while the tab is hidden and catches up at once on return", async ({ page }) => {
  await controllableVisibility(page);
  const { latest } = await open(page, [story("a-story", "A story", T0.getTime() - 90_000)]);
  const clock = page.getByRole("banner").locator("time");
  const time = latest.getByRole("listitem").first().locator("time");
  await expect(clock).toHaveText("28/11/2026 15:00");
  await setHidden(page, true);
  await advance(page, 3 * MINUTE);
  await expect(clock).toHaveText("28/11/2026 15:00");
  await expect(time).toContainText("1 minute ago");
  await setHidden(page, false);
  await expect(clock).toHaveText("28/11/2026 15:03", { timeout: 3_000 });
  await expect(time).toContainText("4 minutes ago", { timeout: 3_000 });
});

test("a page restored from the back-forward cache catches up at once", async ({ page }) => {
  await controllableVisibility(page);
  const { feed, latest } = await open(page, [story("a-story", "A story", T0.getTime() - 90_000)]);
  const clock = page.getByRole("banner").locator("time");
  await setHidden(page, true);
  feed.stories = [story("b-story", "While you were away", T0.getTime() + MINUTE), ...feed.stories];
  await advance(page, 2 * MINUTE, feed);
  const before = feed.requests.length;
  await expect(clock).toHaveText("28/11/2026 15:00");
  await page.evaluate(() => window.__restoreFromCache());
  await expect(clock).toHaveText("28/11/2026 15:02", { timeout: 3_000 });
  await expect.poll(() => feed.requests.length, { timeout: 3_000 }).toBe(before + 1);
  await expect(latest.getByRole("listitem").first()).toContainText("While you were away");
});

test("new stories while hidden count in the title until the reader returns", async ({ page }) => {
  await controllableVisibility(page);
  const first = story("a-story", "A story", T0.getTime());
  const { feed } = await open(page, [first]);
  await expect(page).toHaveTitle("Latest News | Dateline");
  await setHidden(page, true);
  feed.stories = [story("b-story", "B", T0.getTime() + MINUTE), story("c-story", "C", T0.getTime() + MINUTE), first];
  await advance(page, 6 * MINUTE, feed);
  await expect(page).toHaveTitle("(2) Latest News | Dateline");
  await setHidden(page, false);
  await expect(page).toHaveTitle("Latest News | Dateline", { timeout: 3_000 });
});

test("a failing feed keeps the list, backs off, and recovers by itself", async ({ page }) => {
  const watch = watchForErrors(page);
  const stories = [story("a-story", "A story", T0.getTime())];
  const { feed, latest } = await open(page, stories);
  feed.status = 503;
  const failingFrom = feed.clock;
  await advance(page, 40_000, feed);
  await expect(latest).toContainText("Could not refresh. Retrying…");
  await expect(latest.getByRole("listitem")).toHaveCount(1);
  // A screen reader is told once, politely, that the list has stopped updating.
  const status = latest.getByRole("status");
  await expect(status).toHaveText("Latest News could not be updated");
  const told = await status.locator("span").elementHandle();

  // Four failed requests take up to 33 + 36 + 72 + 144 = 285 s with jitter,
  // more than the 280 s a four-minute wait gave.
  await advance(page, 5 * MINUTE, feed);
  const failures = feed.requests.filter((t) => t > failingFrom);
  const gaps = failures.slice(1).map((t, i) => t - failures[i]);
  expect(gaps.length).toBeGreaterThanOrEqual(3);
  const bounds = [[24_000, 40_000], [48_000, 76_000], [96_000, 148_000]];
  bounds.forEach(([low, high], i) => {
    expect(gaps[i]).toBeGreaterThanOrEqual(low - 4_000);
    expect(gaps[i]).toBeLessThanOrEqual(high + 4_000);
  });
  expect(await told.evaluate((node) => node.isConnected), "later failures are not announced again").toBe(true);

  feed.status = 200;
  feed.stories = [story("b-story", "Back again", T0.getTime() + 5 * MINUTE), ...stories];
  // The longest wait is the 5-minute cap plus 20 % jitter: six minutes.
  await advance(page, 7 * MINUTE, feed);
  await expect(latest).not.toContainText("Could not refresh");
  await expect(latest.getByRole("listitem").first()).toContainText("Back again");
  await expect(status).toHaveText("1 new story");
  watch.expectNone(/503/, /Failed to load resource/, /Latest News/);
});

test("a recovery with nothing new is not announced", async ({ page }) => {
  const watch = watchForErrors(page);
  const stories = [story("a-story", "A story", T0.getTime())];
  const { feed, latest } = await open(page, stories);
  feed.status = 503;
  await advance(page, 40_000, feed);
  const status = latest.getByRole("status");
  await expect(status).toHaveText("Latest News could not be updated");
  feed.status = 200;
  await advance(page, 2 * MINUTE, feed);
  await expect(latest).not.toContainText("Could not refresh");
  await expect(status).toHaveText("");
  await expect(latest.getByRole("listitem")).toHaveCount(1);
  watch.expectNone(/503/, /Failed to load resource/, /Latest News/);
});

test("a feed whose every story is unreadable is a failed refresh: the list stays", async ({ page }) => {
  const watch = watchForErrors(page);
  const stories = [story("a-story", "A story", T0.getTime())];
  const { feed, latest } = await open(page, stories);
  feed.stories = [{ slug: "no-title" }, 42, null, { ...story("b-story", "B", T0.getTime()), published_at: "soon" }];
  await advance(page, 40_000, feed);
  await expect(latest).toContainText("Could not refresh. Retrying…");
  await expect(latest.getByRole("listitem")).toHaveCount(1);
  await expect(latest.getByRole("listitem")).toContainText("A story");

  feed.stories = [story("c-story", "Readable again", T0.getTime() + MINUTE), ...stories];
  await advance(page, 3 * MINUTE, feed);
  await expect(latest).not.toContainText("Could not refresh");
  await expect(latest.getByRole("listitem").first()).toContainText("Readable again");
  watch.expectNone(/Latest News/);
});

test("a feed that never answers is abandoned after ten seconds, then retried", async ({ page }) => {
  const stories = [story("a-story", "A story", T0.getTime())];
  const { feed, latest } = await open(page, stories);
  await page.unroute("**/api/latest.json");
  let hung = 0;
  await page.route("**/api/latest.json", () => {
    hung += 1; // never answered
  });
  await advance(page, 33_000 + 11_000, undefined, { patience: 0 });
  expect(hung).toBe(1);
  await expect(latest).toContainText("Could not refresh. Retrying…");
  await expect(latest.getByRole("listitem")).toHaveCount(1);

  await page.unroute("**/api/latest.json");
  const answering = await controlFeed(page, [story("b-story", "Answered at last", T0.getTime() + MINUTE), ...stories]);
  await advance(page, 40_000);
  expect(hung).toBe(1);
  expect(answering.requests.length).toBe(1);
  await expect(latest).not.toContainText("Could not refresh");
  await expect(latest.getByRole("listitem").first()).toContainText("Answered at last");
  expect(feed.requests.length).toBe(1);
});

test("the new-story mark does not animate for readers who ask for reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const older = [story("b-story", "B story", T0.getTime() - MINUTE)];
  const { feed, latest } = await open(page, older);
  feed.stories = [story("a-story", "A", T0.getTime()), ...older];
  await advance(page, 35_000);
  const fresh = latest.getByRole("listitem").first();
  await expect(fresh).toContainText("New");
  expect(await fresh.evaluate((node) => getComputedStyle(node).animationName)).toBe("none");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await fresh.evaluate((node) => getComputedStyle(node).animationName)).toBe("arrive");
});

test("after fifty navigations there is still one poller and the list is never reset", async ({ page }) => {
  const watch = watchForErrors(page);
  const stories = [story("telescope-spots-water-vapour-on-distant-planet", "Telescope", T0.getTime())];
  const { feed, latest } = await open(page, stories);
  await latest.evaluate((node) => {
    window.__reset = 0;
    new MutationObserver(() => {
      if (node.querySelector('[aria-busy="true"]')) window.__reset += 1;
    }).observe(node, { childList: true, subtree: true });
  });
  for (let i = 0; i < 25; i++) {
    await latest.getByRole("link", { name: "Telescope" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Telescope finds water vapour/);
    await page.getByRole("banner").getByRole("link", { name: "Home page" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  }
  expect(await page.evaluate(() => window.__reset)).toBe(0);
  const before = feed.requests.length;
  await advance(page, 3 * MINUTE);
  // One poller: five or six polls in three minutes (30 s ± 10 %, each wait
  // counted from an answer that lands at the end of a 4 s step); two
  // pollers would make ten or more.
  const polls = feed.requests.length - before;
  expect(polls).toBeGreaterThanOrEqual(4);
  expect(polls).toBeLessThanOrEqual(7);
  watch.expectNone();
});

test("the poll interval is set in the page without recompiling", async ({ page }) => {
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    const html = (await response.text()).replace(
      'name="dateline:poll-seconds" content="30"',
      'name="dateline:poll-seconds" content="90"',
    );
    return route.fulfill({ response, body: html });
  });
  const { feed } = await open(page, [story("a-story", "A story", T0.getTime())]);
  // Every 90 s (± 10 %, counted from answers at the end of 4 s clock
  // steps): two to four polls in five minutes, where 30 s would make nine.
  await advance(page, 5 * MINUTE);
  expect(feed.requests.length - 1).toBeGreaterThanOrEqual(2);
  expect(feed.requests.length - 1).toBeLessThanOrEqual(4);
});

test("the API base is set in the page without recompiling", async ({ page }) => {
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    const html = (await response.text()).replace('name="dateline:api" content="api/"', 'name="dateline:api" content="/feeds/v2/"');
    return route.fulfill({ response, body: html });
  });
  const asked = [];
  await page.route("**/feeds/v2/latest.json", (route) => {
    asked.push(route.request().url());
    return route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ items: [story("a-story", "From the other feed", Date.now())] }),
    });
  });
  await page.goto("/no-such-page");
  await expect(page.getByRole("complementary", { name: "Latest News" })).toContainText("From the other feed");
  expect(asked.length).toBeGreaterThanOrEqual(1);
});
