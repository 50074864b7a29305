// Runs the W3C's Nu HTML Checker (npm's vnu-jar, on the machine's Java) over
// every HTML page of the published sites given, and fails on any error,
// naming the page, line and message. Part of `make test`.
//
//   node tools/validate-html.mjs target/e2e-site target/e2e-edition
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const sites = process.argv.slice(2);
if (sites.length === 0) {
  console.error("usage: node tools/validate-html.mjs SITE_DIR...");
  process.exit(2);
}

/** Every .html file under `folder`. */
function pages(folder) {
  return readdirSync(folder, { recursive: true })
    .filter((name) => name.endsWith(".html") && !name.split("/").some((part) => part.startsWith(".")))
    .map((name) => join(folder, name));
}

const files = sites.flatMap(pages);
// The jar itself, run on the machine's Java (the package's own runner may
// download a Java; this never does).
const vnu = join(dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
const run = spawnSync("java", ["-jar", vnu, "--format", "json", "--errors-only", ...files], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error || run.stderr.trim() === "") {
  console.error(`the checker did not run: ${run.error ?? run.stdout}`);
  process.exit(1);
}
const { messages } = JSON.parse(run.stderr);
const errors = messages.filter((message) => message.type === "error" || message.subType === "fatal");
for (const error of errors.slice(0, 50)) {
  console.log(`${error.url.replace(/^file:/, "")}:${error.lastLine ?? "?"}: ${error.message}`);
}
const checked = `${files.length} pages in ${sites.join(", ")}`;
if (errors.length > 0) {
  console.log(`# fail ${errors.length} HTML errors in ${checked}`);
  process.exit(1);
}
console.log(`every page is valid HTML: ${checked}`);
