//! Newsroom text escaped for where it lands in a written page or file: HTML
//! text and attributes, XML (the sitemap and the feed), and JSON inside a
//! `<script>` element (the embedded data and JSON-LD). The views need
//! none of this (Leptos escapes what it renders); the pre-render writes the
//! rest of a page itself.

/// Text for HTML or XML element content or a quoted attribute value.
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `value` as JSON that is safe inside a `<script>` element: `<` is
/// written as `\u003c`, so no string can close the element.
#[cfg(not(target_arch = "wasm32"))]
pub fn script_safe_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "null".to_owned())
        .replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_written_as_text() {
        assert_eq!(
            html_text(r#"<b a="1" b='2'>&</b>"#),
            "&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;&lt;/b&gt;"
        );
        assert_eq!(html_text("plain"), "plain");
    }
}
