//! The site footer.

use leptos::prelude::*;

use crate::config::site_names;
use crate::routes::{link, FRONT_PATH};
use crate::text::{t, BACK_TO_FRONT, FOOTER};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let (name, _) = site_names();
    view! {
        <footer class="site-footer">
            <p><bdi>{name}</bdi> " · " {t(FOOTER)}</p>
            <p><a href=link(FRONT_PATH)>{t(BACK_TO_FRONT)}</a></p>
        </footer>
    }
}
