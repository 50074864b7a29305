#!/usr/bin/env node
// Serves a built site the way a CDN host is configured to serve Dateline,
// from the site's own host files (the ones the publish step writes for
// Netlify and Cloudflare Pages, docs/deploy.md):
//
//   1. a file, or `dir/index.html` for a path without an extension (the
//      pre-rendered pages), as it is, with ETags and 304s,
//      `application/wasm` and brotli;
//   2. otherwise the first rule of `_redirects` that matches: a story,
//      section or topic, or a later page of a section's or topic's list
//      (`/category/:slug/page/:n`), without a file gets `shell.html`
//      (status 200: it may have been published since), anything else
//      `404.html` (status 404);
//   3. every answer with the headers of `_headers`: its
//      Content-Security-Policy, security headers and caching rules.
//
// The site is served under the path its pages name in `<base href>` (the
// path of the site URL it was published for): `/`, or a sub-path such as
// `/edition/`, where `/edition` redirects to `/edition/` and paths outside
// it are not the site's.
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

/**
 * A path pattern of a host file as a regular expression, as Netlify reads
 * it: `*` is anything, each `:name` one path segment (any number of them,
 * `/topic/:slug/page/:n`), and a final `/` of the request does not count
 * (`/news/:slug` matches `/news/a-story/`).
 */
function pathPattern(pattern) {
  const escaped = pattern
    .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
    .replaceAll("*", ".*")
    .replace(/:[A-Za-z_]+/g, "[^/]+");
  return new RegExp(`^${escaped}${pattern.endsWith("/") || pattern.endsWith("*") ? "" : "/?"}$`);
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
      rules.push({ pattern: pathPattern(line.trim()), headers: [] });
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

/** The rules of a `_redirects` file: path pattern, target and status, in order. */
export function parseRedirects(text) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [from, to, status = "301"] = line.split(/\s+/);
      return { pattern: pathPattern(from), to, status: Number(status) };
    });
}

/** The path a site's pages are addressed under: the `<base href>` of its shell. */
export function sitePath(root) {
  const shell = join(root, "shell.html");
  const page = existsSync(shell) ? readFileSync(shell, "utf8") : "";
  return /<base href="(\/[^"]*\/)"/.exec(page)?.[1] ?? "/";
}

export function cdnHandler(root) {
  const read = (name) => (existsSync(join(root, name)) ? readFileSync(join(root, name), "utf8") : "");
  const headerRules = parseHeaders(read("_headers"));
  const redirects = parseRedirects(read("_redirects"));
  const base = sitePath(root);
  /** The file for a path under the site's base path. */
  const fileFor = (path) => (path.startsWith(base) ? existingFile(root, path.slice(base.length - 1)) : null);
  /** The not-found page with status 404 (the last rule), or a plain 404. */
  const notFoundPage = (req, res, extra = {}) => {
    const rule = redirects.findLast((candidate) => candidate.status === 404);
    const page = rule && fileFor(rule.to);
    if (!page) return notFound(res);
    send(req, res, page, readFileSync(page), { status: 404, extra });
  };
  return (req, res) => {
    const path = safePath(req.url);
    if (path === null) return notFoundPage(req, res, headersFor(headerRules, `${base}404.html`));
    if (`${path}/` === base) {
      res.writeHead(301, { Location: base });
      return res.end();
    }
    const extra = headersFor(headerRules, path);
    const file = fileFor(path);
    if (file) return send(req, res, file, readFileSync(file), { extra });
    const rule = redirects.find((candidate) => candidate.pattern.test(path));
    if (rule && rule.status >= 300 && rule.status < 400) {
      res.writeHead(rule.status, { Location: rule.to, ...extra });
      return res.end();
    }
    const page = rule && fileFor(rule.to);
    if (!page) return notFound(res);
    send(req, res, page, readFileSync(page), { status: rule.status, extra });
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? "dist");
  const port = Number(process.argv[3] ?? 8090);
  createServer(cdnHandler(root)).listen(port, "127.0.0.1", () => {
    console.log(`serving ${root} on http://127.0.0.1:${port}`);
  });
}
