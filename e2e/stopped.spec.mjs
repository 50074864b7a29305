// The last line of defence, on the build that ships (`make build`'s dist/,
// served on a port of its own): its panics abort at once, with no panic
// hook, so a bug in the app is a trap of the WebAssembly module, and
// start.js tells the reader. Each test makes the real module trap inside the
// app's own code, in each place a panic can happen: while it starts, in an
// event handler, in a timer and in a future. A trap leaves the module
// unusable, so each test has a page of its own.
import { expect } from "@playwright/test";
import { SHIPPED, test } from "./helpers.mjs";

const ARTICLE = "/news/telescope-spots-water-vapour-on-distant-planet";

/**
 * Makes the app's next call of one browser function trap inside the module,
 * as a panic does: the call enters wasm-bindgen's allocator with an
 * impossible alignment, which aborts, and an abort is the same `unreachable`
 * instruction that a panic compiles to in this build.
 */
async function armTrap(page, where) {
  await page.evaluate(async (where) => {
    const app = await import(document.querySelector("script[data-wasm]").dataset.js);
    const wasm = await app.default(); // the running module's exports
    const trap = () => wasm.__wbindgen_malloc(1, 3);
    if (where === "click") {
      const preventDefault = Event.prototype.preventDefault;
      Event.prototype.preventDefault = function () {
        preventDefault.call(this);
        if (this.type === "click") trap();
      };
    } else if (where === "fetch") {
      window.fetch = trap;
    } else if (where === "visibility") {
      Object.defineProperty(document, "visibilityState", { get: trap });
    }
  }, where);
}

/** The notice a reader sees, and what stays on screen below it. */
async function expectStopped(page, console, stillShown) {
  const notice = page.getByRole("alert").filter({ hasText: "stopped updating" });
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();
  expect(await notice.evaluate((node) => node === document.body.firstElementChild), "first on the page").toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: stillShown })).toHaveCount(1);
  expect(console.filter((text) => text.startsWith("Dateline stopped")), console.join("\n")).toHaveLength(1);
}

/** The page's console errors, as they come. */
function consoleErrors(page) {
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  return errors;
}

/** Console errors, and a page opened once the shipped app runs. */
async function open(page, path) {
  const console = consoleErrors(page);
  await page.goto(SHIPPED + path);
  await expect(page.getByRole("banner").locator("time")).toBeVisible();
  return console;
}

test("a trap while the app starts shows the notice, and the published page stays", async ({ page }) => {
  // The module's start (Dateline's `main`) traps as soon as it is called.
  await page.addInitScript(() => {
    const wrap = (instantiate) =>
      async function (...args) {
        const made = await instantiate.apply(this, args);
        const wasm = made.instance.exports;
        const exports = { ...wasm, __wbindgen_start: () => wasm.__wbindgen_malloc(1, 3) };
        return { module: made.module, instance: { exports } };
      };
    WebAssembly.instantiateStreaming = wrap(WebAssembly.instantiateStreaming);
    WebAssembly.instantiate = wrap(WebAssembly.instantiate);
  });
  const console = consoleErrors(page);
  await page.goto(SHIPPED + ARTICLE);
  await expectStopped(page, console, "Telescope finds water vapour in a distant planet's air");
});

test("a trap in an event handler (a link's click, as the router handles it) shows the notice", async ({ page }) => {
  const console = await open(page, "/");
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  // The router's click handler cancels the browser's own navigation, then
  // traps there: the trap ends the handler before the new page is shown.
  await armTrap(page, "click");
  await page.getByRole("main").getByRole("link").first().click();
  await expectStopped(page, console, title);
});

test("a trap in a future (a page's data arriving) shows the notice", async ({ page }) => {
  const console = await open(page, ARTICLE);
  // The section's data is requested by a future of the app: the request
  // itself traps, inside it. The section's page, loading, stays.
  await armTrap(page, "fetch");
  // A click with no pointer or focus on the link before it, so that
  // nothing is fetched ahead of the click (which would trap in the
  // pointer's handler): the page's own request traps, in its future.
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Science" }).evaluate((link) => link.click());
  await expect(page).toHaveURL(/\/category\/science$/);
  await expectStopped(page, console, "Loading…");
});

test("a trap in a timer (the clock's tick) shows the notice", async ({ page }) => {
  // Every timer of the page waits at most a second, so the clock's tick
  // comes soon; it still comes from the browser's event loop, where a trap
  // really lands (a fake clock would call it from the test instead).
  await page.addInitScript(() => {
    const setTimeout = window.setTimeout;
    window.setTimeout = (callback, ms, ...rest) => setTimeout(callback, Math.min(ms ?? 0, 1000), ...rest);
  });
  const console = await open(page, ARTICLE);
  // The clock's tick runs in a timer callback and asks whether the page is
  // shown before it sets the next one: that question traps.
  await armTrap(page, "visibility");
  await expectStopped(page, console, "Telescope finds water vapour in a distant planet's air");
});

test("nothing but a trap shows the notice: errors of other scripts on the page do not", async ({ page }) => {
  const console = await open(page, ARTICLE);
  // Listeners added after start.js's run after it: once both have heard
  // both errors, start.js has seen them.
  await page.evaluate(
    () =>
      new Promise((done) => {
        let heard = 0;
        const hear = () => ++heard === 2 && done();
        addEventListener("error", hear);
        addEventListener("unhandledrejection", hear);
        setTimeout(() => {
          throw new TypeError("a bug in some other script");
        });
        Promise.reject(new Error("a rejection nobody handled"));
      }),
  );
  await expect(page.getByRole("alert").filter({ hasText: "stopped updating" })).toHaveCount(0);
  expect(console.filter((text) => text.startsWith("Dateline stopped"))).toEqual([]);
});
