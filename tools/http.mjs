// What a CDN does for Dateline's files, shared by the static server and the
// newsroom simulator: content types, ETags and 304s, caching headers,
// brotli for text, and byte ranges (a browser asks for a video in parts).
//
// For development and tests only, not for serving readers: a newsroom puts
// `dist/` on a CDN or a real web server (README, "For a newsroom").

import { createHash } from "node:crypto";
import { resolve, sep } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  // A captions track: browsers refuse one served as anything else.
  ".vtt": "text/vtt; charset=utf-8",
};

export function contentType(path) {
  const dot = path.lastIndexOf(".");
  return TYPES[dot >= 0 ? path.slice(dot) : ""] ?? "application/octet-stream";
}

/** How long a browser may keep a file: hashed assets forever, the rest revalidated. */
export function cacheControl(path) {
  if (/-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(path)) return "public, max-age=31536000, immutable";
  return "no-cache";
}

/** Compressed bodies by ETag, the most recently used last, at most this many. */
export const CACHE_LIMIT = 256;
const compressed = new Map();

export function brotli(body, etag) {
  let hit = compressed.get(etag);
  if (hit) {
    compressed.delete(etag);
  } else {
    hit = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    if (compressed.size >= CACHE_LIMIT) compressed.delete(compressed.keys().next().value);
  }
  compressed.set(etag, hit);
  return hit;
}

export function cachedBodies() {
  return compressed.size;
}

/**
 * The one byte range a `Range` header asks of a body `size` long, as
 * `[first, last]`; null for the whole body (no header, or one this does
 * not read, such as several ranges), "unsatisfiable" for a range past
 * its end.
 */
export function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? "");
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [first, last] = match[1] === ""
    ? [Math.max(0, size - Number(match[2])), size - 1]
    : [Number(match[1]), Math.min(size - 1, match[2] === "" ? size - 1 : Number(match[2]))];
  if (first > last || first >= size) return "unsatisfiable";
  return [first, last];
}

/**
 * Sends `body` for `path` with an ETag, answering a matching If-None-Match
 * with 304, and a `Range` (for the same version, by `If-Range`) with 206
 * and that part, not compressed.
 */
export function send(req, res, path, body, { status = 200, cache, extra = {} } = {}) {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const type = contentType(path);
  const headers = {
    "Content-Type": type,
    "Cache-Control": cache ?? cacheControl(path),
    ETag: etag,
    Vary: "Accept-Encoding",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  };
  if (status === 200 && req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    res.end();
    return 304;
  }
  const ifRange = req.headers["if-range"];
  const range = status === 200 && (!ifRange || ifRange === etag) ? byteRange(req.headers.range, body.length) : null;
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...headers, "Content-Range": `bytes */${body.length}`, "Content-Length": 0 });
    res.end();
    return 416;
  }
  if (range) {
    const part = body.subarray(range[0], range[1] + 1);
    res.writeHead(206, { ...headers, "Accept-Ranges": "bytes", "Content-Range": `bytes ${range[0]}-${range[1]}/${body.length}`, "Content-Length": part.length });
    res.end(req.method === "HEAD" ? undefined : part);
    return 206;
  }
  let payload = body;
  const textual = /text|json|javascript|xml|wasm/.test(type);
  if (textual && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
    payload = brotli(body, etag);
    headers["Content-Encoding"] = "br";
  }
  headers["Content-Length"] = payload.length;
  if (status === 200 && payload === body) headers["Accept-Ranges"] = "bytes";
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : payload);
  return status;
}

export function notFound(res) {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" });
  res.end("Not found\n");
}

/**
 * The path of a request URL, decoded once, or null when it could name
 * anything outside the served folder in any spelling: `..` (also as
 * `%2e%2e`), a backslash (`\\` or `%5C`, a separator on Windows), or a
 * control character.
 */
export function safePath(url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (/[\\\x00-\x1f\x7f]/.test(path)) return null;
  if (path.split("/").some((part) => part === ".." || part === ".")) return null;
  return path;
}

/** `path` inside `root` as an absolute file path, or null if it would leave it. */
export function within(root, path) {
  const base = resolve(root);
  const file = resolve(base, `.${sep}${path}`);
  return file === base || file.startsWith(base + sep) ? file : null;
}
