#!/usr/bin/env node
// `make size`: where the release wasm's bytes go. Reads the wasm that
// wasm-bindgen wrote from Cargo's release build (function names kept) and the
// same file after `wasm-opt -Oz` (names kept with --debuginfo, and without
// them, as shipped), runs twiggy over them, and prints:
//   - the totals before and after wasm-opt, raw and brotli;
//   - what each crate, and each of Dateline's own modules, costs after wasm-opt;
//   - the twenty largest items after wasm-opt.
//
//   node tools/size-breakdown.mjs <before.wasm> <after-with-names.wasm> <after.wasm>

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { shortenModule } from "./slim-build.mjs";

const NAMES = '"function names" subsection';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const brotliOf = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Whose code an item is, from its demangled name: the crate of the first
 * path in it (the type of `<Type as Trait>`, or the trait when the type is a
 * generic parameter such as `T`), and for Dateline its module, such as
 * `dateline::components::header`; drop glue counts for the type it drops.
 * Data, tables and the like are "(data and tables)".
 */
export function owner(symbol) {
  const name = symbol.replace(/::h[0-9a-f]{16}$/, "");
  // Drop glue is the code of the type it drops.
  const dropped = /^core::ptr::drop_in_place<(.*)>$/.exec(name);
  if (dropped) return owner(dropped[1]);
  const paths = [...name.matchAll(/[A-Za-z_][A-Za-z0-9_]*(?:\[[0-9a-f]+\])?(?:::[A-Za-z_{][A-Za-z0-9_{}]*)+/g)].map((m) => m[0]);
  if (paths.length === 0) return "(data and tables)";
  const segments = paths[0].split("::").map((segment) => segment.replace(/\[[0-9a-f]+\]$/, ""));
  if (segments[0] !== "dateline") return segments[0];
  const modules = [];
  for (const segment of segments.slice(1, -1)) {
    if (!/^[a-z][a-z0-9_]*$/.test(segment) || segment.startsWith("__")) break;
    modules.push(segment);
  }
  return ["dateline", ...modules.slice(0, 2)].join("::");
}

function items(wasm) {
  const rows = JSON.parse(execFileSync("twiggy", ["top", "--format", "json", wasm], { maxBuffer: 1 << 28 }).toString());
  return rows.filter((row) => row.name !== NAMES && !row.name.startsWith("Σ") && !row.name.startsWith("..."));
}

function table(rows) {
  for (const [name, bytes, share] of rows) console.log(`${name.padEnd(52)} ${kb(bytes).padStart(10)} ${share.padStart(7)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [before, afterNamed, after] = process.argv.slice(2);
  const code = (rows) => rows.reduce((sum, row) => sum + row.shallow_size, 0);
  const beforeItems = items(before);
  const afterItems = items(afterNamed);
  const total = code(afterItems);
  const percent = (bytes) => `${((100 * bytes) / total).toFixed(1)}%`;

  console.log("Totals (function names not counted)\n");
  table([
    ["before wasm-opt (wasm-bindgen output)", code(beforeItems), ""],
    ["after wasm-opt -Oz", total, ""],
  ]);
  // As shipped: with the short names of tools/slim-build.mjs.
  const shipped = shortenModule(readFileSync(after)).wasm;
  console.log(`\nas shipped: ${kb(shipped.length)} raw, ${kb(brotliOf(shipped))} brotli (short names)\n`);

  const byOwner = new Map();
  for (const row of afterItems) byOwner.set(owner(row.name), (byOwner.get(owner(row.name)) ?? 0) + row.shallow_size);
  const owners = [...byOwner].sort((a, b) => b[1] - a[1]);
  console.log("By crate, after wasm-opt (raw bytes; Dateline's own modules are dateline::…)\n");
  table(owners.map(([name, bytes]) => [name, bytes, percent(bytes)]));

  console.log("\nThe twenty largest items, after wasm-opt\n");
  table(
    afterItems
      .sort((a, b) => b.shallow_size - a.shallow_size)
      .slice(0, 20)
      .map((row) => [row.name.replace(/::h[0-9a-f]{16}$/, "").slice(0, 52), row.shallow_size, percent(row.shallow_size)]),
  );
}
