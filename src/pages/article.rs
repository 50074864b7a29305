//! `/news/{slug}`: one article, then the Top News block.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::home::use_home;
use crate::api::{Article, ArticleSummary, Freshness};
use crate::components::article_body::ArticleBody;
use crate::components::breadcrumb::Breadcrumb;
use crate::components::header::offer_translations;
use crate::components::headline::Headline;
use crate::components::picture::{picture, Slot};
use crate::components::relative_time::absolute_time;
use crate::components::rows::{keyed_rows, Row};
use crate::components::states::Shape;
use crate::components::story_card::{Prominence, StoryCard};
use crate::components::top_news::TopNews;
use crate::config::with_config;
use crate::page_data::use_preloaded;
use crate::pages::preloaded_or_fetched;
use crate::routes::{link, section_path, topic_path};
use crate::text::{t, CORRECTIONS, PUBLISHED, RELATED_STORIES, TAGS, UPDATED};
use crate::time::use_clock;

#[component]
pub fn ArticlePage(slug: String) -> impl IntoView {
    let url = with_config(|config| config.article_url(&slug));
    let preloaded = use_preloaded().and_then(|data| data.take_article(&slug));
    let home = use_home();
    // The other top stories: a page does not link to itself.
    let this = slug.clone();
    // A row of one (or none), redrawn when a story in it changes: the one
    // keyed list's code serves it (see `rows`).
    let top = keyed_rows(move || {
        let mut stories = home.and_then(|home| home.top_stories()).unwrap_or_default();
        stories.retain(|story| story.slug.as_str() != this);
        if stories.is_empty() {
            return Vec::new();
        }
        let shown: Vec<String> = stories
            .iter()
            .map(|story| {
                let changed = story.last_changed().timestamp();
                format!("{} {} {} {changed}", story.slug, story.title, story.summary)
            })
            .collect();
        let key = Row::key(&shown.iter().map(String::as_str).collect::<Vec<_>>());
        vec![Row::new(key, move || view! { <TopNews stories/> })]
    });
    let content = preloaded_or_fetched(
        preloaded,
        url,
        Freshness::Cached,
        Shape::Article,
        |article| {
            view! {
                <Title text=article.summary.title.clone()/>
                <Meta name="description" content=article.summary.summary.clone()/>
                <ArticleView article/>
            }
            .into_any()
        },
    );
    view! {
        {content}
        {top}
    }
}

/// An article as the reader sees it.
#[component]
pub fn ArticleView(article: Article) -> impl IntoView {
    let Article {
        summary: story,
        byline,
        body,
        tags,
        corrections,
        related,
        translations,
        ..
    } = article;
    let clock = use_clock();
    offer_translations(translations);
    let has_image = story.image.is_some();
    let tags = (!tags.is_empty()).then(|| {
        view! {
            <ul class="article__tags" aria-label=t(TAGS)>
                // A tag without a topic page is text.
                {tags.into_iter().map(|tag| {
                    let shown = match tag.slug {
                        Some(slug) => Either::Left(view! { <a href=link(&topic_path(slug.as_str()))>{tag.name}</a> }),
                        None => Either::Right(tag.name),
                    };
                    view! { <li>{shown}</li> }
                }).collect_view()}
            </ul>
        }
    });
    let corrections = (!corrections.is_empty()).then(|| {
        let items = corrections
            .into_iter()
            .map(|correction| {
                let at = correction.at;
                view! {
                    <li>
                        <time datetime=at.to_rfc3339()>{move || absolute_time(clock, at)}</time>
                        " "
                        {correction.text}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="article__corrections" aria-labelledby="corrections-heading">
                <h2 id="corrections-heading">{t(CORRECTIONS)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    let related = (!related.is_empty()).then(|| {
        let cards = related
            .into_iter()
            .map(|story| view! { <li><StoryCard story prominence=Prominence::Compact level=3/></li> })
            .collect_view();
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading">{t(RELATED_STORIES)}</h2>
                <ul class="related__stories">{cards}</ul>
            </section>
        }
    });
    let title = story.title.clone();
    let (breadcrumb, top) = story_top(story, title, t(PUBLISHED), None, true);
    view! {
        {breadcrumb}
        <article class="article">
            {top}
            <ArticleBody blocks=body leads=!has_image/>
            <p class="article__byline">{byline}</p>
            {tags}
            {corrections}
        </article>
        {related}
    }
}

/// Where a story's page sits in the site, and the top of its story: its
/// headline (`title`), `status` below it (a live page's mark), when it was
/// published (`first` says so: "Published", "Started") and updated, its
/// lede, and its picture when `with_picture`. (An article and a live page
/// share it.)
pub fn story_top(
    story: ArticleSummary,
    title: String,
    first: String,
    status: Option<AnyView>,
    with_picture: bool,
) -> (impl IntoView, impl IntoView) {
    let clock = use_clock();
    let published = story.published_at;
    let updated = story.shown_update().map(|updated| {
        view! {
            <span class="article__updated">
                {t(UPDATED)}
                " "
                <time datetime=updated.to_rfc3339()>{move || absolute_time(clock, updated)}</time>
            </span>
        }
    });
    let breadcrumb = view! {
        <Breadcrumb name=story.category.name path=section_path(story.category.slug.as_str())/>
    };
    let top = view! {
        <Headline class="article__headline">{title}</Headline>
        {status}
        <p class="article__times">
            <span class="article__published">
                {first}
                " "
                <time datetime=published.to_rfc3339()>{move || absolute_time(clock, published)}</time>
            </span>
            {updated}
        </p>
        <p class="article__lede">{story.summary}</p>
        {with_picture.then(|| story.image.map(|image| picture(image, Slot::Article)))}
    };
    (breadcrumb, top)
}
