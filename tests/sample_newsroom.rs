//! The sample newsroom in public/api/ keeps the contract and agrees with itself.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use dateline::api::json::FromJson;
use dateline::api::live::LivePage;
use dateline::api::{
    parse, Article, ArticleSummary, Block, CategoryPage, HomePage, Image, LatestFeed,
};
use dateline::routes::{ListKind, Listing};
use dateline::time::ladder::{ago, Ago};

fn api() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/api")
}

fn read<T: FromJson>(path: &str) -> T {
    let text = fs::read_to_string(api().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn raw_count(path: &str, field: &str) -> usize {
    let text = fs::read_to_string(api().join(path)).expect("readable");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value[field].as_array().map_or(0, Vec::len)
}

fn articles() -> Vec<Article> {
    let mut all: Vec<Article> = fs::read_dir(api().join("articles"))
        .expect("articles folder")
        .map(|entry| {
            let name = entry
                .expect("entry")
                .file_name()
                .into_string()
                .expect("utf-8");
            let article: Article = read(&format!("articles/{name}"));
            assert_eq!(
                format!("{}.json", article.summary.slug),
                name,
                "file name is the slug"
            );
            article
        })
        .collect();
    all.sort_by_key(|a| a.summary.slug.to_string());
    all
}

fn assert_newest_first(what: &str, items: &[ArticleSummary]) {
    for pair in items.windows(2) {
        assert!(
            pair[0].published_at >= pair[1].published_at,
            "{what}: {} before {}",
            pair[0].slug,
            pair[1].slug
        );
    }
}

/// Every story's summary as its own file gives it: each article's, and
/// each live page's (`live/{slug}.json`).
fn summaries(articles: &[Article]) -> Vec<ArticleSummary> {
    let mut all: Vec<ArticleSummary> = articles.iter().map(|a| a.summary.clone()).collect();
    all.extend(live_pages().into_iter().map(|page| page.summary));
    all
}

/// The first page of each of the sample's live pages.
fn live_pages() -> Vec<LivePage> {
    let folder = api().join("live");
    let mut pages: Vec<LivePage> = fs::read_dir(folder)
        .expect("live folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .into_string()
                .expect("utf-8")
        })
        .filter(|name| name.ends_with(".json"))
        .map(|name| read(&format!("live/{name}")))
        .collect();
    pages.sort_by_key(|page| page.summary.slug.to_string());
    pages
}

fn assert_agrees(what: &str, items: &[ArticleSummary], articles: &[Article]) {
    let summaries = summaries(articles);
    for item in items {
        let summary = summaries
            .iter()
            .find(|summary| summary.slug == item.slug)
            .unwrap_or_else(|| panic!("{what}: {} has no article or live page", item.slug));
        assert_eq!(
            summary, item,
            "{what}: {} differs from its article or live page",
            item.slug
        );
    }
}

#[test]
fn enough_articles_in_enough_sections_with_varied_bodies() {
    let articles = articles();
    assert!(articles.len() >= 24, "{} articles", articles.len());
    let sections: HashSet<_> = articles
        .iter()
        .map(|a| a.summary.category.slug.clone())
        .collect();
    assert!(sections.len() >= 6);
    let mut kinds = HashSet::new();
    for article in &articles {
        let blocks = article.body.len();
        assert!(
            (3..=8).contains(&blocks),
            "{}: {blocks} blocks",
            article.summary.slug
        );
        assert!(
            article.byline.starts_with("Writing by "),
            "{}",
            article.summary.slug
        );
        for block in &article.body {
            kinds.insert(std::mem::discriminant(block));
            match block {
                Block::Image(image) => assert_files(image),
                Block::Video(video) => {
                    let captions = video.captions.as_ref().map(|track| track.src.as_str());
                    for file in [Some(video.src.as_str()), video.poster.as_deref(), captions] {
                        let file = file.expect("the sample's video has a poster and captions");
                        assert!(api().join(file).is_file(), "{file} is missing");
                    }
                }
                Block::Embed(embed) => {
                    if let Some(image) = &embed.thumbnail {
                        assert_files(image);
                    }
                }
                _ => {}
            }
        }
        if let Some(image) = &article.summary.image {
            assert_files(image);
        }
    }
    assert_eq!(
        kinds.len(),
        7,
        "paragraphs, headings, quotes, lists, images, a video and embeds all appear"
    );
}

/// An image's files are all there: its `src` and every rendition, one of
/// them at least 1600 pixels wide (a newsroom's original).
fn assert_files(image: &Image) {
    assert!(image.width > 0 && image.height > 0);
    assert!(api().join(&image.src).is_file(), "{} is missing", image.src);
    for rendition in &image.renditions {
        assert!(
            api().join(&rendition.src).is_file(),
            "{} is missing",
            rendition.src
        );
    }
    assert!(image.renditions.len() >= 8, "JPEG and WebP at four widths");
    assert!(image.renditions.iter().any(|r| r.width >= 1600));
}

/// Every page of a section's or topic's list, following `next`.
fn list_pages(first: Listing) -> Vec<CategoryPage> {
    let mut pages: Vec<CategoryPage> = vec![read(&first.file())];
    let mut list = first;
    while let Some(next) = list.next(pages.last().and_then(|page| page.next.as_deref())) {
        pages.push(read(&next.file()));
        list = next;
    }
    pages
}

#[test]
fn sections_and_topics_list_every_story_of_theirs_over_their_pages() {
    let articles = articles();
    let home: HomePage = read("home.json");
    for section in &home.sections {
        let pages = list_pages(Listing::first(
            ListKind::Section,
            section.category.slug.as_str(),
        ));
        assert!(
            pages.len() >= 2,
            "{} has an older page",
            section.category.slug
        );
        let listed: Vec<ArticleSummary> = pages.into_iter().flat_map(|page| page.items).collect();
        assert_newest_first(section.category.slug.as_str(), &listed);
        assert_agrees(section.category.slug.as_str(), &listed, &articles);
        let in_section = summaries(&articles)
            .iter()
            .filter(|summary| summary.category == section.category)
            .count();
        assert_eq!(
            listed.len(),
            in_section,
            "every article is listed in its section"
        );
    }
    let mut topics: Vec<String> = articles
        .iter()
        .flat_map(|a| {
            a.tags
                .iter()
                .filter_map(|tag| tag.slug.as_ref().map(|s| s.to_string()))
        })
        .collect();
    topics.sort();
    topics.dedup();
    assert!(topics.len() >= 3, "{topics:?}");
    for slug in topics {
        let pages = list_pages(Listing::first(ListKind::Topic, &slug));
        let listed: Vec<ArticleSummary> = pages.into_iter().flat_map(|page| page.items).collect();
        assert_newest_first(&slug, &listed);
        assert_agrees(&slug, &listed, &articles);
        let tagged = articles
            .iter()
            .filter(|a| {
                a.tags
                    .iter()
                    .any(|tag| tag.slug.as_ref().is_some_and(|s| s.as_str() == slug))
            })
            .count();
        assert_eq!(
            listed.len(),
            tagged,
            "every story tagged {slug} is on its topic's pages"
        );
    }
}

#[test]
fn feeds_parse_completely_agree_with_the_articles_and_are_newest_first() {
    let articles = articles();
    let latest: LatestFeed = read("latest.json");
    assert_eq!(
        latest.items.len(),
        raw_count("latest.json", "items"),
        "no item of latest.json is dropped"
    );
    assert!(latest.items.len() <= 50);
    assert_newest_first("latest.json", &latest.items);
    assert_agrees("latest.json", &latest.items, &articles);

    let home: HomePage = read("home.json");
    assert!(!home.top.is_empty());
    assert_agrees("home.json top", &home.top, &articles);
    let stories: usize =
        home.top.len() + home.sections.iter().map(|s| s.items.len()).sum::<usize>();
    assert!(stories >= 10, "the front page has {stories} stories");
    for section in &home.sections {
        assert_newest_first("home.json section", &section.items);
        assert_agrees("home.json section", &section.items, &articles);
        let page: CategoryPage = read(&format!("categories/{}.json", section.category.slug));
        assert_eq!(page.category, section.category);
        assert!(page.items.len() <= 100);
        assert_newest_first(section.category.slug.as_str(), &page.items);
        assert_agrees(section.category.slug.as_str(), &page.items, &articles);
        assert!(page.items.iter().all(|s| s.category == section.category));
    }
}

#[test]
fn at_the_reference_time_the_stories_cover_every_rung_of_the_ladder() {
    let now: DateTime<Utc> = "2026-11-28T15:00:00Z".parse().expect("time");
    let latest: LatestFeed = read("latest.json");
    let rungs: HashSet<&str> = latest
        .items
        .iter()
        .map(
            |story| match ago(now, story.published_at.with_timezone(&Utc)) {
                Ago::JustNow => "just now",
                Ago::Minutes(1) => "1 minute",
                Ago::Minutes(_) => "minutes",
                Ago::Hours(1) => "1 hour",
                Ago::Hours(_) => "hours",
                Ago::Yesterday => "yesterday",
                Ago::Days(_) => "days",
                Ago::Long => "absolute",
            },
        )
        .collect();
    for rung in [
        "just now",
        "1 minute",
        "minutes",
        "1 hour",
        "hours",
        "yesterday",
        "days",
        "absolute",
    ] {
        assert!(rungs.contains(rung), "no story shows the rung {rung:?}");
    }
}

#[test]
fn the_live_page_has_older_pages_a_pinned_post_key_events_and_is_listed_live() {
    let pages = live_pages();
    assert!(!pages.is_empty(), "the sample has a live page");
    for first in pages {
        let slug = first.summary.slug.to_string();
        let mut posts = first.posts.clone();
        let mut next = first.next.clone();
        let mut count = 1;
        while let Some(file) = next {
            let older: LivePage = read(&file);
            assert_eq!(older.summary.slug, first.summary.slug);
            posts.extend(older.posts);
            next = older.next;
            count += 1;
        }
        assert!(count >= 3, "{slug}: older pages to page through");
        for pair in posts.windows(2) {
            assert!(
                pair[0].published_at >= pair[1].published_at,
                "{slug}: newest first"
            );
        }
        let mut ids: Vec<&str> = posts.iter().map(|post| post.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), posts.len(), "{slug}: each id once");
        assert!(first.pinned.is_some(), "{slug}: a pinned post");
        assert!(first.key_events.len() >= 3, "{slug}: key events");
        assert!(
            posts.iter().any(|post| post.updated_at.is_some()),
            "{slug}: an edited post"
        );
        let latest: LatestFeed = read("latest.json");
        let listed = latest
            .items
            .iter()
            .find(|story| story.slug == first.summary.slug);
        assert!(
            listed.is_some_and(|story| story.live),
            "{slug}: Latest News marks it live"
        );
    }
}
