// Shared steps for the end-to-end tests.
import { expect, test as base } from "@playwright/test";

/**
 * Playwright's `test`, with every page watched for Content-Security-Policy
 * violations: the site is served with the policy the build writes
 * (`_headers`), and a test fails on any violation, on any page it opened.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const violations = [];
    await page.exposeBinding("__reportViolation", (_source, text) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__reportViolation(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    await use(page);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

/** The site under test: `make test-site`'s build (hydration diagnostics on). */
export const SITE_DIR = process.env.DATELINE_DIST ?? "target/e2e-site";

/** The build that ships (`make build`'s), and where it is served. */
export const SHIPPED_DIR = process.env.DATELINE_SHIPPED ?? "dist";
export const SHIPPED = "http://127.0.0.1:8092";

/** The same build published under a sub-path, and where it is served. */
export const EDITION_DIR = "target/e2e-edition";
export const EDITION = "http://127.0.0.1:8091/edition/";

/** Fails the test on any console error or uncaught exception in the page. */
export function watchForErrors(page) {
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return {
    errors,
    /** Asserts that nothing went wrong, ignoring the expected failures named. */
    expectNone(...expected) {
      const unexpected = errors.filter((text) => !expected.some((pattern) => pattern.test(text)));
      expect(unexpected, unexpected.join("\n")).toEqual([]);
    },
  };
}

/**
 * Waits until the app runs the page: its heading is there and the header
 * shows the reader's clock, which only the running app renders. A page that
 * is only pre-rendered has its heading too, and a click on it before the app
 * takes over is a full page load, not a client-side navigation.
 */
export async function pageReady(page) {
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("banner").locator("time")).toBeVisible();
}

/** The region landmarks of the shell, found as a screen reader finds them. */
export function landmarks(page) {
  return {
    banner: page.getByRole("banner"),
    sections: page.getByRole("navigation", { name: "Sections" }),
    main: page.getByRole("main"),
    latest: page.getByRole("complementary", { name: "Latest News" }),
    footer: page.getByRole("contentinfo"),
  };
}

/** Answers requests for `pattern` with the real answer, its text passed through `change`. */
export async function rewrite(page, pattern, change) {
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
}

/**
 * Serves the next page loads from the shell (of the site under `base`), as
 * a CDN does for a story published after the last pre-render: the app
 * renders it in the browser, fetching its data (which a test can then hold
 * back or break).
 */
export async function throughShell(page, base = "/") {
  await page.route("**/*", (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    return route.fallback({ url: new URL(`${base}shell.html`, route.request().url()).href });
  });
}

/**
 * Counts, inside the page, the fetches still waiting for an answer. Counting
 * there sees a request the moment the app makes it; Playwright's request
 * events can come after the clock has already moved on, and a slow answer
 * would then run into the app's 10 s timeout on the fake clock.
 */
export async function countFetches(page) {
  await page.addInitScript(() => {
    let pending = 0;
    const fetch = window.fetch;
    window.fetch = (...args) => {
      pending += 1;
      return fetch(...args).finally(() => {
        pending -= 1;
      });
    };
    window.__pendingFetches = () => pending;
  });
}

/** Waits (in real time, at most `patience` ms) until every fetch has its answer. */
export async function settle(page, patience = 5_000) {
  const until = Date.now() + patience;
  const pending = () => page.evaluate(() => window.__pendingFetches?.() ?? 0);
  while ((await pending()) > 0 && Date.now() < until) await page.waitForTimeout(10);
  await page.waitForTimeout(15);
}

/**
 * Runs the page's clock forward in steps shorter than the request timeout,
 * letting answers land between steps, as they would in real time.
 */
export async function advance(page, ms, feed, { patience } = {}) {
  let left = ms;
  while (left > 0) {
    const step = Math.min(left, 4_000);
    await page.clock.runFor(step);
    if (feed) feed.clock += step;
    left -= step;
    await settle(page, patience);
  }
}

/** Lets the test hide and show the tab, as switching tabs would. */
export async function controllableVisibility(page) {
  await page.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(Document.prototype, "visibilityState", {
      configurable: true,
      get: () => (hidden ? "hidden" : "visible"),
    });
    Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => hidden });
    window.__setHidden = (value) => {
      hidden = value;
      document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
    };
    // A page restored from the back-forward cache is shown again with only a pageshow.
    window.__restoreFromCache = () => {
      hidden = false;
      window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
    };
  });
}

export const setHidden = (page, hidden) => page.evaluate((value) => window.__setHidden(value), hidden);

/** Keeps a handle on the app's WebAssembly memory as the module is instantiated. */
export async function watchWasmMemory(page) {
  await page.addInitScript(() => {
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const result = await streaming(...args);
      window.__wasmMemory = result.instance.exports.memory;
      return result;
    };
  });
}

/**
 * What the page holds after a garbage collection: the wasm memory, DOM
 * nodes, listeners and the JS heap (Chromium's own counts, through CDP).
 */
export async function memoryProbe(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      wasm: await wasmBytes(page),
      nodes: metric("Nodes"),
      listeners: metric("JSEventListeners"),
      heap: metric("JSHeapUsedSize"),
    };
  };
}

/** The app's wasm memory, in bytes (after `watchWasmMemory`). */
export const wasmBytes = (page) => page.evaluate(() => window.__wasmMemory.buffer.byteLength);
