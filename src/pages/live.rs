//! `/live/{slug}`: a live page. The headline, whether it is still live,
//! the pinned post, the key events, then the stream of posts, newest
//! first, kept up to date while the page is open (`live::stream` folds
//! each fresh copy in); `…/page/{n}` shows older posts, each page a real
//! link to the next ("Older updates").

use std::rc::Rc;

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use wasm_bindgen::JsCast;

use crate::api::live::{LivePage, Post, PostId};
use crate::api::{FetchError, Freshness};
use crate::components::announcer::{Announcements, Announcer};
use crate::components::article_body::ArticleBody;
use crate::components::relative_time::RelativeTime;
use crate::components::rows::{keyed_rows, Row};
use crate::components::states::Shape;
use crate::config::with_config;
use crate::live::poll::{self, Sink};
use crate::live::stream::Stream;
use crate::page_data::use_preloaded;
use crate::pages::article::story_top;
use crate::pages::preloaded_or_fetched;
use crate::routes::{link, Listing};
use crate::text::{
    list_title, page_strings, t, KEY_EVENTS, LINK_TO_POST, LIVE, LIVE_ENDED, LIVE_STALE,
    NEWER_UPDATES, NEW_UPDATES, OLDER_UPDATES, PAGES, PINNED, STARTED, UPDATES,
};

/// New posts that arrived while the tab was hidden, for the title.
#[derive(Clone, Copy)]
pub struct UnseenPosts(pub RwSignal<usize>);

pub fn provide_unseen_posts() -> UnseenPosts {
    let unseen = UnseenPosts(RwSignal::new(0));
    provide_context(unseen);
    unseen
}

/// The id of the stream's list: where "the top of the stream" is.
const STREAM_ID: &str = "live-stream";

#[component]
pub fn LivePage(list: Listing) -> impl IntoView {
    let url = with_config(|config| config.list_url(&list));
    let preloaded = use_preloaded().and_then(|data| data.take_live(&list));
    // Just fetched, the file needs no second ask at once.
    let fetched = preloaded.is_none();
    preloaded_or_fetched(
        preloaded,
        url,
        Freshness::Revalidate,
        Shape::Article,
        move |page| {
            view! {
                <Title text=list_title(&page_strings(), &page.summary.title, list.page)/>
                <Meta name="description" content=page.summary.summary.clone()/>
                <LiveView page list=list.clone() fetched/>
            }
            .into_any()
        },
    )
}

/// What a live page's poller changes.
#[derive(Clone, Copy)]
struct Live {
    stream: RwSignal<Stream>,
    failing: RwSignal<bool>,
    announcements: Announcements,
    unseen: Option<UnseenPosts>,
}

impl Sink<LivePage> for Live {
    fn receive(&self, page: LivePage, visible: bool) -> bool {
        self.failing.try_set(false);
        let strings = page_strings();
        self.announcements.withdraw(&t(LIVE_STALE));
        let was_live = self.stream.with_untracked(Stream::is_live);
        let at_top = at_top_of_stream();
        // The views follow the stream only when it changed: the usual
        // answer (an unchanged file) changes nothing on screen.
        let merged = self.stream.try_update_untracked(|stream| {
            let before = stream.clone();
            let fresh = stream.merge(page, at_top);
            (fresh, *stream != before)
        });
        let Some((fresh, changed)) = merged else {
            return false;
        };
        if changed {
            self.stream.notify();
        }
        let (waiting, live) = self
            .stream
            .with_untracked(|stream| (stream.waiting.len(), stream.is_live()));
        if fresh > 0 {
            let count = if waiting > 0 { waiting } else { fresh };
            self.announcements.say(strings.count(NEW_UPDATES, count));
            if let (false, Some(UnseenPosts(unseen))) = (visible, self.unseen) {
                unseen.try_update(|unseen| *unseen += fresh);
            }
        }
        if was_live && !live {
            self.announcements.say(t(LIVE_ENDED));
        }
        live
    }

    fn fail(&self, error: FetchError) {
        crate::dev_warn!("Live page: {error}");
        if !self.failing.get_untracked() {
            self.failing.try_set(true);
            self.announcements.say(t(LIVE_STALE));
        }
    }

    fn shown_again(&self) {
        if let Some(UnseenPosts(unseen)) = self.unseen {
            unseen.try_set(0);
        }
    }
}

/// Whether the reader is at the top of the stream (its start is not
/// above the window), where new posts may go at once without moving what
/// they read.
fn at_top_of_stream() -> bool {
    let stream = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(STREAM_ID));
    stream.is_none_or(|stream| stream.get_bounding_client_rect().top() >= 0.0)
}

/// Moves focus to a post (which scrolls it into view), once it is drawn.
fn focus_post(id: PostId) {
    request_animation_frame(move || {
        let post = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(&id.anchor()))
            .and_then(|post| post.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(post) = post {
            let _ = post.focus();
        }
    });
}

/// A live page as the reader sees it; page 1 keeps itself up to date
/// (asking for its file at once, unless it was `fetched` just now).
#[component]
pub fn LiveView(page: LivePage, list: Listing, #[prop(optional)] fetched: bool) -> impl IntoView {
    let story = page.summary.clone();
    let slug = list.slug.clone();
    let first_page = list.page == 1;
    let stream = RwSignal::new(Stream::new(page));
    let announcements = Announcements::new();
    let failing = RwSignal::new(false);
    if first_page && stream.with_untracked(Stream::is_live) {
        let live = Live {
            stream,
            failing,
            announcements,
            unseen: use_context::<UnseenPosts>(),
        };
        let url = with_config(|config| config.list_url(&list));
        let interval = with_config(|config| config.poll_interval);
        Effect::new(move |_| {
            poll::start::<LivePage>(url.clone(), interval, !fetched, Rc::new(live));
            on_cleanup(move || live.shown_again());
        });
    }

    // The parts that change are keyed rows of one row or none: the one
    // keyed list's code serves them all (see `rows`).
    let status = keyed_rows(move || {
        let live = stream.with(Stream::is_live);
        let status = if live {
            Row::new(LIVE.to_owned(), || {
                view! { <p class="live__status"><span class="live-mark">{t(LIVE)}</span></p> }
            })
        } else {
            Row::new(LIVE_ENDED.to_owned(), || {
                view! { <p class="live__status live__status--ended">{t(LIVE_ENDED)}</p> }
            })
        };
        vec![status]
    });
    let post_link = {
        let slug = slug.clone();
        move |id: &PostId| {
            link(&format!(
                "{}#{}",
                Listing::first(list.kind, &slug).path(),
                id.anchor()
            ))
        }
    };
    let key_events = keyed_rows(move || {
        let events: Vec<(String, String)> = stream.with(|stream| {
            let events = stream.key_events.iter();
            events
                .map(|event| {
                    (
                        post_link(&event.id),
                        event.title.clone().unwrap_or_default(),
                    )
                })
                .collect()
        });
        if events.is_empty() {
            return Vec::new();
        }
        let key = events
            .iter()
            .map(|(href, label)| format!("{href} {label}"))
            .collect::<Vec<_>>();
        let row = Row::new(
            Row::key(&key.iter().map(String::as_str).collect::<Vec<_>>()),
            move || {
                let items = events
                    .into_iter()
                    .map(|(href, label)| view! { <li><a href=href>{label}</a></li> })
                    .collect_view();
                view! {
                    <nav class="key-events" aria-labelledby="key-events-heading">
                        <h2 id="key-events-heading">{t(KEY_EVENTS)}</h2>
                        <ol>{items}</ol>
                    </nav>
                }
            },
        );
        vec![row]
    });
    let pinned = {
        let slug = slug.clone();
        keyed_rows(move || {
            let pinned = stream.with(|stream| stream.pinned.clone());
            let slug = slug.clone();
            pinned
                .map(|post| {
                    let key = post_key(&post);
                    Row::new(key, move || {
                        view! {
                            <section class="live__pinned" aria-labelledby="pinned-heading">
                                <h2 id="pinned-heading">{t(PINNED)}</h2>
                                <PostView post slug/>
                            </section>
                        }
                    })
                })
                .into_iter()
                .collect()
        })
    };
    let reveal = move |_| {
        if let Some(newest) = stream.try_update(Stream::reveal).flatten() {
            focus_post(newest);
        }
    };
    let waiting = keyed_rows(move || {
        let count = stream.with(|stream| stream.waiting.len());
        let said = page_strings().count(NEW_UPDATES, count);
        let button = move || {
            view! { <button type="button" class="live__new" on:click=reveal>{said}</button> }
        };
        (count > 0)
            .then(|| Row::new(count.to_string(), button))
            .into_iter()
            .collect()
    });
    let retrying = keyed_rows(move || {
        let failed = failing.get();
        let note = || view! { <p class="live__retry">{t(LIVE_STALE)}</p> };
        failed
            .then(|| Row::new(String::new(), note))
            .into_iter()
            .collect()
    });
    let row_slug = slug.clone();
    let rows = keyed_rows(move || {
        stream.with(|stream| {
            stream
                .stream()
                .map(|post| post_row(post.clone(), row_slug.clone()))
                .collect()
        })
    });
    let newer = list.previous().map(|newer| link(&newer.path()));
    let pager = {
        let list = list.clone();
        keyed_rows(move || {
            let older = stream.with(|stream| list.next(stream.next.as_deref()));
            let older = older.map(|older| link(&older.path()));
            let newer = newer.clone();
            if newer.is_none() && older.is_none() {
                return Vec::new();
            }
            let key = Row::key(&[
                newer.as_deref().unwrap_or_default(),
                older.as_deref().unwrap_or_default(),
            ]);
            let row = Row::new(key, move || {
                let newer =
                    newer.map(|href| view! { <a href=href rel="prev">{t(NEWER_UPDATES)}</a> });
                let older =
                    older.map(|href| view! { <a href=href rel="next">{t(OLDER_UPDATES)}</a> });
                view! { <nav class="pager" aria-label=t(PAGES)>{newer}{older}</nav> }
            });
            vec![row]
        })
    };
    let title = list_title(&page_strings(), &story.title, list.page);
    let (breadcrumb, top) = story_top(
        story,
        title,
        t(STARTED),
        Some(status.into_any()),
        first_page,
    );
    view! {
        {breadcrumb}
        <article class="article live">
            {top}
            {key_events}
            {pinned}
            <section class="live__updates" aria-labelledby="updates-heading">
                <h2 id="updates-heading">{t(UPDATES)}</h2>
                <Announcer announcements/>
                {retrying}
                // Sticky and of no height, so its button shows over the
                // stream without moving it.
                <div class="live__waiting">{waiting}</div>
                <ol class="live__stream" id=STREAM_ID>{rows}</ol>
                {pager}
            </section>
        </article>
    }
}

/// A post is re-rendered in place when it changes: the contract gives an
/// edited post a new `updated_at`.
fn post_row(post: Post, slug: String) -> Row {
    Row::new(
        post_key(&post),
        move || view! { <li><PostView post slug/></li> },
    )
}

fn post_key(post: &Post) -> String {
    let updated = post.updated_at.map(|at| at.timestamp().to_string());
    Row::key(&[
        post.id.as_str(),
        updated.as_deref().unwrap_or_default(),
        post.title.as_deref().unwrap_or_default(),
    ])
}

/// One post: its time, title, blocks, byline and permalink.
#[component]
fn PostView(post: Post, slug: String) -> impl IntoView {
    let anchor = post.id.anchor();
    let permalink = link(&format!("{}#{anchor}", crate::routes::live_path(&slug)));
    let title = post
        .title
        .map(|title| view! { <h3 class="post__title">{title}</h3> });
    let byline = post
        .byline
        .map(|byline| view! { <p class="post__byline">{byline}</p> });
    view! {
        <article class="post" id=anchor tabindex="-1">
            <p class="post__time"><RelativeTime at=post.published_at/></p>
            {title}
            <ArticleBody blocks=post.body leads=false/>
            {byline}
            <a class="post__link" href=permalink>{t(LINK_TO_POST)}</a>
        </article>
    }
}
