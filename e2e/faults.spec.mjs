// The fault matrix: every endpoint of the contract, every way a newsroom's
// answer can go wrong. Each cell checks that the page stays alive (a client
// navigation works afterwards), shows a clear state, loses nothing already
// shown, and recovers when the endpoint does. Pre-rendered pages carry their
// own data, so a page's endpoint is reached through the shell.
import { expect } from "@playwright/test";
import { countFetches, landmarks, pageReady, rewrite, settle, test, throughShell, watchForErrors } from "./helpers.mjs";

const ARTICLE = "/news/telescope-spots-water-vapour-on-distant-planet";
const LIVE = "/live/storm-arden-reaches-the-coast";
const LIVE_FILE = "**/api/live/storm-arden-reaches-the-coast.json";
const HEADLINE = "Telescope finds water vapour in a distant planet's air";
const HOSTILE = `<img src=x onerror="window.__pwned=1">"'&`;
const json = (body) => ({ status: 200, contentType: "application/json", body });

/** Answers that cannot be used at all. */
const HARD = {
  "status 500": (route) => route.fulfill({ status: 500, body: "server error" }),
  "status 403": (route) => route.fulfill({ status: 403, body: "forbidden" }),
  "dropped connection": (route) => route.abort("connectionreset"),
  "malformed JSON": (route) => route.fulfill(json('{"items": [{"slug": ')),
  "wrong shape": (route) => route.fulfill(json('{"items": "none", "top": 1, "sections": {}, "category": [], "title": 7, "body": null}')),
  "empty body": (route) => route.fulfill(json("")),
  "5 MB file": (route) => route.fulfill(json(`{"items": [], "padding": "${"x".repeat(5 * 1024 * 1024)}"}`)),
  "every item invalid": (route) =>
    route.fulfill(json('{"category": {"slug": "science", "name": "Science"}, "items": [{"slug": 1}, 42], "top": [{}], "sections": [{}]}')),
  "no answer": () => {}, // abandoned after the client's ten-second timeout
};

/** Answers with some bad data in them: the good part is shown. */
const SOFT = {
  "one title cut through an emoji": (text) => text.replace(/"title": ?"([^"]*)"/, '"title": "$1 \\ud83d"'),
  "hostile strings": (text) => text.replaceAll(/"(title|summary|name|text)": ?"[^"]*"/g, `"$1": ${JSON.stringify(HOSTILE)}`),
  "bad and future dates": (text) =>
    text.replace(/"updated_at": ?"[^"]*"/, '"updated_at": "soon"').replace(/"published_at": ?"[^"]*"/, '"published_at": "2999-01-01T00:00:00Z"'),
  "duplicated items": (text) => text.replace(/"items": ?\[\s*(\{[^{}]*(\{[^{}]*\}[^{}]*)*\})/, '"items": [$1, $1'),
};

/** Waits out the client's request timeout on the page's fake clock. */
async function outwait(page) {
  for (let i = 0; i < 4; i++) {
    await page.clock.runFor(3_000);
    await page.waitForTimeout(20);
  }
}

/** A client navigation still works: the app is alive. */
async function navigates(page) {
  const story = landmarks(page).latest.getByRole("link").nth(1);
  const href = await story.getAttribute("href");
  await story.click();
  // The router moves the address only once the app has the new page.
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator("article h1")).toHaveCount(1);
}

const PAGES = [
  { endpoint: "home.json", path: "/", heading: "Top News", pattern: "**/api/home.json" },
  { endpoint: "articles/{slug}.json", path: ARTICLE, heading: HEADLINE, pattern: "**/api/articles/*.json" },
  { endpoint: "categories/{slug}.json", path: "/category/science", heading: "Science", pattern: "**/api/categories/science.json" },
  { endpoint: "live/{slug}.json", path: LIVE, heading: "Storm Arden reaches the coast: live updates", pattern: LIVE_FILE },
];

for (const { endpoint, path, heading, pattern } of PAGES) {
  test.describe(`${endpoint}`, () => {
    for (const [fault, answer] of Object.entries(HARD)) {
      test(`${fault}: an error with Retry, then the page when the newsroom recovers`, async ({ page }) => {
        const watch = watchForErrors(page);
        await page.clock.install();
        let broken = true;
        await page.route(pattern, (route) => (broken ? answer(route) : route.fallback()));
        await throughShell(page);
        await page.goto(path);
        if (fault === "no answer") await outwait(page);
        // The page's own alert, in its main column: on a busy machine the
        // fake clock's jumps can time out Latest News's first request too,
        // and Latest News then says so in an alert of its own.
        const alert = page.getByRole("main").getByRole("alert");
        await expect(alert).toBeVisible();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
        broken = false;
        await alert.getByRole("button", { name: "Retry" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expect(alert).toHaveCount(0);
        await navigates(page);
        watch.expectNone(/Failed to load resource/, /status of (403|500)/);
      });
    }

    test(`status 404: ${endpoint === "home.json" ? "an error with Retry" : "the not-found page"}`, async ({ page }) => {
      await page.route(pattern, (route) => route.fulfill({ status: 404, body: "not found" }));
      await throughShell(page);
      await page.goto(path);
      const expected = endpoint === "home.json" ? "This page could not be loaded" : "Page not found";
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected);
      await page.unroute(pattern);
      await navigates(page);
    });

    for (const [fault, spoil] of Object.entries(SOFT)) {
      test(`${fault}: the page is shown, bad parts repaired or left out`, async ({ page }) => {
        const watch = watchForErrors(page);
        await rewrite(page, pattern, spoil);
        await throughShell(page);
        await page.goto(path);
        await pageReady(page);
        await expect(page.getByRole("alert")).toHaveCount(0);
        if (fault === "hostile strings") {
          await expect(page.getByRole("main")).toContainText(HOSTILE);
          expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
        } else {
          await expect(page.getByRole("heading", { level: 1 })).toContainText(heading.split(" ")[0]);
        }
        await navigates(page);
        watch.expectNone();
      });
    }
  });
}

test.describe("articles/{slug}.json, rich parts", () => {
  // Each bad span, link, correction or related story costs only itself.
  const SPOILED = {
    "bad spans and links": (article) => {
      article.body[0] = {
        type: "paragraph",
        text: [{ text: "Kept " }, { text: 3 }, "loose", { text: HOSTILE, em: "yes", link: "javascript:window.__pwned=1" }, { text: " end", link: { href: "/" } }],
      };
      article.body[1] = { type: "list", items: ["one", 2, [{ text: "three" }], null] };
    },
    "bad corrections and related stories": (article) => {
      article.corrections = [{ at: "yesterday", text: "unreadable" }, { at: "2026-11-28T12:00:00Z", text: HOSTILE }, "nope"];
      article.related = [{ slug: "Not A Slug" }, 7, { ...article, slug: "other-story", title: HOSTILE, body: undefined }];
    },
    "bad renditions, credits and tags": (article) => {
      article.image = {
        src: "images/photos/telescope-720.jpg", alt: "A dome", width: 1600, height: 900, credit: HOSTILE,
        renditions: [
          { src: "javascript:window.__pwned=1", width: 800 },
          { width: "wide" },
          { src: "images/photos/telescope-480.jpg", width: 480 },
          { src: "images/photos/telescope-480.webp", width: 480, type: 7 },
          "a string",
        ],
      };
      article.tags = [{ slug: "Not A Slug", name: HOSTILE }, { slug: "climate", name: "Climate" }, 7, { slug: "x" }];
    },
    "bad videos and embeds": (article) => {
      article.body.push(
        { type: "video", src: "javascript:window.__pwned=1", width: 640, height: 360 },
        { type: "video", src: "video/a.webm" },
        { type: "embed", provider: HOSTILE, url: "javascript:window.__pwned=1", title: HOSTILE },
        { type: "embed", provider: "YouTube", url: "https://www.youtube.com/watch?v=<script>", title: "Not an id" },
        { type: "embed", provider: "YouTube", title: "No address" },
      );
    },
    "corrections and related of the wrong shape": (article) => {
      article.corrections = { at: "2026-11-28T12:00:00Z" };
      article.related = "all of them";
    },
  };
  for (const [fault, spoil] of Object.entries(SPOILED)) {
    test(`${fault}: the story is shown, the bad parts left out or shown as text`, async ({ page }) => {
      const watch = watchForErrors(page);
      await rewrite(page, "**/api/articles/*.json", (text) => {
        const article = JSON.parse(text);
        spoil(article);
        return JSON.stringify(article);
      });
      await throughShell(page);
      await page.goto(ARTICLE);
      await pageReady(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
      await expect(page.getByRole("alert")).toHaveCount(0);
      if (fault === "bad spans and links") {
        await expect(page.locator(".article__body p").first()).toHaveText(`Kept ${HOSTILE} end`);
        await expect(page.locator(".article__body p").first().getByRole("link")).toHaveCount(0);
        await expect(page.locator(".article__body li")).toHaveText(["one", "three"]);
      }
      if (fault === "bad corrections and related stories") {
        await expect(page.getByRole("region", { name: "Corrections" }).getByRole("listitem")).toHaveCount(1);
        await expect(page.getByRole("region", { name: "Corrections" })).toContainText(HOSTILE);
        await expect(page.getByRole("region", { name: "Related stories" }).getByRole("link")).toHaveText([HOSTILE]);
      }
      if (fault === "bad renditions, credits and tags") {
        const img = page.getByRole("img", { name: "A dome" });
        await expect(img).toHaveAttribute("srcset", /^\/api\/images\/photos\/telescope-480\.jpg 480w, \/api\/images\/photos\/telescope-480\.webp 480w$/);
        await expect(page.getByRole("figure").filter({ has: img }).locator(".picture__credit")).toHaveText(HOSTILE);
        const tags = page.getByRole("list", { name: "Tags" });
        await expect(tags.getByRole("listitem")).toHaveText([HOSTILE, "Climate"]);
        await expect(tags.getByRole("link")).toHaveText(["Climate"]);
      }
      if (fault === "bad videos and embeds") {
        await expect(page.locator("video")).toHaveCount(0);
        const cards = page.locator("figure.embed");
        await expect(cards).toHaveCount(2);
        await expect(cards.first()).toContainText(HOSTILE);
        await expect(cards.first().getByRole("link")).toHaveCount(0);
        await expect(cards.getByRole("button")).toHaveCount(0);
        await expect(cards.nth(1).getByRole("link", { name: "View on YouTube (another site)" })).toBeVisible();
      }
      if (fault === "corrections and related of the wrong shape") {
        await expect(page.getByRole("region", { name: "Corrections" })).toHaveCount(0);
        await expect(page.getByRole("region", { name: "Related stories" })).toHaveCount(0);
      }
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      await navigates(page);
      watch.expectNone();
    });
  }
});

test.describe("latest.json", () => {
  for (const [fault, answer] of Object.entries({ ...HARD, "status 404": (route) => route.fulfill({ status: 404, body: "" }) })) {
    test(`${fault}: Latest News keeps its stories, says so, and recovers`, async ({ page }) => {
      const watch = watchForErrors(page);
      await page.clock.install();
      let broken = true;
      await page.route("**/api/latest.json", (route) => (broken ? answer(route) : route.fallback()));
      await countFetches(page);
      await page.goto("/");
      await pageReady(page);
      const latest = landmarks(page).latest;
      // The stories shown, by title and address (their relative times may
      // turn while the fake clock runs).
      const stories = () => latest.getByRole("link").evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute("href")}`));
      const before = await stories();
      expect(before).toHaveLength(10);
      await outwait(page);
      await expect(latest).toContainText("Could not refresh. Retrying…");
      expect(await stories()).toEqual(before);
      broken = false;
      for (let i = 0; i < 20 && (await latest.getByText("Could not refresh").count()) > 0; i++) {
        await page.clock.runFor(5_000);
        await settle(page);
      }
      await expect(latest).not.toContainText("Could not refresh");
      await expect(latest.getByRole("listitem")).toHaveCount(10);
      await navigates(page);
      watch.expectNone(/Failed to load resource/, /status of (403|404|500)/, /Latest News/);
    });
  }

  for (const [fault, spoil] of Object.entries(SOFT)) {
    test(`${fault}: Latest News shows the good stories`, async ({ page }) => {
      const watch = watchForErrors(page);
      await rewrite(page, "**/api/latest.json", spoil);
      await throughShell(page);
      await page.goto("/");
      await pageReady(page);
      const latest = landmarks(page).latest;
      await expect(latest.getByRole("listitem")).toHaveCount(10);
      await expect(latest).not.toContainText("Could not refresh");
      if (fault === "hostile strings") {
        await expect(latest).toContainText(HOSTILE);
        expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      }
      if (fault === "one title cut through an emoji") await expect(latest).toContainText("\ufffd");
      await navigates(page);
      watch.expectNone();
    });
  }
});

test.describe("categories/{slug}.json, older pages", () => {
  test("a next that is not the next page's own file: no More stories, the page shown", async ({ page }) => {
    const watch = watchForErrors(page);
    await rewrite(page, "**/api/categories/world.json", (text) => JSON.stringify({ ...JSON.parse(text), next: "../../elsewhere/2.json" }));
    await throughShell(page);
    await page.goto("/category/world");
    await pageReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("World");
    await expect(page.getByRole("main").getByRole("article")).not.toHaveCount(0);
    await expect(page.getByRole("link", { name: "More stories" })).toHaveCount(0);
    await navigates(page);
    watch.expectNone();
  });

  test("an older page that cannot be loaded: an error with Retry, the list before it kept in history", async ({ page }) => {
    const watch = watchForErrors(page);
    let broken = true;
    await page.route("**/api/categories/world/2.json", (route) => (broken ? route.fulfill({ status: 500, body: "down" }) : route.fallback()));
    await page.goto("/category/world");
    await pageReady(page);
    await page.getByRole("link", { name: "More stories" }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toBeVisible();
    broken = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("World, page 2");
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("World");
    watch.expectNone(/Failed to load resource/, /status of 500/);
  });
});

test.describe("live/{slug}.json, refreshed while the page is open", () => {
  for (const [fault, answer] of Object.entries({ ...HARD, "status 404": (route) => route.fulfill({ status: 404, body: "" }) })) {
    test(`${fault}: the stream keeps its posts, says so quietly, and recovers`, async ({ page }) => {
      const watch = watchForErrors(page);
      await page.clock.install();
      let broken = true;
      await page.route(LIVE_FILE, (route) => (broken ? answer(route) : route.fallback()));
      await countFetches(page);
      // The published page: the app takes it over and asks for the file on its first refresh.
      await page.goto(LIVE);
      await pageReady(page);
      const updates = page.getByRole("region", { name: "Updates" });
      const posts = () => updates.getByRole("article").evaluateAll((nodes) => nodes.map((node) => `${node.id} ${node.textContent}`));
      const before = await posts();
      expect(before).toHaveLength(8);
      for (let i = 0; i < 20 && (await updates.getByText("Could not refresh the updates").count()) === 0; i++) {
        await page.clock.runFor(5_000);
        await settle(page);
      }
      await expect(updates).toContainText("Could not refresh the updates. Retrying…");
      // Said, not shouted: the page's alerts are for pages that could not load.
      await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
      expect(await posts()).toEqual(before);
      broken = false;
      for (let i = 0; i < 40 && (await updates.getByText("Could not refresh the updates").count()) > 0; i++) {
        await page.clock.runFor(5_000);
        await settle(page);
      }
      await expect(updates).not.toContainText("Could not refresh");
      expect(await posts()).toEqual(before);
      await navigates(page);
      watch.expectNone(/Failed to load resource/, /status of (403|404|500)/, /Latest News/, /updates/);
    });
  }
});

test.describe("live/{slug}.json, bad posts", () => {
  test("a bad post costs only itself, a repeated id is shown once, an unknown status counts as live", async ({ page }) => {
    const watch = watchForErrors(page);
    await rewrite(page, LIVE_FILE, (text) => {
      const live = JSON.parse(text);
      live.status = "paused";
      live.posts[0].title = HOSTILE;
      live.posts[1] = { id: "bad id!", published_at: live.posts[1].published_at, body: live.posts[1].body };
      live.posts[2] = { ...live.posts[2], published_at: "soon" };
      live.posts.push({ ...live.posts[3] }, 7, "a string", { id: "no-body", published_at: live.posts[3].published_at, body: "none" });
      live.key_events = [7, { id: "arden-22" }, "nope", "arden-19"];
      return JSON.stringify(live);
    });
    await throughShell(page);
    await page.goto(LIVE);
    await pageReady(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
    const main = page.getByRole("main");
    await expect(main.locator(".live__status")).toHaveText("Live");
    const updates = page.getByRole("region", { name: "Updates" });
    const ids = await updates.getByRole("article").evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids).toEqual(["post-arden-22", "post-arden-19", "post-arden-18", "post-arden-17", "post-arden-16", "post-arden-15"]);
    await expect(updates.getByRole("article").first()).toContainText(HOSTILE);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    // Key events: only the readable ones, each named by its post's title or, without one, its first words.
    await expect(page.getByRole("navigation", { name: "Key events" }).getByRole("link")).toHaveText([HOSTILE, /^Readers are sending us pictures/]);
    await navigates(page);
    watch.expectNone();
  });
});

test.describe("live/{slug}/{n}.json, older updates", () => {
  test("a next that is not the next page's own file: no Older updates, the page shown", async ({ page }) => {
    const watch = watchForErrors(page);
    await rewrite(page, LIVE_FILE, (text) => JSON.stringify({ ...JSON.parse(text), next: "../elsewhere/2.json" }));
    await throughShell(page);
    await page.goto(LIVE);
    await pageReady(page);
    await expect(page.getByRole("region", { name: "Updates" }).getByRole("article")).toHaveCount(8);
    await expect(page.getByRole("link", { name: "Older updates" })).toHaveCount(0);
    await navigates(page);
    watch.expectNone();
  });

  test("an older page that cannot be loaded: a message with Retry, the newer updates kept in history", async ({ page }) => {
    const watch = watchForErrors(page);
    let broken = true;
    await page.route("**/api/live/storm-arden-reaches-the-coast/2.json", (route) => (broken ? route.fulfill({ status: 500, body: "down" }) : route.fallback()));
    await page.goto(LIVE);
    await pageReady(page);
    await page.getByRole("link", { name: "Older updates" }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toBeVisible();
    broken = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Storm Arden reaches the coast: live updates, page 2");
    await expect(page.getByRole("region", { name: "Updates" }).getByRole("article")).toHaveCount(8);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Storm Arden reaches the coast: live updates");
    watch.expectNone(/Failed to load resource/, /status of 500/);
  });
});
