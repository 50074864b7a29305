//! Views render to HTML on the host (Leptos `ssr`), as the pre-render does.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use dateline::api::{parse, Article, CategoryPage, HomePage};
use dateline::app::AppWith;
use dateline::config::Config;
use dateline::pages::article::ArticleView;
use dateline::pages::front::FrontView;
use dateline::pages::not_found::NotFoundView;
use dateline::pages::section::ListView;
use dateline::routes::{ListKind, Listing};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;

fn sample<T: dateline::api::json::FromJson>(path: &str) -> T {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/api")
        .join(path);
    parse(&fs::read_to_string(file).expect("sample file")).expect("sample parses")
}

fn render<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(|| view().to_html())
}

/// A page's view on the host at `url`, inside the router its links need,
/// with the site's default settings.
fn render_page<V: IntoView + 'static>(
    url: &str,
    view: impl FnOnce() -> V + Send + 'static,
) -> String {
    let url = url.to_owned();
    render(move || {
        provide_context(RequestUrl::new(&url));
        provide_context(Config::default());
        view! { <Router>{view()}</Router> }
    })
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn article_view_has_every_part_of_the_page() {
    let article: Article = sample("articles/harbour-city-opens-floating-flood-barrier.json");
    let html = render_page("/news/a-story", move || view! { <ArticleView article/> });
    assert_eq!(count(&html, "<h1"), 1, "{html}");
    assert!(html.contains(r#"aria-label="Breadcrumb""#));
    assert!(html.contains(r#"href="/category/world""#));
    assert!(
        !html.contains("aria-current"),
        "an article is not its section's page"
    );
    let article_start = html.find("<article").expect("an <article>");
    let h1 = html.find("<h1").expect("an h1");
    assert!(
        article_start < h1 && h1 < html.find("</article>").expect("closed"),
        "the h1 is inside the article"
    );
    assert!(html.contains("Harbour city opens floating flood barrier after decade of work"));
    assert!(
        html.contains(r#"<time datetime="2026-11-28T17:59:42+03:00">"#),
        "{html}"
    );
    assert!(
        !html.contains("Updated"),
        "the sample's update came in the minute it was published"
    );
    assert!(html.contains(r#"class="article__lede""#));
    assert!(html.contains("<blockquote>"));
    assert!(html.contains("Writing by Ayse Demir"));
    assert!(html.contains(r#"width="1600""#) && html.contains(r#"height="900""#));
}

#[test]
fn article_without_update_says_nothing_of_one() {
    let article: Article = sample("articles/bees-learn-to-solve-puzzle-by-watching.json");
    let html = render_page("/news/a-story", move || view! { <ArticleView article/> });
    assert!(!html.contains("Updated"));
    assert!(html.contains("<ul>") || html.contains("<p>"));
}

#[test]
fn hostile_text_is_escaped_on_the_host_too() {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public/api/articles/bees-learn-to-solve-puzzle-by-watching.json"),
    )
    .expect("sample")
    .replace(
        "Bees learn to solve a puzzle by watching other bees",
        "<script>alert(1)</script>",
    );
    let article: Article = parse(&text).expect("parses");
    let html = render_page("/news/a-story", move || view! { <ArticleView article/> });
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn front_view_has_top_news_lead_and_section_blocks() {
    let home: HomePage = sample("home.json");
    let sections = home.sections.len();
    let html = render_page("/", move || view! { <FrontView home/> });
    assert_eq!(count(&html, "<h1"), 1);
    assert!(html.contains(r#"aria-label="Top News""#));
    assert_eq!(count(&html, "story--lead"), 1);
    assert_eq!(count(&html, r#"class="section-block""#), sections);
    assert!(
        count(&html, r#"href="/news/"#) >= 10,
        "at least ten story links"
    );
    assert!(count(&html, "<time datetime=") >= 10);
}

#[test]
fn not_found_view_offers_a_way_home() {
    let html = render_page("/nowhere", || view! { <NotFoundView/> });
    assert!(html.contains("Page not found"));
    assert!(html.contains(r#"href="/""#));
}

/// The whole app on the host, at a URL: the shell, and the page the router picks.
fn app_at(url: &str) -> String {
    app_under("/", url)
}

/// The whole app served under a base path (`/` or a sub-path), at a URL.
fn app_under(base: &str, url: &str) -> String {
    let url = url.to_owned();
    let config = Config {
        base: base.to_owned(),
        ..Config::default()
    };
    render(move || {
        provide_context(RequestUrl::new(&url));
        view! { <AppWith config/> }
    })
}

#[test]
fn the_shell_has_its_landmarks_and_skip_link_first() {
    let html = app_at("/");
    let first_link = html.find("<a ").expect("links");
    assert!(
        html[first_link..].starts_with(r##"<a href="/#main" class="skip-link">Skip to content"##),
        "{html}"
    );
    assert!(html.contains("<header"));
    assert!(html.contains(r#"aria-label="Sections""#));
    assert!(html.contains(r#"<main id="main""#));
    assert!(html.contains(r#"<aside aria-label="Latest News""#));
    assert!(html.contains(r#"role="status" aria-live="polite""#));
    assert!(html.contains("<footer"));
    assert!(html.contains("Home page"));
}

#[test]
fn routes_pick_their_pages() {
    let busy = r#"aria-busy="true""#;
    for url in ["/", "/index.html", "/?utm_source=push"] {
        assert!(app_at(url).contains("placeholder--front"), "{url}");
    }
    for url in [
        "/news/a-story",
        "/news/a-story/",
        "/news/a-story?utm_source=x",
    ] {
        let html = app_at(url);
        assert!(
            html.contains("placeholder--article") && html.contains(busy),
            "{url}"
        );
    }
    for url in ["/category/world", "/category/world/"] {
        let html = app_at(url);
        assert!(
            !html.contains("Page not found") && html.contains("placeholder--section"),
            "{url}"
        );
    }
    for url in [
        "/topic/climate",
        "/topic/climate/",
        "/category/world/page/2",
        "/topic/climate/page/12/",
    ] {
        let html = app_at(url);
        assert!(
            !html.contains("Page not found") && html.contains("placeholder--section"),
            "{url}"
        );
    }
    for url in [
        "/nope",
        "/news/Not_A_Slug",
        "/news/a/b",
        "/category/",
        "/topic/",
        "/category/world/page/1",
        "/category/world/page/02",
        "/topic/climate/page/",
    ] {
        let html = app_at(url);
        assert!(html.contains("Page not found"), "{url}");
        assert!(
            !html.contains("placeholder--article"),
            "{url} fetches nothing"
        );
    }
}

#[test]
fn under_a_base_path_routes_and_links_stay_under_it() {
    let base = "/edition/";
    assert!(app_under(base, "/edition/").contains("placeholder--front"));
    assert!(app_under(base, "/edition").contains("placeholder--front"));
    assert!(app_under(base, "/edition/news/a-story").contains("placeholder--article"));
    assert!(app_under(base, "/edition/category/world/").contains("placeholder--section"));
    // The same paths outside the base path are not this site's pages.
    assert!(app_under(base, "/news/a-story").contains("Page not found"));
    assert!(app_under(base, "/").contains("Page not found"));

    let html = app_under(base, "/edition/news/a-story");
    assert!(html.contains(r##"<a href="/edition/news/a-story#main" class="skip-link">"##));
    let hrefs: Vec<&str> = html
        .split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').expect("quote")])
        .collect();
    assert!(hrefs.len() >= 4, "{hrefs:?}");
    assert!(hrefs.iter().all(|href| href.starts_with(base)), "{hrefs:?}");
}

/// The sample's article, its publication and update times set.
fn article_timed(published_at: &str, updated_at: &str) -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/api/articles/harbour-city-opens-floating-flood-barrier.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).expect("sample")).expect("json");
    json["published_at"] = published_at.into();
    json["updated_at"] = updated_at.into();
    parse(&json.to_string()).expect("parses")
}

#[test]
fn an_update_is_shown_only_from_a_later_minute_and_each_time_is_labelled() {
    let cases = [
        (
            "2026-11-28T14:59:10+03:00",
            "2026-11-28T14:59:50+03:00",
            false,
        ),
        ("2026-11-28T14:59:10+03:00", "2026-11-28T11:59:59Z", false),
        (
            "2026-11-28T14:59:10+03:00",
            "2026-11-28T14:58:00+03:00",
            false,
        ),
        (
            "2026-11-28T14:59:10+03:00",
            "2026-11-28T15:00:00+03:00",
            true,
        ),
        ("2026-11-28T14:59:10+03:00", "2026-11-28T12:30:00Z", true),
    ];
    for (published, updated, shown) in cases {
        let article = article_timed(published, updated);
        let html = render_page("/news/a-story", move || view! { <ArticleView article/> });
        let times = between_tags(&html, r#"<p class="article__times">"#, "</p>").replace("<!>", "");
        assert!(times.contains("Published <time"), "{times}");
        assert_eq!(
            times.contains("Updated <time"),
            shown,
            "{published} then {updated}: {times}"
        );
    }
}

fn between_tags<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).expect("start") + start.len();
    &html[from..from + html[from..].find(end).expect("end")]
}

/// The sample's article with its body, corrections and related stories
/// replaced by `extra` (JSON fields).
fn article_with(extra: serde_json::Value) -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/api/articles/harbour-city-opens-floating-flood-barrier.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).expect("sample")).expect("json");
    for (key, value) in extra.as_object().expect("fields") {
        json[key] = value.clone();
    }
    parse(&json.to_string()).expect("parses")
}

/// An article page's view under a base path.
fn article_under(base: &str, article: Article) -> String {
    let config = Config {
        base: base.to_owned(),
        ..Config::default()
    };
    let base = base.to_owned();
    render(move || {
        provide_context(RequestUrl::new(&format!("{base}news/a-story")));
        provide_context(config);
        view! { <Router>{view! { <ArticleView article/> }}</Router> }
    })
    // Without the render's hydration marks, which sit between spans.
    .replace("<!>", "")
}

#[test]
fn spans_render_as_text_with_emphasis_and_only_safe_links() {
    let hostile = [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example/",
        "/\\evil.example",
        "java\nscript:x",
        "https://",
        "news/relative",
    ];
    let mut spans = vec![
        serde_json::json!({ "text": "Read " }),
        serde_json::json!({ "text": "the report", "em": true, "strong": true, "link": "/news/other-story" }),
        serde_json::json!({ "text": ", the agency", "link": "https://agency.example/report?a=1&b=2" }),
        serde_json::json!({ "text": " or write", "link": "mailto:desk@news.example" }),
        serde_json::json!({ "text": " <b>not bold</b>" }),
    ];
    for (n, href) in hostile.iter().enumerate() {
        spans.push(serde_json::json!({ "text": format!(" refused{n}"), "link": href }));
    }
    let article = article_with(serde_json::json!({
        "body": [{ "type": "paragraph", "text": spans }, { "type": "list", "items": ["plain", [{ "text": "spanned", "em": true }]] }],
    }));
    assert_eq!(article.refused_links().len(), hostile.len());
    let html = article_under("/edition/", article);
    let paragraph = between_tags(&html, "<p>Read ", "</p>");
    assert!(
        paragraph.contains(
            r#"<a href="/edition/news/other-story"><strong><em>the report</em></strong></a>"#
        ),
        "a site link, under the base path: {paragraph}"
    );
    assert!(paragraph.contains(
        r#"<a href="https://agency.example/report?a=1&amp;b=2" rel="noopener" class="link--external">, the agency<span class="visually-hidden"> (another site)</span></a>"#
    ), "{paragraph}");
    assert!(paragraph.contains(r#"href="mailto:desk@news.example" rel="noopener" class="link--external"> or write<span class="visually-hidden"> (email)</span></a>"#), "{paragraph}");
    assert!(
        paragraph.contains("&lt;b&gt;not bold&lt;/b&gt;"),
        "text is text"
    );
    for n in 0..hostile.len() {
        assert!(
            paragraph.contains(&format!(" refused{n}")),
            "refused{n} is shown"
        );
    }
    assert_eq!(
        count(paragraph, "<a "),
        3,
        "only the three safe links: {paragraph}"
    );
    assert!(
        !html.contains("javascript:") && !html.contains("data:text") && !html.contains("vbscript")
    );
    assert!(html.contains("<li>plain</li>") && html.contains("<li><em>spanned</em></li>"));
}

#[test]
fn corrections_are_dated_and_related_stories_are_a_labelled_list() {
    let related = |slug: &str| {
        serde_json::json!({
            "slug": slug, "title": format!("Related {slug}"), "summary": "s",
            "category": { "slug": "world", "name": "World" }, "published_at": "2026-11-28T10:00:00Z",
        })
    };
    let article = article_with(serde_json::json!({
        "corrections": [{ "at": "2026-11-29T09:30:00Z", "text": "An earlier version gave the wrong length <b>of</b> the barrier." }],
        "related": [related("one"), related("harbour-city-opens-floating-flood-barrier"), related("two"), related("one")],
    }));
    let html = article_under("/", article);
    assert!(html.contains(
        r#"<section aria-labelledby="corrections-heading" class="article__corrections">"#
    ));
    let corrections = between_tags(&html, r#"class="article__corrections">"#, "</section>");
    assert!(corrections.contains(r#"<h2 id="corrections-heading">Corrections</h2>"#));
    assert!(corrections.contains(r#"<time datetime="2026-11-29T09:30:00+00:00">"#));
    assert!(corrections.contains("the wrong length &lt;b&gt;of&lt;/b&gt; the barrier"));
    assert!(
        html.find("article__corrections") < html.find("</article>"),
        "the corrections end the story"
    );
    assert!(html.contains(r#"<section aria-labelledby="related-heading" class="related">"#));
    let related = between_tags(&html, r#"class="related">"#, "</section>");
    assert!(related.contains(r#"<h2 id="related-heading">Related stories</h2>"#));
    assert_eq!(
        count(related, "<li>"),
        2,
        "each once, never the story itself: {related}"
    );
    assert!(related.contains(r#"href="/news/one""#) && related.contains(r#"href="/news/two""#));
    assert!(
        html.find("</article>") < html.find(r#"class="related""#),
        "after the story"
    );
}

/// The `<picture>` (or `<figure>`) that starts at the first `marker`.
fn picture_at<'a>(html: &'a str, marker: &str) -> &'a str {
    let from = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {html}"));
    &html[from..from + html[from..].find("</figure>").expect("figure end")]
}

const ARTICLE_SIZES: &str = r#"sizes="(min-width: 42rem) 40rem, calc(100vw - 2rem)""#;

#[test]
fn every_picture_offers_its_sizes_for_its_place_in_the_layout() {
    // The article's own photo: WebP first, JPEG in the <img>, loaded first,
    // its credit with its caption.
    let article: Article = sample("articles/harbour-city-opens-floating-flood-barrier.json");
    let html =
        render_page("/news/a-story", move || view! { <ArticleView article/> }).replace("<!>", "");
    let lead = picture_at(&html, r#"<figure class="picture">"#);
    assert!(lead.contains(&format!(
        r#"<source type="image/webp" srcset="/api/images/photos/harbour-480.webp 480w, /api/images/photos/harbour-720.webp 720w, /api/images/photos/harbour-960.webp 960w, /api/images/photos/harbour-1200.webp 1200w, /api/images/photos/harbour-1600.webp 1600w" {ARTICLE_SIZES}>"#
    )), "{lead}");
    assert!(lead.contains(r#"src="/api/images/photos/harbour-720.jpg" srcset="/api/images/photos/harbour-480.jpg 480w, /api/images/photos/harbour-720.jpg 720w, /api/images/photos/harbour-960.jpg 960w, /api/images/photos/harbour-1200.jpg 1200w, /api/images/photos/harbour-1600.jpg 1600w""#), "{lead}");
    assert!(
        lead.contains(r#"width="1600" height="900" loading="eager" fetchpriority="high""#),
        "{lead}"
    );
    assert!(lead.contains(r#"<span class="picture__credit">Photo: Dateline sample desk</span>"#));
    assert!(
        lead.find("<source") < lead.find("<img"),
        "sources before the image"
    );
    // The photo inside the text: the same measure, but lazily.
    let body = &html[html.find("article__body").expect("body")..];
    let inline = picture_at(body, r#"<figure class="picture">"#);
    assert!(
        inline.contains(ARTICLE_SIZES) && inline.contains(r#"loading="lazy""#),
        "{inline}"
    );
    assert!(!inline.contains("fetchpriority"), "{inline}");
    assert!(inline.contains("The gates during their final test."));

    // On the front page: the lead story two thirds of the column, the
    // others cards, lazily, with no caption.
    let home: HomePage = sample("home.json");
    let html = render_page("/", move || view! { <FrontView home/> }).replace("<!>", "");
    let lead = picture_at(&html, "story--lead");
    assert!(
        lead.contains(r#"sizes="(min-width: 72rem) 31rem, (min-width: 60rem) calc(67vw - 17rem), (min-width: 40rem) calc(67vw - 2rem), calc(100vw - 2rem)""#),
        "{lead}"
    );
    assert!(
        lead.contains(r#"loading="eager" fetchpriority="high""#),
        "{lead}"
    );
    let cards = &html[html.find("section-block").expect("sections")..];
    let card = picture_at(cards, "<picture>");
    assert!(
        card.contains(r#"sizes="(min-width: 72rem) 23rem, (min-width: 60rem) calc(50vw - 13rem), (min-width: 40rem) calc(50vw - 1.75rem), calc(100vw - 2rem)""#),
        "{card}"
    );
    assert!(
        card.contains(r#"loading="lazy""#) && !card.contains("fetchpriority"),
        "{card}"
    );
    assert!(!card.contains("figcaption"), "{card}");
}

#[test]
fn a_picture_keeps_only_the_sizes_it_can_offer() {
    let article = article_with(serde_json::json!({
        "image": {
            "src": "images/a.jpg", "alt": "A", "width": 1600, "height": 900,
            "credit": "<b>Agency</b>",
            "renditions": [
                { "src": "javascript:alert(1)", "width": 480 },
                { "src": "images/a,b.jpg", "width": 800 },
                { "src": "https://img.example/a-1200.jpg", "width": 1200 },
                { "src": "images/a-800.avif", "width": 800, "type": "image/avif" },
            ],
        },
        "body": [{ "type": "image", "src": "images/b.jpg", "alt": "B", "width": 10, "height": 5 }],
    }));
    let html = article_under("/", article);
    let lead = picture_at(&html, r#"<figure class="picture">"#);
    assert!(
        lead.contains(r#"<source type="image/avif" srcset="/api/images/a-800.avif 800w""#),
        "{lead}"
    );
    assert!(
        lead.contains(r#"srcset="https://img.example/a-1200.jpg 1200w""#),
        "{lead}"
    );
    assert!(
        !lead.contains("javascript") && !lead.contains("a,b"),
        "{lead}"
    );
    assert!(
        lead.contains("&lt;b&gt;Agency&lt;/b&gt;"),
        "a credit is text: {lead}"
    );
    // Without renditions: one file, so no srcset and no sizes.
    let inline = picture_at(
        &html[html.find("article__body").expect("body")..],
        "<figure",
    );
    assert!(
        !inline.contains("srcset") && !inline.contains("sizes"),
        "{inline}"
    );
    assert!(inline.contains(r#"loading="lazy""#));
}

#[test]
fn an_article_without_its_own_photo_loads_the_first_in_its_text_first() {
    let article = article_with(serde_json::json!({
        "image": null,
        "body": [
            { "type": "paragraph", "text": "First." },
            { "type": "image", "src": "images/b.jpg", "alt": "B", "width": 10, "height": 5 },
            { "type": "image", "src": "images/c.jpg", "alt": "C", "width": 10, "height": 5 },
        ],
    }));
    let html = article_under("/", article);
    assert_eq!(count(&html, r#"fetchpriority="high""#), 1, "{html}");
    assert!(html.find("b.jpg") < html.find(r#"fetchpriority="high""#));
    assert!(html.find(r#"fetchpriority="high""#) < html.find("c.jpg"));
}

#[test]
fn tags_with_a_slug_lead_to_their_topic_and_plain_tags_stay_text() {
    let article = article_with(serde_json::json!({
        "tags": [{ "slug": "climate", "name": "Climate" }, "Harbours", { "slug": "Bad Slug", "name": "Loose" }],
    }));
    let html = article_under("/edition/", article);
    let tags = between_tags(&html, r#"aria-label="Tags""#, "</ul>");
    assert!(
        tags.contains(r#"<li><a href="/edition/topic/climate">Climate</a></li>"#),
        "{tags}"
    );
    // Without a topic: text (an `<a>` without `href` is a link that
    // crawlers report as broken).
    assert!(
        tags.contains("<li>Harbours</li>") && tags.contains("<li>Loose</li>"),
        "{tags}"
    );
    assert_eq!(count(tags, "<a"), 1);
}

fn list_page(json: &str, list: Listing) -> String {
    let page: CategoryPage = parse(json).expect("parses");
    let url = list.path();
    render_page(&url, move || view! { <ListView page list/> }).replace("<!>", "")
}

#[test]
fn a_list_links_to_its_older_and_newer_pages_only_when_it_has_them() {
    let climate = Listing::first(ListKind::Topic, "climate");
    let first = list_page(
        r#"{"topic":{"slug":"climate","name":"Climate"},"items":[],"next":"topics/climate/2.json"}"#,
        climate.clone(),
    );
    assert!(
        first.contains("<h1") && first.contains(">Climate</h1>"),
        "{first}"
    );
    let pager = between_tags(
        &first,
        r#"<nav aria-label="More pages" class="pager">"#,
        "</nav>",
    );
    assert_eq!(
        pager,
        r#"<a href="/topic/climate/page/2" rel="next">More stories</a>"#
    );
    assert!(
        first.contains(r#"<a href="/topic/climate" aria-current="page""#),
        "the crumb is this page"
    );

    let second = list_page(
        r#"{"topic":{"slug":"climate","name":"Climate"},"items":[]}"#,
        Listing {
            page: 2,
            ..climate.clone()
        },
    );
    assert!(second.contains(">Climate, page 2</h1>"), "{second}");
    let pager = between_tags(&second, r#"class="pager">"#, "</nav>");
    assert_eq!(
        pager,
        r#"<a href="/topic/climate" rel="prev">Newer stories</a>"#
    );

    // A `next` that is not this list's next file is no link.
    for next in [
        "topics/climate/3.json",
        "categories/climate/2.json",
        "https://x.example/2.json",
    ] {
        let page = list_page(
            &format!(
                r#"{{"topic":{{"slug":"climate","name":"Climate"}},"items":[],"next":"{next}"}}"#
            ),
            climate.clone(),
        );
        assert!(
            !page.contains("More stories") && !page.contains("pager"),
            "{next}"
        );
    }
}

#[test]
fn a_video_is_the_browsers_player_with_its_poster_and_captions() {
    let article = article_with(serde_json::json!({
        "body": [
            { "type": "video", "src": "video/a.webm", "width": 640, "height": 360, "poster": "images/a.jpg",
              "captions": { "src": "video/a.vtt", "lang": "en", "label": "English <i>" }, "caption": "Filmed <here>" },
            { "type": "video", "src": "javascript:alert(1)", "width": 640, "height": 360 },
        ],
    }));
    let html = article_under("/", article);
    let video = picture_at(&html, r#"<figure class="video">"#);
    assert!(video.contains(r#"<video controls preload="none" src="/api/video/a.webm" poster="/api/images/a.jpg" width="640" height="360">"#), "{video}");
    assert!(video.contains(r#"<track kind="captions" src="/api/video/a.vtt" srclang="en" label="English &lt;i&gt;" default>"#), "{video}");
    assert!(video.contains("<figcaption>Filmed &lt;here&gt;</figcaption>"));
    assert_eq!(
        count(&html, "<video"),
        1,
        "a video from an address the contract refuses is left out"
    );
}

#[test]
fn an_embed_asks_nothing_of_its_service_until_the_reader_presses_play() {
    let article = article_with(serde_json::json!({
        "body": [
            { "type": "embed", "provider": "YouTube <b>", "url": "https://www.youtube.com/watch?v=abcdefghijk&t=3",
              "title": "The <script>goal</script>",
              "thumbnail": { "src": "images/t.jpg", "alt": "A still", "width": 1600, "height": 900 } },
            { "type": "embed", "provider": "Mastodon", "url": "https://social.example/@desk/1", "title": "A post" },
            { "type": "embed", "provider": "Evil", "url": "javascript:alert(1)", "title": "Trap" },
        ],
    }));
    let html = article_under("/", article);
    assert!(!html.contains("<iframe"), "no player yet: {html}");
    let cards: Vec<&str> = html
        .split(r#"<figure class="embed">"#)
        .skip(1)
        .map(|card| &card[..card.find("article__byline").unwrap_or(card.len())])
        .collect();
    assert_eq!(cards.len(), 3);
    // Its button names the player (start.js puts it in the card's place).
    assert!(cards[0].contains(r#"<button type="button" data-player="https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1" data-title="The &lt;script&gt;goal&lt;/script&gt;" class="embed__load">Play it here from YouTube &lt;b&gt;</button>"#), "{}", cards[0]);
    assert!(cards[0].contains("The &lt;script&gt;goal&lt;/script&gt;"));
    assert!(
        cards[0].contains(r#"src="/api/images/t.jpg""#),
        "the thumbnail is the newsroom's own file"
    );
    assert!(cards[0].contains(r#"<a href="https://www.youtube.com/watch?v=abcdefghijk&amp;t=3" rel="noopener" class="link--external">View on YouTube &lt;b&gt;<span class="visually-hidden"> (another site)</span></a>"#), "{}", cards[0]);
    assert!(
        !cards[1].contains("<button")
            && cards[1].contains(r#"href="https://social.example/@desk/1""#),
        "another service: its link only"
    );
    assert!(
        !cards[2].contains("<a ") && !cards[2].contains("<button") && cards[2].contains("Trap"),
        "an unsafe address: the title alone"
    );
}

#[test]
fn the_first_picture_on_screen_is_loaded_first_on_lists_and_in_an_article_without_its_own() {
    let mut second = sample_summary();
    second["slug"] = "b".into();
    let html = list_page(
        &serde_json::json!({
            "category": { "slug": "world", "name": "World" },
            "items": [sample_summary(), second],
        })
        .to_string(),
        Listing::first(ListKind::Section, "world"),
    );
    let imgs: Vec<&str> = html.split("<img ").skip(1).collect();
    assert_eq!(imgs.len(), 2, "{html}");
    assert!(
        imgs[0].contains(r#"loading="eager" fetchpriority="high""#),
        "{}",
        imgs[0]
    );
    assert!(imgs[1].contains(r#"loading="lazy""#) && !imgs[1].contains("fetchpriority"));

    // An article whose only picture is an embed's thumbnail loads it first.
    let article = article_with(serde_json::json!({
        "image": null,
        "body": [{ "type": "embed", "provider": "YouTube", "url": "https://youtu.be/abcdefghijk", "title": "T",
                   "thumbnail": { "src": "images/t.jpg", "alt": "A still", "width": 1600, "height": 900 } }],
    }));
    let html = article_under("/", article);
    assert!(
        html.contains(
            r#"alt="A still" width="1600" height="900" loading="eager" fetchpriority="high""#
        ),
        "{html}"
    );
}

/// A story summary with a picture, as JSON.
fn sample_summary() -> serde_json::Value {
    serde_json::json!({
        "slug": "a", "title": "A", "summary": "S", "category": { "slug": "world", "name": "World" },
        "published_at": "2026-11-28T10:00:00Z",
        "image": { "src": "images/a.jpg", "alt": "A", "width": 1600, "height": 900 },
    })
}

#[test]
fn offline_the_page_latest_news_and_a_page_not_kept_say_so() {
    use dateline::api::{FetchError, LatestFeed};
    use dateline::components::latest_news::LatestNews;
    use dateline::components::offline::OfflineNotice;
    use dateline::connection::provide_connection;
    use dateline::live::LiveFeed;
    let shown = |online: bool| {
        render(move || {
            provide_context(Config::default());
            let connection = provide_connection();
            connection.online.set(online);
            let feed = LiveFeed::new();
            feed.receive(sample::<LatestFeed>("latest.json"), true);
            provide_context(feed);
            view! {
                <OfflineNotice/>
                <LatestNews/>
                {dateline::pages::unavailable(FetchError::Network, || {})}
            }
        })
        .replace("<!>", "")
    };
    let offline = shown(false);
    // The notice, with when the news was last updated, as a time.
    assert!(
        offline.contains(r#"<p class="offline-notice">You are offline. Updated <time datetime="2026-11-28T15:00:00"#),
        "{offline}"
    );
    // Latest News keeps its list and waits.
    assert!(offline.contains("You are offline: this list will refresh when you are back online."));
    assert_eq!(count(&offline, "<li class=\"latest__item"), 10);
    // A page that was not kept.
    assert!(offline.contains(">Not available offline</h1>"), "{offline}");
    assert!(offline.contains("This page was not saved on this device."));
    // Online, none of it: a failure is the usual error.
    let online = shown(true);
    assert!(!online.contains("offline"), "{online}");
    assert!(online.contains("role=\"alert\""));
}
