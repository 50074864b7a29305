// Real nginx (Debian's package), configured by the very block in
// docs/deploy.md: this reads the block out of the guide, changes only what
// a test machine must (the ports, the certificate, the site's folder: each
// change must find its line exactly once, so the guide and this cannot
// drift apart), and runs it inside Debian's own stock nginx.conf, which
// loads the modules and the MIME map as a newsroom's server does.
//
//   node hosts/nginx.mjs [dir=target/e2e-site] [port=8443]   (HTTPS, self-signed)
//
// For the tests (hosts/nginx.test.mjs, the engines' tour); readers are
// served by the newsroom's own nginx.

import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, start, stop, waitFor } from "../engines/webdriver.mjs";
import { get } from "./checks.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const GUIDE = join(ROOT, "docs", "deploy.md");
const STOCK_CONF = "/etc/nginx/nginx.conf";
const FIRST_LINE = "# /etc/nginx/sites-available/dateline";

/** The guide's nginx block: the `nginx` fence that starts with FIRST_LINE. */
export function guideBlock(markdown = readFileSync(GUIDE, "utf8")) {
  const blocks = [...markdown.matchAll(/^```nginx\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
  const block = blocks.find((text) => text.startsWith(FIRST_LINE));
  if (!block) throw new Error(`docs/deploy.md has no nginx block starting "${FIRST_LINE}"`);
  return block;
}

/** `text` with `from` replaced by `to`, where `from` must be there exactly once. */
function replaceOnce(text, from, to, what) {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${what}: expected "${from}" once, found it ${count} times`);
  return text.replace(from, () => to);
}

/** The guide's block as this machine runs it: its ports, certificate and folder. */
export function testBlock(block, { port, plainPort, cert, key, site }) {
  let text = block;
  text = replaceOnce(text, "listen 443 ssl http2;", `listen 127.0.0.1:${port} ssl http2;`, "the HTTPS listen line");
  text = replaceOnce(text, "listen 80;", `listen 127.0.0.1:${plainPort};`, "the plain HTTP listen line");
  text = text.replace(/^(\s*ssl_certificate)\s+\S+;$/m, `$1 ${cert};`);
  text = text.replace(/^(\s*ssl_certificate_key)\s+\S+;$/m, `$1 ${key};`);
  if (!text.includes(` ${cert};`) || !text.includes(` ${key};`)) throw new Error("the block has no ssl_certificate lines");
  // A site whose stories embed YouTube (its `_headers` allows the player's
  // frame) gets the guide's own edit for that: frame-src after connect-src.
  const headers = join(site, "_headers");
  const frames = existsSync(headers) && readFileSync(headers, "utf8").match(/ frame-src ([^;]+);/);
  if (frames) text = replaceOnce(text, "connect-src 'self'; ", `connect-src 'self'; frame-src ${frames[1]}; `, "the policy's connect-src");
  return replaceOnce(text, "root /srv/dateline/dist;", `root ${site};`, "the root line");
}

/** Debian's stock nginx.conf, with its pid and logs in `prefix` and the site's block in place of sites-enabled. */
export function mainConf(stock, prefix, siteConf) {
  let text = stock;
  text = replaceOnce(text, "pid /run/nginx.pid;", `pid ${prefix}/nginx.pid;`, "the stock pid line");
  text = replaceOnce(text, "error_log /var/log/nginx/error.log;", `error_log ${prefix}/error.log;`, "the stock error_log line");
  text = replaceOnce(text, "access_log /var/log/nginx/access.log;", `access_log ${prefix}/access.log;`, "the stock access_log line");
  text = replaceOnce(text, "include /etc/nginx/conf.d/*.conf;", "", "the stock conf.d include");
  text = replaceOnce(text, "include /etc/nginx/sites-enabled/*;", `include ${siteConf};`, "the stock sites-enabled include");
  // Not root (a developer's own account): nginx cannot switch users, and
  // keeps its temporary files beside the rest.
  if (process.getuid?.() !== 0) {
    text = text.replace(/^user .*;$/m, "");
    text = text.replace("http {", `http {\n\tclient_body_temp_path ${prefix}/body;`);
  }
  return text;
}

/** A self-signed certificate for 127.0.0.1, made once per run. */
function certificate(prefix) {
  const cert = join(prefix, "cert.pem");
  const key = join(prefix, "key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], { stdio: "ignore" });
  return { cert, key };
}

/**
 * Starts nginx on `site` with `block` (the guide's, unless a test changes
 * it); resolves to its origins (`https://127.0.0.1:port`, and the plain
 * HTTP one that redirects) and `stop()`. Rejects with nginx's own words
 * when the configuration does not start.
 */
export async function startNginx(site, { block = guideBlock(), port } = {}) {
  // Debian's nginx reads the site as www-data: a folder from mkdtemp is
  // its owner's alone.
  if (process.getuid?.() === 0) chmodSync(site, 0o755);
  if (!existsSync("/usr/sbin/nginx")) throw new Error("nginx is not installed: run `make hosts-nginx` (Debian: apt-get install nginx libnginx-mod-http-brotli-filter)");
  const prefix = mkdtempSync(join(tmpdir(), "dateline-nginx-"));
  mkdirSync(join(prefix, "body"));
  const { cert, key } = certificate(prefix);
  const ports = { port: port ?? (await freePort()), plainPort: await freePort() };
  const siteConf = join(prefix, "dateline.conf");
  writeFileSync(siteConf, testBlock(block, { ...ports, cert, key, site: resolve(site) }));
  const conf = join(prefix, "nginx.conf");
  writeFileSync(conf, mainConf(readFileSync(STOCK_CONF, "utf8"), prefix, siteConf));
  const argv = ["/usr/sbin/nginx", "-e", join(prefix, "error.log"), "-c", conf, "-g", "daemon off;"];
  try {
    execFileSync(argv[0], [...argv.slice(1), "-t"], { stdio: "pipe" });
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx refuses the configuration:\n${error.stderr}`);
  }
  const server = start(argv);
  const origin = `https://127.0.0.1:${ports.port}`;
  const removeAll = async () => {
    await stop(server);
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => (await get(origin, "/")).status === 200, { message: `nginx to serve / on ${origin}` });
  } catch (error) {
    const log = readFileSync(join(prefix, "error.log"), "utf8").slice(-2000);
    await removeAll();
    throw new Error(`${error.message}\nnginx: ${server.output}\n${log}`);
  }
  return {
    origin,
    plain: `http://127.0.0.1:${ports.plainPort}`,
    log: () => readFileSync(join(prefix, "error.log"), "utf8"),
    stop: removeAll,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = resolve(process.argv[2] ?? "target/e2e-site");
  const nginx = await startNginx(site, { port: Number(process.argv[3] ?? 8443) });
  console.log(`nginx, by docs/deploy.md, serving ${site} on ${nginx.origin}`);
  const end = () => nginx.stop().then(() => process.exit(0));
  process.on("SIGINT", end);
  process.on("SIGTERM", end);
}
