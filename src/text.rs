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
        crate::routes::ListKind::Live => format!("Live coverage: {name}."),
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

/// The mark of a story covered live, and of a live page while it is.
pub const LIVE: &str = "Live";
/// Said by a live page once its coverage has ended.
pub const LIVE_ENDED: &str = "This live coverage has ended";
/// The heading of a live page's key events.
pub const KEY_EVENTS: &str = "Key events";
/// The heading of a live page's pinned post.
pub const PINNED: &str = "Pinned";
/// The name of a live page's stream of posts.
pub const UPDATES: &str = "Updates";
/// The link to a live page's older posts.
pub const OLDER_UPDATES: &str = "Older updates";
/// The link back to a live page's newer posts.
pub const NEWER_UPDATES: &str = "Newer updates";
/// A post's permalink.
pub const LINK_TO_POST: &str = "Link to this post";
/// Said when a live page's refresh fails.
pub const LIVE_STALE: &str = "Could not refresh the updates. Retrying…";

/// What an article's times begin with.
pub const PUBLISHED: &str = "Published ";
/// What a live page's times begin with.
pub const STARTED: &str = "Started ";

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
