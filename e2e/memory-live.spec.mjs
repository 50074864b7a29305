// No slow leaks on a live page: a day of a story's coverage, with a post
// every two minutes, leaves the WebAssembly memory, DOM nodes and listeners
// where the first hours left them. The page keeps a bounded number of posts
// and links to the rest; it asks for its file at the configured pace, and
// every unchanged answer is a 304. Served by a CDN-like server of the
// test's own (real ETags), with Playwright's clock jumping from poll to poll.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "@playwright/test";
import { cdnHandler } from "../tools/cdn-server.mjs";
import { send } from "../tools/http.mjs";
import { countFetches, memoryProbe, pageReady, settle, SITE_DIR, test, wasmBytes, watchWasmMemory } from "./helpers.mjs";

const SLUG = "storm-arden-reaches-the-coast";
const FILE = `/api/live/${SLUG}.json`;
// The poll comes 30 s after the last answer, give or take 10 %: a step of
// 34 s always reaches the next one.
const STEP_MS = 34_000;
const POST_EVERY_MS = 120_000;
const HOURS = 24;
// The stream is full (the page keeps 60 posts) after the second hour.
const SETTLED_HOUR = 3;
const KIB = 1024;
// The contract's limit of posts in one file.
const FILE_POSTS = 20;

test("a day of a live page with a post every two minutes keeps memory, nodes and listeners flat", async ({ page }) => {
  // About 5 minutes alone; allow a loaded machine twice that.
  test.setTimeout(660_000);
  const start = new Date("2026-11-28T15:00:00Z");
  const sample = JSON.parse(readFileSync(join(resolve(SITE_DIR), FILE), "utf8"));
  let elapsed = 0;
  // Each answer to the live file: its status, and whether the file had
  // changed since the answer before.
  const answers = [];
  let lastSent = null;
  const liveFile = () => {
    const due = Math.floor(elapsed / POST_EVERY_MS);
    const fresh = Array.from({ length: Math.min(due, FILE_POSTS) }, (_, i) => {
      const n = due - i;
      return {
        id: `day-${n}`,
        published_at: new Date(start.getTime() + n * POST_EVERY_MS).toISOString(),
        title: n % 3 === 0 ? `Update ${n}` : undefined,
        body: [{ type: "paragraph", text: `Post ${n} of the day: the desk's latest on the storm, in a sentence or two.` }],
      };
    });
    const posts = [...fresh, ...sample.posts].slice(0, FILE_POSTS);
    return JSON.stringify({ ...sample, updated_at: posts[0].published_at, posts });
  };
  const cdn = cdnHandler(resolve(SITE_DIR));
  const server = createServer((req, res) => {
    if (new URL(req.url, "http://localhost").pathname !== FILE) return cdn(req, res);
    const body = liveFile();
    const status = send(req, res, "live.json", Buffer.from(body));
    answers.push({ status, changed: body !== lastSent, newest: Math.floor(elapsed / POST_EVERY_MS) });
    lastSent = body;
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  try {
    await watchWasmMemory(page);
    // The gap, on the page's clock, between each answer (its body read)
    // and the next ask. Wrapped inside the fetch counter, so that each jump
    // waits for the body too.
    await page.addInitScript((file) => {
      window.__liveAsks = [];
      const fetch = window.fetch;
      window.fetch = async (input, ...rest) => {
        const url = String(input instanceof Request ? input.url : input);
        if (!url.includes(file)) return fetch(input, ...rest);
        const ask = { at: Date.now(), answered: null };
        window.__liveAsks.push(ask);
        try {
          const response = await fetch(input, ...rest);
          await response.clone().arrayBuffer();
          return response;
        } finally {
          ask.answered = Date.now();
        }
      };
    }, FILE);
    await countFetches(page);
    await page.clock.install({ time: start });
    await page.goto(`http://127.0.0.1:${server.address().port}/live/${SLUG}`);
    const stream = page.locator("#live-stream article");
    await expect(stream).toHaveCount(8);
    // The app runs the page and has had its first answer before the clock
    // moves: a request begun inside a jump would run into its timeout.
    await pageReady(page);
    await expect.poll(() => answers.length).toBeGreaterThanOrEqual(1);
    await settle(page);
    const measure = await memoryProbe(page);
    const STEPS = Math.floor(3600_000 / STEP_MS);
    const hour = async () => {
      for (let i = 0; i < STEPS; i++) {
        const before = answers.length;
        await page.clock.runFor(STEP_MS);
        elapsed += STEP_MS;
        // Let the poll's answer land (in real time) before the next jump.
        const until = Date.now() + 2_000;
        while (answers.length === before && Date.now() < until) await page.waitForTimeout(2);
        await settle(page, 2_000);
      }
    };

    const wasmByHour = [];
    let settled = null;
    for (let h = 1; h <= HOURS; h++) {
      await hour();
      wasmByHour.push(await wasmBytes(page));
      if (h === SETTLED_HOUR) settled = await measure();
    }
    const last = await measure();
    console.log(`live page after ${SETTLED_HOUR} h: ${JSON.stringify(settled)}; after ${HOURS} h: ${JSON.stringify(last)}`);
    console.log(`wasm memory by hour (KiB): ${wasmByHour.map((bytes) => bytes / KIB).join(" ")}`);

    // The newest post answered is on top; the page keeps 60 and links to the rest.
    await expect(stream.first()).toHaveAttribute("id", `post-day-${answers.at(-1).newest}`);
    await expect(stream).toHaveCount(60);
    await expect(page.getByRole("link", { name: "Older updates" })).toHaveAttribute("href", `/live/${SLUG}/page/2`);
    const ids = await stream.evaluateAll((posts) => posts.map((post) => post.id));
    expect(new Set(ids).size).toBe(ids.length);

    // Asked at the configured pace: 30 s after each answer, give or take 10 %.
    const asks = await page.evaluate(() => window.__liveAsks);
    const gaps = asks.slice(1).map((ask, i) => ask.at - asks[i].answered);
    const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    console.log(`${asks.length} asks; answer to next ask ${Math.min(...gaps)}..${Math.max(...gaps)} ms, mean ${Math.round(mean)} ms (${(3600_000 / mean).toFixed(1)} an hour at that pace)`);
    expect(gaps.length).toBeGreaterThan(HOURS * 100);
    // Never early. Late only where an answer landed so late in real time
    // that the test's next jump had begun before the app read it (a loaded
    // machine): a few in a day, a few ms each.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(27_000);
    const paced = gaps.filter((gap) => gap <= 33_250);
    expect(paced.length / gaps.length).toBeGreaterThanOrEqual(0.99);
    expect(mean).toBeGreaterThan(29_000);
    expect(mean).toBeLessThan(31_500);
    // Every unchanged answer a 304, every changed one a 200 with the file.
    const unchanged = answers.slice(1).filter((answer) => !answer.changed);
    const changed = answers.slice(1).filter((answer) => answer.changed);
    console.log(`${answers.length} answers: ${unchanged.length} unchanged, ${changed.length} with new posts`);
    expect(unchanged.length).toBeGreaterThan(HOURS * 60);
    expect(unchanged.every((answer) => answer.status === 304)).toBe(true);
    expect(changed.every((answer) => answer.status === 200)).toBe(true);

    // Flat once the stream is full: the DOM, the listeners and the memory.
    expect(last.nodes).toBeLessThanOrEqual(settled.nodes * 1.05 + 20);
    expect(last.listeners).toBeLessThanOrEqual(settled.listeners + 10);
    expect(last.heap).toBeLessThanOrEqual(settled.heap * 1.25 + 512 * KIB);
    expect(last.wasm - settled.wasm).toBeLessThanOrEqual(64 * KIB);
  } finally {
    server.close();
  }
});
