//! A polite live region that says one thing at a time: each announcement
//! is numbered, and every other one is a view of another type (one branch
//! or the other), which replaces the node instead of rewriting its text,
//! so it is heard even when its words repeat the last one's.

use leptos::either::Either;
use leptos::prelude::*;

/// The latest announcement, numbered so each one is new.
#[derive(Clone, Copy)]
pub struct Announcements {
    said: RwSignal<Option<(u32, String)>>,
    count: StoredValue<u32>,
}

impl Default for Announcements {
    fn default() -> Self {
        Announcements::new()
    }
}

impl Announcements {
    pub fn new() -> Announcements {
        Announcements {
            said: RwSignal::new(None),
            count: StoredValue::new(0),
        }
    }

    /// Says `words`, as a new node.
    pub fn say(&self, words: String) {
        let seq = self.count.get_value();
        self.count.set_value(seq.wrapping_add(1));
        self.said.try_set(Some((seq, words)));
    }

    /// Takes the words away (which is not announced), if they are `words`.
    pub fn withdraw(&self, words: &str) {
        let saying = self
            .said
            .with_untracked(|said| said.as_ref().is_some_and(|(_, said)| said == words));
        if saying {
            self.said.try_set(None);
        }
    }
}

/// The visually hidden region that says them.
#[component]
pub fn Announcer(announcements: Announcements) -> impl IntoView {
    let said = move || {
        announcements.said.get().map(|(seq, said)| {
            if seq % 2 == 0 {
                Either::Left(view! { <span>{said}</span> })
            } else {
                Either::Right(view! { <span>{said}</span> })
            }
        })
    };
    view! {
        <div class="visually-hidden" role="status" aria-live="polite">
            {said}
        </div>
    }
}
