//! Instant navigation: when a reader shows they are about to open a page (a
//! link hovered for a moment, focused, touched or pressed), its file is fetched
//! ahead of the click, as the page would fetch it, so the click renders
//! from what is already there (or already on its way). Nothing for links
//! merely on screen, nothing when the reader saves data or is on a 2G
//! connection, and a few files at a time: the newest [`KEPT`], each for as
//! long as Latest News waits between two refreshes, after which the page
//! asks again as it would have. The front page's data is the app's own
//! (`home`): it is asked for again if only its outline is there.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;

use crate::api::home::use_home;
use crate::api::{FetchError, Freshness};
use crate::browser::now_ms;
use crate::config::Config;
use crate::routes::Route;

/// How many files are kept ahead of a click.
pub const KEPT: usize = 4;

/// How long the pointer rests on a link before it counts as intent.
const HOVER_MS: u32 = 80;

/// The links that open a page of this app: a path under its base, not
/// another app's page (an edition's, `rel="external"`) nor a file.
const APP_LINKS: &str = r#"a[href^="/"]:not([href^="//"]):not([rel~="external"]):not([download])"#;

/// A file fetched ahead: its address, when, and its answer (or the wait
/// for it), under an owner of its own, whose cleanup aborts the request.
struct Ahead {
    url: String,
    at: f64,
    owner: Owner,
    file: LocalResource<Result<Value, FetchError>>,
}

impl Ahead {
    /// Whether a click may take it: younger than `fresh_ms`, and not failed
    /// (the page asks again, as it would have without it: the reader may
    /// be back online since).
    fn usable(&self, now: f64, fresh_ms: f64) -> bool {
        now - self.at < fresh_ms
            && !self
                .file
                .with_untracked(|file| matches!(file, Some(Err(_))))
    }
}

thread_local! {
    /// The files fetched ahead of a click, newest last, and how long each
    /// stays fresh: one app runs in a page.
    static AHEAD: RefCell<(Vec<Ahead>, f64)> = const { RefCell::new((Vec::new(), 0.0)) };
}

/// Starts listening for intent (in the browser); the listeners, the hover
/// timer and the requests end with the calling owner.
pub fn provide_prefetch(config: &Config) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    AHEAD.with_borrow_mut(|(_, fresh_ms)| *fresh_ms = config.poll_interval.as_millis() as f64);
    let (base, config) = (config.base.clone(), config.clone());
    let owner = Owner::current();
    let home = use_home();
    let hover: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let ahead = move |event: &web_sys::Event| {
        let Some(route) = link_route(event, &base) else {
            return;
        };
        let (url, freshness) = match route {
            Route::Article(slug) => (config.article_url(&slug), Freshness::Cached),
            Route::List(list) | Route::Live(list) => {
                (config.list_url(&list), Freshness::Revalidate)
            }
            Route::Front => {
                if let Some(home) = home.filter(|home| !untrack(|| home.has_page())) {
                    home.refetch();
                }
                return;
            }
            Route::NotFound => return,
        };
        if let Some(owner) = &owner {
            owner.with(|| fetch(url, freshness));
        }
    };
    // One listener for the four events: a pointer resting on a link (a
    // mouse's, for a moment), leaving it, pressing it (a touch, or a mouse
    // button, whose click comes on release), and focus.
    let timer = Rc::clone(&hover);
    let on_event = move |event: web_sys::Event| {
        let kind = event.type_();
        timer.replace(None);
        if kind == "pointerout" || saves_data() {
            return;
        }
        let mouse = event
            .dyn_ref::<web_sys::PointerEvent>()
            .is_some_and(|pointer| pointer.pointer_type() == "mouse");
        if kind != "pointerover" {
            ahead(&event);
        } else if mouse {
            let ahead = ahead.clone();
            timer.replace(Some(Timeout::new(HOVER_MS, move || ahead(&event))));
        }
    };
    let listeners: Vec<_> = ["pointerover", "pointerout", "pointerdown", "focusin"]
        .into_iter()
        .map(|name| window_event_listener_untyped(name, on_event.clone()))
        .collect();
    let hover = send_wrapper::SendWrapper::new(hover);
    on_cleanup(move || {
        listeners.into_iter().for_each(|listener| listener.remove());
        hover.replace(None);
        AHEAD.with_borrow_mut(|(files, _)| files.drain(..).for_each(|ahead| ahead.owner.cleanup()));
    });
}

/// Fetches `url` ahead, unless it is already here and usable; the oldest
/// file goes when more than [`KEPT`] would be kept.
fn fetch(url: String, freshness: Freshness) {
    let now = now_ms();
    AHEAD.with_borrow_mut(|(files, fresh_ms)| {
        for gone in files.extract_if(.., |ahead| !ahead.usable(now, *fresh_ms)) {
            gone.owner.cleanup();
        }
        if files.iter().any(|ahead| ahead.url == url) {
            return;
        }
        if files.len() >= KEPT {
            files.remove(0).owner.cleanup();
        }
        // An owner of its own, not a child of the app's (which would keep
        // a pointer to each one for the whole visit).
        let owner = Owner::new_root(None);
        let file = owner.with(|| crate::pages::fetch(url.clone(), freshness));
        files.push(Ahead {
            url,
            at: now,
            owner,
            file,
        });
    });
}

/// The file at `url` fetched ahead of this page, if it is usable: the page
/// takes it (and the request, which ends with the page).
pub fn take(url: &str) -> Option<LocalResource<Result<Value, FetchError>>> {
    let now = now_ms();
    let ahead = AHEAD.with_borrow_mut(|(files, fresh_ms)| {
        let at = files
            .iter()
            .position(|ahead| ahead.url == url && ahead.usable(now, *fresh_ms))?;
        Some(files.remove(at))
    })?;
    let owner = send_wrapper::SendWrapper::new(ahead.owner);
    on_cleanup(move || owner.cleanup());
    Some(ahead.file)
}

/// The page a link of this app that the event came from opens.
fn link_route(event: &web_sys::Event, base: &str) -> Option<Route> {
    let link = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(APP_LINKS)
        .ok()??;
    let href = link.get_attribute("href")?;
    let path = href.split(['#', '?']).next().unwrap_or_default();
    Some(Route::at(base, path))
}
/// Whether the reader asks to save data (`Save-Data`), or has a 2G
/// connection: nothing is fetched ahead for them.
fn saves_data() -> bool {
    let Some(connection) = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window.navigator(), &"connection".into()).ok())
        .filter(|connection| connection.is_object())
    else {
        return false;
    };
    let field = |name: &str| js_sys::Reflect::get(&connection, &name.into()).ok();
    field("saveData").and_then(|save| save.as_bool()) == Some(true)
        || field("effectiveType")
            .and_then(|kind| kind.as_string())
            .is_some_and(|kind| kind.ends_with("2g"))
}
