//! `News > {section or topic}`: where a page sits in the site. On the
//! section's own page the router's `<A>` marks its link `aria-current="page"`.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::{link, FRONT_PATH};
use crate::text::{t, BREADCRUMB, NEWS};

/// `path` is the section's or topic's site path.
#[component]
pub fn Breadcrumb(name: String, path: String) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label=t(BREADCRUMB)>
            <ol>
                <li><a href=link(FRONT_PATH)>{t(NEWS)}</a></li>
                <li><A href=link(&path)>{name}</A></li>
            </ol>
        </nav>
    }
}
