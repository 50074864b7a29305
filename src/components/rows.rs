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

use std::hash::Hash;

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;
use leptos::tachys::view::keyed::keyed;

use crate::config::use_config;
use crate::time::{use_clock, PageClock};

/// The rows of `each`, keyed by `key`, each rendered by `row` in an owner
/// of its own. A row whose key is unchanged keeps its DOM (and focus).
pub fn keyed_rows<T, K, V>(
    each: impl Fn() -> Vec<T> + Send + 'static,
    key: impl Fn(&T) -> K + Clone + Send + 'static,
    row: impl Fn(T) -> V + Clone + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    K: Eq + Hash + 'static,
    V: IntoView + 'static,
{
    let config = use_config();
    // The page's clock, from which each row's times take signals of their
    // own; or, in a test, the clock it provided.
    let page_clock = use_context::<PageClock>();
    let clock = page_clock.is_none().then(use_clock);
    move || {
        let config = config.clone();
        let row = row.clone();
        keyed(each(), key.clone(), move |_, item| {
            let owner = root_owner();
            let view = owner.with(|| {
                provide_context(config.clone());
                if let Some(page_clock) = page_clock {
                    provide_context(page_clock);
                }
                if let Some(clock) = clock {
                    provide_context(clock);
                }
                row(item)
            });
            (|_| {}, OwnedView::new_with_owner(view, owner))
        })
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
