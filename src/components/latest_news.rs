//! The Latest News list: the newest stories of the live feed, updating
//! itself, with arrivals marked and announced politely.

use leptos::either::Either;
use leptos::prelude::*;

use crate::components::relative_time::RelativeTime;
use crate::components::rows::keyed_rows;
use crate::components::states::{LoadError, Placeholder, Shape};
use crate::live::merge::Entry;
use crate::live::{use_live_feed, FeedStatus};
use crate::routes::{article_path, link};

#[component]
pub fn LatestNews() -> impl IntoView {
    let feed = use_live_feed();
    let status = Memo::new(move |_| feed.status());
    let entries = move || feed.state.with(|state| state.entries.clone());
    // Each announcement gets a new node, so it is heard even when its words
    // repeat the last one's: every other one is a view of another type
    // (one branch or the other), which replaces the node instead of
    // rewriting its text.
    let announcement = move || {
        feed.announcement.get().map(|(seq, said)| {
            if seq % 2 == 0 {
                Either::Left(view! { <span>{said}</span> })
            } else {
                Either::Right(view! { <span>{said}</span> })
            }
        })
    };
    view! {
        <aside class="latest" aria-label="Latest News">
            <h2 class="latest__heading">"Latest News"</h2>
            <div class="visually-hidden" role="status" aria-live="polite">
                {announcement}
            </div>
            {move || match status.get() {
                FeedStatus::Loading => view! { <Placeholder shape=Shape::StoryList/> }.into_any(),
                FeedStatus::Failed(error) => {
                    view! { <LoadError error on_retry=move || feed.refresh_now()/> }.into_any()
                }
                FeedStatus::Shown { retrying } => {
                    retrying
                        .then(|| view! { <p class="latest__status">"Could not refresh. Retrying…"</p> })
                        .into_any()
                }
            }}
            <ol class="latest__list">
                {keyed_rows(entries, entry_key, |entry| view! { <LatestItem entry/> })}
            </ol>
        </aside>
    }
}

/// A story is re-rendered in place when what the reader sees of it changes.
fn entry_key(entry: &Entry) -> (String, String, String, i64, bool) {
    let story = &entry.story;
    (
        story.slug.as_str().to_owned(),
        story.title.clone(),
        story.summary.clone(),
        story.last_changed().timestamp(),
        entry.fresh,
    )
}

#[component]
fn LatestItem(entry: Entry) -> impl IntoView {
    let story = entry.story;
    let class = if entry.fresh {
        "latest__item latest__item--new"
    } else {
        "latest__item"
    };
    view! {
        <li class=class>
            {entry.fresh.then(|| view! { <span class="latest__new">"New"</span> })}
            <a class="latest__title" href=link(&article_path(story.slug.as_str()))>{story.title}</a>
            <p class="latest__summary">{story.summary}</p>
            <RelativeTime at=story.published_at/>
        </li>
    }
}
