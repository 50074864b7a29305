//! The site footer.

use leptos::prelude::*;

use crate::routes::{link, FRONT_PATH};
use crate::text::SITE_NAME;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{SITE_NAME} " · Stories from the sample newsroom. Times are shown in your own time zone."</p>
            <p><a href=link(FRONT_PATH)>"Back to the front page"</a></p>
        </footer>
    }
}
