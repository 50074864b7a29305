//! The site footer.

use leptos::prelude::*;

use crate::config::site_names;
use crate::routes::{link, FRONT_PATH};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let (name, _) = site_names();
    view! {
        <footer class="site-footer">
            <p>{name} " · Stories from the sample newsroom. Times are shown in your own time zone."</p>
            <p><a href=link(FRONT_PATH)>"Back to the front page"</a></p>
        </footer>
    }
}
