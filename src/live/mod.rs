//! What updates itself while the page is open: Latest News and live pages.
//! The pure rules (merging, scheduling) and the poller and feed that apply
//! them in the browser.

pub mod feed;
pub mod merge;
pub mod poll;
pub mod schedule;
pub mod stream;

pub use feed::{provide_live_feed, use_live_feed, FeedStatus, LiveFeed};
