//! Dateline: a news site as a Leptos single-page app. The library holds the
//! whole app, so tests can mount any part of it; `main.rs` only mounts it.
//! Host builds also hold the publish step that pre-renders every page.

// Hydration nests each view's async types deeply.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod config;
pub mod connection;
pub mod escape;
pub mod live;
pub mod page_data;
pub mod pages;
pub mod prefetch;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod routes;
pub mod scroll;
pub mod text;
pub mod time;
pub mod visibility;
pub mod watchers;

/// Starts the app: takes over a pre-rendered page whose embedded data names
/// the route of the current URL, or renders into an empty `<body>` (the
/// shell, or a page that does not match).
pub fn mount() {
    #[cfg(target_arch = "wasm32")]
    {
        // A panic in the release build traps at once, with no hook to run:
        // start.js tells the reader. Development builds also log it.
        #[cfg(debug_assertions)]
        console_error_panic_hook::set_once();
        let here = web_sys::window()
            .and_then(|window| window.location().pathname().ok())
            .unwrap_or_default();
        // Read from the page once, for the route check and the app.
        let config = config::Config::from_page();
        // A page the publish step wrote is in its edition's language and
        // direction already; the shell `trunk serve` serves is not.
        if let Some(html) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        {
            if !config.strings.language.is_empty() {
                let _ = html.set_attribute("lang", &config.strings.language);
                let _ = html.set_attribute("dir", config.strings.dir());
            }
        }
        match page_data::PageData::from_page() {
            Some(data) if data.route() == routes::Route::at(&config.base, &here) => {
                wasm_bindgen_futures::spawn_local(async move {
                    browser::next_task().await;
                    leptos::mount::hydrate_body(move || view_app(config, Some(data)));
                });
            }
            _ => {
                // A pre-rendered page for another route, or whose data
                // cannot be read: the app renders afresh in its place.
                if page_data::PageData::is_on_page() {
                    clear_body();
                }
                leptos::mount::mount_to_body(move || view_app(config, None));
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn view_app(config: config::Config, data: Option<page_data::PageData>) -> impl leptos::IntoView {
    use leptos::prelude::*;
    view! { <app::AppWith config data/> }
}

/// Empties `<body>` of a page the app will not take over.
#[cfg(target_arch = "wasm32")]
fn clear_body() {
    if let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    {
        body.set_text_content(None);
    }
}
