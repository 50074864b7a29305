//! The JSON contract (contract.md) as Rust types, with its tolerance rules.
//! Host builds can also write them back as JSON (the pre-render embeds a
//! page's data in it); the browser build only reads, so it carries no
//! serializer.

use chrono::{DateTime, FixedOffset};
use serde::de::{DeserializeOwned, Deserializer};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::HashSet;

pub use crate::api::rich::Text;
use crate::routes::is_valid_slug;

/// A slug that matches the contract's pattern; anything else fails to parse,
/// so the item carrying it is dropped and no URL is ever built from it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize),
    serde(transparent)
)]
pub struct Slug(String);

impl Slug {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Slug {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        if is_valid_slug(&raw) {
            Ok(Slug(raw))
        } else {
            Err(serde::de::Error::custom("invalid slug"))
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Category {
    pub slug: Slug,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Image {
    pub src: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
    #[serde(default)]
    pub caption: Option<String>,
    /// Who took or owns the picture, shown with the caption.
    #[serde(default, deserialize_with = "lenient_option")]
    pub credit: Option<String>,
    /// The same picture in other sizes (and perhaps other formats); a
    /// broken one costs only itself, and at most [`RENDITIONS`] are kept.
    #[serde(default, deserialize_with = "renditions")]
    pub renditions: Vec<Rendition>,
}

/// The most renditions an image keeps.
pub const RENDITIONS: usize = 16;

/// One size of a picture: its file, its width in pixels, and its MIME type
/// when it is not the type of the image's `src` (`image/webp`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Rendition {
    pub src: String,
    pub width: u32,
    #[serde(default, rename = "type", deserialize_with = "lenient_option")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub kind: Option<String>,
}

/// A story's topic: a name, or `{ slug, name }` with its own page.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Tag {
    pub name: String,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub slug: Option<Slug>,
}

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Full {
            name: String,
            #[serde(default, deserialize_with = "lenient_option")]
            slug: Option<Slug>,
        }
        Ok(match name_or::<D, Full>(deserializer)? {
            Ok(name) => Tag { name, slug: None },
            Err(full) => Tag {
                name: full.name,
                slug: full.slug,
            },
        })
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ArticleSummary {
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    pub category: Category,
    #[serde(deserialize_with = "time")]
    pub published_at: DateTime<FixedOffset>,
    #[serde(default, deserialize_with = "optional_time")]
    pub updated_at: Option<DateTime<FixedOffset>>,
    #[serde(default, deserialize_with = "lenient_option")]
    pub image: Option<Image>,
}

impl ArticleSummary {
    /// The later of publication and update, in the newsroom's offset: what
    /// "changed" means for a story.
    pub fn last_changed(&self) -> DateTime<FixedOffset> {
        self.updated_at
            .filter(|updated| *updated > self.published_at)
            .unwrap_or(self.published_at)
    }

    /// The update worth telling a reader of: one in a later minute than
    /// publication. An update in the same minute would read "Updated" beside
    /// the very time it was published; one before publication is a slip.
    pub fn shown_update(&self) -> Option<DateTime<FixedOffset>> {
        let minute = |at: DateTime<FixedOffset>| at.timestamp().div_euclid(60);
        self.updated_at
            .filter(|updated| minute(*updated) > minute(self.published_at))
    }
}

/// An article. Its JSON is one flat object (a summary's fields and the
/// article's own), read through [`ArticleJson`]: serde's `flatten` would
/// buffer every article in a generic value first, which costs the browser
/// build kilobytes of code.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(from = "ArticleJson")]
pub struct Article {
    #[cfg_attr(not(target_arch = "wasm32"), serde(flatten))]
    pub summary: ArticleSummary,
    pub byline: String,
    pub body: Vec<Block>,
    pub tags: Vec<Tag>,
    /// The writers alone, for structured data; readers see `byline`.
    /// Read on the host only (the browser has no use for them).
    pub authors: Vec<Author>,
    /// Corrections made to the story since it was published, oldest first.
    pub corrections: Vec<Correction>,
    /// Stories to read next (at most [`RELATED`]), never this one.
    pub related: Vec<ArticleSummary>,
}

/// A writer: a name, or `{ name, url }` with the writer's page.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Author {
    pub name: String,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
}

impl<'de> Deserialize<'de> for Author {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Full {
            name: String,
            #[serde(default, deserialize_with = "lenient_option")]
            url: Option<String>,
        }
        Ok(match name_or::<D, Full>(deserializer)? {
            Ok(name) => Author { name, url: None },
            Err(full) => Author {
                name: full.name,
                url: full.url,
            },
        })
    }
}

/// The most related stories an article shows.
pub const RELATED: usize = 6;

/// A correction made to a story: when, and what it says.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Correction {
    #[serde(deserialize_with = "time")]
    pub at: DateTime<FixedOffset>,
    pub text: String,
}

impl Article {
    /// The links in its text that are not safe to follow, as written: each
    /// is shown as its text (the publish reports them).
    pub fn refused_links(&self) -> Vec<&str> {
        let mut refused = Vec::new();
        for block in &self.body {
            let texts: &[Text] = match block {
                Block::Paragraph { text } | Block::Quote { text, .. } => std::slice::from_ref(text),
                Block::List { items } => items,
                _ => &[],
            };
            refused.extend(texts.iter().flat_map(Text::refused_links));
        }
        refused
    }
}

#[derive(Deserialize)]
struct ArticleJson {
    slug: Slug,
    title: String,
    summary: String,
    category: Category,
    #[serde(deserialize_with = "time")]
    published_at: DateTime<FixedOffset>,
    #[serde(default, deserialize_with = "optional_time")]
    updated_at: Option<DateTime<FixedOffset>>,
    #[serde(default, deserialize_with = "lenient_option")]
    image: Option<Image>,
    byline: String,
    #[serde(deserialize_with = "blocks")]
    body: Vec<Block>,
    #[serde(default, deserialize_with = "lenient_items")]
    tags: Vec<Tag>,
    // Only the pre-render's structured data names the writers: the
    // browser build skips them, and carries no code to read them.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, deserialize_with = "lenient_items")
    )]
    authors: Vec<Author>,
    #[serde(default, deserialize_with = "lenient_items")]
    corrections: Vec<Correction>,
    #[serde(default, deserialize_with = "lenient_items")]
    related: Vec<ArticleSummary>,
}

impl From<ArticleJson> for Article {
    fn from(json: ArticleJson) -> Self {
        let mut corrections = json.corrections;
        corrections.sort_by_key(|correction| correction.at);
        let mut related = dedupe(json.related);
        related.retain(|story| story.slug != json.slug);
        related.truncate(RELATED);
        Article {
            summary: ArticleSummary {
                slug: json.slug,
                title: json.title,
                summary: json.summary,
                category: json.category,
                published_at: json.published_at,
                updated_at: json.updated_at,
                image: json.image,
            },
            byline: json.byline,
            body: json.body,
            tags: json.tags,
            authors: json.authors,
            corrections,
            related,
        }
    }
}

/// One block of an article's body, told apart by its `type`. Read by
/// [`read_block`], its type first, rather than serde's internally tagged
/// enums, which buffer each block in a generic value first.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize),
    serde(tag = "type", rename_all = "lowercase")
)]
pub enum Block {
    Paragraph {
        text: Text,
    },
    Heading {
        text: String,
    },
    Quote {
        text: Text,
        attribution: Option<String>,
    },
    List {
        items: Vec<Text>,
    },
    Image(Image),
    /// A video file from the newsroom, played in the page.
    Video(Video),
    /// A post or video on another service, loaded only when asked.
    Embed(Embed),
}

/// A video file: `src` (and `poster`, `captions`) where images may be.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Video {
    pub src: String,
    pub width: u32,
    pub height: u32,
    #[serde(default, deserialize_with = "lenient_option")]
    pub poster: Option<String>,
    #[serde(default, deserialize_with = "lenient_option")]
    pub captions: Option<Track>,
    pub caption: Option<String>,
}

/// A video's captions: a WebVTT file, its language and its label.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Track {
    pub src: String,
    pub lang: String,
    pub label: String,
}

/// A post or video on another service, as the contract gives it: nothing
/// of it is requested until the reader asks (`components::embed`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Embed {
    pub provider: String,
    pub url: String,
    pub title: String,
    #[serde(default, deserialize_with = "lenient_option")]
    pub thumbnail: Option<Image>,
}

/// A block from its JSON text: its `type` read first, then the block as
/// that type has it (an image is an [`Image`], and so on). None for a type
/// this app does not know, or a block without what its type needs.
fn read_block(raw: &RawValue) -> Option<Block> {
    #[derive(Deserialize)]
    struct Kind {
        #[serde(rename = "type")]
        kind: String,
    }
    /// The fields of the blocks of text.
    #[derive(Deserialize)]
    struct Words {
        text: Option<Text>,
        attribution: Option<String>,
        #[serde(default, deserialize_with = "lenient_texts")]
        items: Option<Vec<Text>>,
    }
    let kind = parse::<Kind>(raw)?.kind;
    Some(match kind.as_str() {
        "image" => Block::Image(parse(raw)?),
        "video" => Block::Video(parse(raw)?),
        "embed" => Block::Embed(parse(raw)?),
        text => {
            let words = parse::<Words>(raw)?;
            match text {
                "paragraph" => Block::Paragraph { text: words.text? },
                // A heading stays plain: given as spans, it is their text.
                "heading" => Block::Heading {
                    text: words.text?.plain(),
                },
                "quote" => Block::Quote {
                    text: words.text?,
                    attribution: words.attribution,
                },
                "list" => Block::List {
                    items: words.items?,
                },
                _ => return None,
            }
        }
    })
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct LatestFeed {
    #[serde(default, deserialize_with = "optional_time")]
    pub updated_at: Option<DateTime<FixedOffset>>,
    #[serde(deserialize_with = "stories::<50, _>")]
    pub items: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct HomePage {
    #[serde(default, deserialize_with = "optional_time")]
    pub updated_at: Option<DateTime<FixedOffset>>,
    #[serde(deserialize_with = "stories::<10, _>")]
    pub top: Vec<ArticleSummary>,
    #[serde(deserialize_with = "sections")]
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Section {
    pub category: Category,
    #[serde(deserialize_with = "stories::<20, _>")]
    pub items: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CategoryPage {
    #[serde(default, deserialize_with = "optional_time")]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The section, or the topic (a topic file names it `topic`).
    #[serde(alias = "topic")]
    pub category: Category,
    #[serde(deserialize_with = "stories::<100, _>")]
    pub items: Vec<ArticleSummary>,
    /// The next, older page of the list, as written (`routes::Listing`
    /// says which are followed).
    #[serde(default, deserialize_with = "lenient_option")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub next: Option<String>,
}

/// A list of the contract's: its first `LIMIT` elements (the rest are
/// ignored), each parsed on its own, the broken ones dropped. A list that
/// had elements of which none survives fails, as a file that does not parse
/// would: an empty list is empty, a list of nothing but bad data is an error.
fn limited_list<'de, const LIMIT: usize, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let items = Vec::<Box<RawValue>>::deserialize(deserializer)?;
    let kept: Vec<T> = items
        .iter()
        .take(LIMIT)
        .filter_map(|item| parse(item))
        .collect();
    if kept.is_empty() && !items.is_empty() {
        return Err(serde::de::Error::custom("no item of the list is readable"));
    }
    Ok(kept)
}

/// A name given as a string (`Ok`), or as an object with more fields
/// (`Err`, the object); anything else fails.
fn name_or<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<Result<String, T>, D::Error> {
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    if let Some(name) = parse::<String>(&raw) {
        return Ok(Ok(name));
    }
    parse(&raw)
        .map(Err)
        .ok_or_else(|| serde::de::Error::custom("neither a name nor an object with one"))
}

/// An image's renditions: the first [`RENDITIONS`] that can be read.
fn renditions<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Rendition>, D::Error> {
    let mut kept: Vec<Rendition> = lenient_items(deserializer)?;
    kept.retain(|rendition| rendition.width > 0);
    kept.truncate(RENDITIONS);
    Ok(kept)
}

/// One raw JSON value as `T`, or nothing when it does not fit.
fn parse<T: DeserializeOwned>(raw: &RawValue) -> Option<T> {
    serde_json::from_str(raw.get()).ok()
}

/// An optional list: one of the wrong shape counts as missing, and its
/// broken items cost only themselves.
fn lenient_items<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let items: Vec<Box<RawValue>> = Option::<Box<RawValue>>::deserialize(deserializer)?
        .and_then(|raw| parse(&raw))
        .unwrap_or_default();
    Ok(items.iter().filter_map(|item| parse(item)).collect())
}

/// A list item that is neither a string nor spans costs only itself.
fn lenient_texts<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Vec<Text>>, D::Error> {
    Ok(Option::<Vec<Box<RawValue>>>::deserialize(deserializer)?
        .map(|items| items.iter().filter_map(|item| parse(item)).collect()))
}

/// An optional value that is malformed counts as missing.
fn lenient_option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(Option::<Box<RawValue>>::deserialize(deserializer)?.and_then(|raw| parse(&raw)))
}

/// A time as the contract writes it: RFC 3339, with its offset. (chrono's
/// own `Deserialize` also takes looser spellings, with a general parser that
/// the browser build would carry for nothing.)
fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = String::deserialize(deserializer)?;
    DateTime::parse_from_rfc3339(&text).map_err(serde::de::Error::custom)
}

/// An optional time; an unreadable one counts as missing (it is display
/// only: the story is still shown).
fn optional_time<'de, D>(deserializer: D) -> Result<Option<DateTime<FixedOffset>>, D::Error>
where
    D: Deserializer<'de>,
{
    Ok(Option::<Box<RawValue>>::deserialize(deserializer)?
        .and_then(|raw| parse::<String>(&raw))
        .and_then(|text| DateTime::parse_from_rfc3339(&text).ok()))
}

/// A story list of at most `LIMIT` stories: broken items dropped, each slug
/// shown once.
fn stories<'de, const LIMIT: usize, D>(deserializer: D) -> Result<Vec<ArticleSummary>, D::Error>
where
    D: Deserializer<'de>,
{
    Ok(dedupe(limited_list::<LIMIT, D, ArticleSummary>(
        deserializer,
    )?))
}

/// An article's body: its blocks of known types, each as its type has it;
/// the others are skipped, not an error.
fn blocks<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Block>, D::Error> {
    let items = Vec::<Box<RawValue>>::deserialize(deserializer)?;
    Ok(items.iter().filter_map(|item| read_block(item)).collect())
}

/// The front page's sections: broken ones dropped, each category shown once
/// (the first time it appears).
fn sections<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Section>, D::Error> {
    let mut seen = HashSet::new();
    let mut sections: Vec<Section> = limited_list::<20, D, Section>(deserializer)?;
    sections.retain(|section| seen.insert(section.category.slug.clone()));
    Ok(sections)
}

/// Keeps the first story of each slug, in order.
pub fn dedupe(items: Vec<ArticleSummary>) -> Vec<ArticleSummary> {
    let mut seen = HashSet::new();
    items
        .into_iter()
        .filter(|item| seen.insert(item.slug.clone()))
        .collect()
}

/// Where an image is loaded from: an absolute https URL, or a path relative
/// to the API base. Anything else (other schemes, protocol-relative URLs,
/// paths that could leave the API folder in any spelling: `..` or `.`, also
/// percent-encoded, a backslash or encoded slash, a control character) is
/// refused.
pub fn image_url(api_base: &str, src: &str) -> Option<String> {
    if src.chars().any(|c| c.is_control()) {
        return None;
    }
    if let Some(rest) = src.strip_prefix("https://") {
        return (!rest.is_empty() && !src.contains(char::is_whitespace)).then(|| src.to_owned());
    }
    let lower = src.to_ascii_lowercase();
    let relative_path = !src.is_empty()
        && !src.contains(':')
        && !src.starts_with('/')
        && !src.contains('\\')
        && !lower.contains("%5c")
        && !lower.contains("%2f")
        && !lower
            .split('/')
            .any(|part| matches!(part.replace("%2e", ".").as_str(), "." | ".."));
    relative_path.then(|| format!("{api_base}{src}"))
}
