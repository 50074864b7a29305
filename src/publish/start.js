// Starts Dateline once the page has loaded and its content has been painted,
// so the app's download and start never delay what the reader sees first.
// The page's loader tag names the app's hashed files (data-js, data-wasm), so
// this one file serves every page and no inline script is needed: a strict
// Content-Security-Policy (script-src 'self') allows it. Written into the
// site by the publish step.
const tag = document.querySelector("script[data-wasm]");
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
      if (!leaving) console.error("Dateline could not start; the page stays as it was published.", error);
    });
};
// After the next frame is painted; a tab opened in the background paints no
// frames, so it starts on a timer instead.
const afterPaint = () => {
  requestAnimationFrame(() => setTimeout(start));
  setTimeout(start, 500);
};
document.readyState === "complete" ? afterPaint() : addEventListener("load", afterPaint);
