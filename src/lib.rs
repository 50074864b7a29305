//! Dateline: a news site as a Leptos single-page app. The library holds the
//! whole app, so tests can mount any part of it; `main.rs` only mounts it.

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod config;
pub mod live;
pub mod pages;
pub mod routes;
pub mod scroll;
pub mod time;

/// The site's name, last in every document title.
pub const SITE_NAME: &str = "Dateline";
/// The tagline beside the name, and the front page's title.
pub const TAGLINE: &str = "Latest News";

/// Mounts the app on the page's `<body>`.
pub fn mount() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        leptos::mount::mount_to_body(app::App);
    }
}
