#!/usr/bin/env node
// Writes the sample newsroom into public/api/ from stories.mjs.
// Run it after editing the stories: `node tools/newsroom/generate.mjs`.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildNewsroom, illustration, ILLUSTRATIONS } from "./newsroom.mjs";
import { REFERENCE, STORIES } from "./stories.mjs";

const api = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "public", "api");
rmSync(api, { recursive: true, force: true });
for (const [path, value] of buildNewsroom(STORIES, new Date(REFERENCE))) {
  const file = join(api, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
}
mkdirSync(join(api, "images"), { recursive: true });
for (const name of ILLUSTRATIONS) writeFileSync(join(api, "images", `${name}.svg`), illustration(name));
console.log(`wrote the sample newsroom to ${api}`);
