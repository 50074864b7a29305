//! Any URL that names no page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::headline::Headline;
use crate::routes::{link, FRONT_PATH};
use crate::scroll::restore_scroll;
use crate::text::{NOT_FOUND_DESCRIPTION, NOT_FOUND_TITLE};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    Effect::new(move |_| restore_scroll());
    view! {
        <Title text=NOT_FOUND_TITLE/>
        <Meta name="description" content=NOT_FOUND_DESCRIPTION/>
        <Meta name="robots" content="noindex"/>
        <NotFoundView/>
    }
}

#[component]
pub fn NotFoundView() -> impl IntoView {
    view! {
        <div class="not-found">
            <Headline>{NOT_FOUND_TITLE}</Headline>
            <p>"There is no story or section at this address. It may have moved, or the link may be mistyped."</p>
            <p><a href=link(FRONT_PATH)>"Go to the front page"</a></p>
        </div>
    }
}
