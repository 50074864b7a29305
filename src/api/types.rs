//! The JSON contract (contract.md) as Rust types, with its tolerance rules.
//! Host builds can also write them back as JSON (the pre-render embeds a
//! page's data in it); the browser build only reads, so it carries no
//! serializer.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;
use std::collections::HashSet;

use crate::api::json::{FromJson, Obj};
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

impl FromJson for Slug {
    fn from_json(value: &Value) -> Result<Self, String> {
        let raw = String::from_json(value)?;
        if is_valid_slug(&raw) {
            Ok(Slug(raw))
        } else {
            Err("not a valid slug".to_owned())
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Category {
    pub slug: Slug,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Image {
    pub src: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
    pub caption: Option<String>,
    /// Who took or owns the picture, shown with the caption.
    pub credit: Option<String>,
    /// The same picture in other sizes (and perhaps other formats); a
    /// broken one costs only itself, and at most [`RENDITIONS`] are kept.
    pub renditions: Vec<Rendition>,
}

/// The most renditions an image keeps.
pub const RENDITIONS: usize = 16;

/// One size of a picture: its file, its width in pixels, and its MIME type
/// when it is not the type of the image's `src` (`image/webp`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Rendition {
    pub src: String,
    pub width: u32,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(rename = "type", skip_serializing_if = "Option::is_none")
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

impl FromJson for Tag {
    fn from_json(value: &Value) -> Result<Self, String> {
        Ok(match name_or(value)? {
            Ok(name) => Tag { name, slug: None },
            Err((name, more)) => Tag {
                name,
                slug: more.opt("slug"),
            },
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ArticleSummary {
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    pub category: Category,
    pub published_at: DateTime<FixedOffset>,
    pub updated_at: Option<DateTime<FixedOffset>>,
    pub image: Option<Image>,
    /// The story is covered on a live page (`/live/{slug}`), where its
    /// links go.
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip_serializing_if = "no"))]
    pub live: bool,
}

#[cfg(not(target_arch = "wasm32"))]
fn no(flag: &bool) -> bool {
    !*flag
}

impl ArticleSummary {
    /// The site path of the story's page: its live page or its article.
    pub fn path(&self) -> String {
        if self.live {
            crate::routes::live_path(self.slug.as_str())
        } else {
            crate::routes::article_path(self.slug.as_str())
        }
    }

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

/// An article. Its JSON is one flat object: a summary's fields and the
/// article's own.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
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
    /// The story in the site's sibling editions (contract.md,
    /// "Editions"): each language's slug there.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Vec::is_empty")
    )]
    pub translations: Vec<Translation>,
}

/// The same story in another edition: its language and its slug there.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Translation {
    pub language: String,
    pub slug: Slug,
}

impl FromJson for Translation {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Translation {
            language: json.need("language")?,
            slug: json.need("slug")?,
        })
    }
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

impl FromJson for Author {
    fn from_json(value: &Value) -> Result<Self, String> {
        Ok(match name_or(value)? {
            Ok(name) => Author { name, url: None },
            Err((name, more)) => Author {
                name,
                url: more.opt("url"),
            },
        })
    }
}

/// The most related stories an article shows.
pub const RELATED: usize = 6;

/// A correction made to a story: when, and what it says.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Correction {
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

impl FromJson for Category {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Category {
            slug: json.need("slug")?,
            name: json.need("name")?,
        })
    }
}

impl FromJson for Image {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        let mut renditions: Vec<Rendition> = json.items("renditions");
        renditions.truncate(RENDITIONS);
        Ok(Image {
            src: json.need("src")?,
            alt: json.need("alt")?,
            width: json.need("width")?,
            height: json.need("height")?,
            caption: json.opt("caption"),
            credit: json.opt("credit"),
            renditions,
        })
    }
}

impl FromJson for Rendition {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        let width = json.need("width")?;
        if width == 0 {
            return Err("`width` is 0".to_owned());
        }
        Ok(Rendition {
            src: json.need("src")?,
            width,
            kind: json.opt("type"),
        })
    }
}

impl FromJson for ArticleSummary {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(ArticleSummary {
            slug: json.need("slug")?,
            title: json.need("title")?,
            summary: json.need("summary")?,
            category: json.need("category")?,
            published_at: json.need("published_at")?,
            updated_at: json.opt("updated_at"),
            image: json.opt("image"),
            live: json.get("live") == Some(&Value::Bool(true)),
        })
    }
}

impl FromJson for Article {
    fn from_json(value: &Value) -> Result<Self, String> {
        let summary = ArticleSummary::from_json(value)?;
        let json = Obj::of(value)?;
        let body = blocks(json)?;
        let mut corrections: Vec<Correction> = json.items("corrections");
        corrections.sort_by_key(|correction| correction.at);
        let mut related = dedupe(json.items("related"));
        related.retain(|story| story.slug != summary.slug);
        related.truncate(RELATED);
        Ok(Article {
            byline: json.need("byline")?,
            body,
            tags: json.items("tags"),
            // Only the pre-render's structured data names the writers: the
            // browser build skips them, and carries no code to read them.
            authors: if cfg!(target_arch = "wasm32") {
                Vec::new()
            } else {
                json.items("authors")
            },
            corrections,
            related,
            translations: json.items("translations"),
            summary,
        })
    }
}

impl FromJson for Correction {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Correction {
            at: json.need("at")?,
            text: json.need("text")?,
        })
    }
}

/// An article's (or a live post's) `body`: its blocks, each read on its
/// own, those that cannot be read left out.
pub fn blocks(json: Obj) -> Result<Vec<Block>, String> {
    let body = json
        .get("body")
        .and_then(Value::as_array)
        .ok_or("`body` is not a list")?;
    Ok(body
        .iter()
        .filter_map(|block| Block::from_json(block).ok())
        .collect())
}

/// One block of an article's body, told apart by its `type`.
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
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Video {
    pub src: String,
    pub width: u32,
    pub height: u32,
    pub poster: Option<String>,
    pub captions: Option<Track>,
    pub caption: Option<String>,
}

/// A video's captions: a WebVTT file, its language and its label.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Track {
    pub src: String,
    pub lang: String,
    pub label: String,
}

/// A post or video on another service, as the contract gives it: nothing
/// of it is requested until the reader asks (`components::embed`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Embed {
    pub provider: String,
    pub url: String,
    pub title: String,
    pub thumbnail: Option<Image>,
}

impl FromJson for Video {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Video {
            src: json.need("src")?,
            width: json.need("width")?,
            height: json.need("height")?,
            poster: json.opt("poster"),
            captions: json.opt("captions"),
            caption: json.opt("caption"),
        })
    }
}

impl FromJson for Track {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Track {
            src: json.need("src")?,
            lang: json.need("lang")?,
            label: json.need("label")?,
        })
    }
}

impl FromJson for Embed {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Embed {
            provider: json.need("provider")?,
            url: json.need("url")?,
            title: json.need("title")?,
            thumbnail: json.opt("thumbnail"),
        })
    }
}

/// A block as its `type` has it (an image is an [`Image`], and so on);
/// refused for a type this app does not know, or a block without what its
/// type needs (an article skips it: it is not an error).
impl FromJson for Block {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        let text = || json.need::<Text>("text");
        Ok(match json.need::<String>("type")?.as_str() {
            "image" => Block::Image(Image::from_json(value)?),
            "video" => Block::Video(Video::from_json(value)?),
            "embed" => Block::Embed(Embed::from_json(value)?),
            "paragraph" => Block::Paragraph { text: text()? },
            // A heading stays plain: given as spans, it is their text.
            "heading" => Block::Heading {
                text: text()?.plain(),
            },
            "quote" => Block::Quote {
                text: text()?,
                attribution: json.opt("attribution"),
            },
            "list" => Block::List {
                items: json.list("items").ok_or("`items` is not a list")?,
            },
            other => return Err(format!("its type {other:?} is not one this app shows")),
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct LatestFeed {
    pub updated_at: Option<DateTime<FixedOffset>>,
    pub items: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct HomePage {
    pub updated_at: Option<DateTime<FixedOffset>>,
    pub top: Vec<ArticleSummary>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Section {
    pub category: Category,
    pub items: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CategoryPage {
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The section, or the topic (a topic file names it `topic`).
    pub category: Category,
    pub items: Vec<ArticleSummary>,
    /// The next, older page of the list, as written (`routes::Listing`
    /// says which are followed).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub next: Option<String>,
}

impl FromJson for LatestFeed {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(LatestFeed {
            updated_at: json.opt("updated_at"),
            items: stories(json, "items", 50)?,
        })
    }
}

impl FromJson for HomePage {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        // Each category is shown once, the first time it appears.
        let mut seen = HashSet::<String>::new();
        let mut sections: Vec<Section> = limited(json, "sections", 20)?;
        sections.retain(|section| seen.insert(section.category.slug.as_str().to_owned()));
        Ok(HomePage {
            updated_at: json.opt("updated_at"),
            top: stories(json, "top", 10)?,
            sections,
        })
    }
}

impl FromJson for Section {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Section {
            category: json.need("category")?,
            items: stories(json, "items", 20)?,
        })
    }
}

impl FromJson for CategoryPage {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        let category = match json.get("category") {
            Some(_) => json.need("category")?,
            None => json.need("topic")?,
        };
        Ok(CategoryPage {
            updated_at: json.opt("updated_at"),
            category,
            items: stories(json, "items", 100)?,
            next: json.opt("next"),
        })
    }
}

/// A list of the contract's: its first `limit` elements (the rest are
/// ignored), each read on its own, the broken ones dropped. A list that
/// had elements of which none survives fails, as a file that does not parse
/// would: an empty list is empty, a list of nothing but bad data is an error.
fn limited<T: FromJson>(json: Obj, key: &str, limit: usize) -> Result<Vec<T>, String> {
    let items = json
        .get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("`{key}` is not a list"))?;
    let kept: Vec<T> = items
        .iter()
        .take(limit)
        .filter_map(|item| T::from_json(item).ok())
        .collect();
    if kept.is_empty() && !items.is_empty() {
        return Err(format!("no item of `{key}` is readable"));
    }
    Ok(kept)
}

/// A story list of at most `limit` stories: broken items dropped, each
/// slug shown once.
fn stories(json: Obj, key: &str, limit: usize) -> Result<Vec<ArticleSummary>, String> {
    Ok(dedupe(limited(json, key, limit)?))
}

/// A name given as a string (`Ok`), or as an object with one and more
/// fields (`Err`: the name and the object); anything else fails.
fn name_or(value: &Value) -> Result<Result<String, (String, Obj<'_>)>, String> {
    if let Some(name) = value.as_str() {
        return Ok(Ok(name.to_owned()));
    }
    let json = Obj::of(value)?;
    Ok(Err((json.need("name")?, json)))
}

/// Keeps the first story of each slug, in order. (A set of strings, as
/// the rest of the app keeps: one set type is less code in the browser.)
pub fn dedupe(items: Vec<ArticleSummary>) -> Vec<ArticleSummary> {
    let mut seen = HashSet::<String>::new();
    items
        .into_iter()
        .filter(|item| seen.insert(item.slug.as_str().to_owned()))
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
