//! One story in a list: linked headline, summary, picture and time.

use leptos::prelude::*;

use crate::api::ArticleSummary;
use crate::components::picture::Picture;
use crate::components::relative_time::RelativeTime;
use crate::routes::article_path;

/// How prominent a card is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Prominence {
    /// The front page's lead story: large picture, large headline.
    Lead,
    #[default]
    Standard,
    /// Headline and time only.
    Compact,
}

#[component]
pub fn StoryCard(story: ArticleSummary, #[prop(optional)] prominence: Prominence) -> impl IntoView {
    let href = article_path(story.slug.as_str());
    let class = match prominence {
        Prominence::Lead => "story story--lead",
        Prominence::Standard => "story",
        Prominence::Compact => "story story--compact",
    };
    let picture = (prominence != Prominence::Compact)
        .then_some(story.image)
        .flatten()
        .map(|image| view! { <Picture image eager=prominence == Prominence::Lead/> });
    let summary = (prominence != Prominence::Compact)
        .then(|| view! { <p class="story__summary">{story.summary}</p> });
    view! {
        <article class=class>
            {picture}
            <h3 class="story__title">
                <a href=href>{story.title}</a>
            </h3>
            {summary}
            <p class="story__meta">
                <RelativeTime at=story.published_at/>
            </p>
        </article>
    }
}
