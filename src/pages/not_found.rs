//! Any URL that names no page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::headline::Headline;
use crate::routes::{link, FRONT_PATH};
use crate::scroll::restore_scroll;
use crate::text::{t, GO_TO_FRONT, NOT_FOUND_DESCRIPTION, NOT_FOUND_TEXT, NOT_FOUND_TITLE};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    Effect::new(move |_| restore_scroll());
    view! {
        <Title text=t(NOT_FOUND_TITLE)/>
        <Meta name="description" content=t(NOT_FOUND_DESCRIPTION)/>
        <Meta name="robots" content="noindex"/>
        <NotFoundView/>
    }
}

#[component]
pub fn NotFoundView() -> impl IntoView {
    view! {
        <div class="not-found">
            <Headline>{t(NOT_FOUND_TITLE)}</Headline>
            <p>{t(NOT_FOUND_TEXT)}</p>
            <p><a href=link(FRONT_PATH)>{t(GO_TO_FRONT)}</a></p>
        </div>
    }
}
