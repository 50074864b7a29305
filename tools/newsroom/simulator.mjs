#!/usr/bin/env node
// A newsroom for development: serves the sample newsroom's API with its
// times shifted to the present, and publishes a new story every minute or
// so, so `make serve` shows Latest News updating itself. `trunk serve`
// proxies /api/ to it. Not part of what readers download.
//
//   node tools/newsroom/simulator.mjs [--port 8081] [--every 60]

import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { notFound, safePath, send, within } from "../http.mjs";
import { buildNewsroom } from "./newsroom.mjs";
import { POOL, STORIES } from "./stories.mjs";

const API = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "public", "api");

/** A newsroom whose sample stories are as old, relative to `start`, as they are in the sample. */
export function createNewsroom(start = new Date()) {
  const published = [];
  let files = buildNewsroom(STORIES, start);

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
        byline: "Writing by the Dateline desk",
        body: [
          { type: "paragraph", text: base.summary },
          { type: "paragraph", text: "This story is developing and will be updated." },
          { type: "paragraph", text: "Published by the newsroom simulator for development." },
        ],
      });
      files = buildNewsroom([...STORIES, ...published], start);
      return slug;
    },
    /** The JSON body of an API path such as `latest.json`, or null. */
    file(path) {
      const value = files.get(path);
      return value === undefined ? null : JSON.stringify(value);
    },
  };
}

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
  const newsroom = createNewsroom();
  const server = createServer(simulatorHandler(newsroom));
  server.listen(port, "127.0.0.1", () => {
    console.log(`newsroom simulator on http://127.0.0.1:${port}/api/, a new story every ${every} s`);
  });
  const timer = setInterval(() => console.log(`published ${newsroom.publish()}`), every * 1000);
  const stop = () => {
    clearInterval(timer);
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
