#!/usr/bin/env node
// `make bench`: how fast the release build reaches a reader, beside the
// physical limit (the same pages as static HTML without any script).
//
// For the front page, articles, lists and a live page of 200 posts (the
// sample newsroom with tools/newsroom/live.mjs's long live page beside its
// own, published into target/bench-live/), served as a CDN would (cdn-server.mjs):
// Lighthouse 12 (mobile preset, simulated throttling, median of 3 runs), and
// the largest-contentful-paint that Chromium itself reports under the same
// throttling (slow 4G: 150 ms, 1.6 Mbit/s; CPU 4x slower), since simulation
// and a real load can disagree; and the longest task of the take-over (the
// app's start, which hydrates the page) on a CPU 4x slower. Also the
// download size; click to a story's heading with and without intent
// (fetching ahead of the click); how many of the stories a reader opened
// open again offline. Prints one table and writes bench/lighthouse.json. Not
// part of `make test`. Given page names, measures only those and keeps the
// other pages' last figures.
//
//   node tools/bench.mjs [dist=dist] [page name...]

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { cdnHandler } from "./cdn-server.mjs";
import { send } from "./http.mjs";
import { measure } from "./size-report.mjs";
import { LIVE, longLive } from "./newsroom/live.mjs";
import { EDITIONS, editionFolder } from "./newsroom/edition.mjs";
import { buildNewsroom } from "./newsroom/newsroom.mjs";
import { REFERENCE, STORIES } from "./newsroom/stories.mjs";

const DIST = resolve(process.argv[2] ?? "dist");
const TOOLS = resolve(".tools/lighthouse/node_modules");
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];
const RUNS = 3;
// The front page; an article whose hero is the sample's largest photo;
// one with an embed, one with a video; a section's second page; a topic.
// And the live page of 200 posts, on its own site.
const LONG_LIVE = longLive(200);
const PAGES = [
  ["front page", "/"],
  ["article", "/news/harbour-city-opens-floating-flood-barrier"],
  ["embed", "/news/underdogs-reach-cup-final-on-penalties"],
  ["video", "/news/marathon-record-falls-in-cold-rain"],
  ["section p. 2", "/category/world/page/2"],
  ["topic", "/topic/climate"],
  ["live, 200 posts", `/live/${LONG_LIVE.slug}`, "long"],
  // The sample's editions in other languages, each published on its own.
  ["Turkish front page", "/", "tr"],
  ["Arabic article", "/news/fishing-port-storm-gates-close-for-first-time", "ar"],
];
const ONLY = process.argv.slice(3);
const LONG_DIR = resolve("target/bench-live");
// Lighthouse's mobile preset, applied for real.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** A pre-rendered page with every script removed: what a perfect pre-render sends. */
function withoutScripts(root, path) {
  const file = path === "/" ? "index.html" : `${path.slice(1)}/index.html`;
  return readFileSync(join(root, file), "utf8").replace(/<script\b[\s\S]*?<\/script>\s*/g, "");
}

/** The site at `root`, plus each page's static limit at `/limit{path}`. */
function server(root) {
  const cdn = cdnHandler(root);
  return createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname.startsWith("/limit")) {
      const page = url.pathname.slice("/limit".length) || "/";
      return send(req, res, "page.html", Buffer.from(withoutScripts(root, page)));
    }
    cdn(req, res);
  });
}

/**
 * The build's app with the sample newsroom and the long live page beside
 * its own, published as `make build` publishes (the release prerender).
 */
function longLiveSite() {
  const site = join(LONG_DIR, "site");
  const api = join(LONG_DIR, "api");
  rmSync(LONG_DIR, { recursive: true, force: true });
  cpSync(DIST, site, { recursive: true });
  // The photos, video and captions; then the JSON, with the long live page.
  cpSync("public/api", api, { recursive: true });
  for (const [path, value] of buildNewsroom(STORIES, new Date(REFERENCE), { live: [...LIVE, LONG_LIVE] })) {
    mkdirSync(dirname(join(api, path)), { recursive: true });
    writeFileSync(join(api, path), JSON.stringify(value));
  }
  const prerender = resolve("target/release/prerender");
  if (!existsSync(prerender)) throw new Error("no target/release/prerender: run make build (or make bench)");
  execFileSync(prerender, ["--api", api, "--dist", site], { stdio: ["ignore", "ignore", "inherit"] });
  return site;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouseRuns(url, lighthouse, launcher) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const audit = (id) => lhr.audits[id].numericValue;
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      runs.push({
        lcp: audit("largest-contentful-paint"),
        fcp: audit("first-contentful-paint"),
        cls: audit("cumulative-layout-shift"),
        tbt: audit("total-blocking-time"),
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
      });
    } finally {
      await chrome.kill();
    }
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
}

/**
 * `url` loaded, uncached, on Lighthouse's phone (412 CSS pixels, 1.75
 * device pixels each) under its throttling, for real (slow 4G, a CPU 4x
 * slower), with `init` run first in the page when given.
 */
async function throttledPhone(browser, url, init) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "load" });
  return { context, page };
}

/**
 * The LCP Chromium reports for a real throttled load, median of 3, on
 * Lighthouse's phone; and, when
 * the largest paint is a picture, which file the phone chose and how many
 * times its layout width that file is (the target: 2 at most).
 */
async function observedLcp(browser, url) {
  const times = [];
  let picture = null;
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await throttledPhone(browser, url);
    await page.waitForTimeout(1500);
    const seen = await page.evaluate(
      () =>
        new Promise((done) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            const last = entries[entries.length - 1];
            const img = last.element instanceof HTMLImageElement ? last.element : null;
            done({
              at: last.startTime,
              picture: img && { file: img.currentSrc.split("/").pop(), ratio: img.naturalWidth / img.clientWidth },
            });
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
    );
    times.push(seen.at);
    picture = seen.picture ?? picture;
    await context.close();
  }
  return { lcp: median(times), picture };
}

/**
 * The take-over at 4x CPU on the phone (slow 4G as above): every long task
 * (over 50 ms) from the moment the app's module arrives until the app runs
 * the page (the header's clock is rendered) and a second after; the
 * longest of them, median of 3 (0 when there is none).
 */
async function takeoverTask(browser, url) {
  const longest = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await throttledPhone(browser, url, () => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask" });
    });
    // In any edition's digits (Arabic-Indic too).
    await page.waitForFunction(() => /^\p{Nd}{2}\/\p{Nd}{2}\/\p{Nd}{4} \p{Nd}{2}:\p{Nd}{2}$/u.test(document.querySelector("header time")?.textContent.trim() ?? ""), null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    longest.push(
      await page.evaluate(() => {
        const wasm = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"));
        const from = wasm ? wasm.responseEnd : 0;
        return Math.max(0, ...window.__longTasks.filter((task) => task.start >= from).map((task) => task.duration));
      }),
    );
    await context.close();
  }
  return median(longest);
}

/**
 * Click to the new page's `h1` painted (the frame after its headline is
 * in the page), median of 20 clicks, on a
 * phone-sized window under Lighthouse's throttling (slow 4G, a CPU 4x
 * slower, no HTTP cache), each story of the front page in turn: without
 * intent (a click out of nowhere), and
 * with it (the pointer rests on the link for 300 ms first, as a reader's
 * does before they click, so the story is fetched ahead).
 */
async function clickToHeading(browser, base, intent) {
  // Without the service worker, whose own requests the page's throttling
  // would not slow down.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.waitForFunction(() => document.querySelector("header time"), null, { timeout: 60_000 });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const stories = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href^="/news/"]')].map((a) => a.getAttribute("href")))]);
  const times = [];
  // Twenty clicks, on each story of the front page in turn.
  for (const href of Array.from({ length: 20 }, (_, i) => stories[i % stories.length])) {
    const link = page.locator(`a[href="${href}"]`).first();
    await link.scrollIntoViewIfNeeded();
    if (intent) {
      await link.hover();
      await page.waitForTimeout(300);
    }
    times.push(
      await link.evaluate(
        (a) =>
          new Promise((done) => {
            const start = performance.now();
            const before = document.querySelector("main h1")?.textContent;
            a.click();
            const check = () => {
              // The story's own heading (not the placeholder's, which is
              // there for screen readers only).
              const heading = document.querySelector("main h1:not(.visually-hidden)");
              if (heading && heading.textContent !== before && document.location.pathname === a.pathname) {
                requestAnimationFrame(() => done(performance.now() - start));
              } else requestAnimationFrame(check);
            };
            check();
          }),
      ),
    );
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "Top News");
    await page.mouse.move(0, 0);
  }
  await context.close();
  return { median: median(times), clicks: times.length };
}

/**
 * Offline reading: the twenty most recent stories a reader opened on a
 * visit (each by a click from the front page, as a reader reads; as many
 * as the front page links, when fewer), then, without a network, each
 * opened again by its address: how many show their story (and which did
 * not).
 */
async function offlineReadable(browser, base) {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.waitForFunction(() => navigator.serviceWorker.controller && document.querySelector("header time"), null, { timeout: 60_000 });
  const stories = await page.evaluate(() => [...new Set([...document.querySelectorAll('main a[href^="/news/"], aside a[href^="/news/"]')].map((a) => a.getAttribute("href")))]);
  const opened = [];
  for (const href of stories.slice(0, 20)) {
    await page.locator(`a[href="${href}"]`).first().click();
    await page.waitForFunction((path) => location.pathname === path && document.querySelector("main h1:not(.visually-hidden)")?.textContent !== "Top News", href);
    opened.push([href, await page.locator("main h1").textContent()]);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("main h1")?.textContent.trim() === "Top News");
  }
  await context.setOffline(true);
  let readable = 0;
  for (const [href, title] of opened) {
    await page.goto(`${base}${href}`);
    const shown = await page
      .waitForFunction((expected) => document.querySelector("main h1:not(.visually-hidden)")?.textContent === expected, title, { timeout: 10_000 })
      .then(() => true, () => false);
    if (shown) readable += 1;
    else console.log(`offline: ${href} did not open (${await page.locator("main h1").first().textContent().catch(() => "no h1")})`);
  }
  await context.close();
  return { opened: opened.length, readable };
}

/** What a reader downloads to run the app, as `make build` reports it; and the service worker, loaded after the page. */
function downloadSize() {
  const sum = (files, key) => +(files.reduce((total, file) => total + file[key], 0) / 1024).toFixed(1);
  const files = measure(DIST);
  const worker = measure(DIST, { worker: true });
  return { rawKB: sum(files, "raw"), brotliKB: sum(files, "brotli"), workerBrotliKB: sum(worker, "brotli") };
}

/** The build's app with the sample's edition `code`, published into target/bench-{code}/. */
function editionSite(code) {
  const folder = resolve(`target/bench-${code}`);
  rmSync(folder, { recursive: true, force: true });
  cpSync(DIST, join(folder, "site"), { recursive: true });
  const api = editionFolder(code, join(folder, "api"));
  execFileSync(resolve("target/release/prerender"), ["--api", api, "--dist", join(folder, "site")], { stdio: ["ignore", "ignore", "inherit"] });
  return join(folder, "site");
}

const { default: lighthouse } = await import(pathToFileURL(join(TOOLS, "lighthouse/core/index.js")).href);
const launcher = await import(pathToFileURL(join(TOOLS, "chrome-launcher/dist/index.js")).href);
const wanted = PAGES.filter(([name]) => ONLY.length === 0 || ONLY.includes(name));
const roots = { sample: DIST };
if (wanted.some(([, , site]) => site === "long")) roots.long = longLiveSite();
for (const code of EDITIONS) {
  if (wanted.some(([, , site]) => site === code)) roots[code] = editionSite(code);
}
const bases = {};
const servers = [];
for (const [site, root] of Object.entries(roots)) {
  const running = server(root);
  await new Promise((ok) => running.listen(0, "127.0.0.1", ok));
  servers.push(running);
  bases[site] = `http://127.0.0.1:${running.address().port}`;
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
const previousRun = ONLY.length > 0 && existsSync("bench/lighthouse.json") ? JSON.parse(readFileSync("bench/lighthouse.json", "utf8")) : {};
const previous = previousRun.pages ?? [];
const results = { date: new Date().toISOString(), download: downloadSize(), pages: [] };
try {
  for (const [name, path, site = "sample"] of PAGES) {
    if (!wanted.some(([wantedName]) => wantedName === name)) {
      const kept = previous.find((page) => page.name === name);
      if (kept) results.pages.push(kept);
      continue;
    }
    const base = bases[site];
    const app = await lighthouseRuns(`${base}${path}`, lighthouse, launcher);
    const limit = await lighthouseRuns(`${base}/limit${path}`, lighthouse, launcher);
    const seen = await observedLcp(browser, `${base}${path}`);
    app.observedLcp = seen.lcp;
    app.picture = seen.picture;
    app.takeoverTask = await takeoverTask(browser, `${base}${path}`);
    limit.observedLcp = (await observedLcp(browser, `${base}/limit${path}`)).lcp;
    results.pages.push({ name, path, date: results.date, app, limit, lcpRatio: app.lcp / limit.lcp, observedLcpRatio: app.observedLcp / limit.observedLcp });
  }
  if (ONLY.length === 0 || ONLY.includes("navigation")) {
    results.navigation = {
      withoutIntent: await clickToHeading(browser, bases.sample, false),
      withIntent: await clickToHeading(browser, bases.sample, true),
    };
  } else if (previousRun.navigation) results.navigation = previousRun.navigation;
  if (ONLY.length === 0 || ONLY.includes("offline")) {
    results.offline = await offlineReadable(browser, bases.sample);
  } else if (previousRun.offline) results.offline = previousRun.offline;
} finally {
  await browser.close();
  for (const running of servers) running.close();
}

const ms = (value) => `${Math.round(value)} ms`;
const rows = [["page", "", "LCP sim", "LCP seen", "FCP", "CLS", "TBT", "take-over task (4x CPU)", "perf", "a11y", "best", "SEO", "LCP picture (file / layout width)"]];
for (const page of results.pages) {
  for (const [label, r] of [["app", page.app], ["limit", page.limit]]) {
    const picture = r.picture ? `${r.picture.file} ${r.picture.ratio.toFixed(2)}x` : "";
    const task = r.takeoverTask === undefined ? "" : ms(r.takeoverTask);
    rows.push([page.name, label, ms(r.lcp), ms(r.observedLcp), ms(r.fcp), r.cls.toFixed(3), ms(r.tbt), task,
      r.performance, r.accessibility, r.bestPractices, r.seo, picture].map(String));
  }
  rows.push([page.name, "ratio", `${page.lcpRatio.toFixed(2)}x`, `${page.observedLcpRatio.toFixed(2)}x`, "", "", "", "", "", "", "", "", ""]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`);
console.log(`\ndownload (wasm + JS + CSS): ${results.download.rawKB} KB raw, ${results.download.brotliKB} KB brotli; the service worker after the page, ${results.download.workerBrotliKB} KB brotli`);
if (results.navigation) {
  const { withoutIntent, withIntent } = results.navigation;
  console.log(`click to h1 (slow 4G, 4x CPU, median of ${withIntent.clicks}): ${ms(withoutIntent.median)} without intent, ${ms(withIntent.median)} with (300 ms on the link)`);
}
if (results.offline) {
  console.log(`offline: ${results.offline.readable} of the ${results.offline.opened} stories opened last open again without a network`);
}
mkdirSync("bench", { recursive: true });
writeFileSync("bench/lighthouse.json", JSON.stringify(results, null, 2) + "\n");
console.log("written to bench/lighthouse.json");
