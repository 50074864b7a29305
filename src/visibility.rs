//! The reader leaving and coming back: one pair of window listeners
//! (`visibilitychange`, and `pageshow` for a page restored from the
//! back-forward cache) for the whole app, provided once at the root. The
//! clock and the Latest News poller each react through it.

use leptos::prelude::*;

use crate::watchers::Watchers;

/// Who reacts when the page is hidden or shown again.
#[derive(Clone, Copy)]
pub struct Visibility(Watchers);

/// Starts watching the page (in the browser); the listeners end with the
/// calling owner.
pub fn provide_visibility() -> Visibility {
    let visibility = Visibility(Watchers::new());
    provide_context(visibility);
    if cfg!(target_arch = "wasm32") {
        let on_visibility =
            window_event_listener(leptos::ev::visibilitychange, move |_| visibility.0.call());
        let on_pageshow = window_event_listener(leptos::ev::pageshow, move |_| visibility.0.call());
        on_cleanup(move || {
            on_visibility.remove();
            on_pageshow.remove();
        });
    }
    visibility
}

/// The app's one visibility signal, if it runs inside the app.
pub fn use_visibility() -> Option<Visibility> {
    use_context::<Visibility>()
}

impl Visibility {
    /// Calls `react` at once, in the listener's own task, whenever the page
    /// is hidden or shown again, until the calling owner is cleaned up.
    pub fn on_change(&self, react: impl Fn() + 'static) {
        self.0.watch(react);
    }
}
