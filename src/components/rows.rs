//! A keyed list for lists that live as long as the page (Latest News),
//! whose rows own themselves.
//!
//! Leptos's `<For>` makes each row's reactive owner a child of the list's
//! owner, and an owner keeps a (weak) pointer to every child it ever had
//! until it is cleaned up itself (reactive_graph 0.2): each pointer keeps
//! the dead row's owner allocated. A list that lives as long as the page
//! and takes a new row with every arriving story grew by about 750 bytes
//! of wasm memory per story. Here each row is a root owner, freed whole
//! when the row leaves; the contexts rows read (the site's settings for
//! their links, and the clock) are handed to it. (A row's times read
//! signals of their own, not the list's: see `watchers`.)

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;
use leptos::tachys::view::keyed::keyed;

use crate::config::use_config;
use crate::time::{use_clock, PageClock};

/// One row of a keyed list: its key, which says what the reader sees of
/// it (a row whose key is unchanged keeps its DOM, and focus), and how to
/// draw it. Every keyed list is a list of rows, so the browser build
/// carries one keyed list's code for all of them.
pub struct Row {
    key: String,
    draw: Box<dyn FnOnce() -> AnyView + Send>,
}

impl Row {
    /// A row with the key [`Row::key`] made, drawn by `draw`.
    pub fn new<V: IntoView + 'static>(
        key: String,
        draw: impl FnOnce() -> V + Send + 'static,
    ) -> Row {
        Row {
            key,
            draw: Box::new(move || draw().into_any()),
        }
    }

    /// A key made of the parts of what the reader sees of a row.
    pub fn key(parts: &[&str]) -> String {
        parts.join("\u{1f}")
    }
}

/// The rows `each` gives, each drawn in an owner of its own.
pub fn keyed_rows(each: impl Fn() -> Vec<Row> + Send + 'static) -> impl IntoView {
    rows_view(Box::new(each))
}

/// [`keyed_rows`], of one type for every list.
fn rows_view(each: Box<dyn Fn() -> Vec<Row> + Send>) -> impl IntoView {
    let config = use_config();
    // The page's clock, from which each row's times take signals of their
    // own; or, in a test, the clock it provided.
    let page_clock = use_context::<PageClock>();
    let clock = page_clock.is_none().then(use_clock);
    move || {
        let config = config.clone();
        keyed(
            each(),
            |row: &Row| row.key.clone(),
            move |_, row: Row| {
                let owner = root_owner();
                let view = owner.with(|| {
                    provide_context(config.clone());
                    if let Some(page_clock) = page_clock {
                        provide_context(page_clock);
                    }
                    if let Some(clock) = clock {
                        provide_context(clock);
                    }
                    (row.draw)()
                });
                (|_| {}, OwnedView::new_with_owner(view, owner))
            },
        )
    }
}

/// A new owner with no parent (so no owner remembers it), sharing the
/// current one's hydration context; the current owner stays current.
fn root_owner() -> Owner {
    // On the host a page is rendered once and let go with its owner: a
    // row's owner is a child of it, in the page's own arena (Leptos's
    // `sandboxed-arenas`: one arena per page, so that pages render on
    // every core without sharing one lock), where the page's clock is.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(current) = Owner::current() {
        return current.child();
    }
    let current = Owner::current();
    let root = Owner::new_root(Owner::current_shared_context());
    match current {
        Some(current) => current.set(),
        None => root.clone().unset(),
    }
    root
}
