//! The site's own words that more than one place uses: its name and
//! tagline, and the titles and descriptions of pages that are not a
//! newsroom's story. The views show them and the publish step writes them
//! into head tags, the sitemap and the feed, so both say the same.

/// The site's name, last in every document title.
pub const SITE_NAME: &str = "Dateline";
/// The tagline beside the name, and the front page's title.
pub const TAGLINE: &str = "Latest News";

/// The front page's description, for its head and link previews.
pub const FRONT_DESCRIPTION: &str = "The latest news, updated through the day.";

/// A section page's description, for its head and link previews.
pub fn section_description(name: &str) -> String {
    format!("The latest {name} stories.")
}

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
