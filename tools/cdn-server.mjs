#!/usr/bin/env node
// Serves a built site the way a CDN host is configured to serve Dateline:
// files with ETags and 304s, `application/wasm` and brotli, and this request
// mapping (the README's "Deploying to a CDN"):
//
//   1. a file, or `dir/index.html` for a path without an extension (the
//      pre-rendered pages), as it is;
//   2. `/news/{slug}` and `/category/{slug}` without a file: `shell.html`,
//      status 200 (a story published after the last pre-render still opens);
//   3. anything else: `404.html`, status 404.
//
// and with the headers of the site's own `_headers` file (the one the
// publish step writes for Netlify and Cloudflare Pages): its
// Content-Security-Policy, security headers and caching rules.
//
//   node tools/cdn-server.mjs [dir=dist] [port=8090]
//
// For development and tests only (`make test`, `make bench`), not for
// serving readers: see the README for real hosts.

import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { notFound, safePath, send, within } from "./http.mjs";

/** The file a request path names, if there is one. */
function existingFile(root, path) {
  for (const candidate of [within(root, path), within(root, join(path, "index.html"))]) {
    if (candidate === null) continue;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there: try the next
    }
  }
  return null;
}

/** Whether a path is one the app can render from the shell. */
export function isShellRoute(path) {
  return /^\/(news|category)\/[^/.]+\/?$/.test(path);
}

/** The rules of a `_headers` file: each path pattern with its headers, in order. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (/^\s/.test(line)) {
      const colon = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
    }
  }
  return rules;
}

/** The headers `rules` give a request path; a later rule wins a header. */
export function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules) {
    if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

export function cdnHandler(root) {
  const rulesFile = join(root, "_headers");
  const rules = existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, "utf8")) : [];
  return (req, res) => {
    const path = safePath(req.url);
    if (path === null) return notFound(res);
    const extra = headersFor(rules, path);
    const file = existingFile(root, path);
    if (file) return send(req, res, file, readFileSync(file), { extra });
    const fallback = isShellRoute(path) ? ["shell.html", 200] : ["404.html", 404];
    const page = existingFile(root, fallback[0]);
    if (!page) return notFound(res);
    send(req, res, page, readFileSync(page), { status: fallback[1], extra });
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? "dist");
  const port = Number(process.argv[3] ?? 8090);
  createServer(cdnHandler(root)).listen(port, "127.0.0.1", () => {
    console.log(`serving ${root} on http://127.0.0.1:${port}`);
  });
}
