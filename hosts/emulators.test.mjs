// The guide's promises on the hosts' own local emulators, run offline
// (./emulators.mjs): Cloudflare Pages' `wrangler pages dev` and Netlify's
// `netlify dev`, each on the site published for it, held to the same
// checks as nginx (./checks.mjs). Not part of `make test`: the emulators
// weigh 400 MB, so `make hosts` installs them on demand and runs this.
// What only production shows is skipped here, with the reason printed.
//
//   make hosts

import { after, before, describe, test } from "node:test";
import { resolve } from "node:path";
import { checks } from "./checks.mjs";
import { EMULATORS, startEmulator } from "./emulators.mjs";

const SITE = resolve(process.env.DATELINE_DIST ?? "target/e2e-site");

// What each emulator cannot show (README, "Hosting"): Cloudflare serves
// files other than pages without its worker (_routes.json), and without
// Vary; Netlify's rules match any one path segment; netlify dev neither
// compresses nor applies the Cache-Control of _headers, which Netlify's
// CDN does.
const OPTIONS = {
  cloudflare: { varyOnFiles: false },
  netlify: { strictSlugs: false, compresses: false, ownCacheControl: true },
};

for (const key of (process.env.DATELINE_HOSTS ?? "cloudflare,netlify").split(",")) {
  describe(EMULATORS[key].name, () => {
    let emulator;
    before(async () => {
      emulator = await startEmulator(key, SITE);
    });
    after(() => emulator?.stop());

    // The copy differs from SITE only in its routing file, which no check reads.
    for (const check of checks(SITE, OPTIONS[key])) {
      test(check.name, { skip: check.skip }, () => check.run(emulator.origin));
    }
  });
}
