//! The reader leaving and coming back: one pair of window listeners
//! (`visibilitychange`, and `pageshow` for a page restored from the
//! back-forward cache) for the whole app, provided once at the root. The
//! clock and the Latest News poller each react through it.

use std::rc::Rc;

use leptos::prelude::*;

/// A reaction to the page being hidden or shown, and its number.
type Watcher = (u64, Rc<dyn Fn()>);

/// Who reacts when the page is hidden or shown again.
#[derive(Clone, Copy)]
pub struct Visibility {
    watchers: StoredValue<Vec<Watcher>, LocalStorage>,
    next_id: StoredValue<u64>,
}

/// Starts watching the page (in the browser); the listeners end with the
/// calling owner.
pub fn provide_visibility() -> Visibility {
    let visibility = Visibility {
        watchers: StoredValue::new_local(Vec::new()),
        next_id: StoredValue::new(0),
    };
    provide_context(visibility);
    if cfg!(target_arch = "wasm32") {
        let on_visibility =
            window_event_listener(leptos::ev::visibilitychange, move |_| visibility.changed());
        let on_pageshow =
            window_event_listener(leptos::ev::pageshow, move |_| visibility.changed());
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
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.watchers
            .update_value(|watchers| watchers.push((id, Rc::new(react))));
        let watchers = self.watchers;
        on_cleanup(move || {
            watchers.try_update_value(|watchers| watchers.retain(|(each, _)| *each != id));
        });
    }

    fn changed(&self) {
        // A reaction may add or remove watchers: call a copy of the list.
        let watchers: Vec<Rc<dyn Fn()>> = self
            .watchers
            .try_with_value(|watchers| watchers.iter().map(|(_, react)| Rc::clone(react)).collect())
            .unwrap_or_default();
        for react in watchers {
            react();
        }
    }
}
