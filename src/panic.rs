//! The last line of defence. If the app ever panics, its views stop
//! updating; the reader then sees a short message with a Reload button at
//! the top of the page instead of a page that silently stopped working, and
//! whatever is on screen (a pre-rendered story) stays readable below it.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// The message's element id: it is shown once, however many panics follow.
pub const MESSAGE_ID: &str = "dateline-stopped";

/// Logs every panic to the console (for developers) and shows the message.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

/// Puts the message first in `<body>`. It is plain DOM, built without the
/// app's (stopped) code; its Reload button submits a form to the page's own
/// address, which needs no JavaScript at all.
pub fn show_message() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.get_element_by_id(MESSAGE_ID).is_some() {
        return;
    }
    if let (Some(body), Ok(message)) = (document.body(), message(&document)) {
        let _ = body.prepend_with_node_1(&message);
    }
}

fn message(document: &Document) -> Result<Element, JsValue> {
    let alert = document.create_element("div")?;
    alert.set_id(MESSAGE_ID);
    alert.set_class_name("stopped");
    alert.set_attribute("role", "alert")?;
    let text = document.create_element("p")?;
    text.set_text_content(Some(
        "Something went wrong and this page stopped updating. Reload it to carry on.",
    ));
    let form = document.create_element("form")?;
    form.set_attribute("method", "get")?;
    let button = document.create_element("button")?;
    button.set_text_content(Some("Reload"));
    form.append_child(&button)?;
    alert.append_child(&text)?;
    alert.append_child(&form)?;
    Ok(alert)
}
