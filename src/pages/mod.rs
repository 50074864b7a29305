//! One module per route; each page fetches its data and hands plain values
//! to its view.

pub mod article;
pub mod front;
pub mod not_found;
pub mod section;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::FetchError;
use crate::components::headline::Headline;
use crate::components::states::{LoadError, Placeholder, Shape};
use crate::pages::not_found::NotFoundPage;
use crate::scroll::restore_scroll;

/// A page that shows one file: at once when the pre-rendered page carried
/// it, else fetched (see [`fetched`]).
pub fn preloaded_or_fetched<T, Fut>(
    preloaded: Option<T>,
    fetch: impl Fn() -> Fut + 'static,
    shape: Shape,
    shown: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> AnyView
where
    T: Clone + 'static,
    Fut: std::future::Future<Output = Result<T, FetchError>> + 'static,
{
    match preloaded {
        Some(value) => {
            Effect::new(move |_| restore_scroll());
            shown(value)
        }
        None => fetched(LocalResource::new(fetch), shape, shown).into_any(),
    }
}

/// The states of a page that fetches one file: a placeholder of the
/// content's shape while loading, the content, a not-found page for a
/// missing file, or the error with a Retry button. Once the content is on
/// screen, back and forward return the reader to where they were.
pub fn fetched<T>(
    resource: LocalResource<Result<T, FetchError>>,
    shape: Shape,
    shown: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
{
    Effect::new(move |_| {
        if resource.with(Option::is_some) {
            restore_scroll();
        }
    });
    move || match resource.get() {
        None => view! {
            <Title text="Loading…"/>
            <Placeholder shape/>
        }
        .into_any(),
        Some(Ok(value)) => shown(value),
        Some(Err(error)) if error.is_not_found() => view! { <NotFoundPage/> }.into_any(),
        Some(Err(error)) => view! {
            <ErrorPage>
                <LoadError error on_retry=move || resource.refetch()/>
            </ErrorPage>
        }
        .into_any(),
    }
}

/// A page whose data failed to load: its own heading and title, and the
/// error with its Retry button.
#[component]
pub fn ErrorPage(children: Children) -> impl IntoView {
    view! {
        <Title text="Could not load"/>
        <div class="error-page">
            <Headline>"This page could not be loaded"</Headline>
            {children()}
        </div>
    }
}
