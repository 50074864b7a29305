#!/usr/bin/env node
// What `make serve` and the app's build put in index.html's head
// (`<link data-trunk rel="inline" href="target/edition/head.html">`): the
// sample edition's name and tagline and its language's words, as the
// publish step writes them into every page (src/publish/settings.rs), so
// the app that `trunk serve` serves speaks the edition's language. The
// publish step replaces all three in the pages it writes.
//
//   node tools/newsroom/dev-head.mjs [en|tr|ar] > target/edition/head.html

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEdition } from "./edition.mjs";
import { SITE } from "./newsroom.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const code = process.argv[2] ?? "en";
const site = code === "en" ? SITE : (await loadEdition(code)).SITE;
const words = JSON.parse(readFileSync(join(root, "lang", `${site.language ?? "en"}.json`), "utf8"));
const { name: _name, plural_forms: _forms, ...page } = { ...words, digits: site.digits ?? "latn" };
const attribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
process.stdout.write(
  `<meta name="dateline:name" content="${attribute(site.name)}" />\n` +
    `    <meta name="dateline:tagline" content="${attribute(site.tagline)}" />\n` +
    `    <script type="application/json" id="dateline-strings">${JSON.stringify(page).replace(/</g, "\\u003c")}</script>\n`,
);
