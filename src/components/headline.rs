//! The page's one `h1`. After a client-side navigation it takes focus, so a
//! screen reader announces the new page; on first load focus stays put, and
//! after back or forward the followed link takes it where it can.

use leptos::html::H1;
use leptos::prelude::*;

use crate::scroll::returning_to_link;

/// Set once the reader has moved from the first page to another.
#[derive(Clone, Copy)]
pub struct Navigated(pub RwSignal<bool>);

#[component]
pub fn Headline(
    children: Children,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    let navigated = use_context::<Navigated>();
    Effect::new(move |_| {
        let moved = navigated.is_some_and(|Navigated(flag)| flag.get());
        // After back or forward the page gives focus back to the link the
        // reader followed from it (`scroll`), not to its heading.
        if returning_to_link() {
            return;
        }
        if let (true, Some(heading)) = (moved, heading.get()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
    });
    view! {
        // Its own direction (`dir="auto"`): a headline in the other
        // script than the page's reads in its own.
        <h1 node_ref=heading tabindex="-1" class=class dir="auto">
            {children()}
        </h1>
    }
}
