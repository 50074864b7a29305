// Starts Dateline once the page has loaded. The page's loader tag names the
// app's hashed files (data-js, data-wasm), so this one file serves every
// page and no inline script is needed: a strict Content-Security-Policy
// (script-src 'self') allows it. Written into the site by the publish step.
const tag = document.querySelector("script[data-wasm]");
const start = () => import(tag.dataset.js).then((app) => app.default({ module_or_path: tag.dataset.wasm }));
document.readyState === "complete" ? start() : addEventListener("load", start);
