//! The site's own words (everything it shows a reader that is not the
//! newsroom's content), in the edition's language. A language is one file
//! of `lang/` (`en.json`, `tr.json`, `ar.json`: see the README); the
//! publish step writes the edition's into every page and the shell
//! (`<script type="application/json" id="dateline-strings">`), and the app
//! reads it from there, so the browser build carries no language's words:
//! only the keys below, which name them.

use serde_json::Value;

use crate::api::json::{FromJson, Obj};

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

/// One entry of a strings file: a text, or a text for each plural form
/// (`one`, `other`, and in Arabic `zero`, `two`, `few`, `many`).
#[derive(Clone, Debug, PartialEq)]
enum Words {
    Text(String),
    Plural(Vec<(String, String)>),
}

/// An edition's words and how it writes: its language (BCP 47), its
/// direction and its digits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Strings {
    pub language: String,
    pub rtl: bool,
    pub digits: Digits,
    words: Vec<(String, Words)>,
}

impl FromJson for Strings {
    fn from_json(value: &Value) -> Result<Self, String> {
        let file = Obj::of(value)?;
        let words = file
            .get("strings")
            .and_then(Value::as_object)
            .ok_or("`strings` is not an object")?;
        let words = words
            .iter()
            .filter_map(|(key, value)| {
                let words = match value {
                    Value::String(text) => Words::Text(text.clone()),
                    Value::Object(forms) => Words::Plural(
                        forms
                            .iter()
                            .filter_map(|(form, text)| {
                                Some((form.clone(), text.as_str()?.to_owned()))
                            })
                            .collect(),
                    ),
                    _ => return None,
                };
                Some((key.clone(), words))
            })
            .collect();
        Ok(Strings {
            language: file.need("language")?,
            rtl: file.opt::<String>("dir").as_deref() == Some("rtl"),
            digits: file
                .opt::<String>("digits")
                .and_then(|name| Digits::from_name(&name))
                .unwrap_or_default(),
            words,
        })
    }
}

impl Strings {
    /// The words for `key` (the key itself if the page has none: a page
    /// the publish step wrote always has every key).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        match self.words.iter().find(|(k, _)| k == key) {
            Some((_, Words::Text(text))) => text,
            Some((_, Words::Plural(forms))) => forms.last().map_or(key, |(_, text)| text),
            None => key,
        }
    }

    /// The words for `key` with each `{name}` replaced by its value. In a
    /// right-to-left edition each value is isolated (FSI … PDI), so a name
    /// in another script keeps its own order without scrambling the words
    /// around it (views isolate what they show beside words with `<bdi>`;
    /// this is for text alone, such as a document title).
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.get(key).to_owned(), |text, (name, value)| {
                let value = if self.rtl {
                    format!("\u{2068}{value}\u{2069}")
                } else {
                    (*value).to_owned()
                };
                text.replace(&format!("{{{name}}}"), &value)
            })
    }

    /// The words for `count` of something (`key`'s plural form for it),
    /// with `{n}` the count in the edition's digits.
    pub fn count(&self, key: &str, count: usize) -> String {
        let form = plural_form(&self.locale(), count);
        let text = match self.words.iter().find(|(k, _)| k == key) {
            Some((_, Words::Plural(forms))) => forms
                .iter()
                .find(|(f, _)| *f == form)
                .or_else(|| forms.iter().find(|(f, _)| f == "other"))
                .map_or(key, |(_, text)| text.as_str()),
            _ => self.get(key),
        };
        text.replace("{n}", &self.number(count))
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
    /// unless told otherwise (the browser reads its words from the page).
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn english() -> Strings {
        crate::api::json::read(include_str!("../lang/en.json")).unwrap_or_default()
    }

    /// Every key a file has, with the plural forms of each plural entry.
    pub fn keys(&self) -> Vec<(&str, Vec<&str>)> {
        self.words
            .iter()
            .map(|(key, words)| match words {
                Words::Text(_) => (key.as_str(), Vec::new()),
                Words::Plural(forms) => (
                    key.as_str(),
                    forms.iter().map(|(form, _)| form.as_str()).collect(),
                ),
            })
            .collect()
    }
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

/// The edition's words for `key`, in a view (see [`Strings::get`]).
pub fn t(key: &str) -> String {
    crate::config::with_config(|config| config.strings.get(key).to_owned())
}

/// The edition's words for `key` with its values filled in.
pub fn t_fill(key: &str, values: &[(&str, &str)]) -> String {
    crate::config::with_config(|config| config.strings.fill(key, values))
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
