// Written by the publish step for Cloudflare Pages (docs/deploy.md).
// Cloudflare applies _redirects before its files, so its routing is done
// here: a story, section or topic, or a later page of a section's or topic's
// list, is its pre-rendered page when there is one, or the shell (status
// 200: it may have been published since); anything else is served as a
// file, or 404.html with status 404.
const BASE = "/";
// As nginx has them (docs/deploy.md): the contract's slug rule,
// `^[a-z0-9]+(-[a-z0-9]+)*$`, and a page number from 2 to 9999 with no
// leading zero (page 1 is the list's own address).
const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const PAGE = new RegExp(
  `^(?:(?:news|category|topic)/${SLUG}|(?:category|topic)/${SLUG}/page/(?:[2-9]|[1-9][0-9]{1,3}))/?$`,
);

/** The asset at `path`, following Cloudflare's own move of `x.html` to `x`. */
async function asset(env, request, path) {
  const url = new URL(path, request.url);
  const answer = await env.ASSETS.fetch(new Request(url, request));
  const moved = answer.headers.get("Location");
  if (answer.status < 300 || answer.status >= 400 || !moved) return answer;
  return env.ASSETS.fetch(new Request(new URL(moved, url), request));
}

/** The answer for a request: a page (story, section, topic, list page) or the shell, or a file. */
async function answer(request, env) {
  const { pathname } = new URL(request.url);
  const route = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : "";
  if (!PAGE.test(route)) return env.ASSETS.fetch(request);
  const page = await asset(env, request, pathname.endsWith("/") ? pathname : `${pathname}/`);
  return page.status === 404 ? asset(env, request, `${BASE}shell.html`) : page;
}

export default {
  async fetch(request, env) {
    const served = await answer(request, env);
    // Compressed or not by what the browser accepts: a cache in front
    // must keep each form apart.
    if (/accept-encoding/i.test(served.headers.get("Vary") ?? "")) return served;
    const varied = new Response(served.body, served);
    varied.headers.append("Vary", "Accept-Encoding");
    return varied;
  },
};
