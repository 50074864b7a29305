//! The page shell (skip link, header, main, Latest News, footer) and the
//! router that picks the page for the URL.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::api::home::provide_home;
use crate::browser::remove_elements;
use crate::components::footer::SiteFooter;
use crate::components::header::{SiteHeader, Translated};
use crate::components::headline::Navigated;
use crate::components::latest_news::LatestNews;
use crate::components::offline::OfflineNotice;
use crate::config::{with_config, Config};
use crate::connection::provide_connection;
use crate::live::provide_live_feed;
use crate::page_data::{provide_preloaded, PageData, PAGE_HEAD_MARK};
use crate::pages::article::ArticlePage;
use crate::pages::front::FrontPage;
use crate::pages::live::{provide_unseen_posts, LivePage, UnseenPosts};
use crate::pages::not_found::NotFoundPage;
use crate::pages::section::ListPage;
use crate::routes::Route;
use crate::scroll::provide_scroll_memory;
use crate::text::{t, SKIP_TO_CONTENT};
use crate::time::provide_clock;
use crate::visibility::provide_visibility;

/// The whole app with its settings (the browser reads them from the page,
/// tests and the pre-render pass their own) and the data a pre-rendered
/// page carried, if it is being taken over.
#[component]
pub fn AppWith(config: Config, #[prop(default = None)] data: Option<PageData>) -> impl IntoView {
    provide_meta_context();
    let router_base = config.router_base();
    let site_name = config.name.clone();
    let strings = config.strings.clone();
    crate::text::set_page_strings(config.strings.clone());
    provide_context(config.clone());
    provide_scroll_memory();
    provide_visibility();
    provide_connection();
    provide_clock(data.is_some());
    // The story a pre-rendered page shows names its translations from the
    // start, so the edition links are rendered the same on both sides.
    let translations = data
        .as_ref()
        .and_then(|data| data.article.as_ref())
        .map(|article| article.translations.clone())
        .unwrap_or_default();
    provide_context(Translated(RwSignal::new(translations)));
    let (latest, home) = provide_preloaded(data).take_shared();
    provide_home(&config, home);
    crate::prefetch::provide_prefetch(&config);
    let feed = provide_live_feed(config, latest);
    let UnseenPosts(unseen_posts) = provide_unseen_posts();
    let navigated = Navigated(RwSignal::new(false));
    provide_context(navigated);

    let formatter = move |page_title: String| {
        let badge = match feed.unseen.get() + unseen_posts.get() {
            0 => String::new(),
            n => format!("({}) ", strings.number(n)),
        };
        let title = format!("{badge}{page_title} | {site_name}");
        // On the host the title is written into HTML as it is (leptos_meta
        // does not escape it), so it is escaped here; the browser sets it
        // as text.
        if cfg!(target_arch = "wasm32") {
            title
        } else {
            crate::escape::html_text(&title)
        }
    };

    view! {
        <Title formatter/>
        <Router base=router_base>
            <SkipLink/>
            <SiteHeader/>
            <div class="layout">
                <main id="main" tabindex="-1" class="layout__main">
                    <OfflineNotice/>
                    <Pages navigated/>
                </main>
                <LatestNews/>
            </div>
            <SiteFooter/>
        </Router>
    }
}

/// The first link on every page. Its address is the page's own path with
/// `#main` (a bare `#main` would be taken relative to the page's `<base
/// href>`, the front page), so it works in a pre-rendered page before the
/// app runs; once the app runs, a click moves focus itself.
#[component]
fn SkipLink() -> impl IntoView {
    let location = use_location();
    // The not-found page, which has no `<base href>`, keeps a bare `#main`.
    let base = with_config(|config| config.base.clone());
    let href = move || {
        let path = location.pathname.get();
        match Route::at(&base, &path) {
            Route::NotFound => "#main".to_owned(),
            _ => format!("{path}#main"),
        }
    };
    view! { <a class="skip-link" href=href on:click=skip_to_content>{t(SKIP_TO_CONTENT)}</a> }
}

/// Moves focus to the main content, as the browser would for a same-page
/// link, without the router treating it as a navigation.
fn skip_to_content(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) =
        main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

/// Picks the page for the current path (`Route::from_path` is the one list
/// of pages), and marks the first move to another page so its heading takes
/// focus.
///
/// This is the app's router view. Leptos's `<Routes>` would match the path
/// against route definitions of its own, a second list, and its matching
/// and nested-view machinery cost readers 25 KB brotli for a single
/// catch-all route. Like `<Routes>`, it tells the router when a move to
/// another path has its page, so the address bar and history follow.
#[component]
fn Pages(navigated: Navigated) -> impl IntoView {
    let location = use_location();
    let base = with_config(|config| config.base.clone());
    let route = Memo::new(move |_| Route::at(&base, &location.pathname.get()));
    let browser_url = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        if let Some(browser_url) = &browser_url {
            browser_url.ready_to_complete();
        }
    });
    Effect::new(move |first: Option<Route>| {
        let now = route.get();
        if first.as_ref().is_some_and(|first| *first != now) && !navigated.0.get_untracked() {
            navigated.0.set(true);
            // The canonical URL, Open Graph and JSON-LD of a pre-rendered
            // page describe that page only.
            remove_elements(&format!("[{PAGE_HEAD_MARK}]"));
        }
        first.unwrap_or(now)
    });
    move || match route.get() {
        Route::Front => view! { <FrontPage/> }.into_any(),
        Route::Article(slug) => view! { <ArticlePage slug/> }.into_any(),
        Route::List(list) => view! { <ListPage list/> }.into_any(),
        Route::Live(list) => view! { <LivePage list/> }.into_any(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}
