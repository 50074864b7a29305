//! Back and forward restore where the reader was on a page. The browser's
//! own restoration runs before a page's data has arrived, so the app keeps
//! the positions itself and a page restores once its content is shown.

use std::collections::HashMap;

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ScrollMemory {
    positions: StoredValue<HashMap<String, f64>, LocalStorage>,
    current: StoredValue<String, LocalStorage>,
    pending: StoredValue<Option<f64>, LocalStorage>,
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

/// Starts remembering positions; the listeners end with the calling owner.
/// Call it before the router is created, so a click is seen before the
/// router navigates away.
pub fn provide_scroll_memory() {
    let memory = ScrollMemory {
        positions: StoredValue::new_local(HashMap::new()),
        current: StoredValue::new_local(String::new()),
        pending: StoredValue::new_local(None),
    };
    provide_context(memory);
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    memory.current.set_value(location_key());
    let remember = move || {
        let key = memory.current.get_value();
        memory.positions.update_value(|p| {
            p.insert(key, scroll_y());
        });
    };
    let on_click = window_event_listener(leptos::ev::click, move |_| {
        remember();
        memory.pending.set_value(None);
    });
    let on_popstate = window_event_listener(leptos::ev::popstate, move |_| {
        remember();
        let key = location_key();
        let position = memory.positions.with_value(|p| p.get(&key).copied());
        memory.pending.set_value(Some(position.unwrap_or_default()));
    });
    on_cleanup(move || {
        on_click.remove();
        on_popstate.remove();
    });
}

/// Called by a page once its content is on screen: after back or forward,
/// returns the reader to where they were.
pub fn restore_scroll() {
    let Some(memory) = use_context::<ScrollMemory>() else {
        return;
    };
    memory.current.set_value(location_key());
    if let Some(y) = memory.pending.try_update_value(Option::take).flatten() {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, y);
        }
    }
}
