#!/usr/bin/env node
// Writes the sample newsroom into public/api/ from stories.mjs.
// Run it after editing the stories: `node tools/newsroom/generate.mjs`.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildNewsroom } from "./newsroom.mjs";
import { CAPTIONS, REFERENCE, STORIES } from "./stories.mjs";

const api = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "public", "api");
// Everything is written afresh but the photos and the video, which their
// own tools draw (photos.mjs, video.mjs).
const KEPT = ["images/photos", "video"];
for (const entry of readdirSync(api, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
  const path = relative(api, join(entry.parentPath, entry.name));
  if (!KEPT.some((kept) => path.startsWith(`${kept}/`))) rmSync(join(api, path));
}
for (const [path, value] of buildNewsroom(STORIES, new Date(REFERENCE))) {
  const file = join(api, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
}
for (const [path, text] of Object.entries(CAPTIONS)) {
  mkdirSync(dirname(join(api, path)), { recursive: true });
  writeFileSync(join(api, path), text);
}
console.log(`wrote the sample newsroom to ${api}`);
