// What every host promises a Dateline site: the routing table, content
// types, the headers of `_headers`, 304s and compression (docs/deploy.md,
// "The three rules every host needs"), as checks that run against any
// origin serving a published site. The nginx tier of `make test`, the
// emulators' checks (`make hosts`) and the development server's own test
// all run these same checks, so each host is held to one table.
//
//   for (const check of checks(site, options)) test(check.name, check.skip ?? {}, () => check.run(origin));

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { headersFor, parseHeaders, sitePath } from "../tools/cdn-server.mjs";

/**
 * One request, as a browser would send it but with no redirect followed:
 * resolves to its status, headers (lower-case names) and body, decoded
 * from brotli or gzip (`raw` is what came over the wire). A self-signed
 * certificate (the tests' nginx) is accepted.
 */
export function get(origin, path, headers = {}) {
  const url = new URL(origin);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      { host: url.hostname, port: url.port, path, method: "GET", headers, rejectUnauthorized: false },
      (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          let body = raw;
          if (encoding === "br") body = brotliDecompressSync(raw);
          else if (encoding === "gzip") body = gunzipSync(raw);
          resolve({ status: res.statusCode, headers: res.headers, body, raw });
        });
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer for ${path} in 15 s`)));
    req.on("error", reject);
    req.end();
  });
}

/** The content type each kind of file must be served with. */
const TYPES = {
  html: /^text\/html\b/,
  js: /^(text|application)\/javascript\b/,
  css: /^text\/css\b/,
  wasm: /^application\/wasm$/,
  json: /^application\/json\b/,
  xml: /^(text|application)\/xml\b/,
  txt: /^text\/plain\b/,
  svg: /^image\/svg\+xml\b/,
  png: /^image\/png$/,
  jpg: /^image\/jpeg$/,
  jpeg: /^image\/jpeg$/,
  webp: /^image\/webp$/,
  avif: /^image\/avif$/,
  gif: /^image\/gif$/,
  mp4: /^video\/mp4$/,
  webm: /^video\/webm$/,
  // A captions track: browsers refuse one served as anything else.
  vtt: /^text\/vtt\b/,
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)$/,
  webmanifest: /^application\/manifest\+json\b/,
};
/** The kinds a host must compress (with brotli or gzip). */
const TEXT = ["html", "js", "css", "wasm", "json", "xml", "svg", "webmanifest"];
/** The files the publish writes for hosts, not for readers. */
const HOST_FILES = new Set(["_headers", "_redirects", "_worker.js", "_routes.json", ".nojekyll"]);

const kind = (path) => /\.([a-z0-9]+)$/.exec(path)?.[1] ?? "html";

/** Every file of the site a reader's browser may ask for by its name, as paths. */
export function siteFiles(site) {
  return readdirSync(site, { recursive: true })
    .map((name) => name.split("\\").join("/"))
    .filter((name) => statSync(join(site, name)).isFile())
    .filter((name) => !HOST_FILES.has(name) && !name.split("/").some((part) => part.startsWith(".")))
    .sort();
}

/** The first pre-rendered page under `folder/` (news, category, topic): its slug. */
function firstPage(site, folder) {
  const names = statSync(join(site, folder), { throwIfNoEntry: false })?.isDirectory() ? readdirSync(join(site, folder)).sort() : [];
  const slug = names.find((name) => statSync(join(site, folder, name, "index.html"), { throwIfNoEntry: false }));
  assert.ok(slug, `${site} has a pre-rendered page under ${folder}/`);
  return slug;
}

/** The first pre-rendered second page of a list under `folder/` (category, topic): its path, `{folder}/{slug}/page/2`. */
function firstSecondPage(site, folder) {
  const names = statSync(join(site, folder), { throwIfNoEntry: false })?.isDirectory() ? readdirSync(join(site, folder)).sort() : [];
  const slug = names.find((name) => statSync(join(site, folder, name, "page", "2", "index.html"), { throwIfNoEntry: false }));
  assert.ok(slug, `${site} has a pre-rendered second page under ${folder}/{slug}/page/2/`);
  return `${folder}/${slug}/page/2`;
}

/** The directives of a Content-Security-Policy, by name. */
function directives(policy) {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name, values.join(" ")]));
}

/**
 * The checks, for a site folder served at an origin's root. Options:
 * `strictSlugs: false` for a host whose rules match any one path segment
 * (Netlify), which then answers a story address that breaks the slug
 * rule, or a list page numbered 1 or `02`, with the shell (the app shows
 * its not-found page, noindex) rather than 404; `compresses: false` where only production compresses;
 * `ownCacheControl: true` where an emulator sends its own Cache-Control
 * on every file and only production applies `_headers`' (netlify dev);
 * `varyOnFiles: false` where files other than pages come without
 * `Vary: Accept-Encoding` (Cloudflare's, served without its worker; its
 * own edge compresses for each reader); `http2: true` to check that the
 * server speaks HTTP/2 over TLS.
 */
export function checks(site, { strictSlugs = true, compresses = true, ownCacheControl = false, varyOnFiles = true, http2 = false } = {}) {
  const base = sitePath(site);
  assert.equal(base, "/", "the host checks serve a site published at a host's root");
  const file = (path) => readFileSync(join(site, path));
  const rules = parseHeaders(readFileSync(join(site, "_headers"), "utf8"));
  const article = firstPage(site, "news");
  const section = firstPage(site, "category");
  const files = siteFiles(site).filter((path) => !path.endsWith(".html"));

  /** Asserts an answer is `expected` (a file of the site) with `status`, as HTML. */
  const answers = async (origin, path, status, expected) => {
    const answer = await get(origin, path);
    assert.equal(answer.status, status, `${path}: status`);
    assert.match(answer.headers["content-type"] ?? "", TYPES.html, `${path}: content type`);
    assert.ok(answer.body.equals(file(expected)), `${path}: the body is ${expected}`);
    return answer;
  };

  const list = [
    {
      name: "/ is the front page (index.html), 200",
      run: (origin) => answers(origin, "/", 200, "index.html"),
    },
    {
      name: "a pre-rendered story and section are their pages at /news/{slug} and /category/{slug}, with or without a final /, 200",
      run: async (origin) => {
        for (const [folder, slug] of [["news", article], ["category", section]]) {
          for (const path of [`/${folder}/${slug}`, `/${folder}/${slug}/`]) {
            await answers(origin, path, 200, `${folder}/${slug}/index.html`);
          }
        }
      },
    },
    {
      // Found when the check runs, so that a site without them fails this check alone.
      name: "a pre-rendered topic, and a section's and a topic's second page, are their pages at /topic/{slug} and /{category,topic}/{slug}/page/2, with or without a final /, 200",
      run: async (origin) => {
        const pages = [`topic/${firstPage(site, "topic")}`, firstSecondPage(site, "category"), firstSecondPage(site, "topic")];
        for (const page of pages) {
          for (const path of [`/${page}`, `/${page}/`]) {
            await answers(origin, path, 200, `${page}/index.html`);
          }
        }
      },
    },
    {
      name: "a story or section with no page yet gets the shell, 200, with or without a final /",
      run: async (origin) => {
        for (const path of ["/news/published-after-the-last-pre-render", "/news/published-since/", "/category/new-section", "/category/new-section/"]) {
          await answers(origin, path, 200, "shell.html");
        }
      },
    },
    {
      name: "a topic, or a page of a section's or topic's list (2 to 9999), with no page yet gets the shell, 200, with or without a final /",
      run: async (origin) => {
        for (const path of ["/topic/new-topic", "/topic/new-topic/", `/category/${section}/page/9999`, "/category/new-section/page/2/",
          "/topic/new-topic/page/2", "/topic/new-topic/page/10/", "/topic/new-topic/page/9999"]) {
          await answers(origin, path, 200, "shell.html");
        }
      },
    },
    {
      name: "every other file is served by its name, 200, with its content type",
      run: async (origin) => {
        assert.ok(files.length > 10, "the site has its files");
        for (const path of files) {
          const answer = await get(origin, `/${path}`);
          assert.equal(answer.status, 200, `/${path}: status`);
          const type = TYPES[kind(path)];
          assert.ok(type, `/${path}: a known kind of file`);
          assert.match(answer.headers["content-type"] ?? "", type, `/${path}: content type`);
          assert.ok(answer.body.equals(file(path)), `/${path}: the body is the file`);
        }
      },
    },
    {
      name: "/news, /news/, /category/, /topic/, a list's /page with no number, a deeper path and an unknown address are the not-found page, 404",
      run: async (origin) => {
        for (const path of ["/news", "/news/", "/category", "/category/", "/topic", "/topic/", `/category/${section}/page`, `/category/${section}/page/`,
          "/topic/new-topic/page", `/news/${article}/page/2`, `/news/${article}/more`, "/topic/new-topic/more", `/category/${section}/page/2/more`,
          "/no-such-page", "/no-such-page.html"]) {
          await answers(origin, path, 404, "404.html");
        }
      },
    },
    {
      name: "a missing JSON file is a 404 (the app reads the status, not the page)",
      run: async (origin) => {
        for (const path of ["/api/articles/no-such-story.json", "/api/categories/no-such-section.json", "/api/nothing-here.json"]) {
          const answer = await get(origin, path);
          assert.equal(answer.status, 404, `${path}: status`);
        }
      },
    },
    {
      name: "a path that climbs out of the site is a 404",
      run: async (origin) => {
        for (const path of ["/..%2f..%2fetc%2fpasswd", "/news/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/api/..%2f..%2fetc%2fpasswd"]) {
          const answer = await get(origin, path);
          assert.equal(answer.status, 404, `${path}: status`);
          assert.ok(!answer.body.toString().includes("root:"), `${path}: nothing from outside the site`);
        }
      },
    },
    {
      name: "a story, section or topic address that breaks the contract's slug rule is the not-found page, 404",
      skip: strictSlugs ? undefined : "this host's rules match any one path segment: it answers the shell, whose app shows its not-found page (noindex)",
      run: async (origin) => {
        for (const path of ["/news/Capital-Letters", "/news/a.story", "/category/under_score", "/news/double--dash", "/topic/Capital-Letters", "/topic/a.topic/"]) {
          await answers(origin, path, 404, "404.html");
        }
      },
    },
    {
      name: "a list page numbered 1, 0, with a leading zero, past 9999 or not a number, or of a slug that breaks the rule, is the not-found page, 404",
      skip: strictSlugs ? undefined : "this host's rules match any one path segment: it answers the shell, whose app shows its not-found page (noindex)",
      run: async (origin) => {
        for (const path of [`/category/${section}/page/1`, `/category/${section}/page/0`, `/category/${section}/page/02`, `/category/${section}/page/10000`,
          `/category/${section}/page/abc`, "/topic/new-topic/page/1/", "/topic/new-topic/page/2.5", "/topic/Capital-Letters/page/2", "/category/under_score/page/2"]) {
          await answers(origin, path, 404, "404.html");
        }
      },
    },
    {
      name: `every answer carries the headers _headers gives its path${ownCacheControl ? " (Cache-Control: production only)" : ""}`,
      run: async (origin) => {
        const paths = ["/", `/news/${article}`, `/category/${section}`, "/news/not-yet-pre-rendered", "/topic/not-yet-pre-rendered", "/topic/not-yet-pre-rendered/page/2",
          `/category/${section}/page/9999`, "/no-such-page", "/api/articles/no-such-story.json", ...files.map((path) => `/${path}`)];
        for (const path of paths) {
          const answer = await get(origin, path);
          const expected = headersFor(rules, path);
          assert.ok(Object.keys(expected).length >= 3, `${path}: _headers names its headers`);
          for (const [name, value] of Object.entries(expected)) {
            if (ownCacheControl && name === "Cache-Control") continue;
            const sent = answer.headers[name.toLowerCase()];
            // A not-found answer kept by no cache at all keeps the promise
            // of one revalidated every time (Cloudflare sends no-store).
            if (answer.status === 404 && value === "no-cache" && sent === "no-store") continue;
            assert.equal(sent, value, `${path}: ${name}`);
          }
        }
      },
    },
    {
      name: "the Content-Security-Policy lets an article's video and its captions come from the site or any https host (media-src 'self' https:)",
      run: async (origin) => {
        for (const path of ["/", `/news/${article}`, "/news/not-yet-pre-rendered", "/no-such-page"]) {
          const answer = await get(origin, path);
          const policy = directives(answer.headers["content-security-policy"] ?? "");
          assert.equal(policy.get("media-src"), "'self' https:", `${path}: media-src`);
          assert.equal(policy.get("object-src"), "'none'", `${path}: object-src`);
        }
      },
    },
    {
      name: "an unchanged page, shell, feed or app file is a 304 to a conditional request",
      run: async (origin) => {
        const wasm = files.find((path) => path.endsWith(".wasm"));
        for (const path of ["/", `/news/${article}`, "/news/not-yet-pre-rendered", "/api/latest.json", "/feed.xml", `/${wasm}`]) {
          const first = await get(origin, path);
          const { etag, "last-modified": modified } = first.headers;
          assert.ok(etag || modified, `${path}: an ETag or Last-Modified`);
          const again = await get(origin, path, etag ? { "If-None-Match": etag } : { "If-Modified-Since": modified });
          assert.equal(again.status, 304, `${path}: 304 to a conditional request`);
          assert.equal(again.raw.length, 0, `${path}: a 304 has no body`);
        }
      },
    },
    {
      name: `pages, the app, styles, JSON, the feed and the sitemap are compressed, with Vary: Accept-Encoding${varyOnFiles ? "" : " (on pages)"}`,
      skip: compresses ? undefined : "this emulator does not compress; its production host does",
      run: async (origin) => {
        const paths = ["/", `/news/${article}`, "/news/not-yet-pre-rendered", "/feed.xml", "/sitemap.xml", "/api/latest.json",
          ...TEXT.flatMap((textKind) => files.filter((path) => kind(path) === textKind).slice(0, 2).map((path) => `/${path}`))];
        for (const textKind of TEXT) assert.ok(paths.some((path) => kind(path) === textKind), `a ${textKind} file is checked`);
        for (const path of paths) {
          const answer = await get(origin, path, { "Accept-Encoding": "br, gzip" });
          assert.match(answer.headers["content-encoding"] ?? "none", /^(br|gzip)$/, `${path}: compressed`);
          if (varyOnFiles || !/\.[a-z]+$/.test(path)) {
            assert.match(answer.headers.vary ?? "", /accept-encoding/i, `${path}: Vary: Accept-Encoding`);
          }
          assert.ok(answer.raw.length < answer.body.length, `${path}: smaller compressed`);
        }
      },
    },
  ];
  if (http2) {
    list.push({
      name: "the server speaks HTTP/2",
      run: async (origin) => {
        const { connect } = await import("node:http2");
        const session = connect(origin, { rejectUnauthorized: false });
        try {
          const status = await new Promise((resolve, reject) => {
            session.on("error", reject);
            const stream = session.request({ ":path": "/" });
            stream.on("response", (headers) => resolve(headers[":status"]));
            stream.on("error", reject);
            stream.resume();
          });
          assert.equal(status, 200);
          assert.equal(session.alpnProtocol, "h2");
        } finally {
          session.close();
        }
      },
    });
  }
  return list;
}

/** Runs every check, for a report or a test that expects some to fail: each name with its error, if any. */
export async function verify(origin, list) {
  const results = [];
  for (const check of list) {
    if (check.skip) {
      results.push({ name: check.name, skipped: check.skip });
      continue;
    }
    try {
      await check.run(origin);
      results.push({ name: check.name, ok: true });
    } catch (error) {
      results.push({ name: check.name, ok: false, error: error.message });
    }
  }
  return results;
}
