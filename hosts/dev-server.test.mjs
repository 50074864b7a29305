// The development server (tools/cdn-server.mjs, which the end-to-end tests
// and `make bench` use) held to the same table as the real hosts
// (./checks.mjs), so that what the end-to-end tests see is what a reader
// of a real host gets. It follows the site's `_redirects` as Netlify does:
// a story address is any one path segment.
//
//   make test-site && node --test hosts/dev-server.test.mjs

import { createServer } from "node:http";
import { resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { cdnHandler } from "../tools/cdn-server.mjs";
import { checks } from "./checks.mjs";

const SITE = resolve(process.env.DATELINE_DIST ?? "target/e2e-site");

describe("the development server (tools/cdn-server.mjs)", () => {
  let server;
  let origin;
  before(async () => {
    server = createServer(cdnHandler(SITE));
    await new Promise((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((done) => server?.close(done)));

  for (const check of checks(SITE, { strictSlugs: false })) {
    test(check.name, { skip: check.skip }, () => check.run(origin));
  }
});
