//! The "Top News" block: the front page's top stories.

use leptos::prelude::*;

use crate::api::ArticleSummary;
use crate::components::headline::Headline;
use crate::components::story_card::{Prominence, StoryCard};
use crate::text::{t, TOP_NEWS};

/// On the front page the block is the page itself: its heading is the `h1`
/// and its first story is the lead. Elsewhere it is a compact list.
#[component]
pub fn TopNews(stories: Vec<ArticleSummary>, #[prop(optional)] front_page: bool) -> impl IntoView {
    let heading = if front_page {
        view! { <Headline class="top-news__heading">{t(TOP_NEWS)}</Headline> }.into_any()
    } else {
        view! { <h2 class="top-news__heading">{t(TOP_NEWS)}</h2> }.into_any()
    };
    let cards = stories
        .into_iter()
        .enumerate()
        .map(|(i, story)| {
            let prominence = match (front_page, i) {
                (true, 0) => Prominence::Lead,
                (true, _) => Prominence::Standard,
                (false, _) => Prominence::Compact,
            };
            // Under the front page's `h1`, or under this block's `h2`.
            let level = if front_page { 2 } else { 3 };
            view! { <StoryCard story prominence level/> }
        })
        .collect_view();
    let class = if front_page {
        "top-news top-news--front"
    } else {
        "top-news"
    };
    view! {
        <section class=class aria-label=t(TOP_NEWS)>
            {heading}
            <div class="top-news__stories">{cards}</div>
        </section>
    }
}
