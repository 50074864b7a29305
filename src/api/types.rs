//! The JSON contract (contract.md) as Rust types, with its tolerance rules.
//! Host builds can also write them back as JSON (the pre-render embeds a
//! page's data in it); the browser build only reads, so it carries no
//! serializer.

use chrono::{DateTime, FixedOffset};
use serde::de::Deserializer;
use serde::Deserialize;
use std::collections::HashSet;

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
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ArticleSummary {
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    pub category: Category,
    pub published_at: DateTime<FixedOffset>,
    #[serde(default)]
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
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Article {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    pub byline: String,
    #[serde(deserialize_with = "blocks")]
    pub body: Vec<Block>,
    #[serde(default, deserialize_with = "lenient_strings")]
    pub tags: Vec<String>,
    /// The writers' names alone, for structured data; readers see `byline`.
    #[serde(default, deserialize_with = "lenient_strings")]
    pub authors: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    Paragraph {
        text: String,
    },
    Heading {
        text: String,
    },
    Quote {
        text: String,
        #[serde(default)]
        attribution: Option<String>,
    },
    List {
        items: Vec<String>,
    },
    Image(Image),
    /// A block type this app does not know: skipped, not an error.
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct LatestFeed {
    #[serde(default)]
    pub updated_at: Option<DateTime<FixedOffset>>,
    #[serde(deserialize_with = "stories")]
    pub items: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct HomePage {
    #[serde(default)]
    pub updated_at: Option<DateTime<FixedOffset>>,
    #[serde(deserialize_with = "stories")]
    pub top: Vec<ArticleSummary>,
    #[serde(deserialize_with = "lenient_list")]
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Section {
    pub category: Category,
    #[serde(deserialize_with = "stories")]
    pub items: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CategoryPage {
    #[serde(default)]
    pub updated_at: Option<DateTime<FixedOffset>>,
    pub category: Category,
    #[serde(deserialize_with = "stories")]
    pub items: Vec<ArticleSummary>,
}

/// One element of a list: itself when it parses, or nothing. serde buffers
/// the element and tries `T`, so one broken item cannot spoil its list.
#[derive(Deserialize)]
#[serde(untagged)]
enum Lenient<T> {
    Valid(T),
    Invalid(serde::de::IgnoredAny),
}

impl<T> Lenient<T> {
    fn valid(self) -> Option<T> {
        match self {
            Lenient::Valid(value) => Some(value),
            Lenient::Invalid(_) => None,
        }
    }
}

/// Parses each element on its own and drops the ones that fail.
fn lenient_list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let items = Vec::<Lenient<T>>::deserialize(deserializer)?;
    Ok(items.into_iter().filter_map(Lenient::valid).collect())
}

fn lenient_strings<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    Ok(Option::<Vec<Lenient<String>>>::deserialize(deserializer)?
        .map(|items| items.into_iter().filter_map(Lenient::valid).collect())
        .unwrap_or_default())
}

/// An optional value that is malformed counts as missing.
fn lenient_option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Lenient<T>>::deserialize(deserializer)?.and_then(Lenient::valid))
}

/// A story list: broken items dropped, each slug shown once.
fn stories<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<ArticleSummary>, D::Error> {
    Ok(dedupe(lenient_list(deserializer)?))
}

fn blocks<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Block>, D::Error> {
    let mut body: Vec<Block> = lenient_list(deserializer)?;
    body.retain(|block| *block != Block::Unknown);
    Ok(body)
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
/// paths escaping the API) is refused.
pub fn image_url(api_base: &str, src: &str) -> Option<String> {
    if let Some(rest) = src.strip_prefix("https://") {
        return (!rest.is_empty() && !src.contains(char::is_whitespace)).then(|| src.to_owned());
    }
    let relative_path = !src.is_empty()
        && !src.contains(':')
        && !src.starts_with('/')
        && !src.contains('\\')
        && !src.split('/').any(|part| part == "..");
    relative_path.then(|| format!("{api_base}{src}"))
}
