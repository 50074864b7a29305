//! Back, forward and a reload return the reader to where they were on a
//! page: its scroll position, and after back or forward, for a keyboard or
//! screen-reader user, the link they followed from it (so the next Tab goes
//! on from there). The browser's own restoration runs before a page's data
//! has arrived, so the app keeps the places itself, per address, and a page
//! restores once its content is shown. Positions are also kept in the
//! tab's `sessionStorage`, so a reload finds them as it does on a plain
//! page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The `sessionStorage` item that holds the positions.
const STORAGE_KEY: &str = "dateline:scroll";
/// How many addresses' positions are kept (the oldest go first).
const KEPT: usize = 100;

/// A link on a page: its `href`, and which of the links with that `href`.
type LinkPlace = (String, usize);

/// Where to put the reader once the page's content is shown.
#[derive(Clone, Debug, Default)]
struct Pending {
    y: f64,
    /// After back or forward: the link to give focus back to.
    link: Option<LinkPlace>,
}

/// What is remembered of one address: its scroll position and the link
/// last followed from it.
struct Place {
    key: String,
    y: f64,
    link: Option<LinkPlace>,
}

#[derive(Clone, Copy)]
pub struct ScrollMemory {
    /// The places of the addresses read lately, oldest first.
    places: StoredValue<Vec<Place>, LocalStorage>,
    current: StoredValue<String, LocalStorage>,
    pending: StoredValue<Option<Pending>, LocalStorage>,
    /// Set from a back or forward move to a page whose followed link is
    /// known until the next move: its heading leaves focus to that link.
    returning: StoredValue<bool, LocalStorage>,
}

fn location_key() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.pathname().ok()?,
                location.search().ok()?
            ))
        })
        .unwrap_or_default()
}

fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or_default()
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Whether this document was loaded by a reload.
fn reloaded() -> bool {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return false;
    };
    let entry = performance.get_entries_by_type("navigation").get(0);
    js_sys::Reflect::get(&entry, &"type".into())
        .ok()
        .and_then(|kind| kind.as_string())
        .is_some_and(|kind| kind == "reload")
}

/// The positions a reload of this tab left: a line per address, its
/// whole-pixel position, a tab, then the address (which holds no tab or
/// line break: the browser writes those percent-encoded). Whole numbers
/// and plain lines, not JSON, keep float formatting and parsing out of
/// the download.
fn stored_places() -> Vec<Place> {
    let text = session_storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok()?)
        .unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let (y, key) = line.split_once('\t')?;
            Some(Place {
                key: key.to_owned(),
                y: f64::from(y.parse::<u32>().ok()?),
                link: None,
            })
        })
        .collect()
}

/// The link a click was on, as its `href` and which of the page's links
/// with that `href` it is.
fn link_of(event: &leptos::ev::MouseEvent) -> Option<LinkPlace> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??;
    let href = link.get_attribute("href")?;
    let nth = same_links(&href).iter().position(|other| *other == link)?;
    Some((href, nth))
}

/// The page's links whose `href` is `href`, in document order.
fn same_links(href: &str) -> Vec<web_sys::Element> {
    let Some(links) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("a[href]").ok())
    else {
        return Vec::new();
    };
    (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(|link| link.get_attribute("href").as_deref() == Some(href))
        .collect()
}

/// Focuses `element` where it is, without scrolling to it.
fn focus_in_place(element: &web_sys::Element) -> bool {
    let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() else {
        return false;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    element.focus_with_options(&options).is_ok()
}

impl ScrollMemory {
    /// Keeps the current address's scroll position, and the link followed
    /// from it when there is one, as its latest place.
    fn remember(&self, followed: Option<LinkPlace>) {
        let key = self.current.get_value();
        let y = scroll_y();
        self.places.update_value(|places| {
            let mut link = None;
            if let Some(at) = places.iter().position(|place| place.key == key) {
                link = places.remove(at).link;
            }
            places.push(Place {
                key,
                y,
                link: followed.or(link),
            });
            let over = places.len().saturating_sub(KEPT);
            places.drain(..over);
        });
    }

    /// Where the reader was at `key`, and the link they followed from it.
    fn place(&self, key: &str) -> Option<(f64, Option<LinkPlace>)> {
        self.places.with_value(|places| {
            let place = places.iter().find(|place| place.key == key)?;
            Some((place.y, place.link.clone()))
        })
    }

    fn store(&self) {
        let text = self.places.with_value(|places| {
            let mut text = String::new();
            for place in places {
                text.push_str(&(place.y.max(0.0) as u32).to_string());
                text.push('\t');
                text.push_str(&place.key);
                text.push('\n');
            }
            text
        });
        if let Some(storage) = session_storage() {
            // A full or refused storage only costs the reload its place.
            let _ = storage.set_item(STORAGE_KEY, &text);
        }
    }
}

/// Starts remembering places; the listeners end with the calling owner.
/// Call it before the router is created, so a click is seen before the
/// router navigates away.
pub fn provide_scroll_memory() {
    let memory = ScrollMemory {
        places: StoredValue::new_local(Vec::new()),
        current: StoredValue::new_local(String::new()),
        pending: StoredValue::new_local(None),
        returning: StoredValue::new_local(false),
    };
    provide_context(memory);
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let here = location_key();
    memory.places.set_value(stored_places());
    if reloaded() {
        if let Some((y, _)) = memory.place(&here) {
            memory.pending.set_value(Some(Pending { y, link: None }));
        }
    }
    memory.current.set_value(here);
    let on_click = window_event_listener(leptos::ev::click, move |event| {
        memory.remember(link_of(&event));
        memory.pending.set_value(None);
        memory.returning.set_value(false);
    });
    let on_popstate = window_event_listener(leptos::ev::popstate, move |_| {
        memory.remember(None);
        let (y, link) = memory.place(&location_key()).unwrap_or_default();
        memory.returning.set_value(link.is_some());
        memory.pending.set_value(Some(Pending { y, link }));
    });
    // Leaving the page (a reload, or another site): keep the place.
    let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| {
        memory.remember(None);
        memory.store();
    });
    on_cleanup(move || {
        on_click.remove();
        on_popstate.remove();
        on_pagehide.remove();
    });
}

/// Whether the page being shown gives focus back to the link the reader
/// followed from it (after back or forward), rather than to its heading.
pub fn returning_to_link() -> bool {
    use_context::<ScrollMemory>().is_some_and(|memory| memory.returning.get_value())
}

/// Called by a page once its content is on screen: after back, forward or
/// a reload, returns the reader to where they were, and after back or
/// forward gives focus to the link they had followed (or, when it is gone,
/// to the page's heading), leaving the scroll position as it is.
pub fn restore_scroll() {
    let Some(memory) = use_context::<ScrollMemory>() else {
        return;
    };
    memory.current.set_value(location_key());
    let Some(Pending { y, link }) = memory.pending.try_update_value(Option::take).flatten() else {
        return;
    };
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
    let Some((href, nth)) = link else {
        return;
    };
    let followed = same_links(&href).into_iter().nth(nth);
    let focused = followed.is_some_and(|link| focus_in_place(&link));
    if !focused {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("h1").ok().flatten());
        if let Some(heading) = heading {
            focus_in_place(&heading);
        }
    }
}
