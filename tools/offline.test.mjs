// The service worker (src/publish/offline.js) on its own, in a stand-in for
// a browser's worker: its Cache Storage (kept in order, as a browser keeps
// it), the network, and fetch events. What the end-to-end tests cannot
// reach: a bounded store whose oldest copy goes first, a copy that storage
// refuses, a copy that cannot be read, a page's file read from its page.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

const SOURCE = readFileSync(new URL("../src/publish/offline.js", import.meta.url), "utf8");
const SCOPE = "https://news.example/edition/";
// The site's caches, named by its path (another site may share the origin).
const SAVED = "dateline:/edition/:saved";

/** A worker with `network` as its network (a function of the request, or a failure). */
function worker(network, { refuse = () => false } = {}) {
  const listeners = {};
  const stores = new Map();
  const keyOf = (key) => (typeof key === "string" ? key : key.url);
  const open = (name) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const entries = stores.get(name);
    return {
      match: async (key) => entries.get(keyOf(key))?.clone(),
      put: async (key, answer) => {
        if (refuse(keyOf(key))) throw new Error("QuotaExceededError");
        entries.delete(keyOf(key));
        entries.set(keyOf(key), answer);
      },
      delete: async (key) => entries.delete(keyOf(key)),
      keys: async () => [...entries.keys()].map((url) => ({ url })),
    };
  };
  const caches = {
    open: async (name) => open(name),
    keys: async () => [...stores.keys()],
    delete: async (name) => stores.delete(name),
    match: async (key, { cacheName }) => open(cacheName).match(key),
  };
  const settings = { version: "1", files: ["shell.html", "start.js"], api: "/edition/api/" };
  vm.runInNewContext(`const SETTINGS = ${JSON.stringify(settings)};\n${SOURCE}`, {
    self: {
      registration: { scope: SCOPE },
      addEventListener: (type, listener) => (listeners[type] = listener),
      skipWaiting: async () => {},
      clients: { claim: async () => {} },
    },
    caches,
    // The app's own files answer with their names; the rest is `network`'s.
    fetch: async (request) => {
      const url = typeof request === "string" ? request : request.url;
      return settings.files.some((file) => url === `${SCOPE}${file}`) ? new Response(`file ${url}`) : network(request);
    },
    Response,
    URL,
    JSON,
    Promise,
    // The worker's "moment later" passes at once here.
    setTimeout: (later) => later(),
  });
  const lifecycle = async (type) => {
    const waits = [];
    listeners[type]({ waitUntil: (promise) => waits.push(promise) });
    await Promise.all(waits);
  };
  return {
    stores,
    saved: () => [...(stores.get(SAVED)?.keys() ?? [])],
    start: async () => {
      await lifecycle("install");
      await lifecycle("activate");
    },
    /** The worker's answer to a GET of `url` (its mode `navigate` for a page); null when it leaves it to the network. */
    async get(url, mode = "cors") {
      const waits = [];
      let answer = null;
      listeners.fetch({
        request: { method: "GET", url, mode },
        respondWith: (promise) => (answer = promise),
        waitUntil: (promise) => waits.push(promise),
      });
      if (!answer) return null;
      const response = await answer;
      await Promise.all(waits);
      return response;
    },
  };
}

const json = (value) => new Response(JSON.stringify(value), { headers: { "Content-Type": "application/json" } });
const offline = () => {
  throw new TypeError("Failed to fetch");
};

test("the worker keeps the last 200 copies, the oldest going first", async () => {
  const sw = worker((request) => json({ url: request.url }));
  await sw.start();
  for (let n = 0; n < 205; n++) await sw.get(`${SCOPE}api/articles/story-${n}.json`);
  const saved = sw.saved();
  assert.equal(saved.length, 200);
  assert.equal(saved[0], `${SCOPE}api/articles/story-5.json`, "the five oldest are gone");
  // Opening one again makes it the newest.
  await sw.get(`${SCOPE}api/articles/story-5.json`);
  assert.equal(sw.saved().at(-1), `${SCOPE}api/articles/story-5.json`);
  // Nothing else is touched: a photo, another host's file, a page outside the site.
  assert.equal(await sw.get(`${SCOPE}api/images/photo.jpg`), null);
  assert.equal(await sw.get("https://video.example/clip.mp4"), null);
  assert.equal(await sw.get("https://news.example/other/", "navigate"), null);
  assert.equal(await sw.get(`${SCOPE}blog/a-post`, "navigate"), null, "another site's page under the site's path");
});

test("without a network, a kept copy answers; one that cannot be read is dropped, and the page hears it failed", async () => {
  let network = (request) => json({ story: request.url });
  const sw = worker((request) => network(request));
  await sw.start();
  await sw.get(`${SCOPE}api/articles/kept.json`);
  network = offline;
  assert.deepEqual(await (await sw.get(`${SCOPE}api/articles/kept.json`)).json(), { story: `${SCOPE}api/articles/kept.json` });
  const broken = await sw.stores.get(SAVED);
  broken.set(`${SCOPE}api/articles/broken.json`, new Response("{ broken"));
  await assert.rejects(sw.get(`${SCOPE}api/articles/broken.json`), /Failed to fetch/);
  assert.ok(!sw.saved().includes(`${SCOPE}api/articles/broken.json`), "the broken copy is gone");
  // A page never opened gets the shell, whose app says so.
  assert.equal(await (await sw.get(`${SCOPE}news/never-opened`, "navigate")).text(), `file ${SCOPE}shell.html`);
});

test("a copy that storage refuses costs only itself", async () => {
  const sw = worker((request) => json({ url: request.url }), { refuse: (url) => url.endsWith("/refused.json") });
  await sw.start();
  await sw.get(`${SCOPE}api/articles/first.json`);
  const answer = await sw.get(`${SCOPE}api/articles/refused.json`);
  assert.deepEqual(await answer.json(), { url: `${SCOPE}api/articles/refused.json` }, "the reader still gets the file");
  await sw.get(`${SCOPE}api/articles/last.json`);
  assert.deepEqual(sw.saved(), [`${SCOPE}api/articles/first.json`, `${SCOPE}api/articles/last.json`]);
});

test("a story's file that was never fetched is read from its kept page", async () => {
  const article = { slug: "read-as-a-page", title: "Read as a page", body: [] };
  const page = `<!DOCTYPE html><html><head></head><body><main>…</main><script type="application/json" id="dateline-data">${JSON.stringify({ path: "/news/read-as-a-page", article, home: { outline: {} } })}</script></body></html>`;
  let network = () => new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8" } });
  const sw = worker((request) => network(request));
  await sw.start();
  await sw.get(`${SCOPE}news/read-as-a-page`, "navigate");
  network = offline;
  assert.deepEqual(await (await sw.get(`${SCOPE}api/articles/read-as-a-page.json`)).json(), article);
  // A front page kept with only its outline is not the front page's file;
  // one kept whole is.
  const front = (home) =>
    `<!DOCTYPE html><html><body><script type="application/json" id="dateline-data">${JSON.stringify({ path: "/", home })}</script></body></html>`;
  for (const [home, served] of [[{ outline: { top: [] } }, null], [{ whole: { top: ["a"] } }, { top: ["a"] }]]) {
    network = () => new Response(front(home), { headers: { "Content-Type": "text/html" } });
    await sw.get(SCOPE, "navigate");
    network = offline;
    if (served) assert.deepEqual(await (await sw.get(`${SCOPE}api/home.json`)).json(), served);
    else await assert.rejects(sw.get(`${SCOPE}api/home.json`), /Failed to fetch/);
  }
  // A page kept at `news/x/` (a host that adds the slash) is the page `news/x`.
  network = () => new Response(page, { headers: { "Content-Type": "text/html" } });
  await sw.get(`${SCOPE}news/read-as-a-page/`, "navigate");
  network = offline;
  assert.equal((await (await sw.get(`${SCOPE}news/read-as-a-page`, "navigate")).text()), page);
});

test("a new version's worker removes the old version's files", async () => {
  const sw = worker(() => json({}));
  sw.stores.set("dateline:/edition/:app:0", new Map());
  sw.stores.set(SAVED, new Map());
  // Another site's, on the same origin, stays.
  sw.stores.set("dateline:/:app:0", new Map());
  await sw.start();
  assert.deepEqual([...sw.stores.keys()].sort(), ["dateline:/:app:0", "dateline:/edition/:app:1", SAVED]);
});
