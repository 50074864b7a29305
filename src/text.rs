//! The site's own words that more than one place uses: its name and
//! tagline, and the titles and descriptions of pages that are not a
//! newsroom's story. The views show them and the publish step writes them
//! into head tags, the sitemap and the feed, so both say the same.

/// The site's name, last in every document title.
pub const SITE_NAME: &str = "Dateline";
/// The language the site's own words are in (BCP 47).
pub const LANGUAGE: &str = "en";
/// The tagline beside the name, and the front page's title.
pub const TAGLINE: &str = "Latest News";

/// The front page's description, for its head and link previews.
pub const FRONT_DESCRIPTION: &str = "The latest news, updated through the day.";

/// A section's or topic's page title (and heading): its name, and from
/// page 2 the page's number.
pub fn list_title(name: &str, page: u16) -> String {
    match page {
        1 => name.to_owned(),
        n => format!("{name}, page {n}"),
    }
}

/// A section's or topic's page description, for its head and link previews.
pub fn list_description(kind: crate::routes::ListKind, name: &str, page: u16) -> String {
    let newest = match kind {
        crate::routes::ListKind::Section => format!("The latest {name} stories."),
        crate::routes::ListKind::Topic => format!("The latest stories about {name}."),
    };
    match page {
        1 => newest,
        n => format!("{name} stories, page {n}: older stories."),
    }
}

/// Said by a section or topic that has no story yet.
pub const NO_STORIES: &str = "No stories here yet.";
/// The link to a list's older stories.
pub const MORE_STORIES: &str = "More stories";
/// The link back to a list's newer stories.
pub const NEWER_STORIES: &str = "Newer stories";
/// The name of a list's links between its pages.
pub const PAGES: &str = "More pages";

/// The not-found page's title.
pub const NOT_FOUND_TITLE: &str = "Page not found";
/// The not-found page's description.
pub const NOT_FOUND_DESCRIPTION: &str = "There is no story or section at this address.";

/// The heading of an article's corrections.
pub const CORRECTIONS: &str = "Corrections";

/// The heading of the stories shown after an article.
pub const RELATED_STORIES: &str = "Related stories";

/// Said to a screen reader after a link in a story to another site.
pub const ANOTHER_SITE: &str = " (another site)";

/// Said to a screen reader after an email link in a story.
pub const EMAIL: &str = " (email)";

/// The button that loads a post's player from its service.
pub fn play_from(provider: &str) -> String {
    format!("Play it here from {provider}")
}

/// The link to a post on its own service.
pub fn view_on(provider: &str) -> String {
    format!("View on {provider}")
}

/// Said beside the button that loads another service's player.
pub const EMBED_NOTE: &str = "Nothing is loaded from the other service until you press play.";
