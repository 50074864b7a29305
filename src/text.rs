//! The site's own words (everything it shows a reader that is not the
//! newsroom's content), in the edition's language. A language is one file
//! of `lang/` (`en.json`, `tr.json`, `ar.json`: see the README); the
//! publish step writes the edition's into every page and the shell
//! (`<script type="application/json" id="dateline-strings">`), and the app
//! reads it from there, so the browser build carries no language's words:
//! only the keys below, which name them.

use serde_json::Value;

/// The element of every page that holds its edition's words.
pub const STRINGS_ID: &str = "dateline-strings";

/// The digits an edition writes its numbers with (`digits` in `site.json`:
/// the Unicode numbering-system names, as `Intl` takes them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789.
    #[default]
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩, as in much of the Arabic-speaking world.
    ArabicIndic,
    /// ۰۱۲۳۴۵۶۷۸۹, as in Persian and Urdu.
    Persian,
}

impl Digits {
    /// The numbering system's name (`latn`, `arab`, `arabext`).
    pub fn name(self) -> &'static str {
        match self {
            Digits::Latin => "latn",
            Digits::ArabicIndic => "arab",
            Digits::Persian => "arabext",
        }
    }

    pub fn from_name(name: &str) -> Option<Digits> {
        [Digits::Latin, Digits::ArabicIndic, Digits::Persian]
            .into_iter()
            .find(|digits| digits.name() == name)
    }

    /// `text` with its ASCII digits written in these.
    pub fn write(self, text: &str) -> String {
        let zero = match self {
            Digits::Latin => return text.to_owned(),
            Digits::ArabicIndic => '\u{660}',
            Digits::Persian => '\u{6f0}',
        };
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(zero as u32 + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }
}

/// An edition's words and how it writes: its language (BCP 47), its
/// direction and its digits. Its words are kept as the page gives them,
/// each entry a text or an object of texts by plural form (`one`, `other`,
/// and in Arabic `zero`, `two`, `few`, `many`), and looked up there.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Strings {
    pub language: String,
    pub rtl: bool,
    pub digits: Digits,
    words: serde_json::Map<String, Value>,
}

impl Strings {
    /// A strings file as the page carries it (JSON text), or why not.
    pub fn parse(text: &str) -> Result<Strings, String> {
        Strings::from_value(serde_json::from_str(text).map_err(crate::api::json::why)?)
    }

    /// A strings file as the page carries it, read.
    pub fn from_value(value: Value) -> Result<Strings, String> {
        let Value::Object(mut file) = value else {
            return Err("not an object".to_owned());
        };
        let text = |file: &serde_json::Map<String, Value>, key: &str| {
            file.get(key).and_then(Value::as_str).map(str::to_owned)
        };
        let Some(Value::Object(words)) = file.remove("strings") else {
            return Err("`strings` is not an object".to_owned());
        };
        Ok(Strings {
            language: text(&file, "language").ok_or("`language` is missing")?,
            rtl: text(&file, "dir").as_deref() == Some("rtl"),
            digits: text(&file, "digits")
                .and_then(|name| Digits::from_name(&name))
                .unwrap_or_default(),
            words,
        })
    }
}

impl Strings {
    /// The words for `key` in plural form `form` (a text entry has one
    /// for every form), else its `other`; the key itself if the page has
    /// none (a page the publish step wrote has every key).
    fn words<'a>(&'a self, key: &'a str, form: &str) -> &'a str {
        let entry = self.words.get(key);
        entry
            .and_then(Value::as_str)
            .or_else(|| entry?.get(form)?.as_str())
            .or_else(|| entry?.get("other")?.as_str())
            .unwrap_or(key)
    }

    /// The words for `key` (see [`Strings::words`]).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.words(key, "other")
    }

    /// The words for `key` with each `{name}` replaced by its value. In a
    /// right-to-left edition each value is isolated (FSI … PDI), so a name
    /// in another script keeps its own order without scrambling the words
    /// around it (views isolate what they show beside words with `<bdi>`;
    /// this is for text alone, such as a document title).
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        fill_in(self.get(key), values, self.rtl)
    }

    /// The words for `count` of something (`key`'s plural form for it),
    /// with `{n}` the count in the edition's digits.
    pub fn count(&self, key: &str, count: usize) -> String {
        let form = plural_form(&self.locale(), count);
        fill_in(self.words(key, &form), &[("n", &self.number(count))], false)
    }

    /// A number in the edition's digits.
    pub fn number(&self, number: impl std::fmt::Display) -> String {
        self.digits.write(&number.to_string())
    }

    /// The locale `Intl` formats with: the language, with its digits.
    pub fn locale(&self) -> String {
        format!("{}-u-nu-{}", self.language, self.digits.name())
    }

    /// `<html lang dir>`'s values.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// English, as `lang/en.json` has it: what the host renders with
    /// unless told otherwise, and the browser tests (the app reads its
    /// words from the page, and never calls this: the build leaves it out).
    pub fn english() -> Strings {
        Strings::parse(include_str!("../lang/en.json")).unwrap_or_default()
    }
}

/// `text` with each `{name}` of `values` replaced by its value (isolated
/// when `isolate`), in one pass; a `{` that opens no known name stays.
fn fill_in(text: &str, values: &[(&str, &str)], isolate: bool) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                if isolate {
                    out.push('\u{2068}');
                }
                out.push_str(value);
                if isolate {
                    out.push('\u{2069}');
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The plural form of `count` in `locale` (`Intl.PluralRules`). The host
/// never writes a count a reader sees (counts are announcements of what
/// arrives while the page is open): it tells one from many.
fn plural_form(locale: &str, count: usize) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        crate::time::intl::plural(locale, count as f64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        if count == 1 { "one" } else { "other" }.to_owned()
    }
}

thread_local! {
    /// The words of the page being rendered: one page in the browser,
    /// each page in turn on the host, set as the app starts rendering it.
    static PAGE: std::cell::RefCell<std::sync::Arc<Strings>> =
        std::cell::RefCell::new(std::sync::Arc::new(unset_strings()));
}

/// The words before any page sets its own: English on the host (tests of
/// a view alone), none in the browser (which always has its page's).
pub fn unset_strings() -> Strings {
    #[cfg(not(target_arch = "wasm32"))]
    return Strings::english();
    #[cfg(target_arch = "wasm32")]
    Strings::default()
}

/// Makes `strings` the words of the page rendered next (`AppWith` does).
pub fn set_page_strings(strings: std::sync::Arc<Strings>) {
    PAGE.with_borrow_mut(|page| *page = strings);
}

/// The page's words: the one way views and the live feeds (whose answers
/// arrive outside any view) reach them.
pub fn page_strings() -> std::sync::Arc<Strings> {
    PAGE.with_borrow(std::sync::Arc::clone)
}

/// The edition's words for `key`, in a view (see [`Strings::get`]).
pub fn t(key: &str) -> String {
    page_strings().get(key).to_owned()
}

/// The edition's words for `key` with its values filled in.
pub fn t_fill(key: &str, values: &[(&str, &str)]) -> String {
    page_strings().fill(key, values)
}

// The keys, by what they name.
pub const SKIP_TO_CONTENT: &str = "skip_to_content";
pub const HOME_PAGE: &str = "home_page";
pub const SECTIONS: &str = "sections";
pub const EDITIONS: &str = "editions";
pub const BREADCRUMB: &str = "breadcrumb";
pub const NEWS: &str = "news";
pub const TOP_NEWS: &str = "top_news";
/// The Latest News list's heading, and the default tagline.
pub const LATEST_NEWS: &str = "latest_news";
pub const LATEST_STALE: &str = "latest_stale";
pub const LATEST_RETRYING: &str = "latest_retrying";
pub const LATEST_OFFLINE: &str = "latest_offline";
pub const OFFLINE: &str = "offline";
pub const OFFLINE_UNAVAILABLE: &str = "offline_unavailable";
pub const OFFLINE_UNAVAILABLE_TEXT: &str = "offline_unavailable_text";
/// The front page's description, for its head and link previews.
pub const FRONT_DESCRIPTION: &str = "front_description";
/// "{tagline} from {name}": the feed's description.
pub const FEED_DESCRIPTION: &str = "feed_description";
pub const FOOTER: &str = "footer";
pub const BACK_TO_FRONT: &str = "back_to_front";
pub const LOADING: &str = "loading";
pub const COULD_NOT_LOAD_TITLE: &str = "could_not_load_title";
pub const COULD_NOT_LOAD: &str = "could_not_load";
/// "Sorry, this could not be loaded: {why}."
pub const SORRY: &str = "sorry";
pub const RETRY: &str = "retry";
pub const ERROR_NETWORK: &str = "error_network";
pub const ERROR_TIMEOUT: &str = "error_timeout";
/// "… answered with error {code}".
pub const ERROR_STATUS: &str = "error_status";
pub const ERROR_DATA: &str = "error_data";
pub const NOT_FOUND_TITLE: &str = "not_found_title";
pub const NOT_FOUND_DESCRIPTION: &str = "not_found_description";
pub const NOT_FOUND_TEXT: &str = "not_found_text";
pub const GO_TO_FRONT: &str = "go_to_front";
/// Said by a section or topic that has no story yet.
pub const NO_STORIES: &str = "no_stories";
/// The link to a list's older stories.
pub const MORE_STORIES: &str = "more_stories";
/// The link back to a list's newer stories.
pub const NEWER_STORIES: &str = "newer_stories";
/// The name of a list's links between its pages.
pub const PAGES: &str = "pages";
pub const TAGS: &str = "tags";
/// What an article's times begin with.
pub const PUBLISHED: &str = "published";
pub const UPDATED: &str = "updated";
/// What a live page's times begin with.
pub const STARTED: &str = "started";
pub const CORRECTIONS: &str = "corrections";
pub const RELATED_STORIES: &str = "related_stories";
/// Said to a screen reader after a link in a story to another site.
pub const ANOTHER_SITE: &str = "another_site";
/// Said to a screen reader after an email link in a story.
pub const EMAIL: &str = "email";
/// "Play it here from {provider}": the button that loads a player.
pub const PLAY_FROM: &str = "play_from";
/// "View on {provider}": the link to a post on its own service.
pub const VIEW_ON: &str = "view_on";
pub const EMBED_NOTE: &str = "embed_note";
/// The mark of a story covered live, and of a live page while it is.
pub const LIVE: &str = "live";
/// The mark of a story that arrived while the page was open.
pub const NEW: &str = "new";
pub const LIVE_ENDED: &str = "live_ended";
pub const KEY_EVENTS: &str = "key_events";
pub const PINNED: &str = "pinned";
pub const UPDATES: &str = "updates";
pub const OLDER_UPDATES: &str = "older_updates";
pub const NEWER_UPDATES: &str = "newer_updates";
pub const LINK_TO_POST: &str = "link_to_post";
pub const LIVE_STALE: &str = "live_stale";
pub const JUST_NOW: &str = "just_now";
/// "{n} new stories", by plural form.
pub const NEW_STORIES: &str = "new_stories";
/// "{n} new updates", by plural form.
pub const NEW_UPDATES: &str = "new_updates";

/// Every key a strings file must have (the publish step and the tests
/// check each shipped language against it); `stopped`, `reload` and
/// `noscript` are read by `start.js` and the shell, not by the app.
#[cfg(not(target_arch = "wasm32"))]
pub const KEYS: &[&str] = &[
    SKIP_TO_CONTENT,
    HOME_PAGE,
    SECTIONS,
    EDITIONS,
    BREADCRUMB,
    NEWS,
    TOP_NEWS,
    LATEST_NEWS,
    LATEST_STALE,
    LATEST_RETRYING,
    LATEST_OFFLINE,
    OFFLINE,
    OFFLINE_UNAVAILABLE,
    OFFLINE_UNAVAILABLE_TEXT,
    FRONT_DESCRIPTION,
    FEED_DESCRIPTION,
    FOOTER,
    BACK_TO_FRONT,
    LOADING,
    COULD_NOT_LOAD_TITLE,
    COULD_NOT_LOAD,
    SORRY,
    RETRY,
    ERROR_NETWORK,
    ERROR_TIMEOUT,
    ERROR_STATUS,
    ERROR_DATA,
    NOT_FOUND_TITLE,
    NOT_FOUND_DESCRIPTION,
    NOT_FOUND_TEXT,
    GO_TO_FRONT,
    "list_page",
    "section_description",
    "topic_description",
    "live_description",
    "older_description",
    NO_STORIES,
    MORE_STORIES,
    NEWER_STORIES,
    PAGES,
    TAGS,
    PUBLISHED,
    UPDATED,
    STARTED,
    CORRECTIONS,
    RELATED_STORIES,
    ANOTHER_SITE,
    EMAIL,
    PLAY_FROM,
    VIEW_ON,
    EMBED_NOTE,
    LIVE,
    NEW,
    LIVE_ENDED,
    KEY_EVENTS,
    PINNED,
    UPDATES,
    OLDER_UPDATES,
    NEWER_UPDATES,
    LINK_TO_POST,
    LIVE_STALE,
    JUST_NOW,
    NEW_STORIES,
    NEW_UPDATES,
    "stopped",
    "reload",
    "noscript",
];

/// A section's or topic's page title (and heading): its name, and from
/// page 2 the page's number.
pub fn list_title(strings: &Strings, name: &str, page: u16) -> String {
    match page {
        1 => name.to_owned(),
        n => strings.fill("list_page", &[("name", name), ("n", &strings.number(n))]),
    }
}

/// A section's or topic's page description, for its head and link previews.
pub fn list_description(
    strings: &Strings,
    kind: crate::routes::ListKind,
    name: &str,
    page: u16,
) -> String {
    let newest = match kind {
        crate::routes::ListKind::Section => "section_description",
        crate::routes::ListKind::Topic => "topic_description",
        crate::routes::ListKind::Live => "live_description",
    };
    match page {
        1 => strings.fill(newest, &[("name", name)]),
        n => strings.fill(
            "older_description",
            &[("name", name), ("n", &strings.number(n))],
        ),
    }
}
