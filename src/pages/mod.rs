//! One module per route; each page fetches its data and hands plain values
//! to its view.

pub mod article;
pub mod front;
pub mod live;
pub mod not_found;
pub mod section;

use leptos::prelude::*;
use leptos_meta::Title;

use serde_json::Value;

use crate::api::client::get_json;
use crate::api::json::FromJson;
use crate::api::{FetchError, Freshness};
use crate::components::headline::Headline;
use crate::components::states::{sorry, LoadError, Placeholder, Shape};
use crate::connection::use_connection;
use crate::pages::not_found::NotFoundPage;
use crate::scroll::restore_scroll;
use crate::text::{
    t, COULD_NOT_LOAD, COULD_NOT_LOAD_TITLE, LOADING, OFFLINE_UNAVAILABLE, OFFLINE_UNAVAILABLE_TEXT,
};

/// A page that shows one file: at once when the pre-rendered page carried
/// it, else fetched from `url` (see [`fetched`]).
pub fn preloaded_or_fetched<T: FromJson + 'static>(
    preloaded: Option<T>,
    url: String,
    freshness: Freshness,
    shape: Shape,
    shown: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    match preloaded {
        Some(value) => {
            Effect::new(move |_| restore_scroll());
            shown(value)
        }
        None => {
            let resource = crate::prefetch::take(&url).unwrap_or_else(|| fetch(url, freshness));
            let shown = move |value: &Value| match T::from_json(value) {
                Ok(value) => shown(value),
                Err(why) => failed(FetchError::Parse(why), resource),
            };
            fetched(resource, shape, Box::new(shown))
        }
    }
}

/// The file at `url`, as a resource (a page's, or one fetched ahead of a
/// click: one resource type serves both).
pub fn fetch(url: String, freshness: Freshness) -> LocalResource<Result<Value, FetchError>> {
    LocalResource::new(move || get_json(url.clone(), freshness))
}

/// The states of a page that fetches one file: a placeholder of the
/// content's shape while loading, the content, a not-found page for a
/// missing file, or the error with a Retry button. Once the content is on
/// screen, back and forward return the reader to where they were. (One
/// resource type, the file's parsed value, serves every page.)
fn fetched(
    resource: LocalResource<Result<Value, FetchError>>,
    shape: Shape,
    shown: Box<dyn Fn(&Value) -> AnyView + Send + Sync>,
) -> AnyView {
    Effect::new(move |_| {
        if resource.with(Option::is_some) {
            restore_scroll();
        }
    });
    // The file's value is read where it is, not copied.
    (move || {
        resource.with(|answer| match answer {
            None => view! {
                <Title text=t(LOADING)/>
                <Placeholder shape/>
            }
            .into_any(),
            Some(Ok(value)) => shown(value),
            Some(Err(error)) => failed(error.clone(), resource),
        })
    })
    .into_any()
}

/// A file that could not be had: a not-found page when it is missing, else
/// [`unavailable`].
fn failed(error: FetchError, resource: LocalResource<Result<Value, FetchError>>) -> AnyView {
    if error.is_not_found() {
        return view! { <NotFoundPage/> }.into_any();
    }
    unavailable(error, move || resource.refetch())
}

/// A page whose data could not be had: for a reader offline, that it was
/// not kept for reading offline; else the error. Each with a Retry button
/// (`retry`), which is also pressed by itself once the reader is back
/// online.
pub fn unavailable(error: FetchError, retry: impl Fn() + Copy + Send + Sync + 'static) -> AnyView {
    let connection = use_connection();
    if let Some(connection) = connection {
        connection.on_back_online(retry);
    }
    let offline = matches!(error, FetchError::Network | FetchError::Timeout)
        && connection.is_some_and(|c| !c.online.get_untracked());
    let (title, heading, why) = if offline {
        let heading = t(OFFLINE_UNAVAILABLE);
        (heading.clone(), heading, t(OFFLINE_UNAVAILABLE_TEXT))
    } else {
        (t(COULD_NOT_LOAD_TITLE), t(COULD_NOT_LOAD), sorry(&error))
    };
    view! {
        <Title text=title/>
        <div class="error-page">
            <Headline>{heading}</Headline>
            <LoadError why on_retry=retry/>
        </div>
    }
    .into_any()
}
