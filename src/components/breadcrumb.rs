//! `News > {section}`: where a page sits in the site.

use leptos::prelude::*;

use crate::api::Category;
use crate::routes::section_path;

#[component]
pub fn Breadcrumb(category: Category, #[prop(optional)] current: bool) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <ol>
                <li><a href="/">"News"</a></li>
                <li>
                    <a href=section_path(category.slug.as_str()) aria-current=current.then_some("page")>
                        {category.name}
                    </a>
                </li>
            </ol>
        </nav>
    }
}
