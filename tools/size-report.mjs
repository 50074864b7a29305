#!/usr/bin/env node
// Prints what a reader downloads to run the app: each wasm, JavaScript and
// CSS file of a build, raw and brotli-compressed, and the total. With a
// budget (in KB, brotli) it fails when the total is over it, naming the
// files and the figures; `make build` passes SIZE_BUDGET_KB from the Makefile.
//
//   node tools/size-report.mjs [dir=dist] [budget-kb]

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The service worker (offline reading): the browser fetches it once the
 * page has loaded, not to run the page, so it is reported on its own line
 * and not counted in the total.
 */
const WORKER = "sw.js";

/** Each downloaded file of `dir` with its raw and brotli size, largest first (`worker`: the service worker alone). */
export function measure(dir, { worker = false } = {}) {
  return readdirSync(dir)
    .filter((name) => /\.(wasm|js|css)$/.test(name) && (name === WORKER) === worker)
    .map((name) => {
      const body = readFileSync(join(dir, name));
      const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return { name, raw: body.length, brotli };
    })
    .sort((a, b) => b.brotli - a.brotli);
}

/** The report's lines, and an error naming what is over `budgetKb`, if anything. */
export function report(files, budgetKb = null) {
  const raw = files.reduce((sum, file) => sum + file.raw, 0);
  const brotli = files.reduce((sum, file) => sum + file.brotli, 0);
  const row = (name, r, b) => `${name.padEnd(44)} ${kb(r).padStart(10)} ${kb(b).padStart(10)} brotli`;
  const lines = [...files.map((file) => row(file.name, file.raw, file.brotli)), row("total", raw, brotli)];
  if (budgetKb !== null) lines.push(`budget ${budgetKb.toFixed(1)} KB brotli (SIZE_BUDGET_KB in the Makefile)`);
  if (budgetKb === null || brotli <= budgetKb * 1024) return { lines, error: null };
  const largest = files.map((file) => `${file.name} ${kb(file.brotli)}`).join(", ");
  return {
    lines,
    error: `over budget: ${kb(brotli)} brotli > ${budgetKb.toFixed(1)} KB, by ${kb(brotli - budgetKb * 1024)} (${largest})`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "dist";
  const budgetKb = process.argv[3] ? Number(process.argv[3]) : null;
  const files = measure(dir);
  if (files.length === 0) {
    console.error(`no wasm, JavaScript or CSS files in ${dir}: build first`);
    process.exit(1);
  }
  const { lines, error } = report(files, budgetKb);
  for (const line of lines) console.log(line);
  for (const file of measure(dir, { worker: true })) {
    console.log(`${file.name} (offline reading, after the page; not in the total) ${kb(file.raw)}, ${kb(file.brotli)} brotli`);
  }
  if (error) {
    console.error(error);
    process.exit(1);
  }
}
