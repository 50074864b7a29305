//! The site's URLs: which page a path names, and the path of each page.
//! Pure functions, tested without a browser, but for [`link`], which puts
//! a path under the base path of the app's settings in context.

/// A page of the site, as named by a URL path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Front,
    Article(String),
    Section(String),
    NotFound,
}

/// The contract's slug rule: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 120 chars.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && slug.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Route {
    /// The page for a path. A query string or fragment, a trailing slash and
    /// a trailing `/index.html` all name the same page; a slug that breaks the contract's
    /// rule is a not-found page, so no request is ever built from it.
    pub fn from_path(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        // A page's own file (`/news/{slug}/index.html`) names the page.
        if segments.last() == Some(&"index.html") {
            segments.pop();
        }
        match segments.as_slice() {
            [] => Route::Front,
            ["news", slug] if is_valid_slug(slug) => Route::Article((*slug).to_owned()),
            ["category", slug] if is_valid_slug(slug) => Route::Section((*slug).to_owned()),
            _ => Route::NotFound,
        }
    }

    /// The page for a browser path under the site's base path (`/` or
    /// `/edition/`, as `Config::base` holds it); a path outside it names
    /// no page of this site.
    pub fn at(base: &str, path: &str) -> Route {
        match path.strip_prefix(base.trim_end_matches('/')) {
            Some(rest) if rest.is_empty() || rest.starts_with(['/', '?', '#']) => {
                Route::from_path(rest)
            }
            _ => Route::NotFound,
        }
    }
}

/// A site path (`/news/a-story`) as a link under the base path of the
/// app's settings in context.
pub fn link(path: &str) -> String {
    crate::config::with_config(|config| config.link(path))
}

/// The front page's path.
pub const FRONT_PATH: &str = "/";

pub fn article_path(slug: &str) -> String {
    format!("/news/{slug}")
}

pub fn section_path(slug: &str) -> String {
    format!("/category/{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_pages() {
        let cases = [
            ("/", Route::Front),
            ("", Route::Front),
            ("/index.html", Route::Front),
            ("/?utm_source=push", Route::Front),
            ("/news/a-b-1", Route::Article("a-b-1".into())),
            ("/news/a-b-1/", Route::Article("a-b-1".into())),
            ("/news/a-b-1/index.html", Route::Article("a-b-1".into())),
            ("/category/world/index.html", Route::Section("world".into())),
            (
                "/news/a-b-1?utm_source=x#top",
                Route::Article("a-b-1".into()),
            ),
            ("/category/world", Route::Section("world".into())),
            ("/category/world/", Route::Section("world".into())),
            ("/news/", Route::NotFound),
            ("/news/Upper", Route::NotFound),
            ("/news/a--b", Route::NotFound),
            ("/news/-a", Route::NotFound),
            ("/news/a/b", Route::NotFound),
            ("/news/..", Route::NotFound),
            ("/nope", Route::NotFound),
            ("/category", Route::NotFound),
        ];
        for (path, route) in cases {
            assert_eq!(Route::from_path(path), route, "{path}");
        }
    }

    #[test]
    fn paths_under_a_base_path_name_pages() {
        let cases = [
            ("/", "/news/a-b", Route::Article("a-b".into())),
            ("/edition/", "/edition", Route::Front),
            ("/edition/", "/edition/", Route::Front),
            ("/edition/", "/edition?x=1", Route::Front),
            ("/edition/", "/edition/index.html", Route::Front),
            (
                "/edition/",
                "/edition/news/a-b",
                Route::Article("a-b".into()),
            ),
            (
                "/edition/",
                "/edition/category/world/",
                Route::Section("world".into()),
            ),
            ("/edition/", "/news/a-b", Route::NotFound),
            ("/edition/", "/editions/news/a-b", Route::NotFound),
            ("/edition/", "/", Route::NotFound),
            ("/a/b/", "/a/b/news/x", Route::Article("x".into())),
        ];
        for (base, path, route) in cases {
            assert_eq!(Route::at(base, path), route, "{base} {path}");
        }
    }

    #[test]
    fn slug_length_is_capped() {
        assert!(is_valid_slug(&"a".repeat(120)));
        assert!(!is_valid_slug(&"a".repeat(121)));
    }
}
