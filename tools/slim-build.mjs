#!/usr/bin/env node
// What the release build drops before it ships (`make app`, after `trunk
// build --release`), each file then renamed after what it now holds and the
// shell page Trunk wrote updated (names and `integrity`), so that a file
// name never stands for two contents:
//
// - Long names between the app's wasm module and its JavaScript glue.
//   wasm-bindgen names each import after the function and a 16-digit hash
//   (`__wbg_querySelector_8d9b732df7467c44`), and each closure's entry point
//   after its whole type: 187 imports and 32 exports, 10.7 KB of names that
//   compress badly, written once in the module and once in the glue. Each
//   becomes `$` and a number in base 36, the same in both files (about
//   4.4 KB brotli of what a reader downloads; README, "Size"). Exports the
//   glue's own runtime calls by their fixed names (`memory`,
//   `__wbindgen_malloc`, `__wbindgen_start` and the like) keep them.
// - The style sheets' comments, blank lines and indentation (0.7 KB
//   brotli). Trunk's own minifier would do this, but it also rewrites the
//   shell page, whose tags the publish step reads as Trunk writes them.
//
//   node tools/slim-build.mjs <dist>

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Reads an unsigned LEB128 number at `at`: [value, position after it]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
}

const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([u32(bytes.length), bytes]);
};

/** Skips an import's description (function, table, memory, global, tag). */
function skipImportKind(bytes, at) {
  const kind = bytes[at++];
  const limits = (pos) => {
    const flags = bytes[pos++];
    [, pos] = readU32(bytes, pos);
    if (flags & 1) [, pos] = readU32(bytes, pos);
    return pos;
  };
  if (kind === 0) return readU32(bytes, at)[1];
  if (kind === 1) return limits(at + 1);
  if (kind === 2) return limits(at);
  if (kind === 3) return at + 2;
  if (kind === 4) return readU32(bytes, at + 1)[1];
  throw new Error(`unknown import kind ${kind}`);
}

/** Exports the glue's runtime reaches by name, whatever the app is. */
const keepExport = (text) => text === "memory" || text === "main" || text.startsWith("__wbindgen_");

/** The module wasm-bindgen's imports come from: the glue (`./dateline_bg.js`). */
const isGlue = (module) => module.endsWith("_bg.js");

/**
 * The module with its imports from the glue, and its exports but those the
 * glue's runtime names, renamed; and the map of old names to new.
 */
export function shortenModule(wasm) {
  const renames = new Map();
  const rename = (text) => {
    if (!renames.has(text)) renames.set(text, `$${renames.size.toString(36)}`);
    return renames.get(text);
  };
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readU32(wasm, at + 1);
    const end = start + size;
    if (id === 2 || id === 7) {
      let [count, pos] = readU32(wasm, start);
      const parts = [u32(count)];
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let module, field;
          [module, pos] = readName(wasm, pos);
          [field, pos] = readName(wasm, pos);
          const kindEnd = skipImportKind(wasm, pos);
          parts.push(name(module), name(isGlue(module) ? rename(field) : field), wasm.subarray(pos, kindEnd));
          pos = kindEnd;
        } else {
          let field;
          [field, pos] = readName(wasm, pos);
          const kindEnd = readU32(wasm, pos + 1)[1];
          parts.push(name(keepExport(field) ? field : rename(field)), wasm.subarray(pos, kindEnd));
          pos = kindEnd;
        }
      }
      const payload = Buffer.concat(parts);
      out.push(Buffer.from([id]), u32(payload.length), payload);
    } else {
      out.push(wasm.subarray(at, end));
    }
    at = end;
  }
  return { wasm: Buffer.concat(out), renames };
}

/** The glue with every old name, as a whole identifier, replaced. */
export function shortenGlue(js, renames) {
  if (renames.size === 0) return js;
  const escape = (text) => text.replace(/[$]/g, "\\$");
  const longestFirst = [...renames.keys()].sort((a, b) => b.length - a.length);
  const names = new RegExp(`(?<![\\w$])(?:${longestFirst.map(escape).join("|")})(?![\\w$])`, "g");
  return js.replace(names, (old) => renames.get(old));
}

const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const contentHash = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};

/** A style sheet without its comments, blank lines and indentation. */
export function slimCss(css) {
  // Comments only outside strings; the sheets' strings hold no "/*".
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n")
    .concat("\n");
}

/**
 * Writes each file of `dist` as `changes` says ({old name: [new name, new
 * bytes]}), removes the old ones, and updates the shell page's names and
 * integrity hashes.
 */
function replaceFiles(dist, shellName, changes) {
  const shellPath = join(dist, shellName);
  let shell = readFileSync(shellPath, "utf8");
  for (const [oldName, [newName, bytes]] of Object.entries(changes)) {
    const before = readFileSync(join(dist, oldName));
    writeFileSync(join(dist, newName), bytes);
    if (newName !== oldName) rmSync(join(dist, oldName));
    shell = shell.replaceAll(integrity(before), integrity(Buffer.from(bytes))).replaceAll(oldName, newName);
  }
  writeFileSync(shellPath, shell);
}

/** Slims the app's files in `dist`: its module and glue, and its style sheets. */
export function slimDist(dist, shellName = "shell.html") {
  const files = readdirSync(dist);
  const wasmName = files.find((file) => file.endsWith("_bg.wasm"));
  if (!wasmName) throw new Error(`${dist} has no wasm module`);
  const stem = wasmName.slice(0, -"_bg.wasm".length);
  const oldWasm = readFileSync(join(dist, wasmName));
  const oldJs = readFileSync(join(dist, `${stem}.js`), "utf8");
  const { wasm, renames } = shortenModule(oldWasm);
  if (renames.size === 0) throw new Error(`${wasmName}: no import of the glue found`);
  new WebAssembly.Module(wasm); // still a valid module
  const shortJs = shortenGlue(oldJs, renames);
  const newStem = stem.replace(/-[0-9a-f]+$/, `-${contentHash(wasm, shortJs)}`);
  const changes = {
    [`${stem}.js`]: [`${newStem}.js`, shortJs.replaceAll(stem, newStem)],
    [wasmName]: [`${newStem}_bg.wasm`, wasm],
  };
  let css = { before: 0, after: 0 };
  for (const file of files.filter((name) => /-[0-9a-f]+\.css$/.test(name))) {
    const before = readFileSync(join(dist, file), "utf8");
    const slim = slimCss(before);
    changes[file] = [file.replace(/-[0-9a-f]+\.css$/, `-${contentHash(slim)}.css`), slim];
    css = { before: css.before + before.length, after: css.after + slim.length };
  }
  replaceFiles(dist, shellName, changes);
  return {
    renamed: renames.size,
    wasm: [oldWasm.length, wasm.length],
    js: [oldJs.length, changes[`${stem}.js`][1].length],
    css: [css.before, css.after],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2];
  if (!dist) {
    console.error("usage: node tools/slim-build.mjs <dist>");
    process.exit(2);
  }
  const { renamed, wasm, js, css } = slimDist(dist);
  const bytes = ([before, after]) => `${before} -> ${after} bytes`;
  console.log(`slimmed: ${renamed} short names, wasm ${bytes(wasm)}, glue ${bytes(js)}; style sheets ${bytes(css)}`);
}
