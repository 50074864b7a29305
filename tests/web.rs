//! Browser tests: components mounted in headless Chromium, checked through
//! their DOM. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Duration, Utc};
use dateline::api::{parse, Article, FetchError, LatestFeed};
use dateline::components::latest_news::LatestNews;
use dateline::components::relative_time::RelativeTime;
use std::sync::Arc;

use dateline::config::Config;
use dateline::live::LiveFeed;
use dateline::pages::article::ArticleView;
use dateline::text::Strings;
use dateline::time::Clock;
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";

/// The settings of a page in English (the words a published page carries),
/// which are also the words of the page rendered next.
fn english() -> Config {
    let strings = Arc::new(Strings::english());
    dateline::text::set_page_strings(strings.clone());
    Config {
        strings,
        ..Config::default()
    }
}

/// A fresh element on the page to mount into.
fn container() -> HtmlElement {
    let document = document();
    let div = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&div)
        .expect("appended");
    div.unchecked_into()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn hostile_article() -> Article {
    let json = serde_json::json!({
        "slug": "hostile-text",
        "title": HOSTILE,
        "summary": HOSTILE,
        "category": { "slug": "world", "name": HOSTILE },
        "published_at": "2026-11-28T16:05:00+03:00",
        "updated_at": "2026-11-28T17:05:00+03:00",
        "byline": HOSTILE,
        "tags": [HOSTILE],
        "body": [
            { "type": "paragraph", "text": HOSTILE },
            { "type": "heading", "text": HOSTILE },
            { "type": "quote", "text": HOSTILE, "attribution": HOSTILE },
            { "type": "list", "items": [HOSTILE, "second"] },
            { "type": "image", "src": "images/a.svg", "alt": HOSTILE, "width": 640, "height": 360, "caption": HOSTILE, "credit": HOSTILE },
            { "type": "video", "src": "video/a.webm", "width": 640, "height": 360, "caption": HOSTILE,
              "captions": { "src": "video/a.vtt", "lang": "en", "label": HOSTILE } },
            { "type": "embed", "provider": HOSTILE, "url": "https://www.youtube.com/watch?v=abcdefghijk", "title": HOSTILE },
            { "type": "embed", "html": HOSTILE }
        ]
    });
    parse(&json.to_string()).expect("article parses")
}

#[wasm_bindgen_test]
async fn article_renders_every_block_type_and_every_field_as_text() {
    let root = container();
    let article = hostile_article();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(english());
        // The breadcrumb's link is the router's own `<A>`.
        view! { <Router><ArticleView article/></Router> }
    });
    tick().await;

    // Every kind of block is there.
    assert_eq!(all(&root, "h1").len(), 1);
    assert_eq!(all(&root, ".article__body > p").len(), 1);
    assert_eq!(all(&root, ".article__body > h2").len(), 1);
    assert_eq!(all(&root, ".article__body blockquote").len(), 1);
    assert_eq!(all(&root, ".article__body ul > li").len(), 2);
    let images = all(&root, ".article__body figure img");
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].get_attribute("width").as_deref(), Some("640"));
    assert_eq!(images[0].get_attribute("alt").as_deref(), Some(HOSTILE));

    // Every string is shown as the characters it is, never as markup.
    assert!(
        all(&root, "script").is_empty(),
        "no script element was created"
    );
    assert_eq!(all(&root, "img").len(), 1, "only the real image is an img");
    assert!(
        all(&root, "iframe").is_empty(),
        "no player before it is asked for"
    );
    let track = all(&root, "video track");
    assert_eq!(track.len(), 1);
    assert_eq!(track[0].get_attribute("label").as_deref(), Some(HOSTILE));
    let button = all(&root, ".embed button");
    assert_eq!(button.len(), 1);
    assert_eq!(
        button[0].get_attribute("data-title").as_deref(),
        Some(HOSTILE)
    );
    for selector in [
        "h1",
        ".article__lede",
        ".article__body > p",
        ".article__body > h2",
        "blockquote p",
        ".quote figcaption",
        ".article__body li",
        ".picture figcaption > span",
        ".video figcaption",
        ".embed__provider",
        ".embed__title",
        ".article__byline",
        ".breadcrumb li:last-child a",
        ".article__tags li",
    ] {
        assert_eq!(text(&root, selector), HOSTILE, "{selector}");
    }
    assert_eq!(
        all(&root, "time").len(),
        2,
        "published and updated are both times"
    );
}

fn story_json(slug: &str, title: &str, published_at: &str) -> serde_json::Value {
    serde_json::json!({
        "slug": slug, "title": title, "summary": format!("About {title}"),
        "category": { "slug": "world", "name": "World" },
        "published_at": published_at
    })
}

fn feed(stories: &[serde_json::Value]) -> LatestFeed {
    parse(
        &serde_json::json!({ "updated_at": "2026-11-28T16:05:00Z", "items": stories }).to_string(),
    )
    .expect("feed parses")
}

#[wasm_bindgen_test]
async fn latest_news_puts_arrivals_on_top_announces_them_once_and_updates_in_place() {
    let root = container();
    // The feed says its arrivals in the words of the settings it was made
    // with, as the app's is (`provide_live_feed`).
    let owner = Owner::new();
    let live = owner.with(|| {
        provide_context(english());
        LiveFeed::new()
    });
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(english());
        provide_context(live);
        view! { <LatestNews/> }
    });
    tick().await;
    assert_eq!(
        all(&root, "[aria-busy=true]").len(),
        1,
        "a placeholder while loading"
    );

    let now = Utc::now().to_rfc3339();
    let a = story_json("story-a", "Story A", &now);
    let b = story_json("story-b", "Story B", &now);
    live.receive(feed(&[a.clone(), b.clone()]), true);
    tick().await;
    assert!(all(&root, "[aria-busy=true]").is_empty());
    let titles: Vec<String> = all(&root, ".latest__title")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(titles, ["Story A", "Story B"]);
    assert_eq!(
        text(&root, "[role=status]"),
        "",
        "the first load is not announced"
    );

    let c = story_json("story-c", "Story C", &now);
    live.receive(feed(&[c.clone(), a.clone(), b.clone()]), true);
    tick().await;
    let titles: Vec<String> = all(&root, ".latest__title")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(titles, ["Story C", "Story A", "Story B"]);
    assert_eq!(all(&root, ".latest__item--new").len(), 1);
    assert_eq!(text(&root, "[role=status]"), "1 new story");
    let live_region = root
        .query_selector("[role=status]")
        .expect("ok")
        .expect("live region");
    assert!(
        all(&live_region, "time, a").is_empty(),
        "no times or titles in the live region"
    );

    // The same feed again announces nothing new: the live region's node stays.
    let announced = live_region
        .first_element_child()
        .expect("announcement node");
    live.receive(feed(&[c.clone(), a.clone(), b.clone()]), true);
    tick().await;
    let still = live_region
        .first_element_child()
        .expect("announcement node");
    assert!(announced.is_same_node(Some(&still)), "not announced again");

    // A changed title is updated in place; a story that left, leaves.
    let a2 = story_json("story-a", "Story A, updated", &now);
    live.receive(feed(&[c, a2]), true);
    tick().await;
    let titles: Vec<String> = all(&root, ".latest__title")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(titles, ["Story C", "Story A, updated"]);

    // A failed refresh keeps the list and is announced once, politely.
    live.fail(FetchError::Network);
    tick().await;
    assert_eq!(
        text(&root, "[role=status]"),
        "Latest News could not be updated"
    );
    assert_eq!(all(&root, ".latest__title").len(), 2, "the list stays");
    let said = live_region.first_element_child().expect("announcement");
    live.fail(FetchError::Timeout);
    tick().await;
    let still = live_region.first_element_child().expect("announcement");
    assert!(
        said.is_same_node(Some(&still)),
        "a second failure is not announced again"
    );

    // Recovery with nothing new says nothing: the stale words go quietly.
    let c = story_json("story-c", "Story C", &now);
    let a2 = story_json("story-a", "Story A, updated", &now);
    live.receive(feed(&[c.clone(), a2.clone()]), true);
    tick().await;
    assert_eq!(text(&root, "[role=status]"), "");
    // ...and with a new story, that story is announced in place of the failure.
    live.fail(FetchError::Network);
    tick().await;
    assert_eq!(
        text(&root, "[role=status]"),
        "Latest News could not be updated"
    );
    let d = story_json("story-d", "Story D", &now);
    live.receive(feed(&[d, c, a2]), true);
    tick().await;
    assert_eq!(text(&root, "[role=status]"), "1 new story");
}

#[wasm_bindgen_test]
async fn relative_time_follows_the_clock_and_touches_only_changed_text() {
    let root = container();
    let published: DateTime<Utc> = "2026-11-28T12:00:00Z".parse().expect("time");
    let (now, set_now) = signal(published + Duration::seconds(90));
    let (live, set_live) = signal(false);
    let at = published.fixed_offset();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(Clock { now, live });
        provide_context(english());
        view! { <RelativeTime at/> }
    });
    tick().await;
    let time = root.query_selector("time").expect("ok").expect("a time");
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2026-11-28T12:00:00+00:00")
    );
    // Before the app has taken the page over: the pre-render's absolute time.
    let shown = time.first_child().expect("text node");
    assert_eq!(
        shown.text_content().as_deref(),
        Some("28.11.2026 12:00 UTC")
    );
    set_live.set(true);
    tick().await;
    assert!(time.first_child().expect("text").is_same_node(Some(&shown)));
    assert_eq!(shown.text_content().as_deref(), Some("1 minute ago"));
    assert!(
        text(&root, "time").contains("28.11.2026"),
        "the full date is in the text, for every reader"
    );

    // Thirty seconds later the text is the same: the node is untouched.
    set_now.set(published + Duration::seconds(119));
    tick().await;
    assert_eq!(shown.text_content().as_deref(), Some("1 minute ago"));

    set_now.set(published + Duration::minutes(2));
    tick().await;
    let after = time.first_child().expect("text node");
    assert!(
        after.is_same_node(Some(&shown)),
        "the same text node is updated"
    );
    assert_eq!(after.text_content().as_deref(), Some("2 minutes ago"));
}
