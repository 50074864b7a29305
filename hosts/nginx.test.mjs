// The deploy guide's nginx block on real nginx (Debian's package, with its
// brotli module): the site that `make test-site` published, served by
// exactly the block in docs/deploy.md (./nginx.mjs), held to every promise
// of the guide's routing table, headers, 304s and compression
// (./checks.mjs). Then the same block, broken the ways a hand edit breaks
// it, must fail those checks. The engines' tour (engines/) takes a
// reader's tour on this nginx too.
//
//   make hosts-nginx test-site && node --test hosts/nginx.test.mjs

import assert from "node:assert/strict";
import { resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { checks, get, verify } from "./checks.mjs";
import { guideBlock, startNginx } from "./nginx.mjs";

const SITE = resolve(process.env.DATELINE_DIST ?? "target/e2e-site");

describe("nginx, configured by docs/deploy.md", () => {
  let nginx;
  before(async () => {
    nginx = await startNginx(SITE);
  });
  after(() => nginx?.stop());

  for (const check of checks(SITE, { http2: true })) {
    test(check.name, { skip: check.skip }, () => check.run(nginx.origin));
  }

  test("plain HTTP redirects to the same address on HTTPS", async () => {
    const answer = await get(nginx.plain, "/news/a-story?from=feed");
    assert.equal(answer.status, 301);
    assert.equal(new URL(answer.headers.location).protocol, "https:");
    assert.equal(new URL(answer.headers.location).pathname + new URL(answer.headers.location).search, "/news/a-story?from=feed");
  });

  test("nginx starts the block without a warning", () => {
    assert.doesNotMatch(nginx.log(), /\[(warn|emerg|error)\]/);
  });
});

/** The guide's block with `from` replaced by `to` (which must be there). */
function broken(from, to) {
  const block = guideBlock();
  assert.ok(block.includes(from), `the guide's block has ${from}`);
  return block.replace(from, to);
}

// Each is a change a hand edit could make; the checks must catch every one.
const BREAKAGES = [
  {
    what: "a types block inside server (it replaces nginx's whole MIME map)",
    block: () => broken("    charset utf-8;", "    charset utf-8;\n    types { application/wasm wasm; }"),
    fails: /content type/,
  },
  {
    what: "a location with an add_header of its own (it drops the server's headers there)",
    block: () => broken("        try_files $uri/index.html /shell.html;", "        add_header X-Frame-Options DENY;\n        try_files $uri/index.html /shell.html;"),
    fails: /headers _headers gives/,
  },
  {
    what: "a security header left out",
    block: () => broken("    add_header X-Content-Type-Options nosniff always;\n", ""),
    fails: /headers _headers gives/,
  },
  {
    what: "the shell route for /category/ lost",
    block: () => broken("(news|category|topic)/", "(news|topic)/"),
    fails: /story or section with no page yet gets the shell/,
  },
  {
    what: "the shell route for /topic/ lost (a topic is then a 404 until it is pre-rendered)",
    block: () => broken("(news|category|topic)/", "(news|category)/"),
    fails: /a topic, or a page of .* no page yet gets the shell/,
  },
  {
    what: "a catch-all shell, the way single-page apps are often served",
    block: () => broken("try_files $uri $uri/index.html =404;", "try_files $uri $uri/index.html /shell.html;"),
    fails: /not-found page, 404/,
  },
  {
    what: "the feed and sitemap left uncompressed (text/xml not in the types)",
    block: () => broken("gzip_types text/css text/xml", "gzip_types text/css").replace("brotli_types text/css text/xml", "brotli_types text/css"),
    fails: /compressed/,
  },
];

describe("a broken nginx block fails the checks", () => {
  for (const breakage of BREAKAGES) {
    test(breakage.what, async () => {
      const nginx = await startNginx(SITE, { block: breakage.block() });
      try {
        const results = await verify(nginx.origin, checks(SITE));
        const failed = results.filter((result) => result.ok === false).map((result) => result.name);
        assert.ok(failed.some((name) => breakage.fails.test(name)), `a check matching ${breakage.fails} fails; failed: ${JSON.stringify(failed)}`);
      } finally {
        await nginx.stop();
      }
    });
  }
});
