#!/usr/bin/env node
// `make bench`: how fast the release build reaches a reader, beside the
// physical limit (the same pages as static HTML without any script).
//
// For the front page and an article, served as a CDN would (cdn-server.mjs):
// Lighthouse 12 (mobile preset, simulated throttling, median of 3 runs), and
// the largest-contentful-paint that Chromium itself reports under the same
// throttling (slow 4G: 150 ms, 1.6 Mbit/s; CPU 4x slower), since simulation
// and a real load can disagree. Also the download size. Prints one table and
// writes bench/lighthouse.json. Not part of `make test`.
//
//   node tools/bench.mjs [dist=dist]

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "@playwright/test";
import { cdnHandler } from "./cdn-server.mjs";
import { send } from "./http.mjs";

const DIST = resolve(process.argv[2] ?? "dist");
const TOOLS = resolve(".tools/lighthouse/node_modules");
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];
const RUNS = 3;
// The front page; an article whose hero is the sample's largest photo;
// one with an embed, one with a video; a section's second page; a topic.
const PAGES = [
  ["front page", "/"],
  ["article", "/news/harbour-city-opens-floating-flood-barrier"],
  ["embed", "/news/underdogs-reach-cup-final-on-penalties"],
  ["video", "/news/marathon-record-falls-in-cold-rain"],
  ["section p. 2", "/category/world/page/2"],
  ["topic", "/topic/climate"],
];
// Lighthouse's mobile preset, applied for real.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** A pre-rendered page with every script removed: what a perfect pre-render sends. */
function withoutScripts(path) {
  const file = path === "/" ? "index.html" : `${path.slice(1)}/index.html`;
  return readFileSync(join(DIST, file), "utf8").replace(/<script\b[\s\S]*?<\/script>\s*/g, "");
}

/** The site, plus each page's static limit at `/limit{path}`. */
function server() {
  const cdn = cdnHandler(DIST);
  return createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname.startsWith("/limit")) {
      const page = url.pathname.slice("/limit".length) || "/";
      return send(req, res, "page.html", Buffer.from(withoutScripts(page)));
    }
    cdn(req, res);
  });
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
 * The LCP Chromium reports for a real throttled load, median of 3, on
 * Lighthouse's phone (412 CSS pixels, 1.75 device pixels each); and, when
 * the largest paint is a picture, which file the phone chose and how many
 * times its layout width that file is (the target: 2 at most).
 */
async function observedLcp(browser, url) {
  const times = [];
  let picture = null;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "load" });
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

function downloadSize() {
  let raw = 0;
  let brotli = 0;
  for (const name of readdirSync(DIST).filter((n) => /\.(wasm|js|css)$/.test(n))) {
    const body = readFileSync(join(DIST, name));
    raw += body.length;
    brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { rawKB: +(raw / 1024).toFixed(1), brotliKB: +(brotli / 1024).toFixed(1) };
}

const { default: lighthouse } = await import(pathToFileURL(join(TOOLS, "lighthouse/core/index.js")).href);
const launcher = await import(pathToFileURL(join(TOOLS, "chrome-launcher/dist/index.js")).href);
const site = server();
await new Promise((ok) => site.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${site.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
const results = { date: new Date().toISOString(), download: downloadSize(), pages: [] };
try {
  for (const [name, path] of PAGES) {
    const app = await lighthouseRuns(`${base}${path}`, lighthouse, launcher);
    const limit = await lighthouseRuns(`${base}/limit${path}`, lighthouse, launcher);
    const seen = await observedLcp(browser, `${base}${path}`);
    app.observedLcp = seen.lcp;
    app.picture = seen.picture;
    limit.observedLcp = (await observedLcp(browser, `${base}/limit${path}`)).lcp;
    results.pages.push({ name, path, app, limit, lcpRatio: app.lcp / limit.lcp, observedLcpRatio: app.observedLcp / limit.observedLcp });
  }
} finally {
  await browser.close();
  site.close();
}

const ms = (value) => `${Math.round(value)} ms`;
const rows = [["page", "", "LCP sim", "LCP seen", "FCP", "CLS", "TBT", "perf", "a11y", "best", "SEO", "LCP picture (file / layout width)"]];
for (const page of results.pages) {
  for (const [label, r] of [["app", page.app], ["limit", page.limit]]) {
    const picture = r.picture ? `${r.picture.file} ${r.picture.ratio.toFixed(2)}x` : "";
    rows.push([page.name, label, ms(r.lcp), ms(r.observedLcp), ms(r.fcp), r.cls.toFixed(3), ms(r.tbt),
      r.performance, r.accessibility, r.bestPractices, r.seo, picture].map(String));
  }
  rows.push([page.name, "ratio", `${page.lcpRatio.toFixed(2)}x`, `${page.observedLcpRatio.toFixed(2)}x`, "", "", "", "", "", "", "", ""]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`);
console.log(`\ndownload (wasm + JS + CSS): ${results.download.rawKB} KB raw, ${results.download.brotliKB} KB brotli`);
mkdirSync("bench", { recursive: true });
writeFileSync("bench/lighthouse.json", JSON.stringify(results, null, 2) + "\n");
console.log("written to bench/lighthouse.json");
