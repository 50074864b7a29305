#!/usr/bin/env node
// Prints what a reader downloads to run the app: each wasm, JavaScript and
// CSS file of a build, raw and brotli-compressed, and the total.
//
//   node tools/size-report.mjs [dir=dist] [budget-kb]

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const budget = process.argv[3] ? Number(process.argv[3]) * 1024 : null;
const files = readdirSync(dir).filter((name) => /\.(wasm|js|css)$/.test(name)).sort();
if (files.length === 0) {
  console.error(`no wasm, JavaScript or CSS files in ${dir}: build first`);
  process.exit(1);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let raw = 0;
let compressed = 0;
for (const name of files) {
  const body = readFileSync(join(dir, name));
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += body.length;
  compressed += br;
  console.log(`${name.padEnd(44)} ${kb(body.length).padStart(10)} ${kb(br).padStart(10)} brotli`);
}
console.log(`${"total".padEnd(44)} ${kb(raw).padStart(10)} ${kb(compressed).padStart(10)} brotli`);
if (budget !== null && compressed > budget) {
  console.error(`over budget: ${kb(compressed)} brotli > ${kb(budget)}`);
  process.exit(1);
}
