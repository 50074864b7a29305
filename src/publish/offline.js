// Dateline's service worker: offline reading (README, "Offline reading").
// Written into the site as sw.js by the publish step, which puts its
// settings on the line above: `version` (of the app's files and shell),
// `files` (the app's files, under the worker's folder: the site's path) and
// `api` (where the JSON is). start.js registers it, unless the newsroom has
// switched it off.
//
// - The app's files are kept when the worker installs, in a cache of their
//   version's; a new deploy's worker takes over at once and removes the old
//   caches (start.js then makes the reader's next navigation a page load,
//   so an old app never reads a new deploy's data).
// - Every page and JSON file the reader opens comes from the network first,
//   as it would without a worker, and a copy is kept (the last SAVED_MAX,
//   the oldest dropped first). Without a network, the copy answers; a page
//   never opened gets the shell, whose app then says that the page is not
//   available offline. A page's JSON that was never fetched (the page came
//   pre-rendered, its data in it) is read from the kept page. A copy that
//   cannot be read is dropped, and a copy that cannot be kept (storage
//   full) costs only itself.
// - Nothing else is touched: photos, players and other hosts' files go to
//   the network as they would without a worker.
const scope = new URL(self.registration.scope);
// Each site on an origin (one at `/`, another at `/ar/`) has caches of its
// own: `dateline:{path}:app:{version}` and `dateline:{path}:saved`.
const OWN = `dateline:${scope.pathname}:`;
const APP = `${OWN}app:${SETTINGS.version}`;
const SAVED = `${OWN}saved`;
const SAVED_MAX = 200;
const api = new URL(SETTINGS.api, scope).href;
const appFiles = new Set(SETTINGS.files.map((file) => new URL(file, scope).href));
const shell = new URL("shell.html", scope).href;
// The app's pages under the scope (not another site's below it).
const ROUTES = /^(?:(?:news|category|topic|live)\/.+)?$/;

/** A page's path under the scope, however it is written: `news/x` for `news/x/` and `news/x/index.html`. */
const route = (url) => url.pathname.slice(scope.pathname.length).replace(/(^|\/)index\.html$/, "").replace(/\/$/, "");

/** One address for one page, however it is written: `news/x`, `news/x/`, `news/x/index.html`. */
const keyOf = (url) => url.origin + url.pathname.replace(/\/index\.html$/, "/").replace(/(.)\/$/, "$1");

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(APP)
      .then((cache) =>
        Promise.all(
          [...appFiles].map(async (file) => {
            const answer = await fetch(file);
            if (!answer.ok) throw new Error(`${file}: ${answer.status}`);
            // A host that moves a file (Cloudflare: shell.html to /shell)
            // gives an answer marked redirected, which no page load takes.
            await cache.put(file, answer.redirected ? new Response(answer.body, answer) : answer);
          }),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(`${OWN}app:`) && name !== APP) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (appFiles.has(url.origin + url.pathname + url.search)) {
    event.respondWith(caches.match(request, { cacheName: APP }).then((kept) => kept ?? fetch(request)));
  } else if (request.mode === "navigate" && url.href.startsWith(scope.href) && ROUTES.test(route(url))) {
    event.respondWith(fresh(event, keyOf(url), isPage));
  } else if (url.href.startsWith(api) && url.pathname.endsWith(".json")) {
    event.respondWith(fresh(event, keyOf(url), isJson));
  }
});

/** The network's answer (at once, as it streams), a copy of it kept; without one, the kept copy (or, for a page, the shell). */
async function fresh(event, key, usable) {
  const { request } = event;
  try {
    const answer = await fetch(request);
    if (answer.status === 200) {
      const copy = answer.clone();
      event.waitUntil(usable(copy.clone()).then((fit) => fit && keep(key, copy)));
    }
    return answer;
  } catch (error) {
    const cache = await caches.open(SAVED);
    const saved = await cache.match(key);
    if (saved && (await usable(saved.clone()))) return saved;
    if (saved) await cache.delete(key);
    const start = request.mode === "navigate" && (await caches.match(shell, { cacheName: APP }));
    if (start) return start;
    const within = usable === isJson && (await fromPage(cache, key));
    if (within) return within;
    // A network that has just come back may not answer at once (the
    // browser says it is online before every connection has it): one more
    // try, a moment later, before the page hears it failed.
    await new Promise((later) => setTimeout(later, 1000));
    return fetch(request).catch(() => {
      throw error;
    });
  }
}

// One copy kept at a time, so that no copy's eviction drops another's.
let keeping = Promise.resolve();

/** Keeps `answer` as the newest copy, dropping the oldest past SAVED_MAX. */
function keep(key, answer) {
  keeping = keeping.then(async () => {
    try {
      const cache = await caches.open(SAVED);
      await cache.delete(key);
      await cache.put(key, answer);
      const keys = await cache.keys();
      await Promise.all(keys.slice(0, Math.max(0, keys.length - SAVED_MAX)).map((old) => cache.delete(old)));
    } catch {
      // Over the storage quota, or storage refused: only this copy is lost.
    }
  });
  return keeping;
}

async function isPage(answer) {
  return (answer.headers.get("content-type") ?? "").includes("text/html") && (await answer.text()).includes("</html>");
}

async function isJson(answer) {
  try {
    JSON.parse(await answer.text());
    return true;
  } catch {
    return false;
  }
}

// The page that carries a JSON file's data (page_data.rs): the API's
// address of each of the contract's files, the page's path and the part of
// its data that is that file.
const PAGES = [
  [/^articles\/([a-z0-9-]+)\.json$/, "news/$1", "article"],
  [/^(categories|topics)\/([a-z0-9-]+)\.json$/, "$1/$2", "section"],
  [/^(categories|topics)\/([a-z0-9-]+)\/([0-9]+)\.json$/, "$1/$2/page/$3", "section"],
  [/^live\/([a-z0-9-]+)\.json$/, "live/$1", "live"],
  [/^live\/([a-z0-9-]+)\/([0-9]+)\.json$/, "live/$1/page/$2", "live"],
  [/^home\.json$/, "", "home"],
];
const FOLDERS = { categories: "category", topics: "topic" };

/** A JSON file's data, from the kept pre-rendered page that carries it. */
async function fromPage(cache, key) {
  if (!key.startsWith(api)) return null;
  const file = key.slice(api.length);
  const [pattern, path, part] = PAGES.find(([pattern]) => pattern.test(file)) ?? [];
  if (!pattern) return null;
  const page = await cache.match(keyOf(new URL(file.replace(pattern, path).replace(/^(categories|topics)/, (folder) => FOLDERS[folder]), scope)));
  if (!page) return null;
  try {
    const html = await page.text();
    const start = html.indexOf('id="dateline-data">');
    const data = JSON.parse(html.slice(html.indexOf(">", start) + 1, html.indexOf("</script>", start)))[part];
    // The front page's whole data, not a page's outline of it.
    const found = part === "home" ? data?.whole : data;
    return found ? new Response(JSON.stringify(found), { headers: { "Content-Type": "application/json" } }) : null;
  } catch {
    return null;
  }
}
