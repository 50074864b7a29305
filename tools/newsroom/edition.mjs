#!/usr/bin/env node
// The sample newsroom's editions in other languages: each a module of
// editions/ (its site, sections, stories and live page, in its language,
// original text) generated into public/editions/{code}/ like the English
// sample. A newsroom folder of an edition is that JSON with the English
// sample's photos and video beside it, which every edition shares:
//
//   node tools/newsroom/edition.mjs tr target/newsroom-tr
//
// writes one (`make build EDITION=tr` and the end-to-end tests use it).

import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The languages the sample is written in beside English. */
export const EDITIONS = ["tr", "ar"];

/** Refuses a code that is not one of the sample's editions in another language. */
function known(code) {
  if (!EDITIONS.includes(code)) throw new Error(`no sample edition ${code}: there are en, ${EDITIONS.join(", ")}`);
}

/** An edition's module (editions/{code}.mjs). */
export async function loadEdition(code) {
  known(code);
  return import(`./editions/${code}.mjs`);
}

/** The newsroom folder of edition `code` (`en`: the English sample's own) at `out`. */
export function editionFolder(code, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const english = join(root, "public", "api");
  if (code === "en") {
    cpSync(english, out, { recursive: true });
    return out;
  }
  known(code);
  cpSync(join(root, "public", "editions", code), out, { recursive: true });
  for (const shared of ["images", "video"]) cpSync(join(english, shared), join(out, shared), { recursive: true });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [code, out] = process.argv.slice(2);
  if (!code || !out) {
    console.error("usage: node tools/newsroom/edition.mjs CODE FOLDER");
    process.exit(2);
  }
  try {
    console.log(`the ${code} edition's newsroom is in ${editionFolder(code, out)}`);
  } catch (error) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
