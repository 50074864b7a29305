//! One story in a list: linked headline, summary, picture and time.

use leptos::either::Either;
use leptos::prelude::*;

use crate::api::ArticleSummary;
use crate::components::picture::{picture, Slot};
use crate::components::relative_time::RelativeTime;
use crate::routes::link;
use crate::text::{t, LIVE};

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

/// `level` is the card's heading level, one below the heading of the list it
/// is in (2 under a page's `h1`, 3 under a section's `h2`), so no level is
/// skipped.
#[component]
pub fn StoryCard(
    story: ArticleSummary,
    #[prop(optional)] prominence: Prominence,
    #[prop(default = 3)] level: u8,
    /// The first card of a list: its picture is on screen at once.
    #[prop(optional)]
    first: bool,
) -> impl IntoView {
    let href = link(&story.path());
    let live = story
        .live
        .then(|| view! { <span class="live-mark">{t(LIVE)}</span> " " });
    let class = match prominence {
        Prominence::Lead => "story story--lead",
        Prominence::Standard => "story",
        Prominence::Compact => "story story--compact",
    };
    let picture = (prominence != Prominence::Compact)
        .then_some(story.image)
        .flatten()
        .map(|image| {
            let slot = match prominence {
                Prominence::Lead => Slot::Lead,
                _ if first => Slot::FirstCard,
                _ => Slot::Card,
            };
            picture(image, slot)
        });
    let summary = (prominence != Prominence::Compact)
        .then(|| view! { <p class="story__summary" dir="auto">{story.summary}</p> });
    view! {
        <article class=class>
            {picture}
            {if level == 2 {
                Either::Left(view! { <h2 class="story__title">{live}<a href=href dir="auto">{story.title}</a></h2> })
            } else {
                Either::Right(view! { <h3 class="story__title">{live}<a href=href dir="auto">{story.title}</a></h3> })
            }}
            {summary}
            <p class="story__meta">
                <RelativeTime at=story.published_at/>
            </p>
        </article>
    }
}
