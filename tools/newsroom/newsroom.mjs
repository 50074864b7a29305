// Builds a newsroom's files (contract.md) from stories: shared by the
// sample generator and the simulator.

import { SECTIONS, TOP } from "./stories.mjs";

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

function category(slug) {
  const section = SECTIONS.find((s) => s.slug === slug);
  if (!section) throw new Error(`unknown section ${slug}`);
  return { ...section };
}

function image(name, alt, caption) {
  return { src: `images/${name}.svg`, alt, width: 640, height: 360, caption };
}

const IMAGE_ALT = {
  harbour: "Steel flood gates standing upright across a harbour mouth",
  bakery: "Loaves of bread cooling on a bakery shelf",
  telescope: "A large telescope dome open against a starry sky",
  repair: "Hands mending a radio on a workbench",
  lighthouse: "A white lighthouse on a rocky point",
  marathon: "Runners in rain jackets crossing a city bridge",
};

/** The full article for a story, its times measured back from `reference`. */
export function article(story, reference) {
  const result = {
    slug: story.slug,
    title: story.title,
    summary: story.summary,
    category: category(story.section),
    published_at: timeAt(reference, story.age, story.offset),
  };
  if (story.updated !== undefined) result.updated_at = timeAt(reference, story.updated, story.offset);
  if (story.image) result.image = image(story.image, IMAGE_ALT[story.image]);
  result.byline = story.byline;
  // The writers' names alone, for structured data: "Writing by A and B".
  const names = story.byline.replace(/^.*\bby\s+/i, "").split(/\s*(?:,|\band\b)\s*/).filter(Boolean);
  if (names.length > 0) result.authors = names;
  result.body = withSpans(story.body ?? [{ type: "paragraph", text: story.summary }], story.spans);
  if (story.tags) result.tags = story.tags;
  if (story.corrections) {
    result.corrections = story.corrections.map(({ age, text }) => ({ at: timeAt(reference, age, story.offset), text }));
  }
  return result;
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

/** Every file of the newsroom, path (under API) to JSON value. */
export function buildNewsroom(stories, reference) {
  const articles = stories.map((story) => article(story, reference));
  const newestFirst = [...articles].sort(
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
    files.set(`categories/${section.slug}.json`, {
      updated_at,
      category: { ...section },
      items: newestFirst.filter((a) => a.category.slug === section.slug).slice(0, 100).map(summaryOf),
    });
  }
  return files;
}

const COLOURS = {
  harbour: ["#1d4e89", "#7fb7e6"],
  bakery: ["#8a4b12", "#f2c48d"],
  telescope: ["#14123a", "#8e7cc3"],
  repair: ["#2f5d3a", "#a7d7a9"],
  lighthouse: ["#0f3b57", "#f4f1de"],
  marathon: ["#5b2a86", "#f0a6ca"],
};

/** A small illustration: a gradient and a few shapes, a few hundred bytes. */
export function illustration(name) {
  const [dark, light] = COLOURS[name];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#g)"/>
<circle cx="500" cy="90" r="46" fill="${light}" opacity="0.8"/>
<path d="M0 280 Q160 230 320 270 T640 260 V360 H0 Z" fill="${dark}" opacity="0.85"/>
</svg>
`;
}

export const ILLUSTRATIONS = Object.keys(COLOURS);
