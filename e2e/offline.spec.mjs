// Offline reading (the service worker, sw.js): every page the reader opened
// opens without a network, directly and by a click, with a quiet notice of
// how old it is; one never opened says it is not available offline; Latest
// News keeps its list and waits; back online everything refreshes by
// itself. A new deploy is taken on the next navigation, and a newsroom that
// switches the worker off has it removed. Each test has a copy of the test
// build of its own, served by a CDN-like server, and published again where
// the test needs a new deploy.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "@playwright/test";
import { cdnHandler } from "../tools/cdn-server.mjs";
import { landmarks, pageReady, SITE_DIR, test, watchForErrors } from "./helpers.mjs";

test.use({ serviceWorkers: "allow" });

const OPENED = "telescope-spots-water-vapour-on-distant-planet";
const OPENED_TITLE = "Telescope finds water vapour in a distant planet's air";
const CLICKED = "harbour-city-opens-floating-flood-barrier";
const UNOPENED = "bees-learn-to-solve-puzzle-by-watching";

/** A copy of the test build, published for its own address (under `path`), and served. */
async function ownSite(path = "/") {
  const folder = mkdtempSync(join(tmpdir(), "dateline-offline-"));
  const root = join(folder, "site");
  cpSync(resolve(SITE_DIR), root, { recursive: true });
  let handler = cdnHandler(root);
  const server = createServer((req, res) => handler(req, res));
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const site = {
    origin,
    /** Publishes the copy again, with these settings: a new deploy. */
    publish(...settings) {
      execFileSync(resolve("target/release/prerender"), ["--dist", root, "--site-url", `${origin}${path}`, ...settings], {
        stdio: ["ignore", "ignore", "inherit"],
      });
      handler = cdnHandler(root);
    },
  };
  site.publish();
  site.close = () => {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  };
  return site;
}

let site;
test.beforeEach(async () => {
  site = await ownSite();
});
test.afterEach(() => site.close());

/** Waits until the worker has kept the app's files and runs the page. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const notice = (page) => page.getByText("You are offline.");

test("offline, what was opened opens directly and by a click, with a notice; what was not says so; back online all refreshes", async ({ page, context }) => {
  const watch = watchForErrors(page);
  await page.goto(`${site.origin}/`);
  await pageReady(page);
  await controlled(page);
  // One story opened as a page, another by a click in the app.
  await page.goto(`${site.origin}/news/${OPENED}`);
  await pageReady(page);
  await landmarks(page).banner.getByRole("link", { name: "Home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Top News");
  const clicked = landmarks(page).main.locator(`a[href="/news/${CLICKED}"]`).first();
  const headline = (await clicked.textContent()).trim();
  await clicked.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);

  await context.setOffline(true);
  await expect(notice(page)).toBeVisible();
  // The notice says how old the news is, as a time.
  await expect(page.locator(".offline-notice time")).toHaveAttribute("datetime", /^\d{4}-/);
  const latest = landmarks(page).latest;
  await expect(latest.getByText("You are offline: this list will refresh when you are back online.")).toBeVisible();
  await expect(latest.getByRole("listitem")).toHaveCount(10);
  // Directly: the story opened by a click, reloaded.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await pageReady(page);
  await expect(notice(page)).toBeVisible();
  // (The shell's page: Latest News is the kept copy of its file.)
  await expect(latest.getByRole("listitem")).toHaveCount(10);
  await expect(latest.getByText("You are offline: this list will refresh when you are back online.")).toBeVisible();
  // By a click: the story opened as a page (its data is in the kept page).
  await page.goto(`${site.origin}/`);
  await pageReady(page);
  await landmarks(page).main.locator(`a[href="/news/${OPENED}"]`).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPENED_TITLE);
  // A story never opened says so, and opens by itself once back online.
  await page.goto(`${site.origin}/news/${UNOPENED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available offline");
  await expect(page.getByText("This page was not saved on this device.")).toBeVisible();
  await pageReady(page);
  const refreshed = page.waitForRequest((request) => request.url().endsWith("/api/latest.json"));
  await context.setOffline(false);
  await refreshed;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/bees/i);
  await expect(notice(page)).toHaveCount(0);
  await expect(latest.getByText(/You are offline/)).toHaveCount(0);
  watch.expectNone(/Failed to load resource|net::ERR_INTERNET_DISCONNECTED|Failed to fetch/);
});

test("a kept copy that cannot be read is dropped, and the page asked for again online", async ({ page, context }) => {
  await page.goto(`${site.origin}/`);
  await pageReady(page);
  await controlled(page);
  // A broken copy of a story's file where the worker keeps them.
  await page.evaluate(async (url) => {
    const cache = await caches.open("dateline:/:saved");
    await cache.put(url, new Response("{ broken", { headers: { "Content-Type": "application/json" } }));
  }, `${site.origin}/api/articles/${UNOPENED}.json`);
  await context.setOffline(true);
  await page.goto(`${site.origin}/news/${UNOPENED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available offline");
  await pageReady(page);
  const kept = await page.evaluate(async (url) => Boolean(await (await caches.open("dateline:/:saved")).match(url)), `${site.origin}/api/articles/${UNOPENED}.json`);
  expect(kept, "the broken copy is gone").toBe(false);
  await context.setOffline(false);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/bees/i);
});

test("a new deploy is taken on the next navigation, and its old files are removed", async ({ page }) => {
  await page.goto(`${site.origin}/`);
  await pageReady(page);
  await controlled(page);
  await page.evaluate(() => {
    window.__oldApp = true;
  });
  // A new deploy (here, a new setting in every page): a new worker.
  site.publish("--poll-seconds", "31");
  await page.evaluate(async () => {
    const taken = new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
    await (await navigator.serviceWorker.getRegistration()).update();
    await taken;
  });
  // The app that runs is still the old one: the next link loads the page whole.
  await landmarks(page).main.locator(`a[href="/news/${OPENED}"]`).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPENED_TITLE);
  await expect(page.locator('meta[name="dateline:poll-seconds"]')).toHaveAttribute("content", "31");
  expect(await page.evaluate(() => window.__oldApp)).toBeUndefined();
  const kept = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("dateline:/:app:")));
  expect(kept, "one version of the app's files").toHaveLength(1);
});

test("switched off, the worker registers nothing, and one an earlier publish left is removed", async ({ page, browser }) => {
  await page.goto(`${site.origin}/`);
  await pageReady(page);
  await controlled(page);
  site.publish("--offline", "off");
  await page.reload();
  await pageReady(page);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  // (The worker serves the page it was removed in to its end.) The next
  // page has none, and nothing kept.
  await page.reload();
  await pageReady(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  // A reader who never had it: nothing is registered.
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const fresh = await context.newPage();
  await fresh.goto(`${site.origin}/`);
  await pageReady(fresh);
  await fresh.waitForLoadState("load");
  await fresh.waitForTimeout(500);
  expect(await fresh.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect((await fresh.request.get(`${site.origin}/sw.js`)).status()).toBe(404);
  await context.close();
});

test("the site can be installed: its manifest names it, in its colours, with its icon", async ({ page, context }) => {
  await page.goto(`${site.origin}/`);
  await pageReady(page);
  await controlled(page);
  const manifest = await (await page.request.get(`${site.origin}/manifest.webmanifest`)).json();
  expect(manifest).toMatchObject({ name: "Dateline", start_url: "./", display: "standalone", lang: "en" });
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute("content", /^#[0-9a-f]{6}$/);
  // Chromium's own installability checks.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // (A test's browser context is a private one, where nothing installs.)
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
});

test("under a sub-path, the worker's scope is the site's path, and a story read there opens offline", async ({ page, context }) => {
  const edition = await ownSite("/edition/");
  try {
    await page.goto(`${edition.origin}/edition/`);
    await pageReady(page);
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    expect(scope).toBe(`${edition.origin}/edition/`);
    await landmarks(page).main.locator(`a[href="/edition/news/${OPENED}"]`).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPENED_TITLE);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPENED_TITLE);
    await expect(notice(page)).toBeVisible();
  } finally {
    edition.close();
  }
});
