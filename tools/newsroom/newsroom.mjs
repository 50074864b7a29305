// Builds a newsroom's files (contract.md) from stories: shared by the
// sample generator and the simulator.

import { LIVE, LIVE_PAGE_SIZE } from "./live.mjs";
import { SECTIONS, TOP, TOPICS } from "./stories.mjs";

const IMAGE_ALT = {
  harbour: "Steel flood gates standing upright across a harbour mouth",
  bakery: "Loaves of bread cooling on a bakery shelf",
  telescope: "A large telescope dome open against a starry sky",
  repair: "Hands mending a radio on a workbench",
  lighthouse: "A white lighthouse on a rocky point",
  marathon: "Runners in rain jackets crossing a city bridge",
};

/**
 * The sample newsroom's own site (`site.json`, the publish step's
 * settings): the demo's name and tagline, and its home zone, in which the
 * pre-rendered pages show every time.
 */
export const SITE = { name: "Dateline", tagline: "Latest News", zone: "Europe/London" };

/**
 * What a sample newsroom is written in beside its stories: its site, its
 * sections, topics and top stories, and the words of its photos. The
 * English sample's; an edition in another language (editions/tr.mjs,
 * editions/ar.mjs) gives its own.
 */
export const ENGLISH = { SITE, SECTIONS, TOP, TOPICS, IMAGE_ALT, CREDIT: "Photo: Dateline sample desk" };

const MINUTE = 60_000;

/** An RFC 3339 time `minutesAgo` before `reference`, written in `offset`. */
export function timeAt(reference, minutesAgo, offset = "Z") {
  const instant = new Date(reference.getTime() - Math.round(minutesAgo * MINUTE));
  const sign = offset === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
  const [hh, mm] = offset === "Z" ? [0, 0] : offset.slice(1).split(":").map(Number);
  const shift = sign * (hh * 60 + mm) * MINUTE;
  const local = new Date(instant.getTime() + shift).toISOString().slice(0, 19);
  return local + (offset === "Z" ? "Z" : offset);
}

function category(slug, edition = ENGLISH) {
  const section = edition.SECTIONS.find((s) => s.slug === slug);
  if (!section) throw new Error(`unknown section ${slug}`);
  return { ...section };
}

/** The widths each sample photo is drawn at (tools/newsroom/photos.mjs). */
export const PHOTO_WIDTHS = [480, 720, 960, 1200, 1600];

/**
 * A sample photo in every size (contract.md, "Images"): JPEG renditions of
 * the `src`'s own type, WebP ones typed, 16:9 at 1600 x 900 at the most.
 */
export function photo(name, alt, caption, credit = ENGLISH.CREDIT) {
  const file = (width, ext) => `images/photos/${name}-${width}.${ext}`;
  return {
    src: file(720, "jpg"), alt, width: 1600, height: 900, caption,
    credit,
    renditions: [
      ...PHOTO_WIDTHS.map((width) => ({ src: file(width, "webp"), width, type: "image/webp" })),
      ...PHOTO_WIDTHS.map((width) => ({ src: file(width, "jpg"), width })),
    ],
  };
}

/** The full article for a story, its times measured back from `reference`. */
export function article(story, reference, edition = ENGLISH) {
  const result = {
    slug: story.slug,
    title: story.title,
    summary: story.summary,
    category: category(story.section, edition),
    published_at: timeAt(reference, story.age, story.offset),
  };
  if (story.updated !== undefined) result.updated_at = timeAt(reference, story.updated, story.offset);
  if (story.image) result.image = photo(story.image, edition.IMAGE_ALT[story.image], undefined, edition.CREDIT);
  result.byline = story.byline;
  // The writers' names alone, for structured data: given, or read from
  // "Writing by A and B".
  const names = story.authors ?? story.byline.replace(/^.*\bby\s+/i, "").split(/\s*(?:,|\band\b)\s*/).filter(Boolean);
  if (names.length > 0) result.authors = names;
  result.body = withSpans(story.body ?? [{ type: "paragraph", text: story.summary }], story.spans).map((block) => withPhotos(block, edition));
  // Tags: the story's topics (each with its page), then its plain tags.
  const topics = edition.TOPICS.filter((topic) => topic.stories.includes(story.slug)).map(({ slug, name }) => ({ slug, name }));
  const tags = [...topics, ...(story.tags ?? [])];
  if (tags.length > 0) result.tags = tags;
  if (story.corrections) {
    result.corrections = story.corrections.map(({ age, text }) => ({ at: timeAt(reference, age, story.offset), text }));
  }
  return result;
}

/** A block whose pictures are named by `photo`, in every size. */
function withPhotos(block, edition = ENGLISH) {
  if (block.type === "image" && block.photo) {
    const { photo: name, alt, caption } = block;
    return { type: "image", ...photo(name, alt, caption, edition.CREDIT) };
  }
  if (block.type === "embed" && block.thumbnail?.photo) {
    const { photo: name, alt } = block.thumbnail;
    const { credit, ...thumbnail } = photo(name, alt, undefined, edition.CREDIT);
    return { ...block, thumbnail };
  }
  return block;
}

/**
 * The body with some of its words made spans (contract.md, "Rich text"):
 * each of `spans` names a phrase of a paragraph and what it gets (a
 * `link`, `em`, `strong`). A phrase not found is an error in the sample.
 */
function withSpans(body, spans = []) {
  const blocks = body.map((block) => (block.type === "paragraph" ? { ...block, text: [{ text: block.text }] } : block));
  for (const { phrase, ...style } of spans) {
    const block = blocks.find((b) => b.type === "paragraph" && b.text.some((span) => !span.link && span.text.includes(phrase)));
    if (!block) throw new Error(`no paragraph has "${phrase}"`);
    const at = block.text.findIndex((span) => !span.link && span.text.includes(phrase));
    const { text } = block.text[at];
    const start = text.indexOf(phrase);
    const parts = [{ text: text.slice(0, start) }, { text: phrase, ...style }, { text: text.slice(start + phrase.length) }];
    block.text.splice(at, 1, ...parts.filter((part) => part.text));
  }
  // A paragraph that gained no span stays a plain string.
  return blocks.map((block) =>
    block.type === "paragraph" && block.text.length === 1 && Object.keys(block.text[0]).length === 1 ? { ...block, text: block.text[0].text } : block,
  );
}

/** The summary of an article: the article less its body, byline, authors and tags. */
export function summaryOf(full) {
  const { byline, authors, body, tags, corrections, related, ...summary } = full;
  return summary;
}

/** A live page's post, its times measured back from `reference`. */
function post({ id, age, updated, title, byline, body }, reference, edition) {
  const result = { id, published_at: timeAt(reference, age) };
  if (updated !== undefined) result.updated_at = timeAt(reference, updated);
  if (title) result.title = title;
  result.body = body.map((block) => withPhotos(block, edition));
  if (byline) result.byline = byline;
  return result;
}

/**
 * A live page's files (`live/{slug}.json`, then `live/{slug}/2.json` and
 * on, `size` posts each, newest first) and its summary, which the feeds
 * list with `live: true`. The pinned post is named by its id when the
 * first page holds it, and given whole when it is further back; a key
 * event on another page is given with its title.
 */
export function livePages(live, reference, size = live.pageSize ?? LIVE_PAGE_SIZE, edition = ENGLISH) {
  const posts = [...live.posts].sort((a, b) => a.age - b.age).map((p) => post(p, reference, edition));
  const summary = {
    slug: live.slug,
    title: live.title,
    summary: live.summary,
    category: category(live.section, edition),
    published_at: timeAt(reference, live.age),
    updated_at: posts.length > 0 ? posts[0].published_at : timeAt(reference, live.age),
    image: photo(live.image, edition.IMAGE_ALT[live.image], undefined, edition.CREDIT),
    live: true,
  };
  const files = new Map();
  const count = Math.max(1, Math.ceil(posts.length / size));
  const file = (n) => (n === 1 ? `live/${live.slug}.json` : `live/${live.slug}/${n}.json`);
  for (let n = 1; n <= count; n++) {
    const shown = posts.slice((n - 1) * size, n * size);
    const page = { ...summary, status: live.status, started_at: summary.published_at };
    delete page.live;
    // The pinned post and the key events head the first page only.
    if (live.pinned && n === 1) {
      page.pinned = shown.some((p) => p.id === live.pinned) ? live.pinned : posts.find((p) => p.id === live.pinned);
    }
    // A key event whose post is on another page carries its title, so the
    // page can list it.
    if (live.key_events && n === 1) {
      page.key_events = live.key_events.map((event) => {
        if (typeof event !== "string" || shown.some((p) => p.id === event)) return event;
        return { id: event, title: posts.find((p) => p.id === event)?.title ?? event };
      });
    }
    page.posts = shown;
    if (n < count) page.next = file(n + 1);
    files.set(file(n), page);
  }
  return { summary, files };
}

/** Every file of the newsroom, path (under API) to JSON value. */
export function buildNewsroom(stories, reference, { pageSize = PAGE_SIZE, live = LIVE, edition = ENGLISH, site = edition.SITE } = {}) {
  const { SECTIONS, TOP, TOPICS } = edition;
  const articles = stories.map((story) => article(story, reference, edition));
  const lives = live.map((page) => livePages(page, reference, undefined, edition));
  const newestFirst = [...articles.map(summaryOf), ...lives.map((page) => page.summary)].sort(
    (a, b) => Date.parse(b.published_at) - Date.parse(a.published_at),
  );
  const updated_at = timeAt(reference, 0);
  const files = new Map();
  const bySlug = new Map(articles.map((full) => [full.slug, full]));
  for (const [i, full] of articles.entries()) {
    const related = (stories[i].related ?? []).map((slug) => bySlug.get(slug)).filter(Boolean);
    if (related.length > 0) full.related = related.map(summaryOf);
    files.set(`articles/${full.slug}.json`, full);
  }
  for (const page of lives) for (const [path, value] of page.files) files.set(path, value);
  files.set("site.json", site);
  files.set("latest.json", { updated_at, items: newestFirst.slice(0, 50).map(summaryOf) });
  const top = TOP.map((slug) => articles.find((a) => a.slug === slug)).filter(Boolean);
  files.set("home.json", {
    updated_at,
    top: top.map(summaryOf),
    sections: SECTIONS.map((section) => ({
      category: { ...section },
      items: newestFirst.filter((a) => a.category.slug === section.slug).slice(0, 3).map(summaryOf),
    })),
  });
  for (const section of SECTIONS) {
    const items = newestFirst.filter((a) => a.category.slug === section.slug);
    pages(files, "categories", { category: { ...section } }, section.slug, items, updated_at, pageSize);
  }
  for (const topic of TOPICS) {
    const items = newestFirst.filter((a) => topic.stories.includes(a.slug));
    pages(files, "topics", { topic: { slug: topic.slug, name: topic.name } }, topic.slug, items, updated_at, pageSize);
  }
  return files;
}

/**
 * How many stories a sample section or topic file lists (the contract
 * allows up to 100): few, so the sample has older pages to show.
 */
export const PAGE_SIZE = 3;

/**
 * A section's or topic's files: `{folder}/{slug}.json`, then
 * `{folder}/{slug}/2.json` and on, each naming the next in `next`.
 */
function pages(files, folder, named, slug, items, updated_at, size) {
  const count = Math.max(1, Math.ceil(items.length / size));
  const file = (n) => (n === 1 ? `${folder}/${slug}.json` : `${folder}/${slug}/${n}.json`);
  for (let n = 1; n <= count; n++) {
    const page = { updated_at, ...named, items: items.slice((n - 1) * size, n * size).map(summaryOf) };
    if (n < count) page.next = file(n + 1);
    files.set(file(n), page);
  }
}
