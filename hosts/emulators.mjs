// The hosts' own local emulators, run offline on a copy of the site
// published for that host (its own routing file: `_worker.js` for
// Cloudflare Pages, `_redirects` for Netlify): `wrangler pages dev` (with
// its workerd) and `netlify dev`. Installed by `make hosts` into .tools/,
// pinned, like Lighthouse and twiggy; nothing here downloads at run time.

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, start, stop, waitFor } from "../engines/webdriver.mjs";
import { get } from "./checks.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TOOLS = join(ROOT, ".tools");
const PRERENDER = join(ROOT, "target", "release", "prerender");

/**
 * The emulators: the program, how to run it on a site folder and port,
 * and what it cannot show that production does. workerd takes
 * compatibility dates up to its own release (2026-04-26 for wrangler
 * 4.86's), so the date is set, not today's.
 */
export const EMULATORS = {
  cloudflare: {
    name: "Cloudflare Pages (wrangler pages dev)",
    host: "cloudflare",
    program: join(TOOLS, "wrangler", "node_modules", ".bin", "wrangler"),
    argv: (site, port) => ["pages", "dev", site, "--ip", "127.0.0.1", "--port", String(port), "--compatibility-date", "2026-04-01", "--log-level", "warn"],
    env: { WRANGLER_SEND_METRICS: "false" },
  },
  netlify: {
    name: "Netlify (netlify dev)",
    host: "netlify",
    program: join(TOOLS, "netlify", "node_modules", ".bin", "netlify"),
    // Edge functions would download Deno; the site has none.
    argv: (site, port) => ["dev", "--offline", "--dir", site, "--port", String(port), "--internal-disable-edge-functions"],
    env: { NETLIFY_TELEMETRY_DISABLED: "1", BROWSER: "none" },
  },
};

/**
 * A copy of `site` published again for `host` (so with that host's routing
 * file), served by its emulator on a free port; resolves to its origin
 * and `stop()`.
 */
export async function startEmulator(key, site) {
  const emulator = EMULATORS[key];
  if (!existsSync(emulator.program)) throw new Error(`${emulator.name} is not installed: run \`make hosts\``);
  const work = mkdtempSync(join(tmpdir(), `dateline-${key}-`));
  const copy = join(work, "site");
  cpSync(site, copy, { recursive: true });
  execFileSync(PRERENDER, ["--api", join(ROOT, "public", "api"), "--dist", copy, "--site-url", "http://127.0.0.1:8090/", "--host", emulator.host], { stdio: "pipe" });
  const port = await freePort();
  // Each keeps its state in the folder it runs in: the copy's, not the project's.
  const server = start([emulator.program, ...emulator.argv(copy, port)], { env: { ...process.env, ...emulator.env }, cwd: work });
  const origin = `http://127.0.0.1:${port}`;
  const removeAll = async () => {
    await stop(server);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => (await get(origin, "/")).status === 200, { timeout: 90_000, interval: 500, message: `${emulator.name} on ${origin}` });
  } catch (error) {
    await removeAll();
    throw new Error(`${error.message}\n${server.output}`);
  }
  return { origin, site: copy, output: () => server.output, stop: removeAll };
}
