//! The quiet notice that the reader is offline: what they see is what was
//! kept, and how old it is (when the newsroom last updated Latest News).
//! A bar fixed at the foot of the screen, so nothing on the page moves
//! when it comes or goes; plain text, not announced (only new stories
//! are).

use leptos::prelude::*;

use crate::components::relative_time::RelativeTime;
use crate::connection::use_connection;
use crate::live::use_live_feed;
use crate::text::{t, OFFLINE, UPDATED};

#[component]
pub fn OfflineNotice() -> impl IntoView {
    let connection = use_connection();
    let feed = use_live_feed();
    move || {
        let offline = connection.is_some_and(|c| !c.online.get());
        offline.then(|| {
            let age = feed.updated.get().map(|at| {
                view! { " " {t(UPDATED)} " " <RelativeTime at/> }
            });
            view! { <p class="offline-notice">{t(OFFLINE)} {age}</p> }
        })
    }
}
