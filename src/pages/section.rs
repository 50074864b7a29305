//! `/category/{slug}` and `/topic/{slug}`: a section's or a topic's
//! stories, newest first, and `…/page/{n}` for the older ones, each page a
//! real link to the next ("More stories") and the one before.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::{CategoryPage, Freshness};
use crate::components::breadcrumb::Breadcrumb;
use crate::components::headline::Headline;
use crate::components::states::Shape;
use crate::components::story_card::StoryCard;
use crate::config::with_config;
use crate::page_data::use_preloaded;
use crate::pages::preloaded_or_fetched;
use crate::routes::{link, ListKind, Listing};
use crate::text::{
    list_description, list_title, page_strings, t, MORE_STORIES, NEWER_STORIES, NO_STORIES, PAGES,
};

#[component]
pub fn ListPage(list: Listing) -> impl IntoView {
    let url = with_config(|config| config.list_url(&list));
    let preloaded = use_preloaded().and_then(|data| data.take_list(&list));
    preloaded_or_fetched(
        preloaded,
        url,
        Freshness::Revalidate,
        Shape::Section,
        move |page| {
            let name = &page.category.name;
            view! {
                <Title text=list_title(&page_strings(), name, list.page)/>
                <Meta name="description" content=list_description(&page_strings(), list.kind, name, list.page)/>
                <ListView page list=list.clone()/>
            }
            .into_any()
        },
    )
}

/// One page of a list's stories as the reader sees it.
#[component]
pub fn ListView(page: CategoryPage, list: Listing) -> impl IntoView {
    let empty = page
        .items
        .is_empty()
        .then(|| view! { <p>{t(NO_STORIES)}</p> });
    let first = Listing::first(list.kind, &list.slug).path();
    let newer = list.previous().map(|newer| {
        view! { <a href=link(&newer.path()) rel="prev">{t(NEWER_STORIES)}</a> }
    });
    let older = list.next(page.next.as_deref()).map(|older| {
        view! { <a href=link(&older.path()) rel="next">{t(MORE_STORIES)}</a> }
    });
    let pager = (newer.is_some() || older.is_some())
        .then(|| view! { <nav class="pager" aria-label=t(PAGES)>{newer}{older}</nav> });
    let kind = match list.kind {
        ListKind::Section => "section-page",
        ListKind::Topic | ListKind::Live => "section-page topic-page",
    };
    view! {
        <Breadcrumb name=page.category.name.clone() path=first/>
        <div class=kind>
            <Headline>{list_title(&page_strings(), &page.category.name, list.page)}</Headline>
            {empty}
            <div class="story-grid">
                {page.items.into_iter().enumerate().map(|(n, story)| view! { <StoryCard story level=2 first=n == 0/> }).collect_view()}
            </div>
            {pager}
        </div>
    }
}
