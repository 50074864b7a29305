//! The newsroom's own site: its name, tagline, home time zone, language
//! and digits, from `site.json` in its folder, each overridden by the
//! command line's. The publish step writes them into every page, with the
//! language's words (`lang/{language}.json`); a setting that cannot be
//! used stops the publish before anything is written.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::config::SITE_NAME;
use crate::publish::look::{Accent, Logo, Rgb};
use crate::text::{Digits, Strings, KEYS, LATEST_NEWS};
use crate::time::zone::HomeZone;

/// Where the shipped languages' files are: `lang/` of the repository.
pub const LANGUAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lang");

/// The language of a site that names none, and of one whose language has
/// no file.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The settings file, in the newsroom's folder beside `home.json`.
pub const FILE: &str = "site.json";

/// Settings as given: each one unset, or its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub name: Option<String>,
    pub tagline: Option<String>,
    /// An IANA time zone, such as `Europe/Istanbul`.
    pub zone: Option<String>,
    /// The edition's language (BCP 47, as its file in `lang/` is named).
    pub language: Option<String>,
    /// `latn` or `arab` (or `arabext`): the digits numbers are shown in.
    pub digits: Option<String>,
    /// The accent colour, `#rrggbb`.
    pub accent: Option<String>,
    /// The logo: an SVG or PNG in the newsroom's folder.
    pub logo: Option<String>,
    /// The sibling editions, as `site.json` lists them:
    /// `[{ "language": "ar", "url": "https://ar.news.example/" }]`.
    pub editions: Option<Value>,
    /// Offline reading (the service worker): `on`, the default, or `off`.
    pub offline: Option<String>,
}

/// The settings the pages are written with.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteSettings {
    pub name: String,
    pub tagline: String,
    pub zone: HomeZone,
    /// The edition's words, as every page carries them (`strings_json`)
    /// and as the app reads them from there.
    pub strings: Strings,
    pub strings_json: String,
    /// What the publish should say about them (a language with no file).
    pub notes: Vec<String>,
    pub accent: Option<Accent>,
    pub logo: Option<Logo>,
    /// The site's sibling editions, each named in its own language.
    pub editions: Vec<crate::config::Edition>,
    /// Whether readers' browsers keep what they read for offline reading.
    pub offline: bool,
}

impl Settings {
    /// The settings of `site.json` in `api` (none when there is no such
    /// file), each replaced by the one in `overrides` that is set, checked.
    pub fn resolve(api: &Path, overrides: &Settings) -> Result<SiteSettings, String> {
        Settings::resolve_with(api, overrides, Path::new(LANGUAGES))
    }

    /// As [`Settings::resolve`], with the languages' files in `languages`.
    pub fn resolve_with(
        api: &Path,
        overrides: &Settings,
        languages: &Path,
    ) -> Result<SiteSettings, String> {
        let file = api.join(FILE);
        let given = match fs::read_to_string(&file) {
            Ok(text) => Settings::read(&text)?,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Settings::default(),
            Err(error) => return Err(format!("{FILE}: {error}")),
        };
        let pick = |own: &Option<String>, theirs: &Option<String>| own.clone().or(theirs.clone());
        let digits = match pick(&overrides.digits, &given.digits) {
            None => Digits::Latin,
            Some(name) => Digits::from_name(name.trim())
                .ok_or_else(|| format!("the digits {name:?} are not latn, arab or arabext"))?,
        };
        let language = pick(&overrides.language, &given.language)
            .map_or(DEFAULT_LANGUAGE.to_owned(), |code| code.trim().to_owned());
        let mut notes = Vec::new();
        let (strings_json, strings) = words(languages, &language, digits, &mut notes)?;
        let name = text_setting("name", pick(&overrides.name, &given.name), SITE_NAME)?;
        let tagline = text_setting(
            "tagline",
            pick(&overrides.tagline, &given.tagline),
            strings.get(LATEST_NEWS),
        )?;
        let zone = match pick(&overrides.zone, &given.zone) {
            None => HomeZone::Unset,
            Some(name) => HomeZone::Named(name.trim().parse::<chrono_tz::Tz>().map_err(|_| {
                format!(
                    "the zone {name:?} is not a time zone of the IANA database (such as Europe/Istanbul or America/New_York)"
                )
            })?),
        };
        let accent = match pick(&overrides.accent, &given.accent) {
            None => None,
            Some(text) => {
                let colour = Rgb::parse(&text).ok_or_else(|| {
                    format!("the accent colour {text:?} is not a colour written #rrggbb or #rgb")
                })?;
                let accent = Accent::new(colour);
                for (scheme, shown) in [("light", accent.light), ("dark", accent.dark)] {
                    if shown != colour {
                        notes.push(format!(
                            "the accent colour {} is too faint to read on the {scheme} page: it is shown as {} there",
                            colour.hex(),
                            shown.hex()
                        ));
                    }
                }
                Some(accent)
            }
        };
        let logo = match pick(&overrides.logo, &given.logo) {
            None => None,
            Some(file) => Some(Logo::read(&api.join(file.trim()))?),
        };
        let editions = match overrides.editions.as_ref().or(given.editions.as_ref()) {
            None => Vec::new(),
            Some(list) => editions(list, languages, &strings.language)?,
        };
        let offline = match pick(&overrides.offline, &given.offline)
            .as_deref()
            .map(str::trim)
        {
            None | Some("on") => true,
            Some("off") => false,
            Some(other) => {
                return Err(format!("offline reading is on or off, not {other:?}"));
            }
        };
        Ok(SiteSettings {
            name,
            tagline,
            zone,
            strings,
            strings_json,
            notes,
            accent,
            logo,
            editions,
            offline,
        })
    }

    /// `site.json`'s settings: an object whose known keys are strings.
    fn read(text: &str) -> Result<Settings, String> {
        let value: Value =
            serde_json::from_str(text).map_err(|error| format!("{FILE} is not JSON: {error}"))?;
        let Value::Object(fields) = value else {
            return Err(format!("{FILE} must be an object of settings"));
        };
        let field = |key: &str| match fields.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(_) => Err(format!("{FILE}: `{key}` must be a string")),
        };
        Ok(Settings {
            name: field("name")?,
            tagline: field("tagline")?,
            zone: field("zone")?,
            language: field("language")?,
            digits: field("digits")?,
            accent: field("accent")?,
            logo: field("logo")?,
            editions: fields
                .get("editions")
                .filter(|value| !value.is_null())
                .cloned(),
            // `"offline": false` as well as `"off"`.
            offline: match fields.get("offline") {
                Some(Value::Bool(on)) => Some(if *on { "on" } else { "off" }.to_owned()),
                _ => field("offline")?,
            },
        })
    }
}

/// A language's file as the pages carry it: its words (any it lacks taken
/// from English, and said), its direction, and the newsroom's digits. A
/// language without a file is English, and said.
fn words(
    languages: &Path,
    language: &str,
    digits: Digits,
    notes: &mut Vec<String>,
) -> Result<(String, Strings), String> {
    let load = |code: &str| language_file(languages, code);
    let english = load(DEFAULT_LANGUAGE)?
        .ok_or_else(|| format!("{}/en.json is missing", languages.display()))?;
    let mut file = match load(language)? {
        Some(file) => file,
        None => {
            notes.push(format!(
                "the language {language:?} has no strings file in lang/: the pages are in English (add lang/{language}.json; see the README)"
            ));
            english.clone()
        }
    };
    let code = file
        .get("language")
        .and_then(Value::as_str)
        .unwrap_or(DEFAULT_LANGUAGE)
        .to_owned();
    let own = file
        .get_mut("strings")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| format!("lang/{code}.json has no `strings` object"))?;
    for key in KEYS {
        match own.get(*key) {
            None => {
                let fallback = english["strings"].get(*key).cloned().unwrap_or(Value::Null);
                notes.push(format!("lang/{code}.json has no {key:?}: shown in English"));
                own.insert((*key).to_owned(), fallback);
            }
            // Readers would see the key's name in its place.
            Some(entry) if !is_words(entry) => {
                return Err(format!(
                    "lang/{code}.json: {key:?} must be text, or its plural forms (text) with \"other\" among them"
                ));
            }
            Some(_) => {}
        }
    }
    if let Some(fields) = file.as_object_mut() {
        fields.insert("digits".to_owned(), Value::String(digits.name().to_owned()));
        fields.remove("plural_forms");
        fields.remove("name");
    }
    let json = file.to_string();
    let strings = Strings::from_value(file).map_err(|why| format!("lang/{code}.json: {why}"))?;
    Ok((json, strings))
}

/// The sibling editions of `site.json`: each a language other than the
/// site's own, and an `http(s)` address; named in its own language (its
/// file's `name`) unless `site.json` names it.
fn editions(
    list: &Value,
    languages: &Path,
    own: &str,
) -> Result<Vec<crate::config::Edition>, String> {
    let items = list
        .as_array()
        .ok_or_else(|| format!("{FILE}: `editions` must be a list"))?;
    let mut editions: Vec<crate::config::Edition> = Vec::new();
    for item in items {
        let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::trim);
        let (Some(language), Some(url)) = (text("language"), text("url")) else {
            return Err(format!(
                "{FILE}: each of `editions` needs a `language` and a `url`"
            ));
        };
        if !is_language_tag(language) {
            return Err(format!(
                "{FILE}: the edition language {language:?} is not a language tag (such as tr or pt-BR)"
            ));
        }
        if language == own || editions.iter().any(|e| e.language == language) {
            return Err(format!(
                "{FILE}: the edition {language:?} is named twice, or is this site's own"
            ));
        }
        if !(url.starts_with("https://") || url.starts_with("http://"))
            || url.contains(['"', '<', '>'])
            || url.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(format!(
                "{FILE}: the edition {language:?} has no http(s) address: {url:?}"
            ));
        }
        let url = if url.ends_with('/') {
            url.to_owned()
        } else {
            format!("{url}/")
        };
        let own_name = language_file(languages, language)?
            .and_then(|file| file.get("name").and_then(Value::as_str).map(str::to_owned));
        let name = text("name")
            .map(str::to_owned)
            .or(own_name)
            .unwrap_or_else(|| language.to_owned());
        editions.push(crate::config::Edition {
            language: language.to_owned(),
            name,
            url,
        });
    }
    Ok(editions)
}

/// The file in `languages` of the language `code`, if it has one.
fn language_file(languages: &Path, code: &str) -> Result<Option<Value>, String> {
    if !is_language_tag(code) {
        return Ok(None);
    }
    match fs::read_to_string(languages.join(format!("{code}.json"))) {
        Ok(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|error| format!("lang/{code}.json is not JSON: {error}")),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(format!("lang/{code}.json: {error}")),
    }
}

/// Whether `code` can be a BCP 47 language tag (and so a file's name in
/// `lang/`): letters and digits in parts joined by `-`.
fn is_language_tag(code: &str) -> bool {
    !code.is_empty()
        && code
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether a language file's entry is words the app can show: text, or
/// plural forms (each text) with `other` among them.
fn is_words(entry: &Value) -> bool {
    match entry {
        Value::String(_) => true,
        Value::Object(forms) => forms.contains_key("other") && forms.values().all(Value::is_string),
        _ => false,
    }
}

/// A name or tagline: its text on one line, or the default when unset.
fn text_setting(key: &str, given: Option<String>, default: &str) -> Result<String, String> {
    let Some(text) = given else {
        return Ok(default.to_owned());
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().any(char::is_control) {
        // The feed and the news sitemap are XML, which cannot hold them.
        return Err(format!("the {key} has a control character in it"));
    }
    match text.chars().count() {
        0 => Err(format!("the {key} is empty")),
        1..=80 => Ok(text),
        _ => Err(format!("the {key} is longer than 80 characters")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(site_json: Option<&str>) -> std::path::PathBuf {
        static FOLDERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = FOLDERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("dateline-settings-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("dir");
        if let Some(text) = site_json {
            fs::write(dir.join(FILE), text).expect("write");
        }
        dir
    }

    #[test]
    fn without_a_file_the_demo_keeps_its_name_and_no_zone() {
        let settings = Settings::resolve(&folder(None), &Settings::default()).expect("defaults");
        assert_eq!(
            (settings.name.as_str(), settings.tagline.as_str()),
            (SITE_NAME, "Latest News")
        );
        assert_eq!(settings.strings, Strings::english());
        assert!(settings.notes.is_empty());
        assert_eq!(settings.zone, HomeZone::Unset);
    }

    #[test]
    fn the_file_is_read_and_the_command_line_wins() {
        let dir = folder(Some(
            r#"{"name": "The  Harbour\nHerald", "tagline": "News of the coast", "zone": "Europe/Istanbul"}"#,
        ));
        let settings = Settings::resolve(&dir, &Settings::default()).expect("read");
        assert_eq!(settings.name, "The Harbour Herald");
        assert_eq!(settings.zone, HomeZone::Named(chrono_tz::Europe::Istanbul));
        let overrides = Settings {
            name: Some("Coast <b>Daily</b>".into()),
            zone: Some("America/New_York".into()),
            ..Settings::default()
        };
        let settings = Settings::resolve(&dir, &overrides).expect("overridden");
        // Kept as text: the views and the head escape it.
        assert_eq!(settings.name, "Coast <b>Daily</b>");
        assert_eq!(settings.tagline, "News of the coast");
        assert_eq!(settings.zone, HomeZone::Named(chrono_tz::America::New_York));
    }

    #[test]
    fn a_setting_that_cannot_be_used_is_named() {
        let cases = [
            (r#"{"zone": "Europe/Atlantis"}"#, "Europe/Atlantis"),
            (r#"{"name": 7}"#, "`name` must be a string"),
            (r#"{"tagline": "  "}"#, "the tagline is empty"),
            (r#"{"name": "Daily\u001b News"}"#, "a control character"),
            ("[]", "must be an object"),
            ("{name", "is not JSON"),
        ];
        for (text, said) in cases {
            let error =
                Settings::resolve(&folder(Some(text)), &Settings::default()).expect_err(text);
            assert!(error.contains(said), "{text}: {error}");
        }
    }

    #[test]
    fn a_language_file_entry_readers_could_not_read_stops_the_publish() {
        let languages = folder(None);
        fs::copy(
            Path::new(LANGUAGES).join("en.json"),
            languages.join("en.json"),
        )
        .expect("en");
        let english: Value =
            serde_json::from_str(&fs::read_to_string(languages.join("en.json")).expect("read"))
                .expect("json");
        let settings = Settings {
            language: Some("xx".into()),
            ..Settings::default()
        };
        for (entry, key) in [
            (serde_json::json!(7), "top_news"),
            (serde_json::json!(["Top", "News"]), "top_news"),
            (serde_json::json!({ "one": "1 new story" }), "new_stories"),
            (serde_json::json!({ "one": "1", "other": 2 }), "new_stories"),
        ] {
            let mut file = english.clone();
            file["language"] = "xx".into();
            file["strings"][key] = entry.clone();
            fs::write(languages.join("xx.json"), file.to_string()).expect("write");
            let error = Settings::resolve_with(&folder(None), &settings, &languages)
                .expect_err(&entry.to_string());
            assert!(
                error.contains("lang/xx.json") && error.contains(key),
                "{entry}: {error}"
            );
        }
        // Text, and plural forms with "other", are words.
        let mut file = english.clone();
        file["language"] = "xx".into();
        file["strings"]["top_news"] = "Manşet".into();
        fs::write(languages.join("xx.json"), file.to_string()).expect("write");
        let ok = Settings::resolve_with(&folder(None), &settings, &languages).expect("usable");
        assert_eq!(ok.strings.get(crate::text::TOP_NEWS), "Manşet");
        // An entry the file lacks is taken from English, and said.
        if let Some(words) = file["strings"].as_object_mut() {
            words.remove(crate::text::LATEST_NEWS);
        }
        fs::write(languages.join("xx.json"), file.to_string()).expect("write");
        let filled = Settings::resolve_with(&folder(None), &settings, &languages).expect("filled");
        assert_eq!(filled.strings.get(crate::text::LATEST_NEWS), "Latest News");
        assert!(
            filled
                .notes
                .iter()
                .any(|note| note.contains("lang/xx.json has no \"latest_news\"")),
            "{:?}",
            filled.notes
        );
    }
}
