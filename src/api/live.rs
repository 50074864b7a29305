//! A live page's JSON (contract.md, "Live pages"): the story's summary,
//! whether it is still live, and a page of its posts, newest first.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;
use std::collections::HashSet;

use crate::api::json::{FromJson, Obj};
use crate::api::{blocks, ArticleSummary, Block};

/// The most posts one file of a live page holds; the rest are ignored.
pub const POSTS: usize = 20;
/// The most key events a live page lists.
pub const KEY_EVENTS: usize = 10;
/// The longest post id.
const ID_CHARS: usize = 64;

/// Whether the story is still being covered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
pub enum Status {
    /// Still going (and what an unknown status means).
    #[default]
    Live,
    Ended,
}

/// A post's id, as its permalink (`#post-{id}`) carries it: letters,
/// digits, `-` and `_`, at most 64 of them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize),
    serde(transparent)
)]
pub struct PostId(String);

impl PostId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of the element that shows the post, and its permalink's
    /// fragment.
    pub fn anchor(&self) -> String {
        format!("post-{}", self.0)
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl FromJson for PostId {
    fn from_json(value: &Value) -> Result<Self, String> {
        let id = String::from_json(value)?;
        if is_valid_id(&id) {
            Ok(PostId(id))
        } else {
            Err("not a valid post id".to_owned())
        }
    }
}

/// A post the page lists among its key events: its id, or `{ id, title }`
/// with the words to list it by when the post is on an older page.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct KeyEvent {
    pub id: PostId,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
}

impl FromJson for KeyEvent {
    fn from_json(value: &Value) -> Result<Self, String> {
        if value.is_string() {
            return Ok(KeyEvent {
                id: PostId::from_json(value)?,
                title: None,
            });
        }
        let json = Obj::of(value)?;
        Ok(KeyEvent {
            id: json.need("id")?,
            title: json.opt("title"),
        })
    }
}

/// One post of a live page.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Post {
    pub id: PostId,
    pub published_at: DateTime<FixedOffset>,
    pub updated_at: Option<DateTime<FixedOffset>>,
    pub title: Option<String>,
    pub body: Vec<Block>,
    pub byline: Option<String>,
}

impl Post {
    /// What the post is listed by (a key event, its structured data): its
    /// title, or the start of its first paragraph.
    pub fn label(&self) -> Option<String> {
        if let Some(title) = &self.title {
            return Some(title.clone());
        }
        let text = self.body.iter().find_map(|block| match block {
            Block::Paragraph { text } => Some(text.plain()),
            _ => None,
        })?;
        let mut words: String = text.chars().take(LABEL_CHARS).collect();
        if words.len() < text.len() {
            words.push('…');
        }
        Some(words)
    }

    /// Its text, paragraphs one after another, for structured data.
    pub fn text(&self) -> String {
        let paragraphs = self.body.iter().filter_map(|block| match block {
            Block::Paragraph { text } | Block::Quote { text, .. } => Some(text.plain()),
            Block::Heading { text } => Some(text.clone()),
            _ => None,
        });
        paragraphs.collect::<Vec<_>>().join("\n\n")
    }
}

/// The most characters of a post's first paragraph that list it.
const LABEL_CHARS: usize = 100;

impl FromJson for Post {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        Ok(Post {
            id: json.need("id")?,
            published_at: json.need("published_at")?,
            updated_at: json.opt("updated_at"),
            title: json.opt("title"),
            body: blocks(json)?,
            byline: json.opt("byline"),
        })
    }
}

/// One file of a live page: `live/{slug}.json`, or an older page of its
/// posts, `live/{slug}/{n}.json`, which carries the same fields.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct LivePage {
    #[cfg_attr(not(target_arch = "wasm32"), serde(flatten))]
    pub summary: ArticleSummary,
    pub status: Status,
    pub started_at: DateTime<FixedOffset>,
    /// The post shown above the stream: given whole, or by the id of a
    /// post in this file.
    pub pinned: Option<Post>,
    pub key_events: Vec<KeyEvent>,
    /// Newest first, each id once.
    pub posts: Vec<Post>,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub next: Option<String>,
}

impl FromJson for LivePage {
    fn from_json(value: &Value) -> Result<Self, String> {
        let mut summary = ArticleSummary::from_json(value)?;
        summary.live = true;
        let json = Obj::of(value)?;
        let listed = json
            .get("posts")
            .and_then(Value::as_array)
            .ok_or("`posts` is not a list")?;
        let mut seen = HashSet::<String>::new();
        let posts: Vec<Post> = listed
            .iter()
            .take(POSTS)
            .filter_map(|post| Post::from_json(post).ok())
            .filter(|post| seen.insert(post.id.as_str().to_owned()))
            .collect();
        if posts.is_empty() && !listed.is_empty() {
            return Err("no post of `posts` is readable".to_owned());
        }
        // Each key event with the words it is listed by: its own title, or
        // its post's; one with neither is not listed.
        let mut key_events: Vec<KeyEvent> = json.items("key_events");
        key_events.retain_mut(|event| {
            if event.title.is_none() {
                let post = posts.iter().find(|post| post.id == event.id);
                event.title = post.and_then(Post::label);
            }
            event.title.is_some()
        });
        key_events.truncate(KEY_EVENTS);
        let status = match json.opt::<String>("status").as_deref() {
            Some("ended") => Status::Ended,
            _ => Status::Live,
        };
        Ok(LivePage {
            status,
            started_at: json.need("started_at")?,
            pinned: match json.get("pinned") {
                Some(Value::String(_)) => json
                    .opt::<PostId>("pinned")
                    .and_then(|id| posts.iter().find(|post| post.id == id).cloned()),
                _ => json.opt("pinned"),
            },
            key_events,
            posts,
            next: json.opt("next"),
            summary,
        })
    }
}
