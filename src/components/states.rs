//! What a page shows before its data arrives, and when it cannot arrive.

use leptos::prelude::*;

use crate::api::FetchError;
use crate::components::headline::Headline;
use crate::text::{page_strings, t, LOADING, RETRY, SORRY};

/// The shape of the content a placeholder stands in for, so the space it
/// reserves matches and nothing jumps when the content arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Article,
    /// A section page: breadcrumb, heading and a grid of story cards.
    Section,
    /// The Latest News list.
    StoryList,
    FrontPage,
}

#[component]
pub fn Placeholder(shape: Shape) -> impl IntoView {
    let (class, lines) = match shape {
        Shape::Article => ("placeholder placeholder--article", 12),
        Shape::Section => ("placeholder placeholder--section", 10),
        Shape::StoryList => ("placeholder placeholder--list", 8),
        Shape::FrontPage => ("placeholder placeholder--front", 10),
    };
    // A page still loading has its one `h1` too (which takes focus after a
    // client navigation, so a screen reader hears the page is loading);
    // the Latest News list's placeholder is part of a page, with none.
    let label = if shape == Shape::StoryList {
        view! { <span class="visually-hidden">{t(LOADING)}</span> }.into_any()
    } else {
        view! { <Headline class="visually-hidden">{t(LOADING)}</Headline> }.into_any()
    };
    view! {
        <div class=class aria-busy="true">
            {label}
            {(0..lines).map(|_| view! { <span class="placeholder__line" aria-hidden="true"></span> }).collect_view()}
        </div>
    }
}

/// What went wrong with a load, in the edition's words.
pub fn sorry(error: &FetchError) -> String {
    let strings = page_strings();
    strings.fill(SORRY, &[("why", &error.words(&strings))])
}

/// A failed load: what went wrong (`why`, in words), and a way to try
/// again.
#[component]
pub fn LoadError(why: String, on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <div class="load-error" role="alert">
            <p>{why}</p>
            <button type="button" on:click=move |_| on_retry()>{t(RETRY)}</button>
        </div>
    }
}
