//! What the tolerant reading of an article left out, said to the newsroom:
//! every block, span, rendition, tag, correction or related story that
//! could not be read, every optional part (a caption, a poster, captions,
//! a thumbnail) that was unreadable, and what the contract's limits cut.
//! The app shows the rest of the story either way; this is the list an
//! editor needs to mend the file.

use serde_json::Value;

use crate::api::json::{FromJson, Obj};
use crate::api::live::{KeyEvent, Post, POSTS};
use crate::api::rich::{Span, MAX_SPANS};
use crate::api::{
    ArticleSummary, Block, Correction, Image, Rendition, Tag, Text, Track, RENDITIONS,
};
use crate::routes::is_valid_slug;

/// Each part of an article's JSON that was left out, and why.
pub fn dropped(article: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(json) = Obj::of(article) else {
        return out;
    };
    optional::<chrono::DateTime<chrono::FixedOffset>>(
        json,
        "updated_at",
        "its update time",
        &mut out,
    );
    if optional::<Image>(json, "image", "its image", &mut out) {
        image(json.get("image"), "its image", &mut out);
    }
    for (n, raw) in items(json.get("body")).enumerate() {
        let at = match raw.get("type").and_then(Value::as_str) {
            Some(kind) => format!("block {} ({kind:?})", n + 1),
            None => format!("block {}", n + 1),
        };
        match Block::from_json(raw) {
            Err(why) => out.push(format!("{at}: {why}, left out")),
            Ok(block) => parts(&block, raw, &at, &mut out),
        }
    }
    unreadable::<Tag>(json.get("tags"), "tag", &mut out);
    for raw in items(json.get("tags")) {
        let slug = raw.get("slug").filter(|slug| !slug.is_null());
        if let (Ok(tag), Some(slug)) = (Tag::from_json(raw), slug) {
            if !slug.as_str().is_some_and(is_valid_slug) {
                out.push(format!(
                    "tag {:?}: its slug {slug} breaks the slug rule, shown as plain text",
                    tag.name
                ));
            }
        }
    }
    unreadable::<Correction>(json.get("corrections"), "correction", &mut out);
    unreadable::<ArticleSummary>(json.get("related"), "related story", &mut out);
    out
}

/// Each part of a live page's JSON that was left out, and why: posts that
/// cannot be read, are listed twice or are over the contract's limit, and
/// what each post kept lost of itself (its blocks, as an article's).
pub fn dropped_posts(page: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (n, raw) in items(page.get("posts")).enumerate() {
        if n == POSTS {
            out.push(format!(
                "posts after the first {POSTS} (the contract's limit for one file), left out"
            ));
            break;
        }
        match Post::from_json(raw) {
            Err(why) => out.push(format!("post {}: {why}, left out", n + 1)),
            Ok(post) if !seen.insert(post.id.as_str().to_owned()) => out.push(format!(
                "post {:?}: listed again, shown once",
                post.id.as_str()
            )),
            Ok(post) => out.extend(
                dropped(raw)
                    .into_iter()
                    .map(|what| format!("post {:?}: {what}", post.id.as_str())),
            ),
        }
    }
    unreadable::<KeyEvent>(page.get("key_events"), "key event", &mut out);
    out
}

/// What a block that was kept lost of itself.
fn parts(block: &Block, raw: &Value, at: &str, out: &mut Vec<String>) {
    let Ok(json) = Obj::of(raw) else {
        return;
    };
    match block {
        Block::Image(_) => image(Some(raw), at, out),
        Block::Video(_) => {
            optional::<String>(json, "poster", &format!("{at}: its poster"), out);
            optional::<Track>(json, "captions", &format!("{at}: its captions"), out);
            optional::<String>(json, "caption", &format!("{at}: its caption"), out);
        }
        Block::Embed(_) => {
            let thumbnail = format!("{at}: its thumbnail");
            if optional::<Image>(json, "thumbnail", &thumbnail, out) {
                image(json.get("thumbnail"), &thumbnail, out);
            }
        }
        Block::Paragraph { .. } | Block::Quote { .. } => {
            spans(json.get("text"), at, out);
            if matches!(block, Block::Quote { .. }) {
                optional::<String>(json, "attribution", &format!("{at}: its attribution"), out);
            }
        }
        Block::List { .. } => {
            for (n, item) in items(json.get("items")).enumerate() {
                let item_at = format!("{at}, item {}", n + 1);
                match Text::from_json(item) {
                    Err(why) => out.push(format!("{item_at}: {why}, left out")),
                    Ok(_) => spans(Some(item), &item_at, out),
                }
            }
        }
        Block::Heading { .. } => {}
    }
}

/// What an image that was kept lost: renditions, its caption or credit.
fn image(raw: Option<&Value>, at: &str, out: &mut Vec<String>) {
    let Some(json) = raw.and_then(|raw| Obj::of(raw).ok()) else {
        return;
    };
    optional::<String>(json, "caption", &format!("{at}: its caption"), out);
    optional::<String>(json, "credit", &format!("{at}: its credit"), out);
    let renditions = json.get("renditions");
    if renditions.is_some_and(|list| !list.is_array()) {
        out.push(format!("{at}: its renditions are not a list, left out"));
    }
    capped::<Rendition>(renditions, at, "rendition", RENDITIONS, out);
}

/// The spans of a text that could not be read, or were over the limit.
fn spans(text: Option<&Value>, at: &str, out: &mut Vec<String>) {
    if !text.is_some_and(Value::is_array) {
        return;
    }
    capped::<Span>(text, at, "span", MAX_SPANS, out);
}

/// Reports each item of a list that `T` cannot read, and the readable
/// ones past the contract's `limit`.
fn capped<T: FromJson>(
    list: Option<&Value>,
    at: &str,
    item: &str,
    limit: usize,
    out: &mut Vec<String>,
) {
    let readable = unreadable::<T>(list, &format!("{at}: {item}"), out);
    if readable > limit {
        out.push(format!(
            "{at}: {readable} {item}s, over the limit of {limit}: the last {} left out",
            readable - limit
        ));
    }
}

/// The items of a list, or none when it is not one.
fn items(list: Option<&Value>) -> impl Iterator<Item = &Value> {
    list.and_then(Value::as_array).into_iter().flatten()
}

/// Reports each item of a list that `T` cannot read; how many it can.
fn unreadable<T: FromJson>(list: Option<&Value>, what: &str, out: &mut Vec<String>) -> usize {
    let mut readable = 0;
    for (n, raw) in items(list).enumerate() {
        match T::from_json(raw) {
            Ok(_) => readable += 1,
            Err(why) => out.push(format!("{what} {}: {why}, left out", n + 1)),
        }
    }
    readable
}

/// Reports an optional field that is there but cannot be read; true when
/// it is there and readable.
fn optional<T: FromJson>(json: Obj, key: &str, what: &str, out: &mut Vec<String>) -> bool {
    match json.get(key).map(T::from_json) {
        Some(Err(why)) => {
            out.push(format!("{what}: {why}, left out"));
            false
        }
        Some(Ok(_)) => true,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_live_page_left_out_is_reported_post_by_post() {
        let page: Value = serde_json::from_str(
            r#"{"posts":[
                {"id":"a","published_at":"2026-12-01T12:00:00Z","body":[{"type":"video"}]},
                {"id":"bad id","published_at":"2026-12-01T12:00:00Z","body":[]},
                {"id":"a","published_at":"2026-12-01T11:00:00Z","body":[]}
            ],"key_events":["a",7]}"#,
        )
        .expect("json");
        let said = dropped_posts(&page);
        assert!(
            said.iter()
                .any(|s| s.starts_with(r#"post "a": block 1 ("video")"#)),
            "{said:?}"
        );
        assert!(
            said.iter().any(|s| s.starts_with("post 2: `id`")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|s| s == r#"post "a": listed again, shown once"#),
            "{said:?}"
        );
        assert!(said.iter().any(|s| s.starts_with("key event")), "{said:?}");
    }
}
