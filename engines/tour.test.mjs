// A reader's tour of the built site (`make test-site`) in every engine,
// over classic WebDriver (./webdriver.mjs): Firefox ESR (geckodriver) and
// WebKitGTK (WebKitWebDriver, under Xvfb), which Playwright cannot drive
// here, and Chromium (ChromeDriver), so that the tour on real nginx is
// taken in all three.
//
//   make engines hosts-nginx test-site && node --test engines/
//   DATELINE_ENGINES=webkit node --test engines/      (one engine)
//
// Each engine gets its own copy of the site, served by real nginx over
// HTTPS, configured by the very block in docs/deploy.md (hosts/nginx.mjs),
// so under the build's Content-Security-Policy and the guide's routing,
// headers and compression, as a newsroom serves it. The copy differs from
// the build in two ways only: every page loads /__probe.js first
// (./probe.js: it records errors, which WebDriver cannot read from the
// console, and fetches), and Latest News polls every 5 seconds (the app's
// minimum), so that a story added to the copy's feed arrives while the
// page is open.

import assert from "node:assert/strict";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { startNginx } from "../hosts/nginx.mjs";
import { ENGINES, Keys, launch, waitFor } from "./webdriver.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SITE = resolve(ROOT, process.env.DATELINE_DIST ?? "target/e2e-site");
const ENGINE_LIST = (process.env.DATELINE_ENGINES ?? "firefox,webkit,chromium").split(",");

/** Every HTML file under `folder`. */
function htmlFiles(folder) {
  return readdirSync(folder, { recursive: true })
    .filter((name) => name.endsWith(".html"))
    .map((name) => join(folder, name));
}

/** A copy of the built site with the probe in every page and a 5 s poll. */
function siteCopy() {
  assert.ok(existsSync(join(SITE, "shell.html")), `${SITE} has no site: run make test-site first`);
  const copy = mkdtempSync(join(tmpdir(), "dateline-engines-"));
  cpSync(SITE, copy, { recursive: true });
  copyFileSync(join(ROOT, "engines", "probe.js"), join(copy, "__probe.js"));
  for (const file of htmlFiles(copy)) {
    const page = readFileSync(file, "utf8");
    const probed = page
      .replace("<head>", '<head><script src="/__probe.js"></script>')
      .replace(/(<meta name="dateline:poll-seconds" content=")\d+(")/, "$15$2");
    assert.notEqual(probed, page, `${file} has a <head>`);
    writeFileSync(file, probed);
  }
  return copy;
}


/** Writes `file` beside its place and renames it there, so no request reads half of it. */
function writeAtomically(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

// What the running app shows. The header's clock (DD/MM/YYYY HH:MM) is only
// rendered once the app runs, so it tells a taken-over page from a merely
// pre-rendered one.
const CLOCK = /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/;
// A relative time as Latest News shows it once the app runs, followed by the
// full date for readers who cannot see the tooltip; or the date alone.
const DATE = String.raw`\d\d\.\d\d\.\d{4} \d\d:\d\d`;
// The sample newsroom's live page.
const LIVE_SLUG = "storm-arden-reaches-the-coast";
const LIVE = `/live/${LIVE_SLUG}`;
const RELATIVE = new RegExp(String.raw`^((just now|yesterday|\d+ (minute|hour|day)s? ago)( \(${DATE}\))?|${DATE})$`);

for (const engine of ENGINE_LIST) {
  describe(`a reader's tour in ${ENGINES[engine].name}`, () => {
    let copy;
    let site;
    let browser;

    before(async () => {
      copy = siteCopy();
      site = await startNginx(copy);
      browser = await launch(engine);
      await browser.setWindowSize(1280, 900);
    });

    after(async () => {
      await browser?.quit();
      await site?.stop();
      if (copy) rmSync(copy, { recursive: true, force: true });
    });

    const url = (path) => `${site.origin}${path}`;
    const pathname = () => browser.execute("return location.pathname");
    const h1s = () => browser.execute(`return [...document.querySelectorAll("h1")].map((h) => h.textContent.trim())`);

    /** Waits until the app runs the page: the header's clock is there. */
    const appRuns = () =>
      waitFor(
        () => browser.execute(`const clock = document.querySelector("header time"); return clock?.textContent.trim() ?? null`).then((text) => CLOCK.test(text ?? "")),
        { timeout: 15_000, message: "the header's clock (the app running the page)" },
      );

    /** A mark on this document: it survives client navigation, not a page load. */
    const mark = async () => {
      const marker = `tour-${Math.random()}`;
      await browser.execute("window.__tourMarker = arguments[0]", marker);
      return marker;
    };
    const marker = () => browser.execute("return window.__tourMarker ?? null");

    /** The headline of the story at `/news/{slug}`, from the copy's newsroom JSON. */
    const headline = (path) => {
      const slug = path.split("/").filter(Boolean).at(-1);
      return JSON.parse(readFileSync(join(copy, "api", "articles", `${slug}.json`), "utf8")).title;
    };

    /** Opens an article directly, waits for the app, and marks the document. */
    const openArticle = async (path) => {
      await browser.get(url(path));
      await appRuns();
      return mark();
    };

    /** No panic notice, no error recorded by the probe (which must be there). */
    const healthy = async () => {
      const { errors, stopped } = await browser.execute(`return {
        errors: window.__errors ?? null,
        stopped: [...document.querySelectorAll('[role="alert"]')].some((alert) =>
          [...alert.querySelectorAll("button")].some((button) => button.textContent.trim() === "Reload")),
      }`);
      assert.ok(Array.isArray(errors), "the probe runs in the page (window.__errors)");
      assert.deepEqual(errors, [], "no error in the page");
      assert.equal(stopped, false, "no panic notice (a Reload button in an alert)");
    };

    // Where the tour is, for the steps that follow on from one another.
    let article = null;
    let articleMarker = null;

    test("take-over: the pre-rendered front page is taken over by the app", async () => {
      await browser.get(url("/"));
      assert.deepEqual(await h1s(), ["Top News"], "the pre-rendered page has its one h1");
      await appRuns();
      assert.deepEqual(await h1s(), ["Top News"], "exactly one h1 once the app runs");
      assert.equal(await browser.title(), "Latest News | Dateline");
      // Focus stays at the top of the document, so the first Tab reaches the skip link.
      await browser.pressKey(Keys.TAB);
      const focused = await browser.execute("return document.activeElement?.textContent.trim()");
      assert.equal(focused, "Skip to content", "the first Tab reaches the skip link");
      await healthy();
    });

    test("client navigation: a Top News story opens without a page load, focus on its h1", async () => {
      await browser.get(url("/"));
      await appRuns();
      const marked = await mark();
      const link = await browser.find('section[aria-label="Top News"] a[href*="/news/"]');
      assert.ok(link, "a story link in Top News");
      const path = new URL(await link.property("href")).pathname.replace(/\/$/, "");
      const expected = headline(path);
      await link.click();
      await waitFor(async () => (await pathname()) === path, { message: `the URL to become ${path}` });
      await waitFor(async () => (await h1s()).join() === expected, { message: `the h1 "${expected}"` });
      assert.deepEqual(await h1s(), [expected]);
      assert.equal(await marker(), marked, "the same document: no full page load");
      assert.equal(await browser.execute('return Boolean(document.querySelector("article h1"))'), true, "the story is an article with the h1");
      await waitFor(() => browser.execute('return document.activeElement === document.querySelector("h1")'), {
        message: "focus on the new page's h1",
      });
      await browser.execute("return document.title").then((title) => assert.equal(title, `${expected} | Dateline`));
      article = path;
      articleMarker = marked;
      await healthy();
    });

    test("a section: its link in the navigation opens it, marked as the current page", async () => {
      if (!article || (await marker()) !== articleMarker) {
        // The step before did not leave an article open: start from one.
        article = (await openArticleFromFeed()) ?? article;
        articleMarker = await openArticle(article);
      }
      const link = await browser.find('nav[aria-label="Sections"] a');
      const name = (await link.text()).trim();
      const path = new URL(await link.property("href")).pathname.replace(/\/$/, "");
      await link.click();
      await waitFor(async () => (await pathname()) === path, { message: `the URL to become ${path}` });
      await waitFor(async () => (await h1s()).join() === name, { message: `the h1 "${name}"` });
      assert.deepEqual(await h1s(), [name]);
      assert.equal(await marker(), articleMarker, "the same document: no full page load");
      const current = await browser.find(`nav[aria-label="Sections"] a[href$="${path}"], nav[aria-label="Sections"] a[href$="${path}/"]`);
      await waitFor(async () => (await current.attribute("aria-current")) === "page", { message: `aria-current="page" on ${name}` });
      await waitFor(() => browser.execute('return document.activeElement === document.querySelector("h1")'), {
        message: "focus on the section's h1",
      });
      await healthy();
    });

    test("back: returns to the article, in the same document", async () => {
      assert.ok(article, "an article was opened before");
      await browser.back();
      await waitFor(async () => (await pathname()) === article, { message: `the URL to be ${article} again` });
      const expected = headline(article);
      await waitFor(async () => (await h1s()).join() === expected, { message: `the h1 "${expected}"` });
      assert.equal(await marker(), articleMarker, "the same document: no full page load");
      assert.equal(await browser.execute('return document.querySelectorAll("[aria-current=page]").length'), 0, "no section marked current");
      await healthy();
    });

    test("reload: an article URL loads again and the app takes over", async () => {
      const path = article ?? (await openArticleFromFeed());
      await browser.get(url(path));
      await mark();
      await browser.refresh();
      assert.equal(await marker(), null, "a new document");
      const expected = headline(path);
      assert.deepEqual(await h1s(), [expected], "the article, pre-rendered");
      await appRuns();
      assert.deepEqual(await h1s(), [expected], "the article, with the app running");
      assert.equal(await browser.title(), `${expected} | Dateline`);
      await healthy();
    });

    test("not found: an unknown URL says so, with status 404", async () => {
      await browser.get(url("/no-such-page"));
      assert.deepEqual(await h1s(), ["Page not found"]);
      assert.match(await browser.title(), /^Page not found/);
      await appRuns();
      assert.deepEqual(await h1s(), ["Page not found"], "still, with the app running");
      assert.match(await browser.title(), /^Page not found/);
      const status = await browser.executeAsync(`const done = arguments[arguments.length - 1];
        fetch(location.href, { cache: "no-store" }).then((response) => done(response.status), (error) => done(String(error)))`);
      assert.equal(status, 404);
      await healthy();
    });

    test("Latest News: ten stories, each with a time that reads as relative once the app runs", async () => {
      await browser.get(url("/"));
      const items = () =>
        browser.execute(`return [...document.querySelectorAll('aside[aria-label="Latest News"] li')].map((li) => {
          const time = li.querySelector("time[datetime]");
          return time && { datetime: time.getAttribute("datetime"), text: time.textContent.trim().replace(/\\s+/g, " ") };
        })`);
      const before = await items();
      assert.equal(before.length, 10, "ten stories");
      assert.ok(before.every(Boolean), "each with a <time datetime>");
      await appRuns();
      const shown = await waitFor(
        async () => {
          const now = await items();
          return now.length === 10 && now.every((item) => item && RELATIVE.test(item.text)) && now;
        },
        { message: "ten relative times" },
      );
      for (const item of shown) assert.ok(!Number.isNaN(Date.parse(item.datetime)), `${item.datetime} is a date`);
      await healthy();
    });

    test("live: a story added to the feed while the page is open arrives on top, announced", async () => {
      await browser.get(url("/"));
      await appRuns();
      // The app revalidates latest.json once it has started; a story there
      // before that answer is shown quietly, so add it after.
      await waitFor(
        () => browser.execute(`return window.__fetches.some((f) => f.url.includes("api/latest.json") && f.done)`),
        { timeout: 15_000, message: "the app's first fetch of latest.json" },
      );
      const feedFile = join(copy, "api", "latest.json");
      const original = readFileSync(feedFile, "utf8");
      const feed = JSON.parse(original);
      const title = `Engine tier story in ${ENGINES[engine].name}`;
      const story = {
        ...feed.items[0],
        slug: "engine-arrival",
        title,
        published_at: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
        updated_at: null,
      };
      writeAtomically(feedFile, JSON.stringify({ ...feed, updated_at: story.published_at, items: [story, ...feed.items] }));
      try {
        const visibility = await browser.execute("return document.visibilityState");
        await waitFor(
          () =>
            browser.execute(`const first = document.querySelector('aside[aria-label="Latest News"] li a');
              return first?.textContent.trim() === arguments[0]`, title),
          { timeout: 15_000, interval: 250, message: `"${title}" at the top of Latest News (page ${visibility})` },
        );
        await waitFor(
          async () => (await browser.execute(`return document.querySelector('aside[aria-label="Latest News"] [role="status"]')?.textContent.trim()`)) === "1 new story",
          { timeout: 5_000, message: 'the live region to say "1 new story"' },
        );
        await healthy();
      } finally {
        writeAtomically(feedFile, original);
      }
    });

    test("a live page: a post added to its file while the page is open arrives on top, announced; older updates page back", async () => {
      await browser.get(url(LIVE));
      const title = "Storm Arden reaches the coast: live updates";
      assert.deepEqual(await h1s(), [title], "the pre-rendered live page");
      await appRuns();
      // As with Latest News: a post there before the app's first answer is
      // shown quietly, so add it after.
      await waitFor(
        () => browser.execute(`return window.__fetches.some((f) => f.url.includes("api/live/${LIVE_SLUG}.json") && f.done)`),
        { timeout: 15_000, message: "the app's first fetch of the live file" },
      );
      const liveFile = join(copy, "api", "live", `${LIVE_SLUG}.json`);
      const original = readFileSync(liveFile, "utf8");
      const live = JSON.parse(original);
      const heading = `A post from the ${ENGINES[engine].name} tour`;
      const published = new Date().toISOString().replace(/\.\d+Z$/, "Z");
      const post = { id: "engine-post", published_at: published, title: heading, body: [{ type: "paragraph", text: "The desk's newest word." }] };
      writeAtomically(liveFile, JSON.stringify({ ...live, updated_at: published, posts: [post, ...live.posts] }));
      try {
        await waitFor(
          () => browser.execute(`const first = document.querySelector("#live-stream article");
            return first?.id === "post-engine-post" && first.querySelector("h3")?.textContent.trim() === arguments[0]`, heading),
          { timeout: 15_000, interval: 250, message: `"${heading}" at the top of the stream` },
        );
        await waitFor(
          async () => (await browser.execute(`return document.querySelector('section[aria-labelledby="updates-heading"] [role="status"]')?.textContent.trim()`)) === "1 new update",
          { timeout: 5_000, message: 'the live region to say "1 new update"' },
        );
        const posts = await browser.execute(`return document.querySelectorAll("#live-stream article").length`);
        assert.equal(posts, 9, "the new post and the eight before it, each once");
        await healthy();
      } finally {
        writeAtomically(liveFile, original);
      }
      const marked = await mark();
      await (await browser.find('a[rel="next"]')).click();
      await waitFor(async () => (await pathname()) === `${LIVE}/page/2`, { message: "the URL of the older updates" });
      await waitFor(async () => (await h1s()).join() === `${title}, page 2`, { message: "the older updates' h1" });
      assert.equal(await marker(), marked, "the same document: no full page load");
      await healthy();
    });

    test("a live post's permalink opens the older page that holds it, at the post", async () => {
      await browser.get(url(`${LIVE}#post-arden-03`));
      await waitFor(async () => (await pathname()) === `${LIVE}/page/3`, { timeout: 15_000, message: "the page that holds the post" });
      await waitFor(
        () => browser.execute(`const post = document.getElementById("post-arden-03");
          const box = post?.getBoundingClientRect();
          return Boolean(box) && box.top >= -1 && box.top < innerHeight`),
        { timeout: 10_000, message: "the post in view" },
      );
      assert.equal(await browser.execute("return location.hash"), "#post-arden-03");
      await appRuns();
      await healthy();
    });

    // A bug in the app traps its module (a panic aborts at once, with no
    // hook): start.js must tell the reader in this engine too. The module
    // is made to trap as a panic does (an impossible allocation aborts),
    // inside the app's click handler, then in a timer of the browser's.
    for (const where of ["click", "timer"]) {
      test(`a trap of the app's module (in a ${where === "click" ? "click handler" : "timer"}) shows the notice with Reload`, async () => {
        const path = await openArticleFromFeed();
        await openArticle(path);
        await browser.execute(
          `const where = arguments[0];
          const wasm = window.__wasm;
          const trap = () => wasm.__wbindgen_malloc(1, 3);
          // The module's own function as the callback, so that it is the
          // page's (a function of WebDriver's script may report elsewhere).
          if (where === "timer") setTimeout(wasm.__wbindgen_malloc, 0, 1, 3);
          const preventDefault = Event.prototype.preventDefault;
          Event.prototype.preventDefault = function () {
            preventDefault.call(this);
            if (this.type === "click") trap();
          };`,
          where,
        );
        if (where === "click") await (await browser.find('nav[aria-label="Sections"] a')).click();
        await waitFor(
          () =>
            browser.execute(`const notice = document.body.firstElementChild;
              return notice?.getAttribute("role") === "alert" && /stopped updating/.test(notice.textContent)
                && [...notice.querySelectorAll("form button")].some((button) => button.textContent === "Reload")`),
          { timeout: 5_000, message: "the notice, first on the page" },
        );
        assert.deepEqual(await h1s(), [headline(path)], "the story stays below it");
        assert.equal(await pathname(), path, "the click did not leave the page");
        const errors = await browser.execute("return window.__errors.map(String)");
        assert.ok(errors.some((error) => error.startsWith("console.error: Dateline stopped")), `the console's line: ${errors}`);
        assert.ok(errors.every((error) => /unreachable/i.test(error)), `nothing but the trap: ${errors}`);
      });
    }

    /** The first story of the copy's feed, for steps that start on their own. */
    async function openArticleFromFeed() {
      const feed = JSON.parse(readFileSync(join(copy, "api", "latest.json"), "utf8"));
      return `/news/${feed.items[0].slug}`;
    }
  });
}
