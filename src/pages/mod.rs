//! One module per route; each page fetches its data and hands plain values
//! to its view.

pub mod article;
pub mod front;
pub mod not_found;
pub mod section;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::headline::Headline;

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
