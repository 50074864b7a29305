#!/usr/bin/env node
// Writes a large newsroom for measuring the publish step: the sample's
// stories repeated (each copy with its own slug and an older time) until
// there are N articles, and the sample's live page with a 200-post one
// beside it. Lives beside the simulator; not part of the site.
//
//   node tools/newsroom/large.mjs [articles=10000] [out=target/large-newsroom]

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { LIVE, longLive } from "./live.mjs";
import { buildNewsroom } from "./newsroom.mjs";
import { REFERENCE, STORIES } from "./stories.mjs";

/** `count` stories: the sample's first, then numbered copies, each older. */
export function manyStories(count) {
  return Array.from({ length: count }, (_, i) => {
    const story = STORIES[i % STORIES.length];
    const round = Math.floor(i / STORIES.length);
    if (round === 0) return story;
    return { ...story, slug: `${story.slug}-${round}`, age: story.age + round * 90 };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? "target/large-newsroom";
  rmSync(out, { recursive: true, force: true });
  for (const [path, value] of buildNewsroom(manyStories(count), new Date(REFERENCE), { pageSize: 100, live: [...LIVE, longLive()] })) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
  }
  console.log(`wrote ${count} articles to ${out}`);
}
