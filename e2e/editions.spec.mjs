// Editions in other languages: the test build published again from the
// sample's Turkish and Arabic newsrooms (public/editions/, as `make build
// EDITION=tr` does), each served by a CDN-like server of the test's own.
// Every word the site says is the edition's, relative times and counts in
// its language's forms from the browser's own Intl, in its digits; the
// Arabic edition is laid out right to left.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";
import { cdnHandler } from "../tools/cdn-server.mjs";
import { editionFolder } from "../tools/newsroom/edition.mjs";
import { advance, countFetches, pageReady, SITE_DIR, test, watchForErrors } from "./helpers.mjs";

/** The sample's reference time: the newest story is 18 seconds old. */
const T0 = new Date("2026-11-28T15:00:00Z");
const words = (code) => JSON.parse(readFileSync(`lang/${code}.json`, "utf8")).strings;
// Each edition's lead story, which names the other's as its translation
// (as two editions of one newsroom would), and the other edition.
const EDITIONS = {
  tr: { name: "Kıyıkent Postası", words: words("tr"), lead: "lodos-uyarisi-liman-kapaklari-ilk-kez-gercek-firtina-icin-kapatilacak", sibling: "ar" },
  ar: { name: "صدى الساحل", words: words("ar"), lead: "fishing-port-storm-gates-close-for-first-time", sibling: "tr" },
};

/**
 * Publishes the test build's copy in `folder`/site from edition `code`'s
 * newsroom for `url`, naming its sibling at `siblingUrl` and its lead
 * story's translation there (as two editions of one newsroom would).
 */
function publishEdition(code, folder, url, siblingUrl) {
  const { lead, sibling } = EDITIONS[code];
  const newsroom = editionFolder(code, join(folder, "newsroom"));
  const settings = JSON.parse(readFileSync(join(newsroom, "site.json"), "utf8"));
  settings.editions = [{ language: sibling, url: siblingUrl }];
  writeFileSync(join(newsroom, "site.json"), JSON.stringify(settings));
  const story = join(newsroom, "articles", `${lead}.json`);
  const article = JSON.parse(readFileSync(story, "utf8"));
  article.translations = [{ language: sibling, slug: EDITIONS[sibling].lead }];
  writeFileSync(story, JSON.stringify(article));
  execFileSync(resolve("target/release/prerender"), [
    "--api", newsroom, "--dist", join(folder, "site"), "--site-url", url,
  ], { stdio: ["ignore", "ignore", "inherit"] });
}

/** A folder of its own holding a copy of the test build in `site/`. */
function siteCopy(code) {
  const folder = mkdtempSync(join(tmpdir(), `dateline-${code}-`));
  cpSync(resolve(SITE_DIR), join(folder, "site"), { recursive: true });
  return folder;
}

async function listen(handler) {
  const server = createServer(handler);
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// Each edition on a host of its own.
const sites = {};
test.beforeAll(async () => {
  for (const code of Object.keys(EDITIONS)) {
    const folder = siteCopy(code);
    sites[code] = { folder, ...(await listen(cdnHandler(join(folder, "site")))) };
  }
  // Published once both have their address: each names the other.
  for (const [code, { sibling }] of Object.entries(EDITIONS)) {
    publishEdition(code, sites[code].folder, `${sites[code].origin}/`, `${sites[sibling].origin}/`);
  }
});

test.afterAll(() => {
  for (const { folder, server } of Object.values(sites)) {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

/** The page's region landmarks, found by their names in `code`. */
function regions(page, code) {
  const said = EDITIONS[code].words;
  return {
    banner: page.getByRole("banner"),
    sections: page.getByRole("navigation", { name: said.sections }),
    main: page.getByRole("main"),
    latest: page.getByRole("complementary", { name: said.latest_news }),
  };
}

/** Opens `path` of edition `code` at the sample's reference time, once the app runs it. */
async function open(page, code, path = "/") {
  await page.clock.install({ time: T0 });
  await page.goto(`${sites[code].origin}${path}`);
  await pageReady(page);
  return regions(page, code);
}

const latestTimes = (latest) => latest.getByRole("listitem").locator("time");

test.describe("the Turkish edition", () => {
  test.use({ timezoneId: "Europe/Istanbul" });

  test("without JavaScript: Turkish words, the home zone's times, the site's name", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sites.tr.origin}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    const { main, latest } = regions(page, "tr");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Öne Çıkanlar");
    await expect(latest.getByRole("heading", { level: 2 })).toHaveText("Son Haberler");
    await expect(page.getByRole("link", { name: "İçeriğe geç" })).toHaveCount(1);
    await expect(page).toHaveTitle("Körfezin sesi | Kıyıkent Postası");
    for (const text of await latestTimes(latest).allTextContents()) {
      expect(text).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d UTC\+03:00$/);
    }
    await context.close();
  });

  test("relative times in Turkish as the clock runs, the header clock, and titles after a click", async ({ page }) => {
    const watch = watchForErrors(page);
    const { latest, sections } = await open(page, "tr");
    const times = latestTimes(latest);
    await expect(times.nth(0)).toContainText("az önce");
    await expect(times.nth(1)).toContainText("3 dakika önce");
    await expect(times.nth(2)).toContainText("12 dakika önce");
    await expect(times.nth(3)).toContainText("45 dakika önce");
    await expect(page.getByRole("banner").locator("time")).toHaveText("28/11/2026 18:00");
    // A day later (the laptop slept): the next minute's tick says so.
    await page.clock.setSystemTime(new Date(T0.getTime() + 24 * 3600_000));
    await page.clock.runFor(60_000);
    await expect(times.nth(0)).toContainText("dün");
    await expect(times.nth(3)).toContainText("dün");
    await sections.getByRole("link", { name: "Gündem" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gündem");
    await expect(page).toHaveTitle("Gündem | Kıyıkent Postası");
    watch.expectNone();
  });
});

test.describe("the Arabic edition", () => {
  test.use({ timezoneId: "Africa/Cairo" });
  const ARTICLE = "/news/fishing-port-storm-gates-close-for-first-time";
  const MIXED = "local-startup-launches-dialect-voice-assistant";
  const LIVE = "/live/sandstorm-sweeps-the-coast-live";

  test("without JavaScript: right to left, Arabic words and Arabic-Indic digits in Cairo's zone", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sites.ar.origin}${ARTICLE}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const times = await page.getByRole("article").locator(".article__times time").allTextContents();
    expect(times[0]).toBe("٢٨.١١.٢٠٢٦ ١٦:٥٩ EET");
    for (const text of await page.locator("time").allTextContents()) expect(text).not.toMatch(/[0-9]/);
    await expect(page.getByRole("navigation", { name: EDITIONS.ar.words.breadcrumb }).getByRole("link").first()).toHaveText("الأخبار");
    await context.close();
  });

  test("mirrored at desktop width: Latest News, the breadcrumb and the skip link are on the reading side", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const { main, latest } = await open(page, "ar", ARTICLE);
    const [mainBox, latestBox] = [await main.boundingBox(), await latest.boundingBox()];
    expect(latestBox.x + latestBox.width, "Latest News is left of the story").toBeLessThanOrEqual(mainBox.x + 1);
    const crumbs = page.getByRole("navigation", { name: EDITIONS.ar.words.breadcrumb }).getByRole("listitem");
    const [first, second] = [await crumbs.nth(0).boundingBox(), await crumbs.nth(1).boundingBox()];
    expect(first.x, "the first crumb is on the right").toBeGreaterThan(second.x);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: EDITIONS.ar.words.skip_to_content });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box.x + box.width, "the skip link shows at the right-hand edge").toBeGreaterThan(1280 - 120);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });

  for (const path of ["/", ARTICLE, LIVE]) {
    test(`no horizontal scroll at 320 px: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await open(page, "ar", path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }

  test("relative times and counts in Arabic's plural forms and digits", async ({ page }) => {
    const watch = watchForErrors(page);
    const said = EDITIONS.ar.words;
    let extra = [];
    // (Routing turns the browser's HTTP cache off: every answer is whole.)
    await page.route("**/api/latest.json", async (route) => {
      const response = await route.fetch();
      const feed = await response.json();
      feed.items = [...extra, ...feed.items];
      await route.fulfill({ response, body: JSON.stringify(feed) });
    });
    await countFetches(page);
    const { latest } = await open(page, "ar");
    const times = latestTimes(latest);
    await expect(times.nth(0)).toContainText(said.just_now);
    await expect(times.nth(1)).toContainText("قبل ٣ دقائق");
    await expect(times.nth(2)).toContainText("قبل ١٢ دقيقة");
    await expect(times.nth(3)).toContainText("قبل ٤٥ دقيقة");
    await expect(page.getByRole("banner").locator("time")).toHaveText("٢٨/١١/٢٠٢٦ ١٧:٠٠");
    const story = (n) => ({
      slug: `new-story-${n}`, title: `خبر عاجل رقم ${n}`, summary: "ملخص الخبر.",
      category: { slug: "local", name: "محليات" }, published_at: new Date(T0.getTime() + 60_000).toISOString(),
    });
    // Two arrive: the dual form; then three more: the form for 3 to 10.
    extra = [story(1), story(2)];
    await advance(page, 34_000);
    const region = latest.getByRole("status");
    await expect(region).toHaveText(said.new_stories.two);
    extra = [story(3), story(4), story(5), ...extra];
    await advance(page, 34_000);
    await expect(region).toHaveText(said.new_stories.few.replace("{n}", "٣"));
    // Two minutes on, the story that was "now" is two minutes old: the dual.
    await advance(page, 60_000);
    await expect(times.nth(5)).toContainText("قبل دقيقتين");
    watch.expectNone();
  });

  test("a headline in two directions is isolated, and so is every time", async ({ page }) => {
    const { latest } = await open(page, "ar");
    const link = latest.locator(`a[href$="/news/${MIXED}"]`);
    await expect(link).toHaveAttribute("dir", "auto");
    await expect(link).toContainText("Lahja");
    // Its first strong letter is Arabic: the whole line runs right to left,
    // the Latin name inside it in its own order.
    expect(await link.evaluate((a) => getComputedStyle(a).direction)).toBe("rtl");
    const time = latestTimes(latest).first();
    expect(await time.evaluate((t) => getComputedStyle(t).unicodeBidi)).toBe("isolate");
    await link.click();
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("Lahja");
    await expect(heading).toHaveAttribute("dir", "auto");
    expect(await heading.evaluate((h) => getComputedStyle(h).direction)).toBe("rtl");
  });

  for (const path of ["/", ARTICLE, LIVE]) {
    test(`passes every axe rule: ${path}`, async ({ page }) => {
      await open(page, "ar", path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test("the live page says Live and its older updates in Arabic", async ({ page }) => {
    await open(page, "ar", LIVE);
    const said = EDITIONS.ar.words;
    await expect(page.getByRole("main").locator(".live-mark").first()).toHaveText(said.live);
    await expect(page.getByRole("navigation", { name: said.pages }).getByRole("link", { name: said.older_updates })).toBeVisible();
  });
});

test.describe("sibling editions", () => {
  const alternates = (page) =>
    page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.hreflang, link.href])),
    );

  test("the front pages and a translated story link themselves and their sibling, both ways", async ({ page }) => {
    const { tr, ar } = sites;
    await page.goto(`${tr.origin}/`);
    expect(await alternates(page)).toEqual({ tr: `${tr.origin}/`, ar: `${ar.origin}/` });
    await page.goto(`${ar.origin}/`);
    expect(await alternates(page)).toEqual({ ar: `${ar.origin}/`, tr: `${tr.origin}/` });
    const [trStory, arStory] = [`${tr.origin}/news/${EDITIONS.tr.lead}`, `${ar.origin}/news/${EDITIONS.ar.lead}`];
    await page.goto(trStory);
    expect(await alternates(page)).toEqual({ tr: trStory, ar: arStory });
    await page.goto(arStory);
    expect(await alternates(page)).toEqual({ ar: arStory, tr: trStory });
    // A page no sibling is known to have names none (a section here).
    await page.goto(`${tr.origin}/category/gundem`);
    expect(await alternates(page)).toEqual({});
  });

  test("the header offers the other edition by its own name, and a story's link goes to its translation", async ({ page }) => {
    const { tr, ar } = sites;
    await page.goto(`${tr.origin}/`);
    await pageReady(page);
    const editions = page.getByRole("navigation", { name: EDITIONS.tr.words.editions });
    const arabic = editions.getByRole("link", { name: "العربية" });
    await expect(arabic).toHaveAttribute("lang", "ar");
    await expect(arabic).toHaveAttribute("href", `${ar.origin}/`);
    // After a click to the lead story, the link is to its translation.
    await page.getByRole("main").getByRole("link", { name: /Lodos/ }).first().click();
    await expect(page).toHaveURL(`${tr.origin}/news/${EDITIONS.tr.lead}`);
    await expect(arabic).toHaveAttribute("href", `${ar.origin}/news/${EDITIONS.ar.lead}`);
    await arabic.click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page).toHaveURL(`${ar.origin}/news/${EDITIONS.ar.lead}`);
    await pageReady(page);
    const back = page.getByRole("navigation", { name: EDITIONS.ar.words.editions }).getByRole("link", { name: "Türkçe" });
    await expect(back).toHaveAttribute("href", `${tr.origin}/news/${EDITIONS.tr.lead}`);
    // Back on a page that is no story, it is the front page again.
    await page.getByRole("navigation", { name: EDITIONS.ar.words.sections }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("محليات");
    await expect(back).toHaveAttribute("href", `${tr.origin}/`);
  });
});

// Two editions on one host, the Turkish at its root and the Arabic under
// /ar/: the edition link is another app's page, which the Turkish app's
// router must leave to the browser though it lies under its path.
test.describe("sibling editions on one host", () => {
  const shared = {};
  test.beforeAll(async () => {
    const [tr, ar] = [siteCopy("tr"), siteCopy("ar")];
    Object.assign(shared, { folders: [tr, ar] });
    // Each handler reads its site's path once published there.
    let root, under;
    Object.assign(shared, await listen((req, res) => (/^\/ar(\/|$)/.test(req.url) ? under : root)(req, res)));
    publishEdition("tr", tr, `${shared.origin}/`, `${shared.origin}/ar/`);
    publishEdition("ar", ar, `${shared.origin}/ar/`, `${shared.origin}/`);
    [root, under] = [cdnHandler(join(tr, "site")), cdnHandler(join(ar, "site"))];
  });
  test.afterAll(() => {
    shared.server.close();
    for (const folder of shared.folders) rmSync(folder, { recursive: true, force: true });
  });

  test("the link to the edition under the same host opens it, and its link back opens this one", async ({ page }) => {
    const { origin } = shared;
    await page.goto(`${origin}/`);
    await pageReady(page);
    await page.getByRole("navigation", { name: EDITIONS.tr.words.editions }).getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(`${origin}/ar/`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await pageReady(page);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(EDITIONS.ar.words.top_news);
    // A story's link goes to its translation, from the page under /ar/ to the root's.
    await page.goto(`${origin}/ar/news/${EDITIONS.ar.lead}`);
    await pageReady(page);
    await page.getByRole("navigation", { name: EDITIONS.ar.words.editions }).getByRole("link", { name: "Türkçe" }).click();
    await expect(page).toHaveURL(`${origin}/news/${EDITIONS.tr.lead}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Lodos");
  });
});
