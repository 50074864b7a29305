//! Offline reading and installing: the service worker (`sw.js`, from
//! `offline.js`) that keeps the app's files and what each reader opens,
//! and the web app manifest. Both are written beside the pages.

use serde_json::json;

use crate::publish::look::version;

/// The service worker, at the site's path (so its scope is the site).
pub const WORKER: &str = "sw.js";
/// Its source, explained in comments.
const WORKER_SOURCE: &str = include_str!("offline.js");

/// The web app manifest.
pub const MANIFEST: &str = "manifest.webmanifest";

/// The app's files that are no page: what the worker keeps at install,
/// beside the shell and `start.js`.
pub const ICON: &str = "favicon.svg";

/// The worker for this publish: `files` (under the site's path, such as
/// `dateline-0123456789abcdef.js` or `site.css?v=…`) kept at install, the
/// JSON at `api`, and a version that changes whenever a file's name or the
/// shell (`shell`, the page every unknown address gets) does, so that a
/// reader's browser installs it anew.
pub fn worker(files: &[String], api: &str, shell: &str) -> String {
    let source = crate::publish::shell::served_js(WORKER_SOURCE);
    // The app's files are named by their content, but for the shell and
    // start.js (whose new text must reach readers too).
    let mut named = files.join("\n").into_bytes();
    named.extend(shell.as_bytes());
    named.extend(crate::publish::shell::start_script().as_bytes());
    named.extend(source.as_bytes());
    let settings = json!({ "version": version(&named), "files": files, "api": api });
    format!("const SETTINGS = {settings};\n{source}")
}

/// The colours the manifest and the browser's bar take: the accent on the
/// light page, and on the dark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThemeColours<'a> {
    pub light: &'a str,
    pub dark: &'a str,
}

/// The app's own accent (style/tokens.css), for a newsroom without one.
pub const APP_COLOURS: ThemeColours<'static> = ThemeColours {
    light: "#b3261e",
    dark: "#ff8a80",
};

/// The manifest: the site's name, language and colours, opening at its
/// front page, in its own window, with the favicon as its icon.
pub fn manifest(name: &str, tagline: &str, language: &str, dir: &str, colour: &str) -> String {
    json!({
        "name": name,
        "short_name": name,
        "description": tagline,
        "lang": language,
        "dir": dir,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": colour,
        "icons": [
            { "src": ICON, "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
        ],
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_names_its_files_and_changes_with_them() {
        let files = [
            "shell.html".to_owned(),
            "dateline-0123456789abcdef.js".to_owned(),
        ];
        let first = worker(&files, "/api/", "<html>");
        let settings: serde_json::Value = serde_json::from_str(
            first
                .lines()
                .next()
                .and_then(|line| line.strip_prefix("const SETTINGS = "))
                .and_then(|line| line.strip_suffix(';'))
                .expect("settings first"),
        )
        .expect("JSON");
        assert_eq!(settings["files"][1], "dateline-0123456789abcdef.js");
        assert_eq!(settings["api"], "/api/");
        assert!(!first.contains("\n//"), "served without its comments");
        assert_eq!(
            worker(&files, "/api/", "<html>"),
            first,
            "the same publish, the same worker"
        );
        let newer = [
            "shell.html".to_owned(),
            "dateline-fedcba9876543210.js".to_owned(),
        ];
        assert_ne!(worker(&newer, "/api/", "<html>"), first, "a new deploy");
        assert_ne!(
            worker(&files, "/api/", "<html lang=\"tr\">"),
            first,
            "a new shell"
        );
    }

    #[test]
    fn the_manifest_opens_the_site_in_its_language() {
        let manifest: serde_json::Value =
            serde_json::from_str(&manifest("صدى الساحل", "أخبار", "ar", "rtl", "#0b6e4f"))
                .expect("JSON");
        assert_eq!(manifest["name"], "صدى الساحل");
        assert_eq!(manifest["dir"], "rtl");
        assert_eq!(manifest["start_url"], "./");
        assert_eq!(manifest["theme_color"], "#0b6e4f");
        assert_eq!(manifest["icons"][0]["src"], ICON);
    }
}
