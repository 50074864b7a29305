#!/usr/bin/env node
// A newsroom for development: serves the sample newsroom's API with its
// times shifted to the present, and publishes a new story every minute or
// so, so `make serve` shows Latest News updating itself. `trunk serve`
// proxies /api/ to it. Not part of what readers download.
//
//   node tools/newsroom/simulator.mjs [--port 8081] [--every 60] [--edition en|tr|ar]

import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { notFound, safePath, send, within } from "../http.mjs";
import { LIVE } from "./live.mjs";
import { loadEdition } from "./edition.mjs";
import { buildNewsroom, ENGLISH } from "./newsroom.mjs";
import { POOL, STORIES } from "./stories.mjs";

/** The English sample as the simulator runs it; editions/*.mjs give the same in their language. */
const SAMPLE = { ...ENGLISH, STORIES, LIVE, POOL };

const API = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "public", "api");

/** A newsroom whose sample stories are as old, relative to `start`, as they are in the sample. */
export function createNewsroom(start = new Date(), sample = SAMPLE) {
  const { STORIES, POOL } = sample;
  const english = sample === SAMPLE;
  const published = [];
  // The sample's live page, which the simulator goes on writing.
  const live = structuredClone(sample.LIVE[0]);
  let turns = 0;
  let files = buildNewsroom(STORIES, start, { live: sample.LIVE, edition: sample });
  const rebuild = () => {
    files = buildNewsroom([...STORIES, ...published], start, { live: [live], edition: sample });
  };
  // What the desk posts: the lines below, or in an edition the summaries
  // of its pool of stories.
  const lines = english ? LIVE_LINES : POOL.map((story) => story.summary);

  return {
    /** Publishes the next pool story at `at`; returns its slug. */
    publish(at = new Date()) {
      const round = Math.floor(published.length / POOL.length);
      const base = POOL[published.length % POOL.length];
      const slug = round === 0 ? base.slug : `${base.slug}-${round + 1}`;
      const age = (start.getTime() - at.getTime()) / 60_000;
      published.push({
        ...base,
        slug,
        age,
        offset: "Z",
        byline: english ? "Writing by the Dateline desk" : sample.SITE.name,
        authors: english ? undefined : [sample.SITE.name],
        body: english
          ? [
              { type: "paragraph", text: base.summary },
              { type: "paragraph", text: "This story is developing and will be updated." },
              { type: "paragraph", text: "Published by the newsroom simulator for development." },
            ]
          : [{ type: "paragraph", text: base.summary }],
      });
      rebuild();
      return slug;
    },
    /**
     * One turn of the live page at `at`: a new post; every fourth turn a
     * correction of an earlier post, every seventh a deletion, every fifth
     * a new pinned post; after LIVE_TURNS turns the coverage ends. Returns
     * the new post's id, or null once it has ended.
     */
    liveTurn(at = new Date()) {
      if (live.status === "ended") return null;
      turns += 1;
      const age = (start.getTime() - at.getTime()) / 60_000;
      const id = `sim-${turns}`;
      const line = lines[(turns - 1) % lines.length];
      const title = english && turns % 3 === 0 ? line.split(":")[0] : undefined;
      live.posts.push({ id, age, title, body: [{ type: "paragraph", text: line }] });
      const byAge = () => [...live.posts].sort((a, b) => a.age - b.age);
      if (turns % 4 === 0) {
        const earlier = byAge()[2];
        earlier.updated = age;
        if (english) earlier.body = [...earlier.body, { type: "paragraph", text: "Corrected: an earlier version of this post gave the wrong time." }];
      }
      if (turns % 7 === 0) {
        const gone = byAge()[1];
        live.posts = live.posts.filter((post) => post !== gone);
      }
      if (turns % 5 === 0) live.pinned = id;
      if (turns >= LIVE_TURNS) live.status = "ended";
      rebuild();
      return id;
    },
    /** The JSON body of an API path such as `latest.json`, or null. */
    file(path) {
      const value = files.get(path);
      return value === undefined ? null : JSON.stringify(value);
    },
  };
}

/** How many turns the simulated live page runs before its coverage ends. */
export const LIVE_TURNS = 40;

/** What the simulated live desk posts, in turn (original text). */
const LIVE_LINES = [
  "Wind update: gusts at the lighthouse station are holding at about 80 km/h.",
  "Roads: the coast road north of the harbour has reopened to one lane.",
  "Power: crews have reconnected about 900 homes in the northern villages.",
  "Shelters: the school halls report room for more families tonight.",
  "Rail: the first morning trains on the coastal line are cancelled.",
  "Harbour: the port authority will keep the flood gates raised until noon.",
];

export function simulatorHandler(newsroom) {
  return (req, res) => {
    const path = safePath(req.url);
    if (path === null || !path.startsWith("/api/")) return notFound(res);
    const apiPath = path.slice("/api/".length);
    // Pictures, video and captions: the sample's files as they are.
    if (apiPath.startsWith("images/") || apiPath.startsWith("video/")) {
      const file = within(API, apiPath);
      if (file === null) return notFound(res);
      try {
        return send(req, res, apiPath, readFileSync(file));
      } catch {
        return notFound(res);
      }
    }
    const body = newsroom.file(apiPath);
    if (body === null) return notFound(res);
    send(req, res, apiPath, Buffer.from(body));
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const port = arg("port", 8081);
  const every = arg("every", 60);
  const i = process.argv.indexOf("--edition");
  const code = i > 0 ? process.argv[i + 1] : "en";
  const sample = code === "en" ? SAMPLE : await loadEdition(code);
  const newsroom = createNewsroom(new Date(), sample);
  const server = createServer(simulatorHandler(newsroom));
  server.listen(port, "127.0.0.1", () => {
    console.log(`newsroom simulator on http://127.0.0.1:${port}/api/, a new story every ${every} s`);
  });
  const timer = setInterval(() => {
    console.log(`published ${newsroom.publish()}`);
    const post = newsroom.liveTurn();
    if (post) console.log(`live page: posted ${post}`);
  }, every * 1000);
  const stop = () => {
    clearInterval(timer);
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
