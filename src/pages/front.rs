//! `/`: the top stories, then one block per section.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::home::use_home;
use crate::api::{HomePage, Section};
use crate::components::states::{Placeholder, Shape};
use crate::components::story_card::StoryCard;
use crate::components::top_news::TopNews;
use crate::config::site_names;
use crate::pages::unavailable;
use crate::routes::{link, section_path};
use crate::scroll::restore_scroll;
use crate::text::{t, FRONT_DESCRIPTION};

#[component]
pub fn FrontPage() -> impl IntoView {
    let home = use_home();
    // Coming to the front page checks for a newer one (a 304 if not).
    Effect::new(move |_| {
        if let Some(home) = home {
            home.refetch();
        }
    });
    Effect::new(move |_| {
        if home.is_some_and(|home| home.has_page()) {
            restore_scroll();
        }
    });
    let content = move || {
        let home = home?;
        Some(match (home.page(), home.error()) {
            (Some(page), _) => view! { <FrontView home=page/> }.into_any(),
            (None, Some(error)) => unavailable(error, move || home.refetch()),
            (None, None) => view! { <Placeholder shape=Shape::FrontPage/> }.into_any(),
        })
    };
    view! {
        <Title text=site_names().1/>
        <Meta name="description" content=t(FRONT_DESCRIPTION)/>
        {content}
    }
}

/// The front page as the reader sees it: each story once, in Top News if it
/// is there, else in its section's block.
#[component]
pub fn FrontView(home: HomePage) -> impl IntoView {
    let mut shown: HashSet<String> = home
        .top
        .iter()
        .map(|story| story.slug.as_str().to_owned())
        .collect();
    let sections: Vec<Section> = home
        .sections
        .into_iter()
        .map(|mut section| {
            section
                .items
                .retain(|story| shown.insert(story.slug.as_str().to_owned()));
            section
        })
        .collect();
    view! {
        <TopNews stories=home.top front_page=true/>
        {sections.into_iter().map(|section| view! { <SectionBlock section/> }).collect_view()}
    }
}

#[component]
fn SectionBlock(section: Section) -> impl IntoView {
    let heading_id = format!("section-{}", section.category.slug);
    let labelled_by = heading_id.clone();
    view! {
        <section class="section-block" aria-labelledby=labelled_by>
            <h2 id=heading_id class="section-block__heading">
                <a href=link(&section_path(section.category.slug.as_str()))>{section.category.name}</a>
            </h2>
            <div class="story-grid">
                {section.items.into_iter().map(|story| view! { <StoryCard story/> }).collect_view()}
            </div>
        </section>
    }
}
