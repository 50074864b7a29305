#!/usr/bin/env node
// Serves a built site the way a CDN host would: files with ETags and 304s,
// `application/wasm`, brotli, and every extension-less path answered with
// index.html so deep links work (a missing file with an extension is a 404).
//
//   node tools/cdn-server.mjs [dir=dist] [port=8090]

import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { notFound, safePath, send } from "./http.mjs";

export function cdnHandler(root) {
  return (req, res) => {
    const path = safePath(req.url);
    if (path === null) return notFound(res);
    let file = join(root, path);
    let isFile = false;
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) file = join(file, "index.html");
      isFile = statSync(file).isFile();
    } catch {
      isFile = false;
    }
    const lastSegment = path.split("/").pop();
    if (!isFile) {
      if (lastSegment.includes(".")) return notFound(res);
      file = join(root, "index.html");
    }
    send(req, res, file, readFileSync(file));
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? "dist");
  const port = Number(process.argv[3] ?? 8090);
  createServer(cdnHandler(root)).listen(port, "127.0.0.1", () => {
    console.log(`serving ${root} on http://127.0.0.1:${port}`);
  });
}
