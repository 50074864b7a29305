//! Newsroom text escaped for where it lands in a written page or file: HTML
//! text and attributes, and XML (the sitemap and the feed). The views need
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
