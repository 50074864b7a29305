// Tests for the development tools: the CDN-like server and the simulator.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, test } from "node:test";
import { cdnHandler } from "./cdn-server.mjs";
import { createNewsroom, simulatorHandler } from "./newsroom/simulator.mjs";
import { buildNewsroom, livePages, timeAt } from "./newsroom/newsroom.mjs";
import { longLive } from "./newsroom/live.mjs";
import { EDITIONS, editionFolder, loadEdition } from "./newsroom/edition.mjs";
import { REFERENCE } from "./newsroom/stories.mjs";
import { manyStories } from "./newsroom/large.mjs";
import { owner } from "./size-breakdown.mjs";
import { brotli, CACHE_LIMIT, cachedBodies, safePath } from "./http.mjs";

const folders = [];

/** A new folder in the system's temporary one, removed when the tests end. */
function tempFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function serve(handler, run) {
  const server = createServer(handler);
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await run(base);
  } finally {
    server.close();
  }
}

/** A small built site published for `base`, with the host files the publish step writes. */
function siteFolder(base) {
  const root = tempFolder("cdn-");
  writeFileSync(join(root, "index.html"), "<!doctype html><title>front</title>");
  writeFileSync(join(root, "shell.html"), `<!doctype html><base href="${base}"><title>x</title>`);
  writeFileSync(join(root, "404.html"), "<!doctype html><title>not found</title>");
  writeFileSync(
    join(root, "_redirects"),
    `# comment\n${base}news/:slug      ${base}shell.html  200\n${base}category/:slug  ${base}shell.html  200\n${base}*               ${base}404.html    404\n`,
  );
  mkdirSync(join(root, "news", "a-story"), { recursive: true });
  writeFileSync(join(root, "news", "a-story", "index.html"), "<!doctype html><title>a story</title>");
  writeFileSync(join(root, "app-0123456789abcdef_bg.wasm"), Buffer.from([0, 97, 115, 109]));
  mkdirSync(join(root, "api"));
  writeFileSync(join(root, "api", "latest.json"), "{}");
  return root;
}

for (const site of ["/", "/edition/"]) {
  test(`the CDN server maps pages, the shell and 404 by the site's _redirects under ${site}, serves wasm, and answers 304`, async () => {
    const root = siteFolder(site);
    await serve(cdnHandler(root), async (origin) => {
      const base = `${origin}${site.slice(0, -1)}`;
      const page = await fetch(`${base}/news/some-story?utm_source=x`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>x<\/title>/, "a story without a page gets the shell");
      assert.match(await (await fetch(`${base}/category/world/`)).text(), /<title>x<\/title>/);
      for (const path of ["/news/a-story", "/news/a-story/", "/news/a-story?utm_source=x"]) {
        const story = await fetch(`${base}${path}`);
        assert.equal(story.status, 200);
        assert.match(await story.text(), /a story/, `${path} is the pre-rendered page`);
      }
      assert.match(await (await fetch(`${base}/`)).text(), /front/);
      for (const path of ["/nope", "/api/nope.json", "/newsroom", "/news", "/news/", "/news/a-story/more", "/category/world/page/2"]) {
        const missing = await fetch(`${base}${path}`);
        assert.equal(missing.status, 404, path);
        assert.match(await missing.text(), /not found/, path);
      }
      const wasm = await fetch(`${base}/app-0123456789abcdef_bg.wasm`);
      assert.equal(wasm.headers.get("content-type"), "application/wasm");
      assert.match(wasm.headers.get("cache-control"), /immutable/);
      const feed = await fetch(`${base}/api/latest.json`);
      assert.equal(feed.headers.get("cache-control"), "no-cache");
      const again = await fetch(`${base}/api/latest.json`, { headers: { "If-None-Match": feed.headers.get("etag") } });
      assert.equal(again.status, 304);
      assert.equal((await fetch(`${base}/api/articles/missing.json`)).status, 404);
      const escape = await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`);
      assert.equal(escape.status, 404);
      assert.doesNotMatch(await escape.text(), /root:/, "no file outside the root is served");
      if (site !== "/") {
        // The site is only under its path: nothing of it is served outside.
        for (const path of ["/", "/news/a-story", "/api/latest.json", "/editions/"]) {
          const outside = await fetch(`${origin}${path}`);
          assert.equal(outside.status, 404, path);
          assert.doesNotMatch(await outside.text(), /front|a story|not found/, path);
        }
        const bare = await fetch(base, { redirect: "manual" });
        assert.equal(bare.status, 301);
        assert.equal(bare.headers.get("location"), site);
      }
    });
  });
}

test("times are written in the story's own offset", () => {
  const reference = new Date("2026-11-28T15:00:00Z");
  assert.equal(timeAt(reference, 60, "+03:00"), "2026-11-28T17:00:00+03:00");
  assert.equal(timeAt(reference, 30, "Z"), "2026-11-28T14:30:00Z");
  assert.equal(timeAt(reference, -5, "-05:00"), "2026-11-28T10:05:00-05:00");
});

test("the simulator shifts the sample to the present and publishes new stories", async () => {
  const start = new Date();
  const newsroom = createNewsroom(start);
  const before = JSON.parse(newsroom.file("latest.json"));
  const newestAge = start.getTime() - Date.parse(before.items[0].published_at);
  assert.ok(newestAge >= 0 && newestAge < 60_000, "the newest sample story is under a minute old");

  const slug = newsroom.publish(new Date(start.getTime() + 60_000));
  const after = JSON.parse(newsroom.file("latest.json"));
  assert.equal(after.items[0].slug, slug);
  assert.equal(after.items.length, before.items.length + 1);
  assert.ok(newsroom.file(`articles/${slug}.json`), "the new story has its article");
  const section = after.items[0].category.slug;
  assert.equal(JSON.parse(newsroom.file(`categories/${section}.json`)).items[0].slug, slug);

  await serve(simulatorHandler(newsroom), async (base) => {
    const feed = await fetch(`${base}/api/latest.json`);
    assert.equal(feed.status, 200);
    const again = await fetch(`${base}/api/latest.json`, { headers: { "If-None-Match": feed.headers.get("etag") } });
    assert.equal(again.status, 304, "an unchanged feed costs a 304");
    newsroom.publish();
    const changed = await fetch(`${base}/api/latest.json`, { headers: { "If-None-Match": feed.headers.get("etag") } });
    assert.equal(changed.status, 200, "a new story changes the ETag");
    assert.equal((await fetch(`${base}/api/images/photos/harbour-480.jpg`)).status, 200);
    assert.equal((await fetch(`${base}/api/articles/nope.json`)).status, 404);
  });
});

test("the simulator's live page gets posts, corrections, deletions and pins, then ends", () => {
  const start = new Date();
  const newsroom = createNewsroom(start);
  const file = () => JSON.parse(newsroom.file("live/storm-arden-reaches-the-coast.json"));
  const before = file();
  assert.equal(before.status, "live");
  const ids = [];
  for (let turn = 1; turn <= 7; turn++) ids.push(newsroom.liveTurn(new Date(start.getTime() + turn * 60_000)));
  const after = file();
  assert.equal(after.posts[0].id, ids[6], "the newest post is first");
  assert.ok(Date.parse(after.posts[0].published_at) > Date.parse(before.posts[0].published_at));
  assert.ok(after.posts.some((post) => post.updated_at), "a post was corrected");
  assert.equal(after.pinned, ids[4], "the fifth turn's post is pinned");
  const all = [];
  for (let page = after; page; page = page.next && JSON.parse(newsroom.file(page.next))) all.push(...page.posts);
  assert.equal(all.length, 22 + 7 - 1, "one post was deleted");
  assert.equal(new Set(all.map((post) => post.id)).size, all.length, "no post twice");
  const latest = JSON.parse(newsroom.file("latest.json"));
  assert.ok(latest.items.some((story) => story.live && story.slug === "storm-arden-reaches-the-coast"));
  while (newsroom.liveTurn() !== null);
  assert.equal(file().status, "ended");
});

test("each sample edition is generated into public/editions/ as committed, in its language, with every rung of the ladder", async () => {
  for (const code of EDITIONS) {
    const edition = await loadEdition(code);
    const files = buildNewsroom(edition.STORIES, new Date(REFERENCE), { live: edition.LIVE, edition });
    for (const [path, value] of files) {
      const committed = readFileSync(join("public/editions", code, path), "utf8");
      assert.equal(committed, JSON.stringify(value, null, 2) + "\n", `${code}/${path}: run node tools/newsroom/generate.mjs`);
    }
    assert.equal(readdirSync(join("public/editions", code, "articles")).length, edition.STORIES.length);
    assert.ok(edition.STORIES.length >= 12 && edition.SECTIONS.length >= 3 && edition.LIVE.length === 1, code);
    const site = files.get("site.json");
    assert.equal(site.language, code);
    assert.ok(existsSync(join("lang", `${code}.json`)), `lang/${code}.json`);
    // Its newsroom folder has the English sample's photos beside its JSON.
    const folder = editionFolder(code, mkdtempSync(join(tmpdir(), `edition-${code}-`)));
    assert.ok(existsSync(join(folder, "images/photos/harbour-720.webp")) && existsSync(join(folder, "home.json")));
    rmSync(folder, { recursive: true, force: true });
  }
});

test("the simulator runs an edition in its own language", async () => {
  const edition = await loadEdition("ar");
  const newsroom = createNewsroom(new Date(), edition);
  const slug = newsroom.publish();
  const latest = JSON.parse(newsroom.file("latest.json"));
  assert.equal(latest.items[0].slug, slug);
  assert.equal(latest.items[0].title, edition.POOL[0].title);
  const post = newsroom.liveTurn();
  const live = JSON.parse(newsroom.file(`live/${edition.LIVE[0].slug}.json`));
  assert.equal(live.posts[0].id, post);
  assert.match(live.posts[0].body[0].text, /[\u0600-\u06ff]/, "the post is in Arabic");
});

test("the stylesheets are written in logical directions only, so a right-to-left page mirrors", () => {
  for (const file of readdirSync("style")) {
    const css = readFileSync(join("style", file), "utf8");
    const physical = css.split("\n").filter((line) => /\b(left|right)\b/i.test(line));
    assert.deepEqual(physical, [], `style/${file}`);
  }
});

test("the development shell carries the edition's name and words", () => {
  const run = spawnSync(process.execPath, ["tools/newsroom/dev-head.mjs", "tr"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /<meta name="dateline:name" content="Kıyıkent Postası" \/>/);
  const words = JSON.parse(run.stdout.match(/id="dateline-strings">(.*)<\/script>/)[1]);
  assert.equal(words.language, "tr");
  assert.equal(words.strings.latest_news, "Son Haberler");
  assert.equal(words.digits, "latn");
});

test("slugs stay unique when the pool comes round again", () => {
  const newsroom = createNewsroom(new Date());
  const slugs = Array.from({ length: 13 }, () => newsroom.publish());
  assert.equal(new Set(slugs).size, slugs.length);
});

test("the large newsroom has as many distinct stories as asked, within the contract's limits", () => {
  const stories = manyStories(500);
  assert.equal(new Set(stories.map((s) => s.slug)).size, 500);
  const files = buildNewsroom(stories, new Date("2026-11-28T15:00:00Z"));
  assert.equal([...files.keys()].filter((path) => path.startsWith("articles/")).length, 500);
  assert.equal(files.get("latest.json").items.length, 50);
  for (const [path, value] of files) if (path.startsWith("categories/")) assert.ok(value.items.length <= 100, path);
});

test("the long live page for the bench has 200 posts in files of the contract's 20, each named by the one before", () => {
  const { files } = livePages(longLive(200), new Date("2026-11-28T15:00:00Z"));
  const pages = [...files.values()];
  assert.equal(pages.length, 10);
  const ids = pages.flatMap((page) => page.posts.map((post) => post.id));
  assert.equal(new Set(ids).size, 200);
  for (const [i, page] of pages.entries()) {
    assert.ok(page.posts.length <= 20);
    assert.equal(page.next, i + 1 < pages.length ? [...files.keys()][i + 1] : undefined);
    const times = page.posts.map((post) => Date.parse(post.published_at));
    assert.deepEqual(times, [...times].sort((a, b) => b - a), "newest first");
  }
  // The pinned post is the oldest, given whole; key events further back carry their titles.
  assert.equal(pages[0].pinned.id, "count-001");
  assert.ok(pages[0].key_events.length >= 5 && pages[0].key_events.every((event) => typeof event === "string" || event.title));
  // The same page every run.
  assert.deepEqual(longLive(200), longLive(200));
});

test("the size budget fails an oversized build, naming the file and the figure", () => {
  const root = tempFolder("size-");
  // Random bytes do not compress: 40 KB of them stay about 40 KB in brotli.
  writeFileSync(join(root, "app-0123456789abcdef_bg.wasm"), randomBytes(40 * 1024));
  writeFileSync(join(root, "app-0123456789abcdef.js"), "export default 1;\n".repeat(50));
  writeFileSync(join(root, "notes.txt"), randomBytes(200 * 1024));
  // The service worker loads after the page: on a line of its own, not in the total.
  writeFileSync(join(root, "sw.js"), randomBytes(20 * 1024));
  const run = (budget) => spawnSync(process.execPath, ["tools/size-report.mjs", root, String(budget)], { encoding: "utf8" });

  const over = run(30);
  assert.equal(over.status, 1);
  assert.match(over.stderr, /over budget: 40\.\d KB brotli > 30\.0 KB, by 10\.\d KB/);
  assert.match(over.stderr, /app-0123456789abcdef_bg\.wasm 40\.\d KB/);

  const within = run(50);
  assert.equal(within.status, 0, within.stderr);
  assert.match(within.stdout, /^total .* 40\.\d KB brotli$/m, "files other than wasm, JS and CSS do not count");
  assert.match(within.stdout, /^sw\.js \(offline reading, after the page; not in the total\) 20\.0 KB, 20\.\d KB brotli$/m);
});

test("make size counts each item for the crate or Dateline module it belongs to", () => {
  assert.equal(owner("dateline::components::header::__component_site_header::h0123456789abcdef"), "dateline::components::header");
  assert.equal(owner("dateline::main::h0123456789abcdef"), "dateline");
  assert.equal(owner("<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_map::h0123456789abcdef"), "serde_json");
  assert.equal(owner("<T as tachys::view::any_view::IntoAny>::into_any::h0123456789abcdef"), "tachys");
  assert.equal(owner("<dlmalloc[e24a27700634d609]::dlmalloc::Dlmalloc<A>>::malloc::h0123456789abcdef"), "dlmalloc");
  assert.equal(owner("core::ptr::drop_in_place<leptos_meta::title::TitleContext>::h0123456789abcdef"), "leptos_meta");
  assert.equal(owner('data segment ".rodata"'), "(data and tables)");
});

/** A GET with the path sent exactly as written (fetch would normalise it). */
function rawGet(base, path) {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => ok({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", fail);
    req.end();
  });
}

const ESCAPES = [
  "/../secret.txt",
  "/%2e%2e/secret.txt",
  "/%2E%2E%2Fsecret.txt",
  "/..%2fsecret.txt",
  "/..%5csecret.txt",
  "/%5C..%5Csecret.txt",
  "/.%2e/secret.txt",
  "/site%00/../secret.txt",
  "/index.html%0a",
];

test("the development servers refuse every path outside their folder", async () => {
  const parent = tempFolder("escape-");
  writeFileSync(join(parent, "secret.txt"), "the secret");
  const root = join(parent, "site");
  mkdirSync(root);
  writeFileSync(join(root, "404.html"), "<!doctype html><title>not found</title>");
  await serve(cdnHandler(root), async (base) => {
    for (const path of ESCAPES) {
      const answer = await rawGet(base, path);
      assert.doesNotMatch(answer.body, /the secret/, path);
      assert.equal(answer.status, 404, path);
    }
  });
  await serve(simulatorHandler(createNewsroom()), async (base) => {
    for (const path of ESCAPES.map((escape) => `/api/images/..${escape}`).concat(["/api/images/%2e%2e/%2e%2e/%2e%2e/package.json", "/api/images/..%5c..%5c..%5cpackage.json"])) {
      const answer = await rawGet(base, path);
      assert.doesNotMatch(answer.body, /dateline-tools|the secret/, path);
      assert.equal(answer.status, 404, path);
    }
  });
  for (const [path, expected] of [["/news/a", "/news/a"], ["/a\\b", "/a/b"], ["/a%5Cb", null], ["/a%01", null], ["/a%7f", null], ["/%2e", "/"]]) {
    assert.equal(safePath(path), expected, path);
  }
});

test("the development servers keep a bounded cache of compressed bodies", () => {
  for (let i = 0; i < CACHE_LIMIT + 20; i++) brotli(Buffer.from(`body ${i}`), `"etag-${i}"`);
  assert.equal(cachedBodies(), CACHE_LIMIT);
});

test("the CDN server applies the site's _headers file, as Netlify and Cloudflare Pages do", async () => {
  const root = siteFolder("/");
  writeFileSync(join(root, "app-0123456789abcdef.js"), "export {};");
  writeFileSync(
    join(root, "_headers"),
    "# comment\n/*\n  Content-Security-Policy: default-src 'self'\n\n/\n  Cache-Control: no-cache\n\n/app-0123456789abcdef.js\n  Cache-Control: public, max-age=31536000, immutable\n",
  );
  await serve(cdnHandler(root), async (base) => {
    const front = await fetch(`${base}/`);
    assert.equal(front.headers.get("content-security-policy"), "default-src 'self'");
    assert.equal(front.headers.get("cache-control"), "no-cache");
    const missing = await fetch(`${base}/nope`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get("content-security-policy"), "default-src 'self'", "the 404 page too");
    const asset = await fetch(`${base}/app-0123456789abcdef.js`);
    assert.equal(asset.headers.get("cache-control"), "public, max-age=31536000, immutable");
  });
});

test("every make target that compiles for wasm32 first makes sure the wasm32 target is installed", () => {
  // rustup does not add rust-toolchain.toml's targets to a toolchain that
  // is already installed, so a fresh machine has the host target only.
  const makefile = readFileSync("Makefile", "utf8");
  const phony = makefile.match(/^\.PHONY:(.*)$/m)[1].trim().split(/\s+/);
  const compilesForWasm = /\btrunk (build|serve)\b|--target wasm32-unknown-unknown|tools\/run-tests\.sh/;
  const ensuresTarget = /rustup target add wasm32-unknown-unknown/;
  const compiling = [];
  for (const target of phony) {
    const dry = spawnSync("make", ["-n", "--no-print-directory", target], { encoding: "utf8" });
    assert.equal(dry.status, 0, `make -n ${target}: ${dry.stderr}`);
    const lines = dry.stdout.split("\n");
    const compiles = lines.findIndex((line) => compilesForWasm.test(line));
    if (compiles < 0) continue;
    compiling.push(target);
    const ensures = lines.findIndex((line) => ensuresTarget.test(line));
    assert.ok(ensures >= 0 && ensures < compiles, `make ${target} compiles for wasm32 before installing the target:\n${dry.stdout}`);
  }
  // The check itself must see the targets that build the app.
  for (const target of ["serve", "app", "build", "test-site", "test", "size"]) {
    assert.ok(compiling.includes(target), `make ${target} should be seen compiling for wasm32`);
  }
});

test("the release browser build is on the pinned nightly, installed first, named once in the repository", () => {
  const makefile = readFileSync("Makefile", "utf8");
  const pin = /^NIGHTLY := (nightly-\d{4}-\d{2}-\d{2})$/m.exec(makefile)?.[1];
  assert.ok(pin, "the Makefile pins one dated nightly");
  // Named once: every other file that builds or documents it refers to the Makefile.
  const tracked = spawnSync("git", ["ls-files"], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
  const naming = tracked.filter((file) => existsSync(file) && readFileSync(file, "utf8").includes(pin));
  assert.deepEqual(naming, ["Makefile"]);
  for (const target of ["app", "build", "test-site", "size"]) {
    const dry = spawnSync("make", ["-n", "--no-print-directory", target], { encoding: "utf8" });
    assert.equal(dry.status, 0, `make -n ${target}: ${dry.stderr}`);
    const lines = dry.stdout.split("\n");
    const install = lines.findIndex((line) => line.includes(`rustup toolchain install ${pin}`) && line.includes("rust-src"));
    const builds = lines.findIndex((line) => /\btrunk build\b|cargo build .*--target wasm32-unknown-unknown/.test(line));
    assert.ok(install >= 0 && install < builds, `make ${target} builds before installing ${pin}:\n${dry.stdout}`);
    // Trunk builds --offline, so the standard library's own dependencies
    // must be fetched first (a fresh CARGO_HOME has none of them).
    const fetch = lines.findIndex((line) => /--manifest-path .*lib\/rustlib\/src\/rust\/library\/Cargo\.toml/.test(line));
    assert.ok(fetch >= 0 && fetch < builds, `make ${target} builds before fetching the standard library's dependencies:\n${dry.stdout}`);
    assert.match(lines[builds], new RegExp(`RUSTUP_TOOLCHAIN=${pin} CARGO_UNSTABLE_BUILD_STD=std,panic_abort `));
    assert.match(lines[builds], /-Cpanic=immediate-abort/);
  }
  // ...and nothing else is: serve's development build stays on stable.
  const serve = spawnSync("make", ["-n", "--no-print-directory", "serve"], { encoding: "utf8" }).stdout;
  assert.doesNotMatch(serve, new RegExp(pin));
});

test("the slim build: module and glue call each other by the same short names, style sheets lose their comments, files are renamed after what they hold", async () => {
  // A module as wasm-bindgen writes one: an import from the glue named with
  // a hash, an export named after a closure's type, and the allocator
  // entry the glue's runtime calls by its fixed name.
  const { slimDist } = await import("./slim-build.mjs");
  const str = (text) => [text.length, ...Buffer.from(text)];
  const section = (id, bytes) => [id, bytes.length, ...bytes];
  const importName = "__wbg_now_0123456789abcdef";
  const invoke = "wasm_bindgen_0123456789abcdef___convert__closures_____invoke_______true_";
  const module = Buffer.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 0, 1, 0x7c]), // type 0: () -> f64
    ...section(2, [1, ...str("./app_bg.js"), ...str(importName), 0, 0]),
    ...section(3, [2, 0, 0]), // two functions of type 0
    ...section(7, [2, ...str(invoke), 0, 1, ...str("__wbindgen_malloc"), 0, 2]),
    ...section(10, [2, 4, 0, 0x10, 0, 0x0b, 11, 0, 0x44, 0, 0, 0, 0, 0, 0, 0, 0, 0x0b]), // call the import; return 0.0
  ]);
  const glue = `export const imports = { "./app_bg.js": { ${importName}: function() { return 42; } } };
export const call = (wasm) => wasm.${invoke}();
export const url = new URL("app-0123456789abcdef_bg.wasm", import.meta.url);
`;
  const css = "/* The page's colours. */\n:root {\n  --accent: #b00;\n}\n\n.crumb::before {\n  content: \">\" / \"\";\n}\n";
  const dist = mkdtempSync(join(tmpdir(), "dateline-slim-build-"));
  try {
    writeFileSync(join(dist, "app-0123456789abcdef_bg.wasm"), module);
    writeFileSync(join(dist, "app-0123456789abcdef.js"), glue);
    const integrityOf = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
    writeFileSync(join(dist, "tokens-0123456789abcde.css"), css);
    writeFileSync(
      join(dist, "shell.html"),
      `<link rel="stylesheet" href="/tokens-0123456789abcde.css" integrity="${integrityOf(Buffer.from(css))}">` +
        `<link rel="modulepreload" href="/app-0123456789abcdef.js" integrity="${integrityOf(Buffer.from(glue))}">` +
        `<link rel="preload" href="/app-0123456789abcdef_bg.wasm" integrity="${integrityOf(module)}">`,
    );
    const { renamed } = slimDist(dist);
    assert.equal(renamed, 2, "the import and the closure's export");
    const files = readdirSync(dist).sort();
    assert.equal(files.length, 4, String(files));
    const [js, wasmFile, shell, sheet] = files;
    assert.match(sheet, /^tokens-[0-9a-f]{16}\.css$/);
    const slim = readFileSync(join(dist, sheet), "utf8");
    assert.equal(slim, ':root {\n--accent: #b00;\n}\n.crumb::before {\ncontent: ">" / "";\n}\n');
    assert.match(js, /^app-[0-9a-f]{16}\.js$/);
    assert.notEqual(js, "app-0123456789abcdef.js", "renamed after what it now holds");
    assert.equal(wasmFile, js.replace(/\.js$/, "_bg.wasm"));
    const wasm = readFileSync(join(dist, wasmFile));
    const compiled = new WebAssembly.Module(wasm);
    assert.deepEqual(WebAssembly.Module.imports(compiled).map((entry) => entry.name), ["$0"]);
    assert.deepEqual(WebAssembly.Module.exports(compiled).map((entry) => entry.name), ["$1", "__wbindgen_malloc"]);
    assert.ok(wasm.length < module.length);
    // The glue, rewritten the same way, still drives the module.
    const app = await import(pathToFileURL(join(dist, js)).href);
    const instance = new WebAssembly.Instance(compiled, app.imports);
    assert.equal(app.call(instance.exports), 42);
    assert.ok(app.url.href.endsWith(wasmFile), "the glue names the renamed module");
    const page = readFileSync(join(dist, shell), "utf8");
    assert.ok(page.includes(`href="/${js}" integrity="${integrityOf(readFileSync(join(dist, js)))}"`), page);
    assert.ok(page.includes(`href="/${wasmFile}" integrity="${integrityOf(wasm)}"`), page);
    assert.ok(page.includes(`href="/${sheet}" integrity="${integrityOf(Buffer.from(slim))}"`), page);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test("the Cloudflare worker the publish writes routes stories, sections and everything else", async () => {
  // src/publish/worker.js as the publish writes it for a site at /edition/,
  // in front of an asset server that answers as Cloudflare Pages' does:
  // `x.html` moved to `x`, a folder's page at `folder/`, else 404.html.
  const source = readFileSync(new URL("../src/publish/worker.js", import.meta.url), "utf8").replace('const BASE = "/";', 'const BASE = "/edition/";');
  assert.match(source, /const BASE = "\/edition\/";/);
  const worker = (await import(`data:text/javascript,${encodeURIComponent(source)}`)).default;
  const files = { "/edition/": "front", "/edition/news/a-story/": "a story", "/edition/shell": "shell", "/edition/start.js": "start" };
  const asked = [];
  const ASSETS = {
    async fetch(request) {
      const { pathname } = new URL(request.url);
      asked.push(pathname);
      if (pathname.endsWith(".html")) return new Response(null, { status: 308, headers: { Location: pathname.slice(0, -5) } });
      if (pathname in files) return new Response(files[pathname], { headers: { ETag: '"1"' } });
      return new Response("not found", { status: 404 });
    },
  };
  const answer = async (path) => {
    const served = await worker.fetch(new Request(`https://news.example${path}`), { ASSETS });
    return [served.status, await served.text(), served.headers.get("Vary")];
  };
  assert.deepEqual(await answer("/edition/news/a-story"), [200, "a story", "Accept-Encoding"]);
  assert.deepEqual(await answer("/edition/news/a-story/"), [200, "a story", "Accept-Encoding"]);
  assert.deepEqual(await answer("/edition/news/not-yet"), [200, "shell", "Accept-Encoding"]);
  assert.deepEqual(await answer("/edition/category/world/"), [200, "shell", "Accept-Encoding"]);
  assert.deepEqual(await answer("/edition/start.js"), [200, "start", "Accept-Encoding"]);
  for (const path of ["/edition/news/a-story/more", "/edition/news/Not-A-Slug", "/edition/news/", "/news/a-story", "/edition/topics/x"]) {
    assert.equal((await answer(path))[0], 404, path);
  }
  assert.ok(!asked.includes("/news/a-story/"), "no page is looked for outside the base path");
});
