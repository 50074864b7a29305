//! The site's URLs: which page a path names, and the path of each page.
//! Pure functions, so the rules are tested without a browser.

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
}

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
    fn slug_length_is_capped() {
        assert!(is_valid_slug(&"a".repeat(120)));
        assert!(!is_valid_slug(&"a".repeat(121)));
    }
}
