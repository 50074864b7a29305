//! The last line of defence, wired up: a panic in the running app puts the
//! "stopped" message on screen. A test binary of its own, run in the
//! browser tier: once a wasm thread has panicked it counts as panicking for
//! good, so this page runs nothing else after it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_in_the_running_app_puts_the_message_on_screen() {
    let window = web_sys::window().expect("window");
    let document = window.document().expect("document");
    let story = document.create_element("p").expect("p");
    story.set_text_content(Some("A story already on screen"));
    document
        .body()
        .expect("body")
        .append_child(&story)
        .expect("append");
    dateline::panic::install();

    // Panic where the app's code runs: in a callback from the browser, as in
    // a timer or an event handler. The trap that follows ends that callback.
    fn bug() {
        panic!("a bug in the app");
    }
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(bug).unchecked_ref(),
            0,
        )
        .expect("timer");
    let later = js_sys::Promise::new(&mut |done, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&done, 50);
    });
    let _ = JsFuture::from(later).await;

    let message = document
        .get_element_by_id(dateline::panic::MESSAGE_ID)
        .expect("the message is shown after a panic");
    assert_eq!(message.get_attribute("role").as_deref(), Some("alert"));
    assert!(message
        .text_content()
        .unwrap_or_default()
        .contains("stopped updating"));
    assert_eq!(
        story.text_content().as_deref(),
        Some("A story already on screen"),
        "what was on screen stays"
    );
}
