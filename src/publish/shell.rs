//! Trunk's output page (`shell.html`) as the template of every written
//! page: its head (styles, icon, settings) is kept; its inline loader is
//! replaced by a tag for `start.js`, which starts the app after the content
//! has loaded. No page keeps an inline script, so a strict
//! Content-Security-Policy allows every one. The app's files are addressed
//! under the site's base path (the path of the site URL), whatever public
//! URL Trunk was given. A shell rewritten by an earlier publish is read the
//! same way.

use crate::config::{API_META, BASE_META, EDITIONS_META, NAME_META, POLL_META, TAGLINE_META};
use crate::escape::html_text;
use crate::publish::offline::ThemeColours;
use crate::text::STRINGS_ID;

/// The shell page, read from Trunk's output.
#[derive(Clone, Debug)]
pub struct Shell {
    /// The whole page as Trunk wrote it, with the settings applied.
    pub page: String,
    /// What a pre-rendered page's `<head>` starts with: the shell's head
    /// without its `<title>`, feed link, loader script and preload links.
    head: String,
    /// The app's JavaScript and WebAssembly, as the loader names them.
    js: String,
    wasm: String,
    /// `lang="…" dir="…"`, for every page's `<html>`.
    html_attributes: String,
}

/// What the shell and every page say in the edition's own words: the
/// site's name and tagline, and its language's file (as JSON), language
/// and direction.
#[derive(Clone, Copy, Debug)]
pub struct Words<'a> {
    pub name: &'a str,
    pub tagline: &'a str,
    pub strings: &'a str,
    pub language: &'a str,
    pub dir: &'a str,
    /// The newsroom's own stylesheet (`site.css?v=…`), if it has a look.
    pub look: Option<&'a str>,
    /// The sibling editions, as `dateline:editions` lists them (JSON), if
    /// there are any.
    pub editions: Option<&'a str>,
    /// Whether offline reading is on (else `dateline:offline` says it is
    /// off, and start.js removes any worker an earlier publish left).
    pub offline: bool,
    /// The browser's bar's colours (`theme-color`), light and dark.
    pub theme: ThemeColours<'a>,
}

/// `<meta name="dateline:offline" content="off">`: offline reading is off.
pub const OFFLINE_META: &str = "dateline:offline";

/// Why a shell page cannot be used.
#[derive(Debug)]
pub struct ShellError(pub String);

impl std::fmt::Display for ShellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "shell.html: {}", self.0)
    }
}

impl Shell {
    /// Reads Trunk's page and applies the deployment settings to it: the
    /// API setting, the poll interval, the site's name and tagline, and the
    /// base path (`/`, or a sub-path such as `/edition/`) that its `<base
    /// href>` and every address of the app's files are moved under.
    pub fn parse(
        html: &str,
        api: &str,
        poll_seconds: u64,
        base: &str,
        words: &Words,
    ) -> Result<Shell, ShellError> {
        let Words { name, tagline, .. } = *words;
        let missing = |what: &str| ShellError(format!("no {what} (is this Trunk's output?)"));
        let old_base = quoted_after(html, "<base href=").ok_or_else(|| missing("<base href>"))?;
        let mut page = rebased(html, &old_base, base);
        set_meta(&mut page, API_META, api).ok_or_else(|| missing(API_META))?;
        set_meta(&mut page, POLL_META, &poll_seconds.to_string())
            .ok_or_else(|| missing(POLL_META))?;
        // A shell from before these settings lacks their tags: they go
        // after the API's.
        for (key, value) in [(NAME_META, name), (TAGLINE_META, tagline)] {
            if set_meta(&mut page, key, value).is_none() {
                add_meta(&mut page, key, value).ok_or_else(|| missing(API_META))?;
            }
        }
        take_element(
            &mut page,
            &format!("\n    <meta name=\"{EDITIONS_META}\""),
            ">",
        );
        if let Some(editions) = words.editions {
            add_meta(&mut page, EDITIONS_META, editions).ok_or_else(|| missing(API_META))?;
        }
        // The shell's own title and feed link name the site too (the app
        // sets the title again once it runs).
        if let (Some(open), Some(close)) = (page.find("<title>"), page.find("</title>")) {
            let title = html_text(&format!("{tagline} | {name}"));
            page.replace_range(open + "<title>".len()..close, &title);
        }
        set_attribute_after(&mut page, "<link rel=\"alternate\"", "title", name);
        // The manifest, the browser's bar's colours and whether offline
        // reading is off, after the icon (in place of an earlier publish's).
        for start in [
            "<link rel=\"manifest\"".to_owned(),
            "<meta name=\"theme-color\"".to_owned(),
            "<meta name=\"theme-color\"".to_owned(),
            format!("<meta name=\"{OFFLINE_META}\""),
        ] {
            take_element(&mut page, &format!("\n    {start}"), ">");
        }
        let mut installing = format!(
            "\n    <link rel=\"manifest\" href=\"{}\">",
            html_text(&format!("{base}{}", crate::publish::offline::MANIFEST))
        );
        for (scheme, colour) in [("light", words.theme.light), ("dark", words.theme.dark)] {
            installing.push_str(&format!(
                "\n    <meta name=\"theme-color\" media=\"(prefers-color-scheme: {scheme})\" content=\"{}\">",
                html_text(colour)
            ));
        }
        if !words.offline {
            installing.push_str(&format!(
                "\n    <meta name=\"{OFFLINE_META}\" content=\"off\">"
            ));
        }
        let at = page.find("<link rel=\"icon\"");
        insert_after_tag(&mut page, at, &installing).ok_or_else(|| missing("</head>"))?;
        // The newsroom's look, after the app's own stylesheets (in place of
        // an earlier publish's).
        take_element(
            &mut page,
            &format!(
                "<link rel=\"stylesheet\" href=\"{base}{}",
                crate::publish::look::STYLESHEET
            ),
            ">",
        );
        if let Some(look) = words.look {
            let link = format!(
                "<link rel=\"stylesheet\" href=\"{}\">",
                html_text(&format!("{base}{look}"))
            );
            let at = page.rfind("<link rel=\"stylesheet\"");
            insert_after_tag(&mut page, at, &link).ok_or_else(|| missing("</head>"))?;
        }
        // The edition's words, for the app and `start.js`: in place of
        // those of an earlier publish (or of `make serve`'s shell), else
        // before the settings.
        let script = strings_script(words.strings);
        let old = format!("<script type=\"application/json\" id=\"{STRINGS_ID}\"");
        match page.find(&old) {
            Some(start) => {
                let end = start
                    + page[start..]
                        .find("</script>")
                        .map_or(0, |end| end + "</script>".len());
                page.replace_range(start..end, &script);
            }
            None => {
                let at = page
                    .find("<meta name=\"dateline:")
                    .ok_or_else(|| missing(API_META))?;
                page.insert_str(at, &format!("{script}\n    "));
            }
        }
        let html_attributes = format!(
            "lang=\"{}\" dir=\"{}\"",
            html_text(words.language),
            html_text(words.dir)
        );
        if let (Some(open), Some(close)) = (page.find("<html"), page.find("<head>")) {
            let end = open + page[open..close].find('>').unwrap_or(0);
            page.replace_range(open..=end, &format!("<html {html_attributes}>"));
        }
        if let Some(noscript) = page.find("<p class=\"noscript\">") {
            let open = noscript + "<p class=\"noscript\">".len();
            if let Some(close) = page[open..].find("</p>") {
                let said = serde_json::from_str::<serde_json::Value>(words.strings)
                    .ok()
                    .and_then(|file| file["strings"]["noscript"].as_str().map(html_text));
                if let Some(said) = said {
                    page.replace_range(open..open + close, &said);
                }
            }
        }

        let head_start = page.find("<head>").ok_or_else(|| missing("<head>"))? + "<head>".len();
        let head_end = page.find("</head>").ok_or_else(|| missing("</head>"))?;
        let mut head = page[head_start..head_end].to_owned();
        take_element(&mut head, "<title>", "</title>");
        let loader = take_element(&mut head, "<script type=\"module\"", "</script>")
            .ok_or_else(|| missing("loader script"))?;
        let (js, wasm) = if loader.contains("data-wasm=") {
            // Rewritten by an earlier publish.
            (
                quoted_after(&loader, "data-js=").ok_or_else(|| missing("app script"))?,
                quoted_after(&loader, "data-wasm=").ok_or_else(|| missing("app module"))?,
            )
        } else {
            // As Trunk wrote it.
            (
                quoted_after(&loader, "from ").ok_or_else(|| missing("app script"))?,
                quoted_after(&loader, "module_or_path: ").ok_or_else(|| missing("app module"))?,
            )
        };
        // Each page links the feed by its absolute URL (`head_tags`).
        take_element(&mut head, "<link rel=\"alternate\"", ">");
        while take_element(&mut head, "<link rel=\"modulepreload\"", ">").is_some() {}
        while take_element(&mut head, "<link rel=\"preload\"", ">").is_some() {}
        let tag = start_tag(&js, &wasm);
        let at = page.find(&loader).ok_or_else(|| missing("loader script"))?;
        page.replace_range(at..at + loader.len(), &tag);
        Ok(Shell {
            page,
            head: blank_lines_removed(&head),
            js,
            wasm,
            html_attributes,
        })
    }

    /// A whole page: the shell's head, the page's own head tags, a marker
    /// where the app's head tags go, then the rendered app, its data, and a
    /// loader that starts the app once the page has loaded.
    pub fn page_with(&self, head_tags: &str, app: &str, data_json: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html {html}>\n<head>{head}{head_tags}<!--HEAD--></head>\n\
             <body>{app}<script type=\"application/json\" id=\"{id}\">{data_json}</script>\n\
             {start}\n</body>\n</html>\n",
            html = self.html_attributes,
            head = self.head,
            id = crate::page_data::ELEMENT_ID,
            start = start_tag(&self.js, &self.wasm),
        )
    }
}

/// The not-found page, served at every address no page has: like any
/// other, but without `<base href>` (so its skip link, `#main`, stays on
/// the page without JavaScript; with a base it would lead to the front
/// page), the base path being given by `<meta name="dateline:base">`.
pub fn without_base(page: &str) -> String {
    let Some(start) = page.find("<base href=") else {
        return page.to_owned();
    };
    let end = start + page[start..].find('>').map_or(0, |end| end + 1);
    let base = quoted_after(&page[start..end], "<base href=").unwrap_or_default();
    let meta = format!(
        "<meta name=\"{BASE_META}\" content=\"{}\">",
        html_text(&base)
    );
    let mut page = page.to_owned();
    page.replace_range(start..end, &meta);
    page
}

/// The file that starts the app, written beside the pages.
pub const START_FILE: &str = "start.js";
/// Its source, explained in comments.
const START_SOURCE: &str = include_str!("start.js");

/// Its text as readers download it (see [`served_js`]).
pub fn start_script() -> String {
    served_js(START_SOURCE)
}

/// A script as readers download it: the source without its comment lines,
/// blank lines and indentation (40 % of its bytes), otherwise as written.
pub fn served_js(source: &str) -> String {
    source
        .lines()
        .map(str::trim_start)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// The tag that loads `start.js` (from the folder the app's files are in),
/// naming the app's script and module for it.
fn start_tag(js: &str, wasm: &str) -> String {
    let folder = &js[..js.rfind('/').map_or(0, |slash| slash + 1)];
    format!(
        "<script type=\"module\" src=\"{src}\" data-js=\"{js}\" data-wasm=\"{wasm}\"></script>",
        src = html_text(&format!("{folder}{START_FILE}")),
        js = html_text(js),
        wasm = html_text(wasm),
    )
}

/// The attributes and loader arguments that address the app's files.
const ADDRESSES: [&str; 6] = [
    " href=\"",
    " src=\"",
    " data-js=\"",
    " data-wasm=\"",
    "from '",
    "module_or_path: '",
];

/// `page` with every address of the app's files (and the `<base href>`)
/// that starts with `old` moved under `new`. Settings are not addresses:
/// a `dateline:api` of `/feeds/` stays as it is.
fn rebased(page: &str, old: &str, new: &str) -> String {
    ADDRESSES.iter().fold(page.to_owned(), |page, marker| {
        page.replace(&format!("{marker}{old}"), &format!("{marker}{new}"))
    })
}

/// Sets the `content` of `<meta name="{name}" content="...">`.
fn set_meta(page: &mut String, name: &str, value: &str) -> Option<()> {
    set_attribute_after(page, &format!("<meta name=\"{name}\""), "content", value)
}

/// Inserts `text` after the tag that starts at `tag` (when there is one),
/// else before `</head>`; None without a head.
fn insert_after_tag(page: &mut String, tag: Option<usize>, text: &str) -> Option<()> {
    let after = tag.and_then(|at| Some(at + page[at..].find('>')? + 1));
    let at = after.or_else(|| page.find("</head>"))?;
    page.insert_str(at, text);
    Some(())
}

/// Sets the attribute `name` of the first tag starting with `tag` to `value`.
fn set_attribute_after(page: &mut String, tag: &str, name: &str, value: &str) -> Option<()> {
    let start = page.find(tag)?;
    let end = start + page[start..].find('>')?;
    let marker = format!("{name}=\"");
    let content = start + page[start..end].find(&marker)? + marker.len();
    let close = content + page[content..end].find('"')?;
    page.replace_range(content..close, &html_text(value));
    Some(())
}

/// The element that carries the edition's words: JSON, with every `<`
/// written `\u003c` so no text in it can end the element.
pub fn strings_script(json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{STRINGS_ID}\">{}</script>",
        json.replace('<', "\\u003c")
    )
}

/// Adds a settings tag after the API's (its place in Trunk's page).
fn add_meta(page: &mut String, name: &str, value: &str) -> Option<()> {
    let tag = page.find(&format!("<meta name=\"{API_META}\""))?;
    let end = tag + page[tag..].find('>')? + 1;
    let meta = format!(
        "\n    <meta name=\"{name}\" content=\"{}\">",
        html_text(value)
    );
    page.insert_str(end, &meta);
    Some(())
}

/// Removes the first element starting with `start` and ending with `end`,
/// and returns it.
fn take_element(text: &mut String, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)?;
    let to = from + text[from..].find(end)? + end.len();
    Some(text.drain(from..to).collect())
}

/// The first string quoted in `'` or `"` after `marker`.
fn quoted_after(text: &str, marker: &str) -> Option<String> {
    let rest = &text[text.find(marker)? + marker.len()..];
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let rest = &rest[1..];
    Some(rest[..rest.find(quote)?].to_owned())
}

fn blank_lines_removed(text: &str) -> String {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect::<String>()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &Words = &Words {
        name: "Dateline",
        tagline: "Latest News",
        strings: r#"{"language":"en","strings":{"noscript":"Needs <JavaScript>"}}"#,
        language: "en",
        dir: "ltr",
        look: None,
        editions: None,
        offline: true,
        theme: crate::publish::offline::APP_COLOURS,
    };

    const TRUNK: &str = r#"<!DOCTYPE html><html lang="en"><head>
    <meta charset="utf-8">
    <base href="/">
    <title>Latest News | Dateline</title>
    <meta name="dateline:api" content="api/">
    <meta name="dateline:poll-seconds" content="30">
    <link rel="stylesheet" href="/tokens-1.css" integrity="sha384-x">
<link rel="modulepreload" href="/dateline-ab.js" crossorigin="anonymous" integrity="sha384-y"><link rel="preload" href="/dateline-ab_bg.wasm" crossorigin="anonymous" integrity="sha384-z" as="fetch" type="application/wasm">
<script type="module">
import init, * as bindings from '/dateline-ab.js';
const wasm = await init({ module_or_path: '/dateline-ab_bg.wasm' });
</script></head>
  <body><noscript><p class="noscript">needs JavaScript</p></noscript></body></html>"#;

    #[test]
    fn keeps_the_head_and_moves_the_loader_after_the_content() {
        let shell = Shell::parse(TRUNK, "/feeds/", 45, "/", NAMES).expect("parses");
        assert!(shell
            .page
            .contains(r#"<meta name="dateline:api" content="/feeds/">"#));
        assert!(shell.page.contains(r#"content="45""#));
        let page = shell.page_with(
            "<link rel=\"canonical\" href=\"x\">",
            "<main>m</main>",
            "{}",
        );
        let head = &page[..page.find("</head>").expect("head")];
        assert!(head.contains("tokens-1.css") && head.contains("canonical"));
        assert!(
            !head.contains("<title>")
                && !head.contains("<script type=\"module\"")
                && !head.contains("preload")
        );
        // The edition's words are in every page's head, with no `<` that
        // could end their element, and in its language and direction.
        assert!(head.contains(
            r#"<script type="application/json" id="dateline-strings">{"language":"en","strings":{"noscript":"Needs \u003cJavaScript>"}}</script>"#
        ), "{head}");
        assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"));
        // The shell's note for readers without JavaScript is the edition's.
        assert!(shell
            .page
            .contains("<p class=\"noscript\">Needs &lt;JavaScript&gt;</p>"));
        assert!(shell.page.contains("<html lang=\"en\" dir=\"ltr\">"));
        assert!(head.ends_with("<!--HEAD-->"));
        assert!(page.contains("<body><main>m</main><script type=\"application/json\""));
        const START: &str = r#"<script type="module" src="/start.js" data-js="/dateline-ab.js" data-wasm="/dateline-ab_bg.wasm"></script>"#;
        assert!(page.contains(START), "{page}");
        assert!(!page.contains("<noscript"));
        assert_eq!(inline_scripts(&page), 0);
        // The shell itself starts the app through start.js too...
        assert!(shell.page.contains(START));
        assert_eq!(inline_scripts(&shell.page), 0);
        assert!(
            shell.page.contains("modulepreload"),
            "the shell keeps its preloads"
        );
        // ...and a second publish reads the shell the first one wrote.
        let again = Shell::parse(&shell.page, "/feeds/", 45, "/", NAMES).expect("parses again");
        assert_eq!(again.page, shell.page);
        assert!(again.page_with("", "<main>m</main>", "{}").contains(START));
    }

    #[test]
    fn the_app_is_addressed_under_the_base_path() {
        let shell = Shell::parse(TRUNK, "/feeds/", 45, "/edition/", NAMES).expect("parses");
        let under = |page: &str| {
            assert!(page.contains(r#"<base href="/edition/">"#), "{page}");
            assert!(page.contains(r#"href="/edition/tokens-1.css""#));
            assert!(page.contains(
                r#"<script type="module" src="/edition/start.js" data-js="/edition/dateline-ab.js" data-wasm="/edition/dateline-ab_bg.wasm"></script>"#
            ));
            // A setting is not an address.
            assert!(page.contains(r#"<meta name="dateline:api" content="/feeds/">"#));
            assert!(!page.contains("\"/dateline") && !page.contains("\"/tokens"));
        };
        under(&shell.page);
        assert!(shell
            .page
            .contains(r#"modulepreload" href="/edition/dateline-ab.js""#));
        under(&shell.page_with("", "<main>m</main>", "{}"));
        // Publishing again under the same path changes nothing; under
        // another, or back at the root, moves every address once.
        let again = Shell::parse(&shell.page, "/feeds/", 45, "/edition/", NAMES).expect("parses");
        assert_eq!(again.page, shell.page);
        let moved = Shell::parse(&shell.page, "/feeds/", 45, "/a/b/", NAMES).expect("parses");
        assert!(moved
            .page
            .contains(r#"src="/a/b/start.js" data-js="/a/b/dateline-ab.js""#));
        assert!(!moved.page.contains("edition"));
        let root = Shell::parse(&shell.page, "/feeds/", 45, "/", NAMES).expect("parses");
        let first = Shell::parse(TRUNK, "/feeds/", 45, "/", NAMES).expect("parses");
        assert_eq!(root.page, first.page);
    }

    #[test]
    fn a_look_and_editions_are_set_once_however_often_it_is_published() {
        let styled = Words {
            look: Some("site.css?v=0001"),
            editions: Some(r#"[["ar","العربية","https://ar.example/"]]"#),
            ..*NAMES
        };
        let shell = Shell::parse(TRUNK, "api/", 30, "/", &styled).expect("parses");
        let count = |page: &str, what: &str| page.matches(what).count();
        assert_eq!(count(&shell.page, "href=\"/site.css?v=0001\""), 1);
        assert!(
            shell.page.find("tokens-1.css") < shell.page.find("site.css"),
            "after the app's own stylesheets"
        );
        assert_eq!(count(&shell.page, "<meta name=\"dateline:editions\""), 1);
        let again = Shell::parse(&shell.page, "api/", 30, "/", &styled).expect("parses again");
        assert_eq!(again.page, shell.page);
        // A new look replaces the old one; none takes both away.
        let restyled = Words {
            look: Some("site.css?v=0002"),
            ..styled
        };
        let changed = Shell::parse(&shell.page, "api/", 30, "/", &restyled).expect("parses");
        assert_eq!(count(&changed.page, "site.css"), 1);
        assert!(changed.page.contains("href=\"/site.css?v=0002\""));
        let plain = Shell::parse(&changed.page, "api/", 30, "/", NAMES).expect("parses");
        assert!(!plain.page.contains("site.css") && !plain.page.contains("dateline:editions"));
        assert_eq!(
            plain.page,
            Shell::parse(TRUNK, "api/", 30, "/", NAMES)
                .expect("parses")
                .page
        );
    }

    /// Scripts with code in the page itself (JSON data does not count).
    fn inline_scripts(page: &str) -> usize {
        page.match_indices("<script")
            .filter(|(at, _)| {
                let tag = &page[*at..*at + page[*at..].find('>').expect("tag end")];
                !tag.contains(" src=")
                    && !tag.contains("application/json")
                    && !tag.contains("ld+json")
            })
            .count()
    }

    #[test]
    fn a_page_that_is_not_trunks_is_refused() {
        assert!(Shell::parse("<html><head></head></html>", "api/", 30, "/", NAMES).is_err());
    }

    #[test]
    fn start_js_is_served_without_its_comments_and_keeps_every_line_of_code() {
        let served = start_script();
        assert!(
            served.len() * 3 < START_SOURCE.len() * 2,
            "a third of it and more is comments"
        );
        assert!(!served
            .lines()
            .any(|line| line.starts_with("//") || line.is_empty()));
        let code: Vec<&str> = START_SOURCE
            .lines()
            .map(str::trim_start)
            .filter(|line| !line.is_empty() && !line.starts_with("//"))
            .collect();
        assert_eq!(served.lines().collect::<Vec<_>>(), code);
        assert!(
            served.contains("WebAssembly.RuntimeError"),
            "the trap's notice is in it"
        );
    }
}
