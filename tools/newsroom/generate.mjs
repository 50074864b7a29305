#!/usr/bin/env node
// Writes the sample newsroom into public/api/ from stories.mjs, and its
// editions in other languages (editions/*.mjs) into public/editions/{code}/
// (their JSON only: they share the English sample's photos and video, see
// edition.mjs). Run it after editing the stories:
// `node tools/newsroom/generate.mjs`.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { EDITIONS, loadEdition } from "./edition.mjs";
import { buildNewsroom } from "./newsroom.mjs";
import { CAPTIONS, REFERENCE, STORIES } from "./stories.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "public");

/** Writes `files` (path to JSON value) into `folder`, first removing what is there but `kept`. */
function write(folder, files, kept = []) {
  mkdirSync(folder, { recursive: true });
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const path = relative(folder, join(entry.parentPath, entry.name));
    if (!kept.some((k) => path.startsWith(`${k}/`))) rmSync(join(folder, path));
  }
  for (const [path, value] of files) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2) + "\n");
  }
}

// Everything is written afresh but the photos and the video, which their
// own tools draw (photos.mjs, video.mjs).
const api = join(root, "api");
write(api, [...buildNewsroom(STORIES, new Date(REFERENCE)), ...Object.entries(CAPTIONS)], ["images/photos", "video"]);
console.log(`wrote the sample newsroom to ${api}`);
for (const code of EDITIONS) {
  const edition = await loadEdition(code);
  const folder = join(root, "editions", code);
  write(folder, buildNewsroom(edition.STORIES, new Date(REFERENCE), { live: edition.LIVE, edition }));
  console.log(`wrote its ${code} edition to ${folder}`);
}
