//! The Latest News list: the newest stories of the live feed, updating
//! itself, with arrivals marked and announced politely.

use leptos::prelude::*;

use crate::components::announcer::Announcer;
use crate::components::relative_time::RelativeTime;
use crate::components::rows::{keyed_rows, Row};
use crate::components::states::{sorry, LoadError, Placeholder, Shape};
use crate::live::merge::Entry;
use crate::live::{use_live_feed, FeedStatus, LiveFeed};
use crate::routes::link;
use crate::text::{t, LATEST_NEWS, LATEST_OFFLINE, LATEST_RETRYING, LIVE, NEW};

#[component]
pub fn LatestNews() -> impl IntoView {
    let feed = use_live_feed();
    let status = Memo::new(move |_| feed.status());
    let rows = move || {
        feed.state
            .with(|state| state.entries.iter().cloned().map(row).collect())
    };
    view! {
        <aside class="latest" aria-label=t(LATEST_NEWS)>
            <h2 class="latest__heading">{t(LATEST_NEWS)}</h2>
            <Announcer announcements=feed.announcements/>
            {keyed_rows(move || status_row(status.get(), feed).into_iter().collect())}
            <ol class="latest__list">
                {keyed_rows(rows)}
            </ol>
        </aside>
    }
}

/// What the list says of its feed, as a row of one (or none): the one
/// keyed list's code serves it too.
fn status_row(status: FeedStatus, feed: LiveFeed) -> Option<Row> {
    Some(match status {
        FeedStatus::Loading => Row::new("loading".into(), || {
            view! { <Placeholder shape=Shape::StoryList/> }
        }),
        FeedStatus::Failed(error) => {
            let why = sorry(&error);
            Row::new(why.clone(), move || {
                view! { <LoadError why=why.clone() on_retry=move || feed.refresh_now()/> }
            })
        }
        FeedStatus::Shown { retrying: true } => note(LATEST_RETRYING),
        FeedStatus::Offline => note(LATEST_OFFLINE),
        FeedStatus::Shown { retrying: false } => return None,
    })
}

/// A line of the edition's words (`key`) about the list.
fn note(key: &'static str) -> Row {
    Row::new(
        key.into(),
        move || view! { <p class="latest__status">{t(key)}</p> },
    )
}

/// A story is re-rendered in place when what the reader sees of it changes.
fn row(entry: Entry) -> Row {
    let story = &entry.story;
    let changed = story.last_changed().timestamp().to_string();
    let marks = match (entry.fresh, story.live) {
        (false, false) => "",
        (true, false) => "new",
        (false, true) => "live",
        (true, true) => "new live",
    };
    let key = Row::key(&[
        story.slug.as_str(),
        &story.title,
        &story.summary,
        &changed,
        marks,
    ]);
    Row::new(key, move || view! { <LatestItem entry/> })
}

#[component]
fn LatestItem(entry: Entry) -> impl IntoView {
    let story = entry.story;
    let href = link(&story.path());
    let class = if entry.fresh {
        "latest__item latest__item--new"
    } else {
        "latest__item"
    };
    view! {
        <li class=class>
            {entry.fresh.then(|| view! { <span class="latest__new">{t(NEW)}</span> })}
            {story.live.then(|| view! { <span class="live-mark">{t(LIVE)}</span> })}
            <a class="latest__title" href=href dir="auto">{story.title}</a>
            <p class="latest__summary" dir="auto">{story.summary}</p>
            <RelativeTime at=story.published_at/>
        </li>
    }
}
