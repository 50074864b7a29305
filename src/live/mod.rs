//! Live Latest News: the pure rules (merging, scheduling) and the feed that
//! applies them in the browser.

pub mod feed;
pub mod merge;
pub mod schedule;

pub use feed::{provide_live_feed, use_live_feed, FeedStatus, LiveFeed};
