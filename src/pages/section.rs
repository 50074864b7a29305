//! `/category/{slug}`: a section's stories, newest first.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::client::get_json;
use crate::api::{CategoryPage, Freshness};
use crate::components::breadcrumb::Breadcrumb;
use crate::components::headline::Headline;
use crate::components::states::Shape;
use crate::components::story_card::StoryCard;
use crate::config::with_config;
use crate::page_data::use_preloaded;
use crate::pages::preloaded_or_fetched;
use crate::text::section_description;

#[component]
pub fn SectionPage(slug: String) -> impl IntoView {
    let url = with_config(|config| config.section_url(&slug));
    let preloaded = use_preloaded().and_then(|data| data.take_section(&slug));
    let fetch = move || get_json::<CategoryPage>(url.clone(), Freshness::Revalidate);
    preloaded_or_fetched(preloaded, fetch, Shape::Section, |page| {
        view! {
            <Title text=page.category.name.clone()/>
            <Meta name="description" content=section_description(&page.category.name)/>
            <SectionView page/>
        }
        .into_any()
    })
}

/// A section's stories as the reader sees them.
#[component]
pub fn SectionView(page: CategoryPage) -> impl IntoView {
    let empty = page
        .items
        .is_empty()
        .then(|| view! { <p>"No stories in this section yet."</p> });
    view! {
        <Breadcrumb category=page.category.clone()/>
        <div class="section-page">
            <Headline>{page.category.name}</Headline>
            {empty}
            <div class="story-grid">
                {page.items.into_iter().map(|story| view! { <StoryCard story level=2/> }).collect_view()}
            </div>
        </div>
    }
}
