//! The pieces pages are made of.

pub mod announcer;
pub mod article_body;
pub mod breadcrumb;
pub mod embed;
pub mod footer;
pub mod header;
pub mod headline;
pub mod latest_news;
pub mod offline;
pub mod picture;
pub mod relative_time;
pub mod rows;
pub mod states;
pub mod story_card;
pub mod top_news;
