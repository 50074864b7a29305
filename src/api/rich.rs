//! Rich text, as the contract gives a paragraph's, a quote's or a list
//! item's text: a plain string, or a list of spans, each some text with
//! optional emphasis and an optional link. Never markup: every span is
//! text, and a link is kept only when its address is safe ([`safe_link`]).

use serde_json::Value;

use crate::api::json::{FromJson, Obj};

/// The most spans one block's text keeps; the rest are ignored.
pub const MAX_SPANS: usize = 200;
/// The most characters one span keeps; the rest of it is cut.
pub const MAX_SPAN_CHARS: usize = 10_000;

/// A block's text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize), serde(untagged))]
pub enum Text {
    Plain(String),
    Spans(Vec<Span>),
}

/// Some text, perhaps emphasised, perhaps a link.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Span {
    pub text: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip_serializing_if = "no"))]
    pub em: bool,
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip_serializing_if = "no"))]
    pub strong: bool,
    /// As written; shown as a link only when [`safe_link`] keeps it.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub link: Option<String>,
}

#[cfg(not(target_arch = "wasm32"))]
fn no(flag: &bool) -> bool {
    !*flag
}

impl Text {
    /// All of its text, without emphasis or links (for a heading given as
    /// spans, which the contract keeps plain).
    pub fn plain(&self) -> String {
        match self {
            Text::Plain(text) => text.clone(),
            Text::Spans(spans) => spans.iter().map(|span| span.text.as_str()).collect(),
        }
    }

    /// The links it carries that are not safe, as written.
    pub fn refused_links(&self) -> impl Iterator<Item = &str> {
        let spans = match self {
            Text::Plain(_) => &[][..],
            Text::Spans(spans) => spans.as_slice(),
        };
        spans
            .iter()
            .filter_map(|span| span.link.as_deref())
            .filter(|link| safe_link(link).is_none())
    }
}

impl FromJson for Text {
    /// A string, or spans each read on its own: one that cannot be read
    /// costs only itself; past [`MAX_SPANS`] the rest are ignored.
    fn from_json(value: &Value) -> Result<Self, String> {
        if let Some(text) = value.as_str() {
            return Ok(Text::Plain(text.to_owned()));
        }
        let items = value
            .as_array()
            .ok_or("neither a string nor a list of spans")?;
        let spans = items.iter().filter_map(|item| Span::from_json(item).ok());
        Ok(Text::Spans(spans.take(MAX_SPANS).collect()))
    }
}

impl FromJson for Span {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        let mut text: String = json.need("text")?;
        if let Some((cut, _)) = text.char_indices().nth(MAX_SPAN_CHARS) {
            text.truncate(cut);
        }
        // Emphasis only for JSON `true`; a link that is not a string is none.
        let flag = |key| json.get(key) == Some(&Value::Bool(true));
        Ok(Span {
            text,
            em: flag("em"),
            strong: flag("strong"),
            link: json.opt("link"),
        })
    }
}

/// Where a link from the data may go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Href<'a> {
    /// A path on this site (`/news/a-story`), under its base path once shown.
    Site(&'a str),
    /// Another site (`https:` or `http:`).
    External(&'a str),
    /// A `mailto:` address.
    Mail(&'a str),
}

/// A link's address if it is safe to follow: an absolute `https:` or
/// `http:` URL with a host, a `mailto:` address, or a path on this site
/// (`/...`, not `//host`). Anything else (`javascript:`, `data:`,
/// `vbscript:` in any case, a relative path, a control character, white
/// space, a bidirectional mark or a backslash anywhere, which browsers
/// may read as a slash) is
/// refused, and the span is shown as its text.
pub fn safe_link(href: &str) -> Option<Href<'_>> {
    // Bidirectional and zero-width marks, which make an address read as
    // another one, are refused with the control characters.
    let hidden = |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}');
    if href.is_empty()
        || href
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\' || hidden(c))
    {
        return None;
    }
    let lower = href.to_ascii_lowercase();
    let web = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    if let Some(rest) = web {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        return (!host.is_empty() && !host.starts_with('@')).then_some(Href::External(href));
    }
    if lower
        .strip_prefix("mailto:")
        .is_some_and(|to| to.contains('@'))
    {
        return Some(Href::Mail(href));
    }
    (href.starts_with('/') && !href.starts_with("//")).then_some(Href::Site(href))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_addresses_are_links() {
        let kept = [
            (
                "https://example.org/a?b=c#d",
                Href::External("https://example.org/a?b=c#d"),
            ),
            ("HTTP://EXAMPLE.ORG", Href::External("HTTP://EXAMPLE.ORG")),
            (
                "mailto:desk@news.example",
                Href::Mail("mailto:desk@news.example"),
            ),
            ("/news/a-story", Href::Site("/news/a-story")),
            ("/category/world?x=1", Href::Site("/category/world?x=1")),
        ];
        for (href, expected) in kept {
            assert_eq!(safe_link(href), Some(expected), "{href}");
        }
        let refused = [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\u{0}script:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "/\\evil.example",
            "\\\\evil.example",
            "https:evil.example",
            "https:///evil.example",
            "https://@evil.example",
            "https:// evil.example",
            "news/a-story",
            "#top",
            "mailto:",
            "ftp://files.example/",
            "&#106;avascript:alert(1)",
            "%6Aavascript:alert(1)",
            "",
            "https://example.org/\u{202e}",
        ];
        for href in refused {
            assert_eq!(safe_link(href), None, "{href:?}");
        }
    }

    fn text(json: &str) -> Result<Text, String> {
        Text::from_json(&serde_json::from_str(json).expect("JSON"))
    }

    #[test]
    fn text_is_a_string_or_spans_and_a_bad_span_costs_only_itself() {
        let plain = text(r#""one""#).expect("a string");
        assert_eq!(plain, Text::Plain("one".into()));
        let spans = text(
            r#"[{"text": "a", "em": true}, {"text": 5}, "loose", {"text": "b", "strong": "yes", "link": 7}, {"text": "c", "link": "/news/x"}]"#,
        )
        .expect("spans");
        let Text::Spans(spans) = spans else {
            panic!("spans")
        };
        let texts: Vec<(&str, bool, bool, Option<&str>)> = spans
            .iter()
            .map(|s| (s.text.as_str(), s.em, s.strong, s.link.as_deref()))
            .collect();
        assert_eq!(
            texts,
            [
                ("a", true, false, None),
                ("b", false, false, None),
                ("c", false, false, Some("/news/x"))
            ]
        );
        let many = format!("[{}]", vec![r#"{"text": "x"}"#; MAX_SPANS + 5].join(","));
        let Ok(Text::Spans(kept)) = text(&many) else {
            panic!("spans")
        };
        assert_eq!(kept.len(), MAX_SPANS);
        let long = format!(r#"[{{"text": "{}"}}]"#, "é".repeat(MAX_SPAN_CHARS + 3));
        let Ok(Text::Spans(cut)) = text(&long) else {
            panic!("spans")
        };
        assert_eq!(cut[0].text.chars().count(), MAX_SPAN_CHARS);
        assert!(text("5").is_err());
    }
}
