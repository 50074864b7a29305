//! The host configuration written beside the pages: `_headers` for every
//! host (Netlify and Cloudflare Pages read it; for the others it is the
//! reference of the rules), and the routing in the form the chosen host
//! reads: `_redirects` for Netlify, `_worker.js` for Cloudflare Pages.
//! docs/deploy.md gives the same rules for other hosts, and
//! `tools/cdn-server.mjs` applies `_headers` and `_redirects` in the
//! end-to-end tests; `hosts/` checks them on the real servers.

use std::path::Path;

/// The host a site is published for: which of its routing files it gets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Host {
    /// `_redirects` (the development server reads it too).
    #[default]
    Netlify,
    /// `_worker.js`, and no `_redirects`: Cloudflare applies redirect rules
    /// before its files, so a `_redirects` would send every story to the shell.
    Cloudflare,
    /// Neither: nginx, a bucket behind a CDN, GitHub Pages (docs/deploy.md).
    Static,
}

/// The routing files of every host, removed where the chosen host has none.
pub const ROUTING_FILES: [&str; 3] = ["_redirects", "_worker.js", "_routes.json"];

impl Host {
    pub const NAMES: &'static str = "netlify, cloudflare or static";

    pub fn parse(name: &str) -> Option<Host> {
        match name {
            "netlify" => Some(Host::Netlify),
            "cloudflare" => Some(Host::Cloudflare),
            "static" => Some(Host::Static),
            _ => None,
        }
    }

    /// The routing files this host reads, with their text for the base path.
    pub fn routing(self, base: &str) -> Vec<(&'static str, String)> {
        match self {
            Host::Netlify => vec![(ROUTING_FILES[0], redirects(base))],
            Host::Cloudflare => vec![
                (ROUTING_FILES[1], worker(base)),
                (ROUTING_FILES[2], worker_routes(base)),
            ],
            Host::Static => Vec::new(),
        }
    }
}

/// Where the app's API answers: the site itself (a path), or the origin of
/// an API given as a full URL (`resolve_api_base` keeps `https://` and
/// `http://` ones), which the policy must then allow to be fetched.
fn api_origin(api_base: &str) -> Option<&str> {
    let (origin, _) = crate::config::split_origin(api_base);
    (!origin.is_empty()).then_some(origin)
}

/// The Content-Security-Policy every page is served with: scripts only
/// from the site (the app's module needs `'wasm-unsafe-eval'` to compile),
/// no inline script or style, images and media (an article's `<video>`,
/// its poster and captions) from the site or any https host (a newsroom's
/// image or video CDN), requests only to the site and its API. Frames
/// (a YouTube embed) only from `frames`, the origins the published pages
/// embed; with none, `default-src 'self'` keeps every other site's out.
pub fn content_security_policy(api_base: &str, frames: &[&str]) -> String {
    let connect = match api_origin(api_base) {
        Some(origin) => format!("'self' {origin}"),
        None => "'self'".to_owned(),
    };
    let frame = if frames.is_empty() {
        String::new()
    } else {
        format!(" frame-src {};", frames.join(" "))
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' https:; media-src 'self' https:; connect-src {connect};{frame} \
         object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
    )
}

/// Whether a file name carries Trunk's content hash (`name-0123456789abcdef.js`).
pub fn is_hashed_asset(name: &str) -> bool {
    let Some((stem, extension)) = name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    matches!(extension, "js" | "wasm" | "css")
        && stem.rsplit_once('-').is_some_and(|(_, hash)| {
            hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
}

/// `_headers`: the security headers on every path; hashed assets cached for
/// a year; pages, the shell, the loader and the feeds revalidated every time
/// (the host's ETag makes an unchanged file a 304). Paths are under the
/// site's base path (`/`, or a sub-path such as `/edition/`); `frames` are
/// the origins the pages may embed (see `content_security_policy`).
pub fn headers(api_base: &str, frames: &[&str], assets: &[String], base: &str) -> String {
    let mut text = format!(
        "# Written by the publish step (docs/deploy.md).\n{base}*\n  Content-Security-Policy: {}\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n  X-Content-Type-Options: nosniff\n",
        content_security_policy(api_base, frames)
    );
    for path in [
        "",
        "index.html",
        "news/*",
        "category/*",
        "topic/*",
        "shell.html",
        // Where Netlify and Cloudflare also serve it (their "pretty" URLs).
        "shell",
        "404.html",
        "start.js",
        "sw.js",
        "manifest.webmanifest",
        "api/*",
        "feed.xml",
        "sitemap.xml",
        "sitemaps/*",
    ] {
        text.push_str(&format!("\n{base}{path}\n  Cache-Control: no-cache\n"));
    }
    for asset in assets {
        text.push_str(&format!(
            "\n{base}{asset}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    text
}

/// Trunk's hashed files in `dist`, by name.
pub fn hashed_assets(dist: &Path) -> std::io::Result<Vec<String>> {
    let mut assets: Vec<String> = std::fs::read_dir(dist)?
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| is_hashed_asset(name))
        .collect();
    assets.sort();
    Ok(assets)
}

/// `_redirects`, for Netlify: a story, section or topic, or a later page
/// of a section's or topic's list, without a pre-rendered page gets the
/// shell (status 200: it may have been published since), anything else
/// unknown under the base path the not-found page with status 404. Files
/// that exist win. A `:name` is one path segment, so `/news`, `/news/`,
/// `/topic/`, `/category/{slug}/page` and `/news/{slug}/more` are not
/// pages (a bad slug or page number in a segment is the app's to refuse).
pub fn redirects(base: &str) -> String {
    format!(
        "# Written by the publish step for Netlify (docs/deploy.md).\n\
         {base}news/:slug               {base}shell.html  200\n\
         {base}category/:slug           {base}shell.html  200\n\
         {base}topic/:slug              {base}shell.html  200\n\
         {base}category/:slug/page/:n   {base}shell.html  200\n\
         {base}topic/:slug/page/:n      {base}shell.html  200\n\
         {base}*                        {base}404.html    404\n"
    )
}

/// `_routes.json`, for Cloudflare Pages: the worker runs only for the
/// pages (the front page, stories, sections and topics), so every other
/// file is served without it (and does not count against the plan's daily
/// worker requests).
pub fn worker_routes(base: &str) -> String {
    let include = serde_json::json!({
        "version": 1,
        "include": [
            base,
            format!("{base}news/*"),
            format!("{base}category/*"),
            format!("{base}topic/*"),
        ],
        "exclude": [],
    });
    format!("{include}\n")
}

/// `_worker.js`, for Cloudflare Pages: the same routing as `_redirects`,
/// done by a worker (src/publish/worker.js) in front of the site's files.
pub fn worker(base: &str) -> String {
    let source = include_str!("worker.js");
    let base = serde_json::to_string(base).unwrap_or_else(|_| "\"/\"".to_owned());
    source.replacen("const BASE = \"/\";", &format!("const BASE = {base};"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_an_api_on_another_host_and_nothing_else() {
        let own = content_security_policy("/api/", &[]);
        assert!(own.contains("connect-src 'self';"), "{own}");
        assert!(!own.contains("unsafe-inline"));
        let other = content_security_policy("https://feeds.example.org/v1/", &[]);
        assert!(
            other.contains("connect-src 'self' https://feeds.example.org;"),
            "{other}"
        );
        let plain = content_security_policy("http://127.0.0.1:8081/api/", &[]);
        assert!(
            plain.contains("connect-src 'self' http://127.0.0.1:8081;"),
            "{plain}"
        );
    }

    #[test]
    fn the_policy_allows_media_from_https_and_frames_only_when_asked() {
        let plain = content_security_policy("/api/", &[]);
        assert!(plain.contains("; media-src 'self' https:;"), "{plain}");
        assert!(plain.contains("; img-src 'self' https:;"), "{plain}");
        assert!(!plain.contains("frame-src"), "{plain}");
        assert!(plain.ends_with("; frame-ancestors 'none'"), "{plain}");
        let youtube = content_security_policy("/api/", &["https://www.youtube-nocookie.com"]);
        assert!(
            youtube.contains("; frame-src https://www.youtube-nocookie.com; object-src 'none';"),
            "{youtube}"
        );
        let two = content_security_policy("/api/", &["https://a.example", "https://b.example"]);
        assert!(
            two.contains("; frame-src https://a.example https://b.example;"),
            "{two}"
        );
        let directives: Vec<&str> = two
            .split("; ")
            .map(|directive| directive.split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(
            directives,
            [
                "default-src",
                "script-src",
                "style-src",
                "img-src",
                "media-src",
                "connect-src",
                "frame-src",
                "object-src",
                "base-uri",
                "frame-ancestors",
            ]
        );
    }

    #[test]
    fn host_rules_are_written_under_the_base_path() {
        let dist = std::env::temp_dir().join(format!("dateline-host-{}", std::process::id()));
        std::fs::create_dir_all(&dist).expect("folder");
        std::fs::write(dist.join("dateline-0123456789abcdef.js"), "").expect("file");
        let assets = hashed_assets(&dist).expect("assets");
        assert_eq!(assets, ["dateline-0123456789abcdef.js"]);
        let root = headers("/api/", &[], &assets, "/");
        assert!(root.contains("\n/*\n  Content-Security-Policy"), "{root}");
        assert!(root.contains("\n/news/*\n  Cache-Control: no-cache"));
        assert!(root.contains("\n/topic/*\n  Cache-Control: no-cache"));
        assert!(root.contains("; media-src 'self' https:;") && !root.contains("frame-src"));
        assert!(root.contains("\n/dateline-0123456789abcdef.js\n  Cache-Control: public"));
        let edition = headers("/edition/api/", &[], &assets, "/edition/");
        let embeds = headers("/api/", &["https://www.youtube-nocookie.com"], &assets, "/");
        assert!(embeds.contains("; frame-src https://www.youtube-nocookie.com;"));
        assert!(edition.contains("\n/edition/*\n  Content-Security-Policy"));
        assert!(edition.contains("\n/edition/\n  Cache-Control: no-cache"));
        assert!(edition.contains("\n/edition/api/*\n  Cache-Control: no-cache"));
        assert!(edition.contains("\n/edition/topic/*\n  Cache-Control: no-cache"));
        assert!(edition.contains("\n/edition/dateline-0123456789abcdef.js\n"));
        assert!(!edition.contains("\n/news/") && !edition.contains("\n/api/"));
        std::fs::remove_dir_all(&dist).expect("clean");

        assert!(root.contains("\n/shell\n  Cache-Control: no-cache"));
        // The service worker and manifest are taken anew as soon as they change.
        assert!(edition.contains("\n/edition/sw.js\n  Cache-Control: no-cache"));
        assert!(edition.contains("\n/edition/manifest.webmanifest\n  Cache-Control: no-cache"));
        let rules = redirects("/edition/");
        let rules: Vec<Vec<&str>> = rules
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.split_whitespace().collect())
            .collect();
        assert_eq!(
            rules,
            [
                ["/edition/news/:slug", "/edition/shell.html", "200"],
                ["/edition/category/:slug", "/edition/shell.html", "200"],
                ["/edition/topic/:slug", "/edition/shell.html", "200"],
                [
                    "/edition/category/:slug/page/:n",
                    "/edition/shell.html",
                    "200"
                ],
                ["/edition/topic/:slug/page/:n", "/edition/shell.html", "200"],
                ["/edition/*", "/edition/404.html", "404"],
            ]
        );
        let root_rules = redirects("/");
        assert!(root_rules.contains("\n/news/:slug "), "{root_rules}");
        assert!(root_rules.ends_with(" /404.html    404\n"), "{root_rules}");
        assert!(worker("/edition/").contains("\nconst BASE = \"/edition/\";\n"));
        assert!(worker("/").contains("\nconst BASE = \"/\";\n"));
    }

    #[test]
    fn each_host_gets_its_own_routing_file() {
        assert_eq!(Host::default(), Host::Netlify);
        let named = |host: Host| -> Vec<&str> {
            host.routing("/")
                .into_iter()
                .map(|(name, _)| name)
                .collect()
        };
        assert_eq!(named(Host::Netlify), ["_redirects"]);
        assert_eq!(named(Host::Cloudflare), ["_worker.js", "_routes.json"]);
        assert!(named(Host::Static).is_empty());
        let routes: serde_json::Value =
            serde_json::from_str(&worker_routes("/edition/")).expect("JSON");
        assert_eq!(
            routes["include"],
            serde_json::json!([
                "/edition/",
                "/edition/news/*",
                "/edition/category/*",
                "/edition/topic/*"
            ])
        );
        for name in ["netlify", "cloudflare", "static"] {
            assert!(Host::parse(name).is_some(), "{name}");
            assert!(Host::NAMES.contains(name));
        }
        assert_eq!(Host::parse("nginx"), None);
    }

    #[test]
    fn hashed_assets_are_told_apart() {
        assert!(is_hashed_asset("dateline-0123456789abcdef.js"));
        assert!(is_hashed_asset("dateline-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("layout-204ff9e0d470c066.css"));
        assert!(!is_hashed_asset("start.js"));
        assert!(!is_hashed_asset("card.png"));
        assert!(!is_hashed_asset("dateline-0123.js"));
    }
}
