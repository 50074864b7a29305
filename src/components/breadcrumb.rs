//! `News > {section}`: where a page sits in the site. On the section's own
//! page the router's `<A>` marks its link `aria-current="page"`.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::Category;
use crate::routes::{link, section_path, FRONT_PATH};

#[component]
pub fn Breadcrumb(category: Category) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <ol>
                <li><a href=link(FRONT_PATH)>"News"</a></li>
                <li>
                    <A href=link(&section_path(category.slug.as_str()))>{category.name}</A>
                </li>
            </ol>
        </nav>
    }
}
