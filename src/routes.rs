//! The site's URLs: which page a path names, and the path of each page.
//! Pure functions, tested without a browser, but for [`link`], which puts
//! a path under the base path of the app's settings in context.

/// A page of the site, as named by a URL path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Front,
    Article(String),
    /// A section's or a topic's stories, one page of them.
    List(Listing),
    /// A live page's posts, one page of them (kind [`ListKind::Live`]).
    Live(Listing),
    NotFound,
}

/// What a list of stories is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// `/category/{slug}`, from `categories/{slug}.json`.
    Section,
    /// `/topic/{slug}`, from `topics/{slug}.json`.
    Topic,
    /// `/live/{slug}`, from `live/{slug}.json`: a live page's posts.
    Live,
}

/// One page of a section's or topic's stories: the newest are page 1,
/// older ones pages 2 up to [`Listing::LAST_PAGE`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Listing {
    pub kind: ListKind,
    pub slug: String,
    pub page: u16,
}

impl Listing {
    pub const LAST_PAGE: u16 = 9999;

    /// The first page of a list.
    pub fn first(kind: ListKind, slug: &str) -> Listing {
        Listing {
            kind,
            slug: slug.to_owned(),
            page: 1,
        }
    }

    fn names(&self) -> (&'static str, &'static str) {
        match self.kind {
            ListKind::Section => ("category", "categories"),
            ListKind::Topic => ("topic", "topics"),
            ListKind::Live => ("live", "live"),
        }
    }

    /// Its site path: `/category/world`, `/category/world/page/2`.
    pub fn path(&self) -> String {
        let (route, _) = self.names();
        match self.page {
            1 => format!("/{route}/{}", self.slug),
            n => format!("/{route}/{}/page/{n}", self.slug),
        }
    }

    /// Its file under the API: `categories/world.json`, `categories/world/2.json`.
    pub fn file(&self) -> String {
        let (_, folder) = self.names();
        match self.page {
            1 => format!("{folder}/{}.json", self.slug),
            n => format!("{folder}/{}/{n}.json", self.slug),
        }
    }

    /// The page after it, when a file's `next` names it: the contract's
    /// `next` is the next page's file, and nothing else is followed (a
    /// `next` that names another list, skips a page or points back would
    /// make a list without end or lead elsewhere).
    pub fn next(&self, next: Option<&str>) -> Option<Listing> {
        let following = Listing {
            page: self.page.checked_add(1).filter(|n| *n <= Self::LAST_PAGE)?,
            ..self.clone()
        };
        (next? == following.file()).then_some(following)
    }

    /// The page before it, if it is not the first.
    pub fn previous(&self) -> Option<Listing> {
        (self.page > 1).then(|| Listing {
            page: self.page - 1,
            ..self.clone()
        })
    }
}

/// A page number as a path writes it: 2 to [`Listing::LAST_PAGE`], with
/// no leading zero (page 1 is the list's own address).
fn page_number(text: &str) -> Option<u16> {
    let digits = text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0');
    let n: u16 = text.parse().ok().filter(|_| digits)?;
    (2..=Listing::LAST_PAGE).contains(&n).then_some(n)
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
            [kind, slug, rest @ ..] if is_valid_slug(slug) => {
                let kind = match *kind {
                    "category" => ListKind::Section,
                    "topic" => ListKind::Topic,
                    "live" => ListKind::Live,
                    _ => return Route::NotFound,
                };
                let page = match rest {
                    [] => 1,
                    ["page", n] => match page_number(n) {
                        Some(n) => n,
                        None => return Route::NotFound,
                    },
                    _ => return Route::NotFound,
                };
                let list = Listing {
                    kind,
                    slug: (*slug).to_owned(),
                    page,
                };
                match kind {
                    ListKind::Live => Route::Live(list),
                    _ => Route::List(list),
                }
            }
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
    Listing::first(ListKind::Section, slug).path()
}

pub fn topic_path(slug: &str) -> String {
    Listing::first(ListKind::Topic, slug).path()
}

pub fn live_path(slug: &str) -> String {
    Listing::first(ListKind::Live, slug).path()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(slug: &str) -> Route {
        Route::List(Listing::first(ListKind::Section, slug))
    }

    fn list(kind: ListKind, slug: &str, page: u16) -> Route {
        Route::List(Listing {
            kind,
            slug: slug.into(),
            page,
        })
    }

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
            ("/category/world/index.html", section("world")),
            (
                "/news/a-b-1?utm_source=x#top",
                Route::Article("a-b-1".into()),
            ),
            ("/category/world", section("world")),
            ("/category/world/", section("world")),
            ("/news/", Route::NotFound),
            ("/news/Upper", Route::NotFound),
            ("/news/a--b", Route::NotFound),
            ("/news/-a", Route::NotFound),
            ("/news/a/b", Route::NotFound),
            ("/news/..", Route::NotFound),
            ("/nope", Route::NotFound),
            ("/category", Route::NotFound),
            ("/topic/climate", list(ListKind::Topic, "climate", 1)),
            ("/topic/climate/", list(ListKind::Topic, "climate", 1)),
            ("/topic", Route::NotFound),
            ("/topic/Climate", Route::NotFound),
            (
                "/category/world/page/2",
                list(ListKind::Section, "world", 2),
            ),
            (
                "/category/world/page/2/",
                list(ListKind::Section, "world", 2),
            ),
            (
                "/category/world/page/9999/index.html",
                list(ListKind::Section, "world", 9999),
            ),
            (
                "/topic/climate/page/12",
                list(ListKind::Topic, "climate", 12),
            ),
            ("/category/world/page/1", Route::NotFound),
            ("/category/world/page/0", Route::NotFound),
            ("/category/world/page/02", Route::NotFound),
            ("/category/world/page/10000", Route::NotFound),
            ("/category/world/page/+2", Route::NotFound),
            ("/category/world/page/two", Route::NotFound),
            ("/category/world/page", Route::NotFound),
            ("/category/world/page/2/more", Route::NotFound),
            ("/category/world/more", Route::NotFound),
            ("/other/world", Route::NotFound),
            (
                "/live/storm-hits-coast",
                Route::Live(Listing::first(ListKind::Live, "storm-hits-coast")),
            ),
            (
                "/live/storm/page/3",
                Route::Live(Listing {
                    kind: ListKind::Live,
                    slug: "storm".into(),
                    page: 3,
                }),
            ),
            ("/live/Storm", Route::NotFound),
            ("/live/storm/page/1", Route::NotFound),
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
            ("/edition/", "/edition/category/world/", section("world")),
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
    fn a_list_follows_only_the_next_page_of_its_own() {
        let world = Listing::first(ListKind::Section, "world");
        assert_eq!(world.file(), "categories/world.json");
        let second = world.next(Some("categories/world/2.json")).expect("page 2");
        assert_eq!(second.path(), "/category/world/page/2");
        assert_eq!(second.file(), "categories/world/2.json");
        assert_eq!(second.previous(), Some(world.clone()));
        assert_eq!(world.previous(), None);
        for wrong in [
            "categories/world/3.json",
            "categories/world.json",
            "categories/sport/2.json",
            "topics/world/2.json",
            "/categories/world/2.json",
            "https://elsewhere.example/categories/world/2.json",
            "categories/world/../world/2.json",
        ] {
            assert_eq!(world.next(Some(wrong)), None, "{wrong}");
        }
        assert_eq!(world.next(None), None);
        let topic = Listing::first(ListKind::Topic, "climate");
        assert_eq!(topic.file(), "topics/climate.json");
        assert_eq!(
            topic.next(Some("topics/climate/2.json")).map(|l| l.path()),
            Some("/topic/climate/page/2".to_owned())
        );
        let last = Listing {
            page: Listing::LAST_PAGE,
            ..topic
        };
        assert_eq!(last.next(Some("topics/climate/10000.json")), None);
    }

    #[test]
    fn slug_length_is_capped() {
        assert!(is_valid_slug(&"a".repeat(120)));
        assert!(!is_valid_slug(&"a".repeat(121)));
    }
}
