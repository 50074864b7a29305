//! The reader's connection: one pair of window listeners (`online` and
//! `offline`) for the whole app, provided once at the root. Offline, the
//! app says so and asks the network for nothing it would only fail to get
//! (Latest News waits instead of retrying); back online, whoever waited
//! asks again at once.

use leptos::prelude::*;

use crate::watchers::Watchers;

/// Whether the reader is online, and who asks again once they are back.
#[derive(Clone, Copy)]
pub struct Connection {
    /// False while the browser says it has no network. True until the app
    /// runs (a pre-rendered page is rendered online), so the take-over
    /// renders what the page shows.
    pub online: RwSignal<bool>,
    back: Watchers,
}

/// Starts watching the connection (in the browser); the listeners end with
/// the calling owner.
pub fn provide_connection() -> Connection {
    let connection = Connection {
        online: RwSignal::new(true),
        back: Watchers::new(),
    };
    provide_context(connection);
    if cfg!(target_arch = "wasm32") {
        // After the take-over, which renders what the page shows (online).
        request_animation_frame(move || connection.online.set(browser_online()));
        let changed = move |event: web_sys::Event| {
            let online = event.type_() == "online";
            connection.online.set(online);
            if online {
                connection.back.call();
            }
        };
        let listeners =
            ["online", "offline"].map(|name| window_event_listener_untyped(name, changed));
        on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
    }
    connection
}

/// The app's connection, if it runs inside the app.
pub fn use_connection() -> Option<Connection> {
    use_context::<Connection>()
}

/// Whether the browser has a network now (`navigator.onLine`); always on
/// the host.
pub fn browser_online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

impl Connection {
    /// Calls `react` each time the reader is back online, until the
    /// calling owner is cleaned up.
    pub fn on_back_online(&self, react: impl Fn() + 'static) {
        self.back.watch(react);
    }
}
