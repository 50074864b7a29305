// Starts Dateline once the page has loaded and its largest paint is on
// screen, so the app's download and start never delay what the reader sees
// first.
// The page's loader tag names the app's hashed files (data-js, data-wasm), so
// this one file serves every page and no inline script is needed: a strict
// Content-Security-Policy (script-src 'self') allows it. Written into the
// site by the publish step.
const tag = document.querySelector("script[data-wasm]");

// The last line of defence. A bug in the app (a Rust panic) stops its module
// with a trap, a WebAssembly.RuntimeError, wherever the module was running:
// while it starts, in an event handler, a timer or a future. Its views then
// stop updating, so the reader is told, above what is on screen (which stays
// readable), with a Reload button. The notice is plain DOM built here, with
// none of the app's code; its form reloads the page's own address.
const STOPPED = "dateline-stopped";
// The edition's words for it, from the page (lang/, written by the publish
// step), read when they are needed.
const words = () => {
  try {
    return JSON.parse(document.getElementById("dateline-strings").textContent).strings ?? {};
  } catch {
    return {};
  }
};
const isTrap = (error) => typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError;
const stop = (error) => {
  if (document.getElementById(STOPPED)) return;
  console.error("Dateline stopped: a bug in the app ended it, and the page no longer updates.", error);
  const said = words();
  const notice = document.createElement("div");
  notice.id = STOPPED;
  notice.className = "stopped";
  notice.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = said.stopped || "Something went wrong and this page stopped updating. Reload it to carry on.";
  const form = document.createElement("form");
  form.method = "get";
  const reload = document.createElement("button");
  reload.textContent = said.reload || "Reload";
  form.append(reload);
  notice.append(text, form);
  document.body.prepend(notice);
};
addEventListener("error", (event) => isTrap(event.error) && stop(event.error));
addEventListener("unhandledrejection", (event) => isTrap(event.reason) && stop(event.reason));

// A post on another service is a card until the reader asks for its player
// (embed.rs): its button names the player's address, and pressing it puts
// the player in the card's place, with focus, as the button had. Nothing of
// the other service is requested before.
addEventListener("click", (event) => {
  const button = event.target.closest?.("button[data-player]");
  if (!button) return;
  const player = document.createElement("iframe");
  player.className = "embed__player";
  player.title = button.dataset.title;
  player.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  player.src = button.dataset.player;
  button.parentElement.replaceWith(player);
  player.focus();
});

// A permalink to a live page's post (`#post-{id}`) that has moved on to an
// older page: the older pages, pre-rendered like every page, are followed
// one "Older updates" link after another until one holds the post, and that
// page opens in this one's place, at the post.
const linked = location.hash.startsWith("#post-") && location.hash.slice(1);
if (linked && !document.getElementById(linked)) {
  const older = (page) => page.querySelector(".live__updates a[rel=next]")?.getAttribute("href");
  (async () => {
    let next = older(document);
    for (let n = 0; next && n < 50; n++) {
      const url = new URL(next, location.href);
      const page = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
      if (page.getElementById(linked)) return location.replace(`${url.pathname}#${linked}`);
      next = older(page);
    }
  })().catch(() => {});
}

// Offline reading (sw.js, written by the publish step): the worker keeps
// the app and every page the reader opens. A site that has switched it off
// says so in its pages (`dateline:offline`): any worker an earlier publish
// registered, and what it kept, are removed. When a new deploy's worker
// takes over from another, the app running here is the old one: the
// reader's next link or back/forward loads its page whole, with the new.
const workers = navigator.serviceWorker;
// (This site's own: another may share the origin, under another path.)
const site = new URL(".", document.baseURI);
if (workers && document.querySelector('meta[name="dateline:offline"]')) {
  workers.getRegistration(site).then((worker) => worker?.scope === site.href && worker.unregister(), () => {});
  caches.keys().then((names) => names.forEach((name) => name.startsWith(`dateline:${site.pathname}:`) && caches.delete(name)), () => {});
} else if (workers) {
  // (The first worker of a visit takes the page as it is: the same deploy.)
  let controlled = workers.controller;
  workers.addEventListener("controllerchange", () => {
    if (!controlled) return (controlled = true);
    const here = location.pathname;
    addEventListener("popstate", () => location.pathname !== here && location.reload());
    addEventListener(
      "click",
      (event) => {
        const link = event.target.closest?.("a[href]:not([target]):not([download])");
        if (link?.origin !== location.origin || link.pathname === location.pathname) return;
        if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        location.assign(link.href);
      },
      { capture: true },
    );
  });
  const register = () => workers.register(new URL("sw.js", site)).catch(() => {});
  document.readyState === "complete" ? register() : addEventListener("load", register);
}

let started = false;
let leaving = false;
addEventListener("pagehide", () => {
  leaving = true;
});
const start = () => {
  if (started) return;
  started = true;
  // A page left before the app has loaded ends its import too; either way
  // the pre-rendered page stays readable, so the reader is told nothing.
  import(tag.dataset.js)
    .then((app) => app.default({ module_or_path: tag.dataset.wasm }))
    .catch((error) => {
      if (isTrap(error)) stop(error);
      else if (!leaving) console.error("Dateline could not start; the page stays as it was published.", error);
    });
};
// The app starts once the page's largest paint is on screen: its lead photo
// when it has one (the picture the page asks for first), else the first
// paint the browser reports. Until then the app's requests and its start
// would only compete with that paint: a load event comes before its frame
// is presented, and a slow phone takes long to present it. A lead photo
// that never becomes the largest paint (smaller than the headline, below
// the fold, broken), or a tab opened in the background (which paints
// nothing), starts a second after the load; a browser that reports no
// paints, after the next frame.
const whenPainted = () => {
  setTimeout(start, 1000);
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes("largest-contentful-paint")) {
    return requestAnimationFrame(() => setTimeout(start));
  }
  const lead = document.querySelector("img[fetchpriority=high]");
  new PerformanceObserver((list, observer) => {
    if (lead && !list.getEntries().some((entry) => entry.element === lead)) return;
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: "largest-contentful-paint", buffered: true });
};
document.readyState === "complete" ? whenPainted() : addEventListener("load", whenPainted);
