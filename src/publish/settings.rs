//! The newsroom's own site: its name, tagline and home time zone, from
//! `site.json` in its folder, each overridden by the command line's. The
//! publish step writes them into every page; a setting that cannot be used
//! stops the publish before anything is written.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::text::{SITE_NAME, TAGLINE};
use crate::time::zone::HomeZone;

/// The settings file, in the newsroom's folder beside `home.json`.
pub const FILE: &str = "site.json";

/// Settings as given: each one unset, or its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub name: Option<String>,
    pub tagline: Option<String>,
    /// An IANA time zone, such as `Europe/Istanbul`.
    pub zone: Option<String>,
}

/// The settings the pages are written with.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteSettings {
    pub name: String,
    pub tagline: String,
    pub zone: HomeZone,
}

impl Settings {
    /// The settings of `site.json` in `api` (none when there is no such
    /// file), each replaced by the one in `overrides` that is set, checked.
    pub fn resolve(api: &Path, overrides: &Settings) -> Result<SiteSettings, String> {
        let file = api.join(FILE);
        let given = match fs::read_to_string(&file) {
            Ok(text) => Settings::read(&text)?,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Settings::default(),
            Err(error) => return Err(format!("{FILE}: {error}")),
        };
        let pick = |own: &Option<String>, theirs: &Option<String>| own.clone().or(theirs.clone());
        let name = text_setting("name", pick(&overrides.name, &given.name), SITE_NAME)?;
        let tagline = text_setting("tagline", pick(&overrides.tagline, &given.tagline), TAGLINE)?;
        let zone = match pick(&overrides.zone, &given.zone) {
            None => HomeZone::Unset,
            Some(name) => HomeZone::Named(name.trim().parse::<chrono_tz::Tz>().map_err(|_| {
                format!(
                    "the zone {name:?} is not a time zone of the IANA database (such as Europe/Istanbul or America/New_York)"
                )
            })?),
        };
        Ok(SiteSettings {
            name,
            tagline,
            zone,
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
        })
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
            (SITE_NAME, TAGLINE)
        );
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
}
