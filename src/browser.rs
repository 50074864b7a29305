//! The few facts the app reads from the browser, each with a sensible answer
//! on the host (tests, pre-rendering) where there is no browser.

use web_sys::VisibilityState;

/// Tells a developer's console what went wrong with the news service's
/// data, in development builds: the release build readers download carries
/// none of these messages (the publish step reports bad data, and the page
/// tells the reader in words).
#[macro_export]
macro_rules! dev_warn {
    ($($words:tt)*) => {
        if cfg!(debug_assertions) {
            leptos::logging::warn!($($words)*);
        }
    };
}

/// Milliseconds since the epoch, from the page's clock (`Date.now()`).
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        chrono::Utc::now().timestamp_millis() as f64
    }
}

/// A number in `[0, 1)` for jitter.
pub fn random_unit() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Math::random()
    } else {
        0.5
    }
}

/// Whether the reader can see the page (a visible tab).
pub fn is_visible() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return true;
    }
    web_sys::window()
        .and_then(|window| window.document())
        .is_none_or(|document| document.visibility_state() != VisibilityState::Hidden)
}

/// The content of `<meta name="{name}">` in the page, if there is one.
pub fn meta_content(name: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let document = web_sys::window()?.document()?;
    let element = document
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??;
    element.get_attribute("content")
}

/// The text of the page's element with this `id`, if there is one.
pub fn element_text(id: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .text_content()
}

/// The document's base URL (honouring `<base href>`).
pub fn base_uri() -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.document()?.base_uri().ok()?
}

/// Removes every element of the document that `selector` matches (on the
/// host, where there is no document, nothing).
pub fn remove_elements(selector: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    while let Ok(Some(element)) = document.query_selector(selector) {
        element.remove();
    }
}

/// Lets the browser paint and handle input before the app goes on: resolves
/// in a task of its own, posted through a `MessageChannel` (not a timer,
/// which a test's fake clock would hold back). Taking a pre-rendered page
/// over in a few short tasks instead of one long one keeps the page
/// responsive on a slow phone.
pub async fn next_task() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let promise =
            js_sys::Promise::new(&mut |resolve, _| match web_sys::MessageChannel::new() {
                Ok(channel) => {
                    channel.port1().set_onmessage(Some(&resolve));
                    if channel.port2().post_message(&JsValue::NULL).is_err() {
                        let _ = resolve.call0(&JsValue::NULL);
                    }
                }
                Err(_) => {
                    let _ = resolve.call0(&JsValue::NULL);
                }
            });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}
