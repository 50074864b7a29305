//! Deployment settings read from the page (written into every page by the
//! publish step, see the README): where the JSON lives, how often Latest
//! News is refreshed, the path the site is served under, the site's name
//! and tagline, and its home time zone at the page's times.

use std::time::Duration;

use std::sync::Arc;

use crate::browser::{base_uri, element_text, meta_content};
use crate::text::{Strings, LATEST_NEWS, STRINGS_ID};
use crate::time::zone::{HomeZone, ZONE_META};

/// `<meta name="dateline:api" content="...">`: where the JSON lives.
pub const API_META: &str = "dateline:api";
/// `<meta name="dateline:poll-seconds" content="...">`: Latest News refresh.
pub const POLL_META: &str = "dateline:poll-seconds";
/// `<meta name="dateline:base" content="...">`: the base path, on the one
/// page that has no `<base href>` (the not-found page).
pub const BASE_META: &str = "dateline:base";

/// `<meta name="dateline:name" content="...">`: the site's name.
pub const NAME_META: &str = "dateline:name";
/// `<meta name="dateline:tagline" content="...">`: the words beside it.
pub const TAGLINE_META: &str = "dateline:tagline";
/// `<meta name="dateline:editions" content="...">`: the site's sibling
/// editions, a JSON list of `[language, name, url]`.
pub const EDITIONS_META: &str = "dateline:editions";

/// A sibling edition of the site: its language, its name in that language
/// ("العربية") and its address (ending in `/`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Edition {
    pub language: String,
    pub name: String,
    pub url: String,
}

impl Edition {
    /// This edition's address for a story of it (its slug there), or its
    /// front page.
    pub fn link(&self, slug: Option<&str>) -> String {
        match slug {
            Some(slug) => format!("{}news/{slug}", self.url),
            None => self.url.clone(),
        }
    }

    /// The slug in this edition of the story whose `translations` these
    /// are, if it has one here.
    pub fn translation<'a>(&self, translations: &'a [crate::api::Translation]) -> Option<&'a str> {
        translations
            .iter()
            .find(|t| t.language == self.language)
            .map(|t| t.slug.as_str())
    }
}

/// The editions of `dateline:editions`; one that cannot be read is left out.
pub fn read_editions(list: &str) -> Vec<Edition> {
    use crate::api::json::FromJson;
    serde_json::from_str::<serde_json::Value>(list)
        .ok()
        .and_then(|value| {
            value.as_array().map(|items| {
                items
                    .iter()
                    .filter_map(|item| Edition::from_json(item).ok())
                    .collect()
            })
        })
        .unwrap_or_default()
}

impl crate::api::json::FromJson for Edition {
    fn from_json(value: &serde_json::Value) -> Result<Self, String> {
        let part = |i: usize| {
            value
                .get(i)
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
                .ok_or("not [language, name, url]")
        };
        Ok(Edition {
            language: part(0)?,
            name: part(1)?,
            url: part(2)?,
        })
    }
}

/// The site's name unless the newsroom gives its own: the demo's.
pub const SITE_NAME: &str = "Dateline";

/// Where the JSON is unless the publish step says otherwise: `api/` beside
/// the pages, where the publish copies it.
pub const DEFAULT_API: &str = "api/";
/// How often Latest News refreshes unless the publish step says otherwise.
pub const DEFAULT_POLL: Duration = Duration::from_secs(30);
const MIN_POLL: Duration = Duration::from_secs(5);
const MAX_POLL: Duration = Duration::from_secs(24 * 60 * 60);

/// What a view is told when it is rendered without the site's settings.
const MISSING: &str =
    "no Config in context: render views inside AppWith, or provide_context(Config) first";

/// The site's settings, as `AppWith` provides them to every view. Without
/// them a view would link and fetch at the wrong place without a word, so
/// a missing provider is a panic that says what is missing.
pub fn use_config() -> Config {
    leptos::prelude::use_context::<Config>().expect(MISSING)
}

/// The site's name and tagline (one lookup, for every view that shows them).
pub fn site_names() -> (String, String) {
    let config = use_config();
    (config.name, config.tagline)
}

/// Runs `read` on the site's settings without copying them (see
/// [`use_config`]).
pub fn with_config<T>(read: impl FnOnce(&Config) -> T) -> T {
    leptos::prelude::with_context::<Config, _>(read).expect(MISSING)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The path the site is served under, from the page's `<base href>`:
    /// `/` at a host's root, `/edition/` under a sub-path. It starts and
    /// ends with `/`.
    pub base: String,
    /// The API base URL, ending in `/`.
    pub api_base: String,
    /// How often Latest News is refreshed while the page is visible.
    pub poll_interval: Duration,
    /// The site's name (last in every document title) and tagline.
    pub name: String,
    pub tagline: String,
    /// The newsroom's home zone, in which a page shows its times until
    /// the app knows the reader's.
    pub zone: HomeZone,
    /// The edition's words, language, direction and digits.
    pub strings: Arc<Strings>,
    /// The site's sibling editions in other languages.
    pub editions: Arc<Vec<Edition>>,
}

impl Default for Config {
    fn default() -> Self {
        let strings = crate::text::unset_strings();
        Config {
            base: "/".to_owned(),
            api_base: format!("/{DEFAULT_API}"),
            poll_interval: DEFAULT_POLL,
            name: SITE_NAME.to_owned(),
            tagline: strings.get(LATEST_NEWS).to_owned(),
            zone: HomeZone::Unset,
            strings: Arc::new(strings),
            editions: Arc::default(),
        }
    }
}

impl Config {
    /// Reads the settings from the page, falling back to the defaults.
    pub fn from_page() -> Config {
        let api = meta_content(API_META).unwrap_or_else(|| DEFAULT_API.to_owned());
        let document_base = meta_content(BASE_META).or_else(base_uri);
        let api_base = resolve_api_base(document_base.as_deref(), &api);
        let poll_interval = parse_poll(meta_content(POLL_META).as_deref());
        let strings = element_text(STRINGS_ID)
            .and_then(|text| Strings::parse(&text).ok())
            .unwrap_or_default();
        Config {
            base: base_path(document_base.as_deref()),
            api_base,
            poll_interval,
            name: meta_content(NAME_META).unwrap_or_else(|| SITE_NAME.to_owned()),
            tagline: meta_content(TAGLINE_META)
                .unwrap_or_else(|| strings.get(LATEST_NEWS).to_owned()),
            zone: meta_content(ZONE_META).map_or(HomeZone::Unset, |zone| HomeZone::parse(&zone)),
            strings: Arc::new(strings),
            editions: Arc::new(
                meta_content(EDITIONS_META)
                    .map(|list| read_editions(&list))
                    .unwrap_or_default(),
            ),
        }
    }

    /// The address of a site path (`/news/a-story`, as `routes` gives it)
    /// under the site's base path: what every link is written with.
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base, path.trim_start_matches('/'))
    }

    /// The router's base: the base path without its last `/` (empty at a
    /// host's root). Links outside it are left to the browser.
    pub fn router_base(&self) -> String {
        self.base.trim_end_matches('/').to_owned()
    }

    pub fn latest_url(&self) -> String {
        format!("{}latest.json", self.api_base)
    }

    pub fn home_url(&self) -> String {
        format!("{}home.json", self.api_base)
    }

    pub fn article_url(&self, slug: &str) -> String {
        format!("{}articles/{slug}.json", self.api_base)
    }

    /// The file of a section's or topic's page of stories.
    pub fn list_url(&self, list: &crate::routes::Listing) -> String {
        format!("{}{}", self.api_base, list.file())
    }
}

/// A URL split into its origin (`https://n.example`) and its path
/// (`/edition/`, or `/` when it has none); a bare path has no origin.
pub fn split_origin(url: &str) -> (&str, &str) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return ("", url);
    };
    let end = scheme.len() + "://".len() + rest.find('/').unwrap_or(rest.len());
    match url.split_at(end) {
        (origin, "") => (origin, "/"),
        split => split,
    }
}

/// The folder part of a base URL's path (`https://n.example/edition/` and
/// `/edition/index.html` both give `/edition/`), or `/` without one.
pub fn base_path(document_base: Option<&str>) -> String {
    document_base
        .map(|base| {
            let base = base.split(['?', '#']).next().unwrap_or_default();
            let (_, path) = split_origin(base);
            path[..path.rfind('/').map_or(0, |i| i + 1)].to_owned()
        })
        .filter(|dir| dir.starts_with('/'))
        .unwrap_or_else(|| "/".to_owned())
}

/// The API base as an absolute path or URL ending in `/`: an absolute
/// setting is kept, a relative one is taken relative to the path of the
/// app's base URL. (A path, not a URL: the pre-render writes the same image
/// addresses as the browser, whichever host serves the page.)
pub fn resolve_api_base(document_base: Option<&str>, api: &str) -> String {
    let api = api.trim();
    let mut base =
        if api.starts_with("https://") || api.starts_with("http://") || api.starts_with('/') {
            api.to_owned()
        } else {
            format!("{}{api}", base_path(document_base))
        };
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

/// The poll interval in seconds, clamped to five seconds .. one day; a
/// setting that is not a whole number of seconds gives the default.
pub fn parse_poll(setting: Option<&str>) -> Duration {
    setting
        .and_then(|text| text.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
        .map_or(DEFAULT_POLL, |interval| interval.clamp(MIN_POLL, MAX_POLL))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_base_is_relative_to_the_app() {
        assert_eq!(
            resolve_api_base(Some("https://n.example/"), "api/"),
            "/api/"
        );
        assert_eq!(
            resolve_api_base(Some("https://n.example/edition/index.html?x=1"), "api"),
            "/edition/api/"
        );
        assert_eq!(resolve_api_base(Some("https://n.example"), "api/"), "/api/");
        assert_eq!(
            resolve_api_base(Some("https://n.example/a/"), "/feeds/"),
            "/feeds/"
        );
        assert_eq!(
            resolve_api_base(Some("https://n.example/"), "https://cdn.example/v1"),
            "https://cdn.example/v1/"
        );
        assert_eq!(resolve_api_base(None, "api/"), "/api/");
    }

    #[test]
    fn the_base_path_is_the_folder_of_the_base_url() {
        assert_eq!(base_path(Some("https://n.example/")), "/");
        assert_eq!(base_path(Some("https://n.example")), "/");
        assert_eq!(base_path(Some("https://n.example/edition/")), "/edition/");
        assert_eq!(base_path(Some("http://h:8091/a/b/index.html?q#f")), "/a/b/");
        assert_eq!(base_path(Some("/edition/")), "/edition/");
        assert_eq!(base_path(Some("edition")), "/");
        assert_eq!(base_path(None), "/");
    }

    #[test]
    fn urls_split_into_origin_and_path() {
        assert_eq!(
            split_origin("https://n.example/edition/"),
            ("https://n.example", "/edition/")
        );
        assert_eq!(split_origin("http://h:8091"), ("http://h:8091", "/"));
        assert_eq!(split_origin("/api/"), ("", "/api/"));
    }

    #[test]
    fn links_are_written_under_the_base_path() {
        let root = Config::default();
        assert_eq!(root.link("/"), "/");
        assert_eq!(root.link("/news/a-b"), "/news/a-b");
        assert_eq!(root.router_base(), "");
        let edition = Config {
            base: "/edition/".to_owned(),
            ..Config::default()
        };
        assert_eq!(edition.link("/"), "/edition/");
        assert_eq!(edition.link("/category/world"), "/edition/category/world");
        assert_eq!(edition.router_base(), "/edition");
    }

    #[test]
    fn poll_interval_has_a_floor() {
        assert_eq!(parse_poll(None), Duration::from_secs(30));
        assert_eq!(parse_poll(Some(" 60 ")), Duration::from_secs(60));
        assert_eq!(parse_poll(Some("1")), Duration::from_secs(5));
        assert_eq!(parse_poll(Some("soon")), Duration::from_secs(30));
    }

    #[test]
    fn poll_interval_has_a_ceiling_of_one_day() {
        assert_eq!(parse_poll(Some("86400")), Duration::from_secs(86_400));
        assert_eq!(parse_poll(Some("86401")), Duration::from_secs(86_400));
        assert_eq!(
            parse_poll(Some("18446744073709551615")),
            Duration::from_secs(86_400)
        );
        assert_eq!(parse_poll(Some("-5")), Duration::from_secs(30));
    }
}
