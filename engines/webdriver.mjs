// A small client for classic W3C WebDriver (HTTP and JSON), enough for the
// engines tier: Firefox ESR through geckodriver, WebKitGTK through
// WebKitWebDriver, Chromium through ChromeDriver. Playwright cannot drive
// the first two here (its own browser builds cannot be downloaded),
// WebKitWebDriver refuses WebDriver BiDi, and selenium's manager tries to download drivers, so this speaks the protocol
// itself (https://www.w3.org/TR/webdriver2/) with Node's own `fetch`.
//
//   const browser = await launch("firefox");   // or "webkit", "chromium"
//   try { await browser.get(url); ... } finally { await browser.quit(); }

import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** How a W3C WebDriver marks an element in JSON. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** Keys as WebDriver names them (code points in the Private Use Area). */
export const Keys = { TAB: "\uE004", ENTER: "\uE007" };

/** Debian's WebKitGTK browser for automation, from libwebkit2gtk-4.1-0. */
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/**
 * The engines: how to start each one's driver on a port, and the
 * capabilities of a session. Firefox runs headless; WebKitGTK has no
 * headless mode and needs an X display: the one it is given (`xvfb-run`),
 * or else an Xvfb of its own.
 */
export const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    command: (port) => ["geckodriver", "--host", "127.0.0.1", "--port", String(port)],
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless"],
        // Nothing but the site under test: no update checks, telemetry,
        // captive-portal probes or remote settings (geckodriver already
        // turns most of these off; these are the ones it leaves on).
        prefs: {
          "app.update.enabled": false,
          "browser.safebrowsing.malware.enabled": false,
          "browser.safebrowsing.phishing.enabled": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
          "toolkit.telemetry.enabled": false,
        },
      },
    },
  },
  chromium: {
    name: "Chromium",
    command: (port) => [process.env.CHROMEDRIVER || "/usr/bin/chromedriver", `--port=${port}`],
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: "/usr/bin/chromium",
        // As the end-to-end tests start it: nothing but the site under test.
        args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
      },
    },
  },
  webkit: {
    name: "WebKitGTK",
    display: true,
    command: (port) => ["WebKitWebDriver", "--host=127.0.0.1", `--port=${port}`],
    capabilities: {
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    },
  },
};

/** A TCP port that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Calls `check` until it returns something truthy, at most `timeout` ms; returns that. */
export async function waitFor(check, { timeout = 10_000, interval = 100, message = "condition" } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Processes started here, so that none outlives the tests even on a crash. */
const running = new Set();
process.on("exit", () => {
  for (const child of running) kill(child);
});

/** Ends a process started with `detached`, and everything it started (its group). */
function kill(child, signal = "SIGTERM") {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts `argv` in a process group of its own (so that ending it ends its
 * children: the browser, Xvfb), keeping the last of its output for error
 * messages.
 */
export function start(argv, { env = process.env, stdio = ["ignore", "pipe", "pipe"], cwd } = {}) {
  const child = spawn(argv[0], argv.slice(1), { detached: true, env, stdio, cwd });
  running.add(child);
  child.output = "";
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.exited = new Promise((resolve) => child.on("exit", resolve));
  child.exited.then(() => running.delete(child));
  child.on("error", (error) => keep(`\n${error.message}`));
  return child;
}

/**
 * Ends a process started by `start` and waits for it: SIGTERM to it alone
 * first, so that it ends its own children in order, then SIGKILL to its
 * whole group after `grace` ms, or at once for anything it left behind.
 */
export async function stop(child, grace = 3_000) {
  if (!child || !running.has(child)) return;
  try {
    child.kill("SIGTERM");
  } catch {
    // already gone
  }
  const timer = setTimeout(() => kill(child, "SIGKILL"), grace);
  await child.exited;
  clearTimeout(timer);
  kill(child, "SIGKILL");
}

/** An X server of our own (Xvfb) on a free display; resolves to the process and its DISPLAY. */
export async function startXvfb() {
  const xvfb = start(["Xvfb", "-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  try {
    const display = await new Promise((resolve, reject) => {
      let number = "";
      xvfb.stdio[3].on("data", (chunk) => {
        number += chunk;
        if (number.includes("\n")) resolve(`:${number.trim()}`);
      });
      xvfb.exited.then(() => reject(new Error(`Xvfb exited: ${xvfb.output}`)));
      setTimeout(() => reject(new Error(`Xvfb did not start in 10 s: ${xvfb.output}`)), 10_000).unref();
    });
    xvfb.stdio[3].destroy();
    return { xvfb, display };
  } catch (error) {
    await stop(xvfb);
    throw error;
  }
}

/** One WebDriver command; resolves to its `value`, rejects with the driver's error. */
async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let value;
  try {
    ({ value } = JSON.parse(text));
  } catch {
    throw new Error(`${method} ${path}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  if (!response.ok || value?.error) {
    const error = new Error(`${method} ${path}: ${value?.error}: ${value?.message}`);
    error.webdriver = value?.error;
    throw error;
  }
  return value;
}

/** Elements in a result from the driver become `Element`s, anything else stays. */
function revive(session, value) {
  if (Array.isArray(value)) return value.map((item) => revive(session, item));
  if (value && typeof value === "object") {
    if (ELEMENT in value) return new Element(session, value[ELEMENT]);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(session, item)]));
  }
  return value;
}

/** `Element`s in script arguments go to the driver as element references. */
function reference(value) {
  if (value instanceof Element) return { [ELEMENT]: value.id };
  if (Array.isArray(value)) return value.map(reference);
  return value;
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  #call(method, path, body) {
    return this.session.call(method, `/element/${this.id}${path}`, body);
  }

  click() {
    return this.#call("POST", "/click", {});
  }

  /** Types `text` into the element (which WebDriver focuses first). */
  sendKeys(text) {
    return this.#call("POST", "/value", { text });
  }

  text() {
    return this.#call("GET", "/text");
  }

  attribute(name) {
    return this.#call("GET", `/attribute/${encodeURIComponent(name)}`);
  }

  /** `property` read in the page, e.g. `element.property("pathname")`. */
  property(name) {
    return this.#call("GET", `/property/${encodeURIComponent(name)}`);
  }

  find(css) {
    return this.session.find(css, this);
  }

  findAll(css) {
    return this.session.findAll(css, this);
  }
}

/** A browser session, with the driver process that runs it. */
export class Session {
  constructor(engine, driver, xvfb, base, id, capabilities) {
    this.engine = engine;
    this.driver = driver;
    this.xvfb = xvfb;
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  async call(method, path, body) {
    return revive(this, await command(this.base, method, `/session/${this.id}${path}`, body));
  }

  /** Opens `url` and waits for its `load` event (the default page-load strategy). */
  get(url) {
    return this.call("POST", "/url", { url });
  }

  url() {
    return this.call("GET", "/url");
  }

  title() {
    return this.call("GET", "/title");
  }

  back() {
    return this.call("POST", "/back", {});
  }

  forward() {
    return this.call("POST", "/forward", {});
  }

  refresh() {
    return this.call("POST", "/refresh", {});
  }

  /** The first element matching `css` (in `within`, or the document), or null. */
  async find(css, within) {
    const found = await this.findAll(css, within);
    return found[0] ?? null;
  }

  findAll(css, within) {
    const scope = within ? `/element/${within.id}` : "";
    return this.call("POST", `${scope}/elements`, { using: "css selector", value: css });
  }

  /** Runs `script` (a function body) in the page with `args`; returns its result. */
  execute(script, ...args) {
    return this.call("POST", "/execute/sync", { script, args: args.map(reference) });
  }

  /** Like `execute`, but the result is what the script passes to its last argument. */
  executeAsync(script, ...args) {
    return this.call("POST", "/execute/async", { script, args: args.map(reference) });
  }

  /** Presses and releases `key` on whatever has focus, as a reader's keyboard does. */
  pressKey(key) {
    return this.call("POST", "/actions", {
      actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
    });
  }

  setWindowSize(width, height) {
    return this.call("POST", "/window/rect", { width, height });
  }

  /** Ends the session and its driver; safe to call twice, never throws. */
  async quit() {
    if (this.id) {
      const id = this.id;
      this.id = null;
      let timer;
      await Promise.race([
        command(this.base, "DELETE", `/session/${id}`).catch(() => {}),
        new Promise((resolve) => {
          timer = setTimeout(resolve, 10_000);
        }),
      ]);
      clearTimeout(timer);
    }
    await stop(this.driver);
    await stop(this.xvfb);
  }
}

/**
 * Starts `engine`'s driver on a free port, waits until it is ready, and
 * opens a session. Whatever fails on the way, the driver is ended.
 */
export async function launch(engine, { timeout = 60_000 } = {}) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}`);
  const { xvfb, display } = spec.display && !process.env.DISPLAY ? await startXvfb() : {};
  const port = await freePort();
  const driver = start(spec.command(port), { env: display ? { ...process.env, DISPLAY: display } : process.env });
  const base = `http://127.0.0.1:${port}`;
  try {
    let gone = false;
    driver.exited.then(() => {
      gone = true;
    });
    await waitFor(
      async () => {
        if (gone) throw new Error(`the driver exited: ${driver.output}`);
        return (await command(base, "GET", "/status")).ready;
      },
      { timeout: 20_000, message: `${spec.name}'s driver on port ${port}` },
    );
    const created = await command(base, "POST", "/session", {
      // The tests' nginx serves HTTPS with a certificate of its own.
      capabilities: { alwaysMatch: { ...spec.capabilities, pageLoadStrategy: "normal", acceptInsecureCerts: true } },
    });
    const session = new Session(engine, driver, xvfb, base, created.sessionId, created.capabilities);
    try {
      await session.call("POST", "/timeouts", { script: 30_000, pageLoad: timeout, implicit: 0 });
    } catch (error) {
      await session.quit();
      throw error;
    }
    return session;
  } catch (error) {
    await stop(driver);
    await stop(xvfb);
    error.message += `\n--- ${spec.name}'s driver said:\n${driver.output.slice(-1500)}`;
    throw error;
  }
}
