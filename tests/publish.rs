//! The publish step on the sample newsroom: the written pages, their head
//! tags and embedded data, the links between them, the sitemap and feed,
//! bad files, and pages that a browser parses into the DOM the app renders.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use dateline::api::home::Front;
use dateline::page_data::PageData;
use dateline::publish::host::Host;
use dateline::publish::settings::Settings;
use dateline::publish::shard::Part;
use dateline::publish::{publish, Only, Options, PublishError};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom, SerializableHandle};

const SHELL: &str = r#"<!DOCTYPE html><html lang="en"><head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <base href="/">
    <title>Latest News | Dateline</title>
    <meta name="dateline:api" content="api/">
    <meta name="dateline:poll-seconds" content="30">
    <link rel="alternate" type="application/rss+xml" title="Dateline" href="feed.xml">
<link rel="modulepreload" href="/dateline-ab.js" crossorigin="anonymous"><link rel="preload" href="/dateline-ab_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">
<script type="module">
import init, * as bindings from '/dateline-ab.js';
const wasm = await init({ module_or_path: '/dateline-ab_bg.wasm' });
</script></head>
  <body><noscript>needs JavaScript</noscript></body></html>"#;

const SITE: &str = "https://news.example/";
/// When the tests publish: a day after the sample newsroom's newest story.
const NOW: &str = "2026-11-29T12:00:00Z";
const ARTICLE: &str = "harbour-city-opens-floating-flood-barrier";

/// A fresh site folder holding only Trunk's shell, and a copy of the sample
/// newsroom that a test may change.
struct Fixture {
    root: PathBuf,
}

impl Fixture {
    fn new(name: &str) -> Fixture {
        let root =
            std::env::temp_dir().join(format!("dateline-publish-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("dist")).expect("dist");
        fs::write(root.join("dist/shell.html"), SHELL).expect("shell");
        copy_dir(&sample(), &root.join("api"));
        Fixture { root }
    }

    fn options(&self) -> Options {
        Options {
            api_dir: self.root.join("api"),
            dist: self.root.join("dist"),
            site_url: SITE.into(),
            api_setting: "api/".into(),
            poll_seconds: 45,
            only: None,
            settings: Settings::default(),
            host: Host::default(),
            jobs: None,
            part: Default::default(),
            now: NOW.parse().expect("a time"),
        }
    }

    fn page(&self, path: &str) -> String {
        fs::read_to_string(self.root.join("dist").join(path)).unwrap_or_else(|_| panic!("{path}"))
    }

    fn article_file(&self, slug: &str) -> PathBuf {
        self.root.join("api/articles").join(format!("{slug}.json"))
    }

    /// The slug of a story of the newsroom other than `than`.
    fn another_story(&self, than: &str) -> String {
        fs::read_dir(self.root.join("api/articles"))
            .expect("articles")
            .filter_map(|entry| {
                let name = entry.ok()?.file_name().into_string().ok()?;
                Some(name.strip_suffix(".json")?.to_owned())
            })
            .find(|slug| slug != than)
            .expect("another story")
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/api")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("dir");
    for entry in fs::read_dir(from).expect("read").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// How many JSON files a folder and its folders hold.
fn json_count(dir: &Path) -> usize {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| match entry.path() {
                    path if path.is_dir() => json_count(&path),
                    path => usize::from(path.extension().is_some_and(|e| e == "json")),
                })
                .sum()
        })
        .unwrap_or(0)
}

/// The text between `start` and the next `end` after it.
/// A JSON file of the fixture's newsroom, to change and write back.
fn json_file(file: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(file).expect("readable")).expect("JSON")
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} in page"))
        + start.len();
    &text[from..from + text[from..].find(end).expect("end")]
}

/// The rules of a `_redirects` file, one space between their parts.
fn rules(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn meta<'a>(page: &'a str, key: &str) -> &'a str {
    between(page, &format!("{key}\" content=\""), "\"")
}

fn embedded(page: &str) -> PageData {
    let json = between(
        page,
        r#"<script type="application/json" id="dateline-data">"#,
        "</script>",
    );
    dateline::api::json::read(json).expect("embedded data parses")
}

#[test]
fn every_route_is_written_with_its_head() {
    let site = Fixture::new("routes");
    let report = publish(&site.options()).expect("publishes");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let articles = fs::read_dir(sample().join("articles"))
        .expect("articles")
        .count();
    // Every page of every section, topic and live page: each file of
    // their folders.
    let lists = ["categories", "topics", "live"]
        .iter()
        .map(|folder| json_count(&sample().join(folder)))
        .sum::<usize>();
    assert!(lists > 12, "sections and topics, with older pages");
    // Front page, sections, topics and live pages, articles and the
    // not-found page.
    assert_eq!(report.pages, 1 + lists + articles + 1);

    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    let head = between(&page, "<head>", "</head>");
    assert!(head.contains(
        "<title>Harbour city opens floating flood barrier after decade of work | Dateline</title>"
    ));
    assert!(
        meta(head, "name=\"description").starts_with("The barrier&#39;s hollow")
            || meta(head, "name=\"description").starts_with("The barrier's hollow")
    );
    assert!(head.contains(&format!(
        r#"<link rel="canonical" href="{SITE}news/{ARTICLE}" data-page-head>"#
    )));
    assert_eq!(meta(head, "og:type"), "article");
    assert_eq!(meta(head, "og:url"), format!("{SITE}news/{ARTICLE}"));
    // The story's largest JPEG (link previews may not show WebP).
    assert_eq!(
        meta(head, "og:image"),
        format!("{SITE}api/images/photos/harbour-1600.jpg")
    );
    assert_eq!(meta(head, "og:image:width"), "1600");
    assert_eq!(meta(head, "og:image:height"), "900");
    assert_eq!(meta(head, "og:site_name"), "Dateline");
    assert_eq!(
        meta(head, "article:published_time"),
        "2026-11-28T17:59:42+03:00"
    );
    assert_eq!(
        meta(head, "article:modified_time"),
        "2026-11-28T17:59:54+03:00"
    );
    assert_eq!(meta(head, "article:section"), "World");
    assert_eq!(meta(head, "twitter:card"), "summary_large_image");
    assert!(head.contains(r#"type="application/rss+xml""#));
    assert!(head.contains(r#"<meta name="dateline:poll-seconds" content="45">"#));
    assert!(
        !head.contains("<script type=\"module\""),
        "the app starts after the content"
    );
    assert!(page.contains(
        r#"<script type="module" src="/start.js" data-js="/dateline-ab.js" data-wasm="/dateline-ab_bg.wasm"></script>"#
    ));
    assert!(
        !page.contains("<noscript"),
        "a pre-rendered page needs no JavaScript"
    );

    let front = site.page("index.html");
    assert_eq!(meta(&front, "og:type"), "website");
    assert_eq!(meta(&front, "twitter:card"), "summary");
    assert_eq!(meta(&front, "og:image"), format!("{SITE}card.png"));
    assert!(front.contains("<title>Latest News | Dateline</title>"));
    let section = site.page("category/science/index.html");
    assert!(section.contains("<title>Science | Dateline</title>"));
    assert!(!section.contains("application/ld+json"));

    let missing = site.page("404.html");
    assert!(missing.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(missing.contains("<title>Page not found | Dateline</title>"));
    assert!(!missing.contains("rel=\"canonical\""));
    assert!(
        missing.contains(r#"type="application/rss+xml""#),
        "the feed is linked from every page"
    );
    assert!(site.page("shell.html").contains(r#"content="45""#));
    // The newsroom's JSON is copied beside the pages.
    assert_eq!(
        site.page(&format!("api/articles/{ARTICLE}.json")),
        fs::read_to_string(site.article_file(ARTICLE)).expect("article")
    );
    assert!(site.root.join("dist/api/home.json").is_file());
}

#[test]
fn pages_are_readable_without_javascript_and_linked() {
    let site = Fixture::new("links");
    publish(&site.options()).expect("publishes");
    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    let body = between(&page, "<body>", "<script");
    assert_eq!(body.matches("<h1").count(), 1);
    for part in [
        "Harbour city opens floating flood barrier after decade of work",
        "Writing by Ayse Demir",
        r#"aria-label="Latest News""#,
        r#"aria-label="Top News""#,
        r#"aria-label="Sections""#,
        "<footer",
        // Times are absolute, in the newsroom's home zone (the sample's
        // London; this story's JSON gives +03:00), until the app runs.
        ">28.11.2026 14:59 GMT<",
    ] {
        assert!(body.contains(part), "{part}");
    }
    assert!(!body.contains("aria-busy"), "nothing is left loading");
    links_lead_to_written_pages(&site, "/");
}

/// One page of each kind the publish step renders: its file and its HTML.
fn rendered_pages(site: &Fixture) -> Vec<(String, String)> {
    [
        "index.html".to_owned(),
        format!("news/{ARTICLE}/index.html"),
        "category/world/index.html".to_owned(),
        "404.html".to_owned(),
    ]
    .into_iter()
    .map(|page| {
        let html = site.page(&page);
        (page, html)
    })
    .collect()
}

/// What the app rendered into a page's `<body>`, before its embedded data.
fn rendered_body(html: &str) -> &str {
    between(html, "<body>", "<script type=\"application/json\"")
}

/// Every link in the pages of a site published under `base` (`/` or a
/// sub-path) is under it, and each link to a story or section leads to a
/// written page.
fn links_lead_to_written_pages(site: &Fixture, base: &str) {
    for (page, html) in rendered_pages(site) {
        let body = rendered_body(&html);
        let mut links = 0;
        for href in body
            .split("href=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').expect("quote")])
        {
            // The not-found page's skip link stays on that page.
            if href == "#main" && page == "404.html" {
                continue;
            }
            let path = href.split('#').next().unwrap_or_default();
            let Some(in_site) = path.strip_prefix(base) else {
                panic!("{page} links to {href}, outside {base}");
            };
            if in_site.starts_with("news/") || in_site.starts_with("category/") {
                links += 1;
                let file = format!("{in_site}/index.html");
                assert!(
                    site.root.join("dist").join(&file).is_file(),
                    "{page} links to {href}"
                );
            }
        }
        assert!(links >= 10, "{page} has {links} links");
    }
}

#[test]
fn a_site_under_a_sub_path_is_addressed_under_it() {
    let site = Fixture::new("sub-path");
    let mut options = site.options();
    options.site_url = "https://news.example/edition".into();
    publish(&options).expect("publishes");
    links_lead_to_written_pages(&site, "/edition/");

    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    let address = format!("https://news.example/edition/news/{ARTICLE}");
    assert!(page.contains(r#"<base href="/edition/">"#));
    assert!(page.contains(&format!(
        r#"<link rel="canonical" href="{address}" data-page-head>"#
    )));
    assert_eq!(meta(&page, "og:url"), address);
    assert_eq!(
        page.matches(r#"<link rel="alternate""#).count(),
        1,
        "one feed link"
    );
    assert!(page.contains(r#"href="https://news.example/edition/feed.xml""#));
    assert!(meta(&page, "og:image").starts_with("https://news.example/edition/"));
    assert!(page.contains(
        r#"<script type="module" src="/edition/start.js" data-js="/edition/dateline-ab.js""#
    ));
    // The skip link names the page itself, not the base.
    assert!(page.contains(&format!(r##"href="/edition/news/{ARTICLE}#main""##)));
    // The embedded data names the page by its path within the site.
    assert_eq!(embedded(&page).path, format!("/news/{ARTICLE}"));

    let locs = sitemap_locations(&site);
    assert!(locs
        .iter()
        .any(|loc| loc == "https://news.example/edition/category/sport"));
    assert!(locs
        .iter()
        .all(|loc| loc.starts_with("https://news.example/edition/")));
    assert!(site
        .page("feed.xml")
        .contains(&format!("<link>{address}</link>")));
    assert!(site
        .page("shell.html")
        .contains(r#"<base href="/edition/">"#));
    assert!(rules(&site.page("_redirects"))
        .contains(&"/edition/category/:slug /edition/shell.html 200".to_owned()));
    assert!(site.page("_headers").contains("\n/edition/api/*\n"));
}

#[test]
fn embedded_data_is_only_what_the_page_shows() {
    let site = Fixture::new("data");
    publish(&site.options()).expect("publishes");
    let article = embedded(&site.page(&format!("news/{ARTICLE}/index.html")));
    assert_eq!(article.path, format!("/news/{ARTICLE}"));
    assert_eq!(
        article.article.expect("the article").summary.slug.as_str(),
        ARTICLE
    );
    assert!(article.section.is_none());
    assert_eq!(article.latest.expect("latest").items.len(), 10);
    let Some(Front::Outline(home)) = article.home else {
        panic!("an article carries the front page's outline");
    };
    assert!(!home.top.is_empty());
    assert!(home.sections.iter().all(|section| section.items.is_empty()));
    let front = embedded(&site.page("index.html"));
    assert!(front.article.is_none());
    let Some(Front::Whole(home)) = front.home else {
        panic!("the front page carries the whole front page");
    };
    assert!(home.sections.iter().all(|s| !s.items.is_empty()));
    let section = embedded(&site.page("category/science/index.html"));
    assert_eq!(section.section.expect("section").category.name, "Science");
}

#[test]
fn hostile_text_stays_text_in_every_place_it_lands() {
    let site = Fixture::new("hostile");
    let file = site.article_file(ARTICLE);
    let hostile = r#"</script><script>alert(1)</script> & "quotes" <b>"#;
    let text = fs::read_to_string(&file).expect("article").replace(
        "Harbour city opens floating flood barrier after decade of work",
        &hostile.replace('"', "\\\""),
    );
    fs::write(&file, text).expect("write");
    publish(&site.options()).expect("publishes");
    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    assert_eq!(
        page.matches("<script>").count(),
        0,
        "no script element is written from data"
    );
    assert_eq!(page.matches("<b>").count(), 0);
    // The JSON-LD parses and keeps the headline as data.
    let ld = between(
        &page,
        r#"<script type="application/ld+json" data-page-head>"#,
        "</script>",
    );
    let value: serde_json::Value = serde_json::from_str(ld).expect("JSON-LD parses");
    assert_eq!(value["@type"], "NewsArticle");
    assert_eq!(value["headline"], hostile);
    assert_eq!(value["author"][0]["@type"], "Person");
    assert_eq!(value["author"][0]["name"], "Ayse Demir");
    assert_eq!(value["publisher"]["name"], "Dateline");
    assert_eq!(
        value["mainEntityOfPage"]["@id"],
        format!("{SITE}news/{ARTICLE}")
    );
    let crumbs = between(
        &page[page.find("BreadcrumbList").expect("breadcrumbs") - 60..],
        ">",
        "</script>",
    );
    let crumbs: serde_json::Value = serde_json::from_str(crumbs).expect("breadcrumbs parse");
    assert_eq!(
        crumbs["itemListElement"][1]["item"],
        format!("{SITE}category/world")
    );
    assert_eq!(
        embedded(&page).article.expect("article").summary.title,
        hostile
    );
    assert!(page.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;b&gt; | Dateline</title>"));
    let feed = site.page("feed.xml");
    roxmltree::Document::parse(&feed).expect("the feed is XML");
    assert!(feed.contains("&lt;/script&gt;"));
}

#[test]
fn without_authors_the_publisher_is_the_author() {
    let site = Fixture::new("authors");
    let file = site.article_file(ARTICLE);
    let mut article = json_file(&file);
    article.as_object_mut().expect("object").remove("authors");
    fs::write(&file, article.to_string()).expect("write");
    publish(&site.options()).expect("publishes");
    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    let ld = between(
        &page,
        r#"<script type="application/ld+json" data-page-head>"#,
        "</script>",
    );
    let value: serde_json::Value = serde_json::from_str(ld).expect("JSON-LD parses");
    assert_eq!(value["author"][0]["@type"], "NewsMediaOrganization");
    assert_eq!(value["author"][0]["name"], "Dateline");
    // The byline readers see is unchanged.
    assert!(page.contains("Writing by Ayse Demir"));
}

/// The addresses the site's sitemap lists.
fn sitemap_locations(site: &Fixture) -> Vec<String> {
    let sitemap = site.page("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).expect("the sitemap is XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .map(str::to_owned)
        .collect()
}

#[test]
fn sitemap_robots_and_feed() {
    let site = Fixture::new("feeds");
    publish(&site.options()).expect("publishes");
    let locs = sitemap_locations(&site);
    assert!(locs.iter().any(|loc| loc == SITE));
    assert!(locs
        .iter()
        .any(|loc| loc == "https://news.example/category/sport"));
    assert!(locs.contains(&format!("{SITE}news/{ARTICLE}")));
    assert!(locs.iter().all(|loc| loc.starts_with(SITE)));
    assert!(site
        .page("robots.txt")
        .contains("Sitemap: https://news.example/sitemap.xml"));

    let feed = site.page("feed.xml");
    let doc = roxmltree::Document::parse(&feed).expect("the feed is XML");
    assert_eq!(doc.root_element().attribute("version"), Some("2.0"));
    let items: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("item"))
        .collect();
    assert!(!items.is_empty());
    let dates: Vec<chrono::DateTime<chrono::FixedOffset>> = items
        .iter()
        .map(|item| {
            let date = item
                .children()
                .find(|n| n.has_tag_name("pubDate"))
                .and_then(|n| n.text());
            chrono::DateTime::parse_from_rfc2822(date.expect("a date")).expect("RFC 822")
        })
        .collect();
    assert!(
        dates.windows(2).all(|pair| pair[0] >= pair[1]),
        "newest first"
    );
}

#[test]
fn a_bad_article_is_reported_and_left_to_the_shell() {
    let site = Fixture::new("bad");
    publish(&site.options()).expect("first publish");
    assert!(site
        .root
        .join(format!("dist/news/{ARTICLE}/index.html"))
        .is_file());
    fs::write(site.article_file(ARTICLE), "{ not json").expect("break it");
    let report = publish(&site.options()).expect("second publish");
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains(&format!("{ARTICLE}.json cannot be read"))),
        "{:?}",
        report.problems
    );
    assert!(!site
        .root
        .join(format!("dist/news/{ARTICLE}/index.html"))
        .exists());
    assert!(
        site.root.join("dist/index.html").is_file(),
        "the rest is published"
    );
}

#[test]
fn what_the_tolerant_reading_left_out_of_an_article_is_reported() {
    let site = Fixture::new("dropped");
    let file = site.article_file(ARTICLE);
    let mut article = json_file(&file);
    let rendition =
        |width: u32| serde_json::json!({ "src": format!("a-{width}.jpg"), "width": width });
    let mut renditions: Vec<serde_json::Value> = (1..=17).map(|n| rendition(n * 100)).collect();
    renditions.push(serde_json::json!({ "src": "a-0.jpg", "width": 0 }));
    renditions.push(serde_json::json!({ "width": 900 }));
    article["image"] = serde_json::json!({
        "src": "a.jpg", "alt": "A", "width": 1600, "height": 900, "credit": 7,
        "renditions": renditions,
    });
    article["body"] = serde_json::json!([
        { "type": "paragraph", "text": [{ "text": "kept" }, { "em": true }] },
        { "type": "video", "width": 640, "height": 360 },
        { "type": "video", "src": "v.webm", "width": 640, "height": 360,
          "captions": { "src": "v.vtt" } },
        { "type": "embed", "provider": "YouTube", "title": "T" },
        { "type": "embed", "provider": "Mastodon", "url": "https://social.example/@a/1",
          "title": "T", "thumbnail": { "src": "t.jpg" } },
        { "type": "poll", "question": "?" },
        { "type": "list", "items": ["one", 2] },
    ]);
    article["tags"] = serde_json::json!([
        "plain",
        { "slug": "no-name" },
        { "name": "Bad slug", "slug": "Bad Slug" },
    ]);
    article["corrections"] = serde_json::json!([{ "text": "no time" }]);
    fs::write(&file, article.to_string()).expect("write");
    let report = publish(&site.options()).expect("publishes");
    let about = |what: &[&str]| {
        assert!(
            report.problems.iter().any(|problem| {
                problem.starts_with(&format!("{ARTICLE}.json: "))
                    && what.iter().all(|part| problem.contains(part))
            }),
            "{what:?} in {:#?}",
            report.problems
        );
    };
    about(&["its image: its credit", "not a string", "left out"]);
    about(&["its image: rendition 18", "`width` is 0"]);
    about(&["its image: rendition 19", "`src` is missing"]);
    about(&["its image: 17 renditions, over the limit of 16: the last 1 left out"]);
    about(&["block 1 (\"paragraph\"): span 2", "`text` is missing"]);
    about(&["block 2 (\"video\"):", "`src` is missing", "left out"]);
    about(&["block 3 (\"video\"): its captions", "`lang` is missing"]);
    about(&["block 4 (\"embed\"):", "`url` is missing", "left out"]);
    about(&["block 5 (\"embed\"): its thumbnail", "`alt` is missing"]);
    about(&["block 6 (\"poll\"):", "\"poll\" is not one this app shows"]);
    about(&[
        "block 7 (\"list\"), item 2:",
        "neither a string nor a list of spans",
    ]);
    about(&["tag 2:", "`name` is missing"]);
    about(&["tag \"Bad slug\"", "slug rule", "plain text"]);
    about(&["correction 1:", "`at` is missing"]);
    // The story itself is published, with what could be read.
    assert!(site
        .page(&format!("news/{ARTICLE}/index.html"))
        .contains("kept"));
}

#[test]
fn an_unreadable_front_page_stops_the_publish_and_changes_nothing() {
    let site = Fixture::new("home");
    publish(&site.options()).expect("first publish");
    let before = site.page("index.html");
    fs::write(site.root.join("api/home.json"), "[]").expect("break it");
    fs::remove_file(site.article_file(ARTICLE)).expect("remove");
    let error = publish(&site.options()).expect_err("stops");
    assert!(matches!(error, PublishError::Home(_)));
    assert!(error.to_string().contains("home.json"));
    assert_eq!(site.page("index.html"), before);
    assert!(site
        .root
        .join(format!("dist/news/{ARTICLE}/index.html"))
        .is_file());
    let leftovers: Vec<_> = fs::read_dir(site.root.join("dist"))
        .expect("dist")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".publishing-"))
        .collect();
    assert!(leftovers.is_empty(), "nothing half-written is left");
}

#[test]
fn only_one_story_and_the_pages_that_list_it() {
    let site = Fixture::new("only");
    publish(&site.options()).expect("first publish");
    let quiet = "category/sport/index.html";
    let marked = "<!-- untouched -->";
    fs::write(site.root.join("dist").join(quiet), marked).expect("mark");
    fs::write(site.root.join("dist/category/world/index.html"), marked).expect("mark");
    let file = site.article_file(ARTICLE);
    let text = fs::read_to_string(&file)
        .expect("article")
        .replace("Writing by Ayse Demir", "Writing by A. Demir");
    fs::write(&file, text).expect("write");
    let options = Options {
        only: Some(Only::Article(ARTICLE.into())),
        ..site.options()
    };
    let report = publish(&options).expect("publishes one");
    assert!(site
        .page(&format!("news/{ARTICLE}/index.html"))
        .contains("Writing by A. Demir"));
    assert_ne!(
        site.page("category/world/index.html"),
        marked,
        "its section is rewritten"
    );
    assert_eq!(site.page(quiet), marked, "other sections are left alone");
    assert!((2..5).contains(&report.pages), "{} pages", report.pages);

    // A story whose JSON is gone loses its page.
    fs::remove_file(&file).expect("remove");
    let report = publish(&options).expect("publishes the removal");
    assert_eq!(report.removed, 1);
    assert!(!site.root.join(format!("dist/news/{ARTICLE}")).exists());
    assert!(!site
        .root
        .join(format!("dist/api/articles/{ARTICLE}.json"))
        .exists());
    assert!(!site.page("sitemap.xml").contains(ARTICLE));
}

/// The children of `<body>` as a browser's parser builds them, serialized.
fn parsed_body(page: &str) -> String {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(page);
    fn find(node: &Handle, name: &str) -> Option<Handle> {
        if let NodeData::Element { name: tag, .. } = &node.data {
            if &*tag.local == name {
                return Some(node.clone());
            }
        }
        node.children
            .borrow()
            .iter()
            .find_map(|child| find(child, name))
    }
    let body = find(&dom.document, "body").expect("a body");
    let mut out = Vec::new();
    let opts = html5ever::serialize::SerializeOpts {
        traversal_scope: html5ever::serialize::TraversalScope::ChildrenOnly(None),
        ..Default::default()
    };
    html5ever::serialize::serialize(&mut out, &SerializableHandle::from(body), opts)
        .expect("serializes");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn a_browser_parses_each_page_into_the_dom_the_app_rendered() {
    let site = Fixture::new("parse");
    publish(&site.options()).expect("publishes");
    for (page, html) in rendered_pages(&site) {
        let body = rendered_body(&html);
        // The page is written as the browser serializes what it parsed
        // (its hydration markers as valid `<!---->`, text escaped the same
        // way); anything else would be a structure the parser changed,
        // which hydration cannot take over.
        assert!(!body.contains("<!>"), "{page}: a bogus comment");
        let rendered = body;
        let parsed = parsed_body(&html);
        let parsed_app = &parsed[..parsed
            .find("<script type=\"application/json\"")
            .expect("data")];
        assert_eq!(parsed_app, rendered, "{page}");
    }
}

#[test]
fn host_configuration_is_written_for_the_site_and_its_api() {
    let site = Fixture::new("host");
    let asset = "dateline-0123456789abcdef_bg.wasm";
    fs::write(site.root.join("dist").join(asset), b"\0asm").expect("asset");
    let mut options = site.options();
    options.api_setting = "https://feeds.example.org/v1/".into();
    publish(&options).expect("publishes");

    let headers = site.page("_headers");
    assert!(headers.contains(
        "connect-src 'self' https://feeds.example.org; frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
    ));
    assert!(headers.contains("script-src 'self' 'wasm-unsafe-eval';"));
    assert!(headers.contains(&format!(
        "/{asset}\n  Cache-Control: public, max-age=31536000, immutable"
    )));
    assert!(headers.contains("/api/*\n  Cache-Control: no-cache"));
    assert!(headers.contains("/news/*\n  Cache-Control: no-cache"));
    let redirects = site.page("_redirects");
    let redirects = rules(&redirects);
    assert!(redirects.contains(&"/news/:slug /shell.html 200".to_owned()));
    assert!(redirects.contains(&"/topic/:slug/page/:n /shell.html 200".to_owned()));
    assert_eq!(
        redirects.last().map(String::as_str),
        Some("/* /404.html 404")
    );
    // No page holds a script with code in it: all of them start from start.js.
    assert!(site.page("start.js").contains("data-wasm"));
    for page in [
        "index.html",
        "shell.html",
        "404.html",
        &format!("news/{ARTICLE}/index.html"),
    ] {
        let html = site.page(page);
        let inline = html.matches("<script").count()
            - html.matches("<script type=\"module\" src=").count()
            - html.matches("<script type=\"application/").count();
        assert_eq!(inline, 0, "{page}");
    }
}

#[test]
fn each_host_gets_its_routing_file_and_no_other() {
    let site = Fixture::new("hosts");
    let exists = |name: &str| site.root.join("dist").join(name).exists();
    publish(&site.options()).expect("publishes for Netlify");
    assert!(exists("_redirects") && !exists("_worker.js"));
    assert!(exists(".nojekyll") && exists("_headers"));

    // Moving the site to Cloudflare Pages takes its `_redirects` away:
    // Cloudflare would apply it before the pages and send every story to
    // the shell.
    let cloudflare = Options {
        host: Host::Cloudflare,
        site_url: "https://news.example/edition/".into(),
        ..site.options()
    };
    publish(&cloudflare).expect("publishes for Cloudflare");
    assert!(!exists("_redirects") && exists("_routes.json"));
    assert!(site
        .page("_worker.js")
        .contains("const BASE = \"/edition/\";"));

    let plain = Options {
        host: Host::Static,
        ..site.options()
    };
    publish(&plain).expect("publishes for a plain host");
    assert!(!exists("_redirects") && !exists("_worker.js") && !exists("_routes.json"));
    assert!(exists("_headers") && exists(".nojekyll"));
}

#[test]
fn the_json_is_copied_for_every_spelling_of_the_place_beside_the_pages() {
    let cases = [
        (SITE, "api/", true),
        (SITE, "api", true),
        (SITE, "/api/", true),
        (SITE, " /api ", true),
        (SITE, "https://news.example/api/", true),
        (SITE, "/feeds/", false),
        (SITE, "https://feeds.example.org/v1/", false),
        ("https://news.example/edition/", "api", true),
        ("https://news.example/edition/", "/edition/api/", true),
        ("https://news.example/edition/", "/api/", false),
    ];
    for (site_url, setting, copied) in cases {
        let site = Fixture::new("api-spelling");
        let mut options = site.options();
        options.site_url = site_url.into();
        options.api_setting = setting.into();
        publish(&options).expect("publishes");
        let json = site.root.join("dist/api/home.json");
        assert_eq!(
            json.exists(),
            copied,
            "{site_url} with --api-url {setting:?}"
        );
    }
}

#[test]
fn the_not_found_page_needs_no_base_and_its_skip_link_stays_on_it() {
    for (site_url, base) in [(SITE, "/"), ("https://news.example/edition/", "/edition/")] {
        let site = Fixture::new("not-found");
        let mut options = site.options();
        options.site_url = site_url.into();
        publish(&options).expect("publishes");
        let page = site.page("404.html");
        // Served at every address no page has, so nothing may be relative.
        assert!(!page.contains("<base"), "{page}");
        assert!(page.contains(&format!(r#"<meta name="dateline:base" content="{base}">"#)));
        assert!(page.contains(r##"<a href="#main" class="skip-link">"##));
        let addresses: Vec<&str> = page
            .split([' ', '\n'])
            .filter_map(|part| {
                part.strip_prefix("href=\"")
                    .or_else(|| part.strip_prefix("src=\""))
            })
            .collect();
        assert!(addresses.len() > 10, "{addresses:?}");
        for address in addresses {
            assert!(
                address.starts_with(base)
                    || address.starts_with("http")
                    || address.starts_with('#'),
                "{site_url}: {address}"
            );
        }
        // Every other page keeps its base, and a skip link to its own path.
        let article = site.page(&format!("news/{ARTICLE}/index.html"));
        assert!(article.contains(&format!("<base href=\"{base}\"")));
        assert!(article.contains(&format!(
            r##"<a href="{base}news/{ARTICLE}#main" class="skip-link">"##
        )));
    }
}

/// Every file under `root`, by path, with its bytes.
fn tree(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut folders = vec![root.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path.strip_prefix(root).expect("under root");
                files.insert(
                    name.to_string_lossy().into_owned(),
                    fs::read(&path).expect("file"),
                );
            }
        }
    }
    files
}

#[test]
fn pages_rendered_on_many_cores_are_the_pages_of_one() {
    let one = Fixture::new("jobs-1");
    let many = Fixture::new("jobs-4");
    publish(&Options {
        jobs: Some(1),
        ..one.options()
    })
    .expect("publishes on one core");
    publish(&Options {
        jobs: Some(4),
        ..many.options()
    })
    .expect("publishes on four");
    let (serial, parallel) = (tree(&one.root.join("dist")), tree(&many.root.join("dist")));
    assert!(serial.len() > 30, "{} files", serial.len());
    assert_eq!(
        serial.keys().collect::<Vec<_>>(),
        parallel.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &serial {
        assert!(parallel[name] == *bytes, "{name} differs");
    }
}

#[test]
fn three_shards_and_the_finish_are_one_publish() {
    let whole = Fixture::new("shard-whole");
    let all = publish(&whole.options()).expect("publishes whole").pages;
    let expected = tree(&whole.root.join("dist"));

    // Each share on a machine of its own, the finish on another; their
    // outputs uploaded to one place.
    let machines: Vec<Fixture> = (1..=4)
        .map(|n| Fixture::new(&format!("shard-{n}")))
        .collect();
    let mut union = std::collections::BTreeMap::new();
    let mut pages = 0;
    for (n, machine) in machines.iter().enumerate() {
        let part = match n {
            0..=2 => Part::shard(&format!("{}/3", n + 1)).expect("a share"),
            _ => Part::Finish,
        };
        let report = publish(&Options {
            part,
            ..machine.options()
        })
        .expect("publishes its part");
        if part != Part::Finish {
            assert!(report.pages > 2, "share {n} has pages");
            pages += report.pages;
        } else {
            assert_eq!(report.pages, 0, "the finish renders no page");
        }
        let files = tree(&machine.root.join("dist"));
        if part != Part::Finish {
            assert!(!files.contains_key("sitemap.xml") && !files.contains_key("feed.xml"));
        }
        for (name, bytes) in files {
            if name == "shell.html" && part != Part::Finish {
                continue; // Trunk's shell, before the finish writes the site's
            }
            let before = union.insert(name.clone(), bytes.clone());
            assert!(
                before.is_none_or(|b| b == bytes),
                "{name} is written by one part only"
            );
        }
    }
    assert_eq!(pages, all, "every page is in exactly one share");
    assert_eq!(
        union.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &expected {
        assert!(union[name] == *bytes, "{name} differs");
    }
}

/// A generated newsroom of `count` minimal articles over three months (one
/// in three in each), with an empty front page, beside a shell.
fn archive(name: &str, count: usize) -> Fixture {
    let site = Fixture::new(name);
    let api = site.root.join("api");
    fs::remove_dir_all(&api).expect("clear the sample");
    fs::create_dir_all(api.join("articles")).expect("folder");
    fs::write(api.join("home.json"), r#"{"top": [], "sections": []}"#).expect("home");
    fs::write(api.join("latest.json"), r#"{"items": []}"#).expect("latest");
    for n in 0..count {
        fs::write(
            api.join("articles").join(format!("story-{n:06}.json")),
            archive_story(n, None),
        )
        .expect("article");
    }
    // A slug that starts with another one sorts before it as a file name
    // (`-` before `.`), and after it as an address.
    let longer = archive_story(1, None).replace("story-000001", "story-000001-follow-up");
    fs::write(api.join("articles/story-000001-follow-up.json"), longer).expect("article");
    site
}

fn archive_story(n: usize, updated: Option<&str>) -> String {
    let month = ["2024-01", "2025-06", "2026-11"][n % 3];
    let day = n % 28 + 1;
    serde_json::json!({
        "slug": format!("story-{n:06}"), "title": format!("Story {n}"), "summary": "A story.",
        "category": { "slug": "world", "name": "World" },
        "published_at": format!("{month}-{day:02}T08:{:02}:00Z", n % 60),
        "updated_at": updated, "byline": "Staff", "body": [],
    })
    .to_string()
}

/// The sitemap's files: the index and its parts.
fn sitemap_files(site: &Fixture) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files: std::collections::BTreeMap<String, Vec<u8>> =
        tree(&site.root.join("dist/sitemaps"))
            .into_iter()
            .map(|(name, bytes)| (format!("sitemaps/{name}"), bytes))
            .collect();
    files.insert(
        "sitemap.xml".into(),
        fs::read(site.root.join("dist/sitemap.xml")).expect("index"),
    );
    files
}

#[test]
fn an_archive_past_fifty_thousand_gets_a_sitemap_index_and_one_story_changes_one_file() {
    const COUNT: usize = 60_000;
    let site = archive("archive", COUNT);
    // The JSON on a host of its own, so that the publish does not copy it.
    let options = || Options {
        api_setting: "https://feeds.example.org/".into(),
        ..site.options()
    };
    let finish = Options {
        part: Part::Finish,
        ..options()
    };
    publish(&finish).expect("writes the site-wide files");
    let index = site.page("sitemap.xml");
    let doc = roxmltree::Document::parse(&index).expect("the index is XML");
    assert_eq!(doc.root_element().tag_name().name(), "sitemapindex");
    let parts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .map(|loc| loc.strip_prefix(SITE).expect("under the site").to_owned())
        .collect();
    assert_eq!(
        parts,
        [
            "sitemaps/pages.xml",
            "sitemaps/news-2024-01.xml",
            "sitemaps/news-2025-06.xml",
            "sitemaps/news-2026-11.xml"
        ]
    );
    let mut stories = 0;
    for part in &parts {
        let xml = site.page(part);
        assert!(xml.len() < 50_000_000, "{part} is under 50 MB");
        let doc = roxmltree::Document::parse(&xml).expect("a part is XML");
        let urls = doc.descendants().filter(|n| n.has_tag_name("url")).count();
        assert!(urls <= 50_000, "{part} has {urls} addresses");
        if part.contains("news-") {
            stories += urls;
        }
    }
    assert_eq!(stories, COUNT + 1);

    // Publishing a story that has not changed writes no sitemap file again.
    let stamps = |site: &Fixture| -> Vec<std::time::SystemTime> {
        [
            "sitemap.xml",
            "sitemaps/pages.xml",
            "sitemaps/news-2024-01.xml",
            "sitemaps/news-2025-06.xml",
            "sitemaps/news-2026-11.xml",
        ]
        .iter()
        .map(|path| {
            fs::metadata(site.root.join("dist").join(path))
                .and_then(|m| m.modified())
                .expect("a time")
        })
        .collect()
    };
    let unchanged = stamps(&site);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let report = publish(&Options {
        only: Some(Only::Article("story-000001-follow-up".into())),
        ..options()
    })
    .expect("publishes one story");
    assert_eq!(report.pages, 1, "its page");
    assert_eq!(stamps(&site), unchanged);

    // One story changes: only its month's file and the index are written.
    let before = sitemap_files(&site);
    let modified = |path: &str| {
        fs::metadata(site.root.join("dist").join(path))
            .and_then(|m| m.modified())
            .expect("a time")
    };
    let untouched: Vec<_> = [
        "sitemaps/pages.xml",
        "sitemaps/news-2024-01.xml",
        "sitemaps/news-2026-11.xml",
    ]
    .iter()
    .map(|path| (path, modified(path)))
    .collect();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let changed = 4; // story-000004: 2025-06
    fs::write(
        site.article_file(&format!("story-{changed:06}")),
        archive_story(changed, Some("2026-11-30T09:00:00Z")),
    )
    .expect("edit");
    let started = std::time::Instant::now();
    publish(&Options {
        only: Some(Only::Article(format!("story-{changed:06}"))),
        ..options()
    })
    .expect("publishes one story");
    let one = started.elapsed();
    for (path, at) in untouched {
        assert_eq!(modified(path), at, "{path} is not written again");
    }
    let after = sitemap_files(&site);
    assert_ne!(
        before["sitemaps/news-2025-06.xml"],
        after["sitemaps/news-2025-06.xml"]
    );
    assert!(site
        .page("sitemaps/news-2025-06.xml")
        .contains("story-000004</loc><lastmod>2026-11-30T09:00:00+00:00</lastmod>"));

    // And the sitemap and feed are what a whole publish now writes.
    let again = Fixture::new("archive-again");
    fs::remove_dir_all(again.root.join("api")).expect("clear");
    fs::rename(site.root.join("api"), again.root.join("api")).expect("move the archive");
    publish(&Options {
        part: Part::Finish,
        api_setting: "https://feeds.example.org/".into(),
        ..again.options()
    })
    .expect("writes them again");
    assert!(
        sitemap_files(&again) == after,
        "--only's sitemap is the whole publish's"
    );
    assert_eq!(again.page("feed.xml"), site.page("feed.xml"));
    eprintln!("--only on {COUNT} articles took {one:?}");
}

#[test]
fn link_previews_get_raster_images_and_search_engines_the_publisher() {
    let site = Fixture::new("seo");
    let file = site.article_file(ARTICLE);
    let mut article = json_file(&file);
    // Its only renditions of 1200 px or more are WebP, which link previews
    // may not show: the largest JPEG is named, and its height is the
    // picture's own shape at that width.
    article["image"] = serde_json::json!({
        "src": "images/harbour-800.jpg", "alt": "A", "width": 1600, "height": 1000,
        "renditions": [
            { "src": "images/harbour-1600.webp", "width": 1600, "type": "image/webp" },
            { "src": "images/harbour-1000.jpg", "width": 1000 },
            { "src": "images/harbour-2400.png", "width": 2400, "type": "image/png" },
            { "src": "javascript:alert(1).jpg", "width": 3000 },
        ],
    });
    article["authors"] = serde_json::json!([
        { "name": "Ayse Demir", "url": "https://news.example/staff/ayse-demir" },
        { "name": "Someone", "url": "javascript:alert(1)" },
        "Plain Name"
    ]);
    fs::write(&file, article.to_string()).expect("write");
    publish(&site.options()).expect("publishes");

    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    assert_eq!(
        meta(&page, "og:image"),
        format!("{SITE}api/images/harbour-2400.png")
    );
    assert_eq!(meta(&page, "og:image:width"), "2400");
    assert_eq!(meta(&page, "og:image:height"), "1500");
    let ld: serde_json::Value = serde_json::from_str(between(
        &page,
        r#"<script type="application/ld+json" data-page-head>"#,
        "</script>",
    ))
    .expect("JSON-LD");
    assert_eq!(
        ld["author"][0]["url"],
        "https://news.example/staff/ayse-demir"
    );
    assert!(
        ld["author"][1].get("url").is_none(),
        "an unsafe address is left out"
    );
    assert_eq!(ld["author"][2]["name"], "Plain Name");
    assert_eq!(ld["publisher"]["@type"], "NewsMediaOrganization");
    assert_eq!(ld["publisher"]["logo"]["url"], format!("{SITE}card.png"));

    // The front page names the site and its publisher.
    let front = site.page("index.html");
    let blocks: Vec<serde_json::Value> = front
        .split(r#"<script type="application/ld+json" data-page-head>"#)
        .skip(1)
        .map(|rest| {
            serde_json::from_str(&rest[..rest.find("</script>").expect("end")]).expect("JSON-LD")
        })
        .collect();
    let types: Vec<&str> = blocks.iter().filter_map(|b| b["@type"].as_str()).collect();
    assert_eq!(types, ["WebSite", "NewsMediaOrganization"]);
    assert_eq!(blocks[0]["url"], SITE);
    assert_eq!(blocks[1]["logo"]["@type"], "ImageObject");

    // The sitemap dates the front page and names each story's picture.
    let sitemap = site.page("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).expect("XML");
    let image_ns = "http://www.google.com/schemas/sitemap-image/1.1";
    let urls: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    let front_url = urls[0];
    assert!(
        front_url.children().any(|n| n.has_tag_name("lastmod")),
        "the front page has a lastmod"
    );
    let story = urls
        .iter()
        .find(|url| {
            url.children()
                .any(|n| n.text() == Some(&format!("{SITE}news/{ARTICLE}")))
        })
        .expect("the story is listed");
    let image = story
        .descendants()
        .find(|n| n.has_tag_name((image_ns, "loc")))
        .and_then(|n| n.text());
    assert_eq!(
        image,
        Some(format!("{SITE}api/images/harbour-2400.png").as_str())
    );
}

/// The `<loc>`s of a sitemap file.
fn locs(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("loc") && n.parent().is_some_and(|p| p.has_tag_name("url")))
        .filter_map(|n| n.text().map(str::to_owned))
        .collect()
}

#[test]
fn topics_and_older_pages_are_pages_linked_and_in_the_sitemap() {
    let site = Fixture::new("lists");
    publish(&site.options()).expect("publishes");
    let topic = site.page("topic/climate/index.html");
    assert!(topic.contains("<title>Climate | Dateline</title>"));
    assert!(topic.contains(&format!(
        r#"<link rel="canonical" href="{SITE}topic/climate" data-page-head>"#
    )));
    assert!(meta(&topic, "name=\"description").contains("stories about Climate"));
    assert!(
        topic.contains(r#"<a href="/topic/climate/page/2" rel="next">More stories"#),
        "{topic}"
    );
    let older = site.page("topic/climate/page/2/index.html");
    assert!(older.contains("<title>Climate, page 2 | Dateline</title>"));
    assert!(older.contains(&format!(
        r#"<link rel="canonical" href="{SITE}topic/climate/page/2" data-page-head>"#
    )));
    assert!(older.contains(r#"<a href="/topic/climate" rel="prev">Newer stories"#));
    assert!(
        !rendered_body(&older).contains("More stories"),
        "the last page"
    );
    let world = site.page("category/world/page/2/index.html");
    assert!(world.contains("<title>World, page 2 | Dateline</title>"));
    assert_eq!(embedded(&world).path, "/category/world/page/2");
    let article = site.page(&format!("news/{ARTICLE}/index.html"));
    assert!(article.contains(r#"<a href="/topic/climate">Climate"#));

    let listed = locs(&site.page("sitemap.xml"));
    for path in [
        "topic/climate",
        "topic/climate/page/2",
        "topic/museums",
        "category/world/page/2",
    ] {
        assert!(
            listed.contains(&format!("{SITE}{path}")),
            "{path} in the sitemap"
        );
    }

    // A `next` the contract does not follow ends the list there, said; the
    // page it no longer has, and a topic that is gone, go with the next
    // publish.
    let world_file = site.root.join("api/categories/world.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&world_file).expect("world")).expect("json");
    json["next"] = "../../secret/2.json".into();
    fs::write(&world_file, json.to_string()).expect("write");
    fs::remove_file(site.root.join("api/topics/museums.json")).expect("remove");
    let report = publish(&site.options()).expect("publishes");
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("categories/world.json")
                && p.contains("\"../../secret/2.json\"")
                && p.contains("the list ends there")),
        "{:?}",
        report.problems
    );
    assert!(!site.root.join("dist/category/world/page/2").exists());
    assert!(!site.root.join("dist/topic/museums").exists());
    assert!(site.root.join("dist/category/world/index.html").exists());
    assert!(!rendered_body(&site.page("category/world/index.html")).contains("More stories"));
    assert_eq!(report.removed, 2);
    let listed = locs(&site.page("sitemap.xml"));
    assert!(!listed.contains(&format!("{SITE}category/world/page/2")));

    // A page that cannot be read ends its list before it.
    fs::write(site.root.join("api/topics/climate/2.json"), "{").expect("write");
    let report = publish(&site.options()).expect("publishes");
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.starts_with("topics/climate/2.json cannot be read")),
        "{:?}",
        report.problems
    );
    assert!(!site.root.join("dist/topic/climate/page/2").exists());
}

#[test]
fn the_first_photo_is_preloaded_and_a_player_is_allowed_only_where_a_page_has_one() {
    let site = Fixture::new("preload");
    publish(&site.options()).expect("publishes");
    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    let head = between(&page, "<head>", "</head>");
    let webp = |w: u32| format!("/api/images/photos/harbour-{w}.webp {w}w");
    let srcset = [480, 720, 960, 1200, 1600].map(webp).join(", ");
    assert!(head.contains(&format!(
        r#"<link rel="preload" as="image" href="/api/images/photos/harbour-720.jpg" fetchpriority="high" imagesrcset="{srcset}" imagesizes="(min-width: 42rem) 40rem, calc(100vw - 2rem)" type="image/webp" data-page-head>"#
    )), "{head}");
    assert_eq!(head.matches(r#"rel="preload" as="image""#).count(), 1);
    // The same files the page's <picture> offers, so the preload is the file shown.
    assert!(page.contains(&format!(r#"<source type="image/webp" srcset="{srcset}""#)));
    let plain = site.page("news/bees-learn-to-solve-puzzle-by-watching/index.html");
    assert!(
        !plain.contains(r#"as="image""#),
        "a story without a picture preloads none"
    );
    assert!(!site
        .page("category/world/index.html")
        .contains(r#"as="image""#));

    // The sample's cup final has a YouTube embed: its player's host may be framed.
    let frame = "frame-src https://www.youtube-nocookie.com;";
    assert!(site.page("_headers").contains(frame));
    let cup = site.article_file("underdogs-reach-cup-final-on-penalties");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&cup).expect("cup")).expect("json");
    let body = json["body"].as_array().expect("body").clone();
    json["body"] = body
        .into_iter()
        .filter(|b| b["provider"] != "YouTube")
        .collect();
    fs::write(&cup, json.to_string()).expect("write");
    // One other story published: the players the site had are kept.
    publish(&Options {
        only: Some(Only::Article(ARTICLE.into())),
        ..site.options()
    })
    .expect("publishes one");
    assert!(site.page("_headers").contains(frame));
    // A whole publish with no page that plays one: no frame may load.
    publish(&site.options()).expect("publishes");
    let headers = site.page("_headers");
    assert!(!headers.contains("frame-src"), "{headers}");
    assert!(headers.contains("media-src 'self' https:"));
}

#[test]
fn the_news_sitemap_lists_the_last_two_days_stories_newest_first() {
    let site = Fixture::new("news-sitemap");
    // A story published after the publish is not news yet.
    let file = site.article_file("central-bank-holds-rates-steady");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).expect("story")).expect("json");
    json["published_at"] = "2026-11-30T09:00:00Z".into();
    fs::write(&file, json.to_string()).expect("write");
    publish(&site.options()).expect("publishes");

    let now: chrono::DateTime<chrono::FixedOffset> = NOW.parse().expect("now");
    let mut expected: Vec<(chrono::DateTime<chrono::FixedOffset>, String)> =
        fs::read_dir(site.root.join("api/articles"))
            .expect("articles")
            .flatten()
            .map(|entry| {
                let json: serde_json::Value =
                    serde_json::from_str(&fs::read_to_string(entry.path()).expect("article"))
                        .expect("json");
                let at = chrono::DateTime::parse_from_rfc3339(
                    json["published_at"].as_str().expect("time"),
                )
                .expect("time");
                (
                    at,
                    format!("{SITE}news/{}", json["slug"].as_str().expect("slug")),
                )
            })
            .filter(|(at, _)| *at <= now && now - *at <= chrono::Duration::hours(48))
            .collect();
    expected.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    assert!(
        expected.len() >= 5 && expected.len() < 24,
        "{}",
        expected.len()
    );

    let xml = site.page("news-sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("XML");
    let news = "http://www.google.com/schemas/sitemap-news/0.9";
    let urls: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    let listed: Vec<String> = locs(&xml);
    assert_eq!(
        listed,
        expected
            .iter()
            .map(|(_, url)| url.clone())
            .collect::<Vec<_>>()
    );
    for url in &urls {
        let text = |name: &str| {
            url.descendants()
                .find(|n| n.has_tag_name((news, name)))
                .and_then(|n| n.text())
                .map(str::to_owned)
        };
        assert_eq!(text("name").as_deref(), Some("Dateline"));
        assert_eq!(text("language").as_deref(), Some("en"));
        assert!(text("title").is_some_and(|t| !t.is_empty()));
        assert!(text("publication_date")
            .is_some_and(|at| chrono::DateTime::parse_from_rfc3339(&at).is_ok()));
    }
    assert!(site
        .page("robots.txt")
        .contains(&format!("Sitemap: {SITE}news-sitemap.xml\n")));

    // One story published again: the same news sitemap.
    publish(&Options {
        only: Some(Only::Article(ARTICLE.into())),
        ..site.options()
    })
    .expect("publishes one");
    assert_eq!(site.page("news-sitemap.xml"), xml);
}

const LIVE: &str = "storm-arden-reaches-the-coast";

#[test]
fn live_pages_are_written_with_their_posts_linked_found_and_described() {
    let site = Fixture::new("live");
    let report = publish(&site.options()).expect("publishes");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let page = site.page(&format!("live/{LIVE}/index.html"));
    let head = between(&page, "<head>", "</head>");
    assert!(head.contains("<title>Storm Arden reaches the coast: live updates | Dateline</title>"));
    assert!(head.contains(&format!(
        r#"<link rel="canonical" href="{SITE}live/{LIVE}" data-page-head>"#
    )));
    assert_eq!(meta(head, "og:type"), "article");
    assert_eq!(
        meta(head, "og:image"),
        format!("{SITE}api/images/photos/lighthouse-1600.jpg")
    );
    let blog = between(
        head,
        r#"<script type="application/ld+json" data-page-head>"#,
        "</script>",
    );
    let blog: serde_json::Value = serde_json::from_str(blog).expect("JSON-LD");
    assert_eq!(blog["@type"], "LiveBlogPosting");
    assert_eq!(blog["coverageStartTime"], blog["datePublished"]);
    assert!(blog.get("coverageEndTime").is_none(), "still live");
    let updates = blog["liveBlogUpdate"].as_array().expect("updates");
    assert_eq!(updates.len(), 8, "the posts on this page");
    assert_eq!(updates[0]["@type"], "BlogPosting");
    assert_eq!(
        updates[0]["url"],
        format!("{SITE}live/{LIVE}#post-arden-22")
    );
    assert!(updates[0]["articleBody"]
        .as_str()
        .is_some_and(|text| text.starts_with("The wind is easing")));
    assert_eq!(updates[2]["headline"], "The flood gates hold");

    // The page: live, its pinned post (from an older page, given whole),
    // its key events, the stream and a real link to the older posts.
    let body = rendered_body(&page);
    assert!(body.contains(r#"<p class="live__status"><span class="live-mark">Live"#));
    assert!(body.contains(r#"id="pinned-heading""#) && body.contains("If you live near the coast"));
    assert!(body.contains(&format!(
        r#"<a href="/live/{LIVE}#post-arden-20">The harbour's flood gates hold at high tide"#
    )));
    for id in ["arden-22", "arden-15"] {
        assert!(
            body.contains(&format!(r#"id="post-{id}""#)),
            "{id} on page 1"
        );
    }
    assert!(
        !body.contains(r#"id="post-arden-14""#),
        "page 2's first post"
    );
    assert!(body.contains(&format!(
        r#"<a href="/live/{LIVE}/page/2" rel="next">Older updates"#
    )));
    assert_eq!(embedded(&page).live.map(|live| live.posts.len()), Some(8));

    let older = site.page(&format!("live/{LIVE}/page/2/index.html"));
    assert!(older
        .contains("<title>Storm Arden reaches the coast: live updates, page 2 | Dateline</title>"));
    assert!(older.contains(&format!(
        r#"<a href="/live/{LIVE}" rel="prev">Newer updates"#
    )));
    assert!(older.contains(r#"id="post-arden-14""#));
    assert!(site
        .page(&format!("live/{LIVE}/page/3/index.html"))
        .contains(r#"id="post-arden-01""#));

    // Listed with its mark, linked to its live page, in the sitemap and feed.
    let world = site.page("category/world/page/2/index.html");
    let card = between(
        &world,
        r#"<h2 class="story__title"><span class="live-mark">Live"#,
        "</h2>",
    );
    assert!(card.contains(&format!(r#"<a href="/live/{LIVE}" dir="auto">Storm Arden"#)));
    let listed = locs(&site.page("sitemap.xml"));
    for path in [format!("live/{LIVE}"), format!("live/{LIVE}/page/3")] {
        assert!(
            listed.contains(&format!("{SITE}{path}")),
            "{path} in the sitemap"
        );
    }
    assert!(site
        .page("feed.xml")
        .contains(&format!("<link>{SITE}live/{LIVE}</link>")));

    // Once ended, its structured data says when.
    let file = site.root.join(format!("api/live/{LIVE}.json"));
    let mut json = json_file(&file);
    json["status"] = "ended".into();
    fs::write(&file, json.to_string()).expect("write");
    publish(&site.options()).expect("publishes");
    let ended = site.page(&format!("live/{LIVE}/index.html"));
    assert!(rendered_body(&ended).contains("This live coverage has ended"));
    assert!(!ended.contains(r#"<p class="live__status"><span class="live-mark">"#));
    let blog = between(
        &ended,
        r#"<script type="application/ld+json" data-page-head>"#,
        "</script>",
    );
    let blog: serde_json::Value = serde_json::from_str(blog).expect("JSON-LD");
    assert_eq!(blog["coverageEndTime"], blog["dateModified"]);
}

#[test]
fn only_one_live_page_with_every_page_of_its_posts() {
    let site = Fixture::new("only-live");
    publish(&site.options()).expect("first publish");
    let sitemap = site.page("sitemap.xml");
    let marked = "<!-- untouched -->";
    let quiet = [
        "category/sport/index.html",
        &format!("news/{ARTICLE}/index.html"),
    ];
    for path in quiet {
        fs::write(site.root.join("dist").join(path), marked).expect("mark");
    }
    fs::write(
        site.root.join("dist/category/world/page/2/index.html"),
        marked,
    )
    .expect("mark");
    let first = site.root.join(format!("api/live/{LIVE}.json"));
    let third = site.root.join(format!("api/live/{LIVE}/3.json"));
    for file in [&first, &third] {
        let mut json = json_file(file);
        json["posts"][0]["body"][0]["text"] = "A correction from the live desk.".into();
        fs::write(file, json.to_string()).expect("write");
    }
    let options = Options {
        only: Some(Only::Live(LIVE.into())),
        ..site.options()
    };
    let report = publish(&options).expect("publishes one live page");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    for path in [format!("live/{LIVE}"), format!("live/{LIVE}/page/3")] {
        assert!(
            site.page(&format!("{path}/index.html"))
                .contains("A correction from the live desk."),
            "{path} is rendered again"
        );
    }
    assert_ne!(
        site.page("category/world/page/2/index.html"),
        marked,
        "the section page that lists it is rewritten"
    );
    for path in quiet {
        assert_eq!(site.page(path), marked, "{path} is left alone");
    }
    assert_eq!(
        site.page("sitemap.xml"),
        sitemap,
        "every article still listed"
    );
    assert!(
        fs::read_to_string(site.root.join(format!("dist/api/live/{LIVE}/3.json")))
            .expect("copied")
            .contains("A correction from the live desk.")
    );

    // A live page that loses its oldest page loses that page's HTML and JSON.
    let second = site.root.join(format!("api/live/{LIVE}/2.json"));
    let mut json = json_file(&second);
    json["next"] = serde_json::Value::Null;
    fs::write(&second, json.to_string()).expect("write");
    fs::remove_file(&third).expect("remove");
    let report = publish(&options).expect("publishes the shorter stream");
    assert_eq!(report.removed, 1);
    assert!(!site.root.join(format!("dist/live/{LIVE}/page/3")).exists());
    assert!(site.root.join(format!("dist/live/{LIVE}/page/2")).exists());
    assert!(!site
        .root
        .join(format!("dist/api/live/{LIVE}/3.json"))
        .exists());
    assert!(!site
        .page("sitemap.xml")
        .contains(&format!("live/{LIVE}/page/3")));

    // A live page whose JSON is gone loses all of its pages.
    fs::remove_file(&first).expect("remove");
    fs::remove_dir_all(site.root.join(format!("api/live/{LIVE}"))).expect("remove");
    let report = publish(&options).expect("publishes the removal");
    assert_eq!(report.removed, 1);
    assert!(!site.root.join(format!("dist/live/{LIVE}")).exists());
    assert!(!site
        .root
        .join(format!("dist/api/live/{LIVE}.json"))
        .exists());
    assert!(!site.page("sitemap.xml").contains(LIVE));
    assert!(!site.page("feed.xml").contains(LIVE));
    assert_eq!(site.page(&format!("news/{ARTICLE}/index.html")), marked);
}

#[test]
fn only_names_an_article_or_a_live_page() {
    assert_eq!(
        Only::parse("news/a-story"),
        Some(Only::Article("a-story".into()))
    );
    assert_eq!(
        Only::parse("/live/a-storm/"),
        Some(Only::Live("a-storm".into()))
    );
    for refused in [
        "a-story",
        "topic/a-story",
        "live/",
        "live/../home",
        "news/a/b",
    ] {
        assert_eq!(Only::parse(refused), None, "{refused}");
    }
}

/// Every `<time datetime>` of a page's body: its attribute and its text.
fn times(page: &str) -> Vec<(String, String)> {
    rendered_body(page)
        .split("<time datetime=\"")
        .skip(1)
        .map(|rest| {
            let datetime = rest[..rest.find('"').expect("quoted")].to_owned();
            let text = &rest[rest.find('>').expect("tag") + 1..];
            let text = text[..text.find('<').expect("text")].to_owned();
            (datetime, text)
        })
        .collect()
}

#[test]
fn every_pre_rendered_time_is_in_the_home_zone_and_the_page_says_which() {
    let site = Fixture::new("zone");
    publish(&site.options()).expect("publishes");
    let mut seen = 0;
    for (path, page) in rendered_pages(&site) {
        // As the browser reads the attribute.
        let written = meta(&page, "dateline:zone")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
        let zone = dateline::time::zone::HomeZone::parse(&written);
        for (datetime, text) in times(&page) {
            let at = chrono::DateTime::parse_from_rfc3339(&datetime).expect("a time");
            let london = at.with_timezone(&chrono_tz::Europe::London);
            assert_eq!(
                text,
                london.format("%d.%m.%Y %H:%M GMT").to_string(),
                "{path}: {datetime}"
            );
            // What the page tells the browser renders the same text.
            assert_eq!(
                dateline::time::ladder::newsroom_time(at, &zone),
                text,
                "{path}: {written}"
            );
            seen += 1;
        }
    }
    assert!(seen > 20, "{seen} times");

    // Another zone, from the command line: Istanbul's, shown by its offset.
    publish(&Options {
        settings: Settings {
            zone: Some("Europe/Istanbul".into()),
            ..Settings::default()
        },
        ..site.options()
    })
    .expect("publishes in Istanbul's zone");
    let page = site.page(&format!("news/{ARTICLE}/index.html"));
    assert!(rendered_body(&page).contains(">28.11.2026 17:59 UTC+03:00<"));
    assert!(times(&page)
        .iter()
        .all(|(_, text)| text.ends_with(" UTC+03:00")));
}

#[test]
fn the_site_has_its_own_name_everywhere_as_text() {
    let site = Fixture::new("name");
    let name = r#"Coast <b>Daily</b> & "Co""#;
    fs::write(
        site.root.join("api/site.json"),
        serde_json::json!({ "name": name, "tagline": "News of the coast" }).to_string(),
    )
    .expect("settings");
    publish(&site.options()).expect("publishes");
    let escaped = "Coast &lt;b&gt;Daily&lt;/b&gt; &amp; &quot;Co&quot;";
    let front = site.page("index.html");
    assert!(
        front.contains(&format!("<title>News of the coast | {escaped}</title>")),
        "{}",
        between(&front, "<title>", "</title>")
    );
    assert!(rendered_body(&front)
        .contains(r#"<span class="brand__name">Coast &lt;b&gt;Daily&lt;/b&gt; &amp; "Co""#));
    assert!(!front.contains("<b>Daily"));
    assert_eq!(meta(&front, "dateline:name"), escaped);
    assert_eq!(meta(&front, "og:site_name"), escaped);
    let article = site.page(&format!("news/{ARTICLE}/index.html"));
    assert!(article.contains(&format!(" | {escaped}</title>")));
    let ld = between(
        &article,
        r#"<script type="application/ld+json" data-page-head>"#,
        "</script>",
    );
    let ld: serde_json::Value = serde_json::from_str(ld).expect("JSON-LD");
    assert_eq!(ld["publisher"]["name"], name);
    let feed = site.page("feed.xml");
    let xml = roxmltree::Document::parse(&feed).expect("the feed is XML");
    let title = xml
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text());
    assert_eq!(title, Some(name));
    // The shell, which a story published later is served from, names it too.
    let shell = site.page("shell.html");
    assert_eq!(meta(&shell, "dateline:tagline"), "News of the coast");
    assert!(shell.contains(&format!("<title>News of the coast | {escaped}</title>")));
    assert!(shell.contains(&format!(r#"type="application/rss+xml" title="{escaped}""#)));
    assert!(
        !shell.contains("Dateline"),
        "no word of the demo's name is left"
    );
}

#[test]
fn a_setting_that_cannot_be_used_stops_the_publish_and_changes_nothing() {
    let site = Fixture::new("bad-settings");
    publish(&site.options()).expect("first publish");
    let before = site.page("index.html");
    let whole = tree(&site.root.join("dist"));
    fs::remove_file(site.article_file(ARTICLE)).expect("remove");
    fs::write(site.root.join("api/logo.gif"), b"GIF89a").expect("logo");
    for (settings, said) in [
        (r#"{"zone": "Mars/Olympus_Mons"}"#, "Mars/Olympus_Mons"),
        (r#"{"name": ""}"#, "the name is empty"),
        (r#"{"name": ["Dateline"]}"#, "`name` must be a string"),
        (r#"{"digits": "roman"}"#, "roman"),
        (r#"{"accent": "crimson"}"#, "crimson"),
        (r#"{"logo": "missing.svg"}"#, "missing.svg"),
        (r#"{"logo": "logo.gif"}"#, "logo.gif"),
        (r#"{"editions": [{"language": "ar"}]}"#, "`url`"),
    ] {
        fs::write(site.root.join("api/site.json"), settings).expect("settings");
        let error = publish(&site.options()).expect_err(settings);
        assert!(matches!(error, PublishError::Settings(_)), "{settings}");
        let message = error.to_string();
        assert!(
            message.contains(said) && message.contains("nothing was published"),
            "{message}"
        );
        assert_eq!(site.page("index.html"), before);
        assert!(site
            .root
            .join(format!("dist/news/{ARTICLE}/index.html"))
            .is_file());
        assert!(
            tree(&site.root.join("dist")) == whole,
            "{settings}: dist/ changed"
        );
    }
}

/// A fixture whose newsroom is the sample's Arabic edition.
fn arabic_site(name: &str) -> Fixture {
    let site = Fixture::new(name);
    fs::remove_dir_all(site.root.join("api")).expect("clear");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("public/editions/ar"),
        &site.root.join("api"),
    );
    site
}

#[test]
fn an_edition_is_written_in_its_language_digits_and_direction() {
    let site = arabic_site("arabic");
    let report = publish(&site.options()).expect("publishes");
    assert!(
        !report.problems.iter().any(|p| p.contains("lang/")),
        "{:?}",
        report.problems
    );
    let front = site.page("index.html");
    assert!(front.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let words = between(
        &front,
        r#"<script type="application/json" id="dateline-strings">"#,
        "</script>",
    );
    let words: serde_json::Value = serde_json::from_str(words).expect("the words are JSON");
    assert_eq!(
        (&words["language"], &words["dir"], &words["digits"]),
        (&"ar".into(), &"rtl".into(), &"arab".into())
    );
    let body = rendered_body(&front);
    assert!(body.contains(">أبرز الأخبار<"), "Top News, in Arabic");
    assert!(body.contains(">آخر الأخبار<"), "Latest News, in Arabic");
    assert!(body.contains(">الانتقال إلى المحتوى<"), "the skip link");
    assert!(!body.contains("Top News") && !body.contains("Skip to content"));
    // Every time in Cairo's zone, in Arabic-Indic digits, the zone's name
    // in its own letters.
    let article = site.page("news/fishing-port-storm-gates-close-for-first-time/index.html");
    let shown = times(&article);
    assert!(!shown.is_empty());
    for (_, text) in &shown {
        assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
    }
    assert!(
        shown.iter().any(|(_, text)| text == "٢٨.١١.٢٠٢٦ ١٦:٥٩ EET"),
        "{shown:?}"
    );
    // Page numbers too, and a name in another script is isolated in the
    // title, which cannot hold markup.
    let older = site.page("category/local/page/2/index.html");
    let title = between(&older, "<title>", "</title>");
    assert!(
        title.contains("\u{2068}محليات\u{2069}") && title.contains('٢'),
        "{title}"
    );
    // The feed and the news sitemap say the language.
    assert!(site.page("feed.xml").contains("<language>ar</language>"));
    assert!(site
        .page("news-sitemap.xml")
        .contains("<news:language>ar</news:language>"));
    // The shell, for pages published later, speaks it too.
    let shell = site.page("shell.html");
    assert!(shell.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(shell.contains("id=\"dateline-strings\">{\"language\":\"ar\""));
}

#[test]
fn a_language_without_a_file_is_english_and_said() {
    let site = Fixture::new("klingon");
    let options = Options {
        settings: Settings {
            language: Some("tlh".into()),
            ..Settings::default()
        },
        ..site.options()
    };
    let report = publish(&options).expect("publishes in English");
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("\"tlh\"") && p.contains("English")),
        "{:?}",
        report.problems
    );
    let front = site.page("index.html");
    assert!(front.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(rendered_body(&front).contains(">Top News<"));
    // Digits that are not a numbering system stop it.
    let options = Options {
        settings: Settings {
            digits: Some("roman".into()),
            ..Settings::default()
        },
        ..site.options()
    };
    let error = publish(&options).expect_err("refused");
    assert!(error.to_string().contains("roman"), "{error}");
}

#[test]
fn the_newsrooms_colour_and_logo_are_on_every_page_and_readable() {
    let site = Fixture::new("look");
    fs::write(
        site.root.join("api/logo.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><text y="40">Herald</text></svg>"#,
    )
    .expect("logo");
    fs::write(
        site.root.join("api/site.json"),
        r##"{ "name": "The Herald", "accent": "#ffcc00", "logo": "logo.svg" }"##,
    )
    .expect("settings");
    let report = publish(&site.options()).expect("publishes");
    // Yellow cannot be read on the white page: made darker there, and said.
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("#ffcc00") && p.contains("light page")),
        "{:?}",
        report.problems
    );
    let css = site.page("site.css");
    assert!(
        css.contains("\n:root { --accent: #") && !css.contains("\n:root { --accent: #ffcc00"),
        "{css}"
    );
    assert!(
        css.contains("--accent: #ffcc00; } }"),
        "the dark page keeps it: {css}"
    );
    assert!(
        css.contains("inline-size: 160px; block-size: 40px"),
        "{css}"
    );
    assert_eq!(
        site.page("site-logo.svg"),
        fs::read_to_string(site.root.join("api/logo.svg")).expect("logo")
    );
    for page in [
        "index.html",
        &format!("news/{ARTICLE}/index.html"),
        "shell.html",
        "404.html",
    ] {
        let html = site.page(page);
        let head = between(&html, "<head>", "</head>");
        assert!(
            head.contains(r#"<link rel="stylesheet" href="/site.css?v="#),
            "{page}"
        );
    }
    // The header draws it by an address named by its content.
    assert!(css.contains("url(\"site-logo.svg?v="), "{css}");
    // Search engines and feed readers take no drawing: the publisher's
    // logo stays the site's card, and the feed has no image.
    let front = site.page("index.html");
    let card = format!(
        r#""logo":{{"@type":"ImageObject","url":"{SITE}card.png","width":1200,"height":630}}"#
    );
    assert!(front.contains(&card), "the card for a drawn logo");
    assert!(!site.page("feed.xml").contains("<image>"));
    // A PNG logo is the publisher's, at its own size in pixels, and the
    // feed's image.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend(600u32.to_be_bytes());
    png.extend(60u32.to_be_bytes());
    fs::write(site.root.join("api/logo.png"), &png).expect("logo");
    fs::write(
        site.root.join("api/site.json"),
        r#"{ "name": "The Herald", "logo": "logo.png" }"#,
    )
    .expect("settings");
    publish(&site.options()).expect("publishes");
    assert!(
        !site.root.join("dist/site-logo.svg").exists(),
        "the old logo is gone"
    );
    let href = between(&site.page("site.css"), "url(\"", "\")").to_owned();
    assert!(href.starts_with("site-logo.png?v="), "{href}");
    let logo =
        format!(r#""logo":{{"@type":"ImageObject","url":"{SITE}{href}","width":600,"height":60}}"#);
    assert!(
        site.page("index.html").contains(&logo),
        "the publisher's logo"
    );
    assert!(site.page("feed.xml").contains(&format!(
        "<image><url>{SITE}{href}</url><title>The Herald</title>"
    )));
    // Without a look, the next publish leaves none behind.
    fs::write(site.root.join("api/site.json"), "{}").expect("settings");
    publish(&site.options()).expect("publishes");
    assert!(
        !site.root.join("dist/site.css").exists() && !site.root.join("dist/site-logo.png").exists()
    );
    assert!(!site.page("index.html").contains("site.css"));
    // A colour that is not one stops the publish.
    fs::write(
        site.root.join("api/site.json"),
        r#"{ "accent": "crimson" }"#,
    )
    .expect("settings");
    let error = publish(&site.options()).expect_err("refused");
    assert!(error.to_string().contains("crimson"), "{error}");
}

/// A third edition, in English, which no story here is translated into.
const EN_SIBLING: &str = "https://en.news.example/";

/// A fixture whose newsroom is one of the sample's editions, naming `sibling`
/// (language, URL) and the translation of its lead story there, and an
/// English sibling with no translations.
fn edition_site(name: &str, code: &str, sibling: (&str, &str), lead: (&str, &str)) -> Fixture {
    let site = Fixture::new(name);
    fs::remove_dir_all(site.root.join("api")).expect("clear");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("public/editions/{code}")),
        &site.root.join("api"),
    );
    let settings = site.root.join("api/site.json");
    let mut json = json_file(&settings);
    json["editions"] = serde_json::json!([
        { "language": sibling.0, "url": sibling.1 },
        { "language": "en", "url": EN_SIBLING, "name": "In English" },
    ]);
    fs::write(&settings, json.to_string()).expect("settings");
    let article = site.article_file(lead.0);
    let mut story = json_file(&article);
    // And one into a language the site has no edition in, which is ignored.
    story["translations"] = serde_json::json!([
        { "language": sibling.0, "slug": lead.1 },
        { "language": "fr", "slug": "une-histoire" },
    ]);
    fs::write(&article, story.to_string()).expect("article");
    site
}

#[test]
fn sibling_editions_are_linked_both_ways_and_offered_by_their_own_names() {
    const TR: &str = "https://tr.news.example/";
    const AR: &str = "https://ar.news.example/";
    let (tr_lead, ar_lead) = (
        "lodos-uyarisi-liman-kapaklari-ilk-kez-gercek-firtina-icin-kapatilacak",
        "fishing-port-storm-gates-close-for-first-time",
    );
    let turkish = edition_site("tr-sibling", "tr", ("ar", AR), (tr_lead, ar_lead));
    let arabic = edition_site("ar-sibling", "ar", ("tr", TR), (ar_lead, tr_lead));
    for (site, url) in [(&turkish, TR), (&arabic, AR)] {
        publish(&Options {
            site_url: url.into(),
            ..site.options()
        })
        .expect("publishes");
    }
    let alternates = |page: &str| -> Vec<(String, String)> {
        page.split("<link rel=\"alternate\" hreflang=\"")
            .skip(1)
            .map(|rest| {
                let language = rest[..rest.find('"').expect("quoted")].to_owned();
                let href = between(rest, "href=\"", "\"").to_owned();
                (language, href)
            })
            .collect()
    };
    // The front pages name each other, and themselves.
    let fronts = vec![
        ("tr".to_owned(), TR.to_owned()),
        ("ar".to_owned(), AR.to_owned()),
        ("en".to_owned(), EN_SIBLING.to_owned()),
    ];
    let mut tr_front = alternates(&turkish.page("index.html"));
    let mut ar_front = alternates(&arabic.page("index.html"));
    tr_front.sort();
    ar_front.sort();
    let mut expected = fronts.clone();
    expected.sort();
    assert_eq!(tr_front, expected);
    assert_eq!(ar_front, expected);
    // The translated story names its translation, both ways.
    let tr_story = alternates(&turkish.page(&format!("news/{tr_lead}/index.html")));
    let ar_story = alternates(&arabic.page(&format!("news/{ar_lead}/index.html")));
    let (tr_url, ar_url) = (format!("{TR}news/{tr_lead}"), format!("{AR}news/{ar_lead}"));
    assert!(
        tr_story.contains(&("tr".into(), tr_url.clone()))
            && tr_story.contains(&("ar".into(), ar_url.clone())),
        "{tr_story:?}"
    );
    assert!(
        ar_story.contains(&("ar".into(), ar_url.clone()))
            && ar_story.contains(&("tr".into(), tr_url.clone())),
        "{ar_story:?}"
    );
    // Only the editions that have the story: not the English one, nor
    // French, which is no edition of the site.
    assert_eq!(tr_story.len(), 2, "{tr_story:?}");
    assert_eq!(ar_story.len(), 2, "{ar_story:?}");
    // A page no sibling is known to have names none: not a section, nor an
    // untranslated story (a sibling's front page is not its equivalent).
    let section = alternates(&turkish.page("category/gundem/index.html"));
    assert_eq!(section, Vec::new(), "a section");
    let untranslated = turkish.another_story(tr_lead);
    let other = alternates(&turkish.page(&format!("news/{untranslated}/index.html")));
    assert_eq!(other, Vec::new(), "an untranslated story");
    // The header offers the other edition by its own name, in its own
    // language, to the translation on the translated story's page.
    let header = |page: &str| between(rendered_body(page), "<header", "</header>").to_owned();
    let front_nav = header(&turkish.page("index.html"));
    assert!(
        front_nav.contains(&format!(
            r#"<a href="{AR}" rel="external" hreflang="ar" lang="ar" dir="auto">العربية<"#
        )),
        "{front_nav}"
    );
    assert!(
        front_nav.contains(r#"<nav aria-label="Baskılar" class="editions">"#),
        "{front_nav}"
    );
    let story_nav = header(&turkish.page(&format!("news/{tr_lead}/index.html")));
    assert!(
        story_nav.contains(&format!(r#"href="{ar_url}""#)),
        "{story_nav}"
    );
    let back = header(&arabic.page("index.html"));
    assert!(back.contains(r#"lang="tr" dir="auto">Türkçe<"#), "{back}");
    // An edition named in site.json is offered by that name.
    assert!(
        back.contains(r#"lang="en" dir="auto">In English<"#),
        "{back}"
    );
    // The sitemaps list the alternates of the pages that have them.
    let sitemap = arabic.page("sitemap.xml");
    assert!(sitemap.contains(r#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#));
    assert!(
        sitemap.contains(&format!(
            r#"<xhtml:link rel="alternate" hreflang="tr" href="{tr_url}"/>"#
        )),
        "the translated story"
    );
    assert!(
        sitemap.contains(&format!(
            r#"<xhtml:link rel="alternate" hreflang="tr" href="{TR}"/>"#
        )),
        "the front page"
    );
    assert_eq!(
        sitemap
            .matches("<xhtml:link rel=\"alternate\" hreflang=\"tr\"")
            .count(),
        2,
        "no other page"
    );
    assert_eq!(
        sitemap
            .matches("<xhtml:link rel=\"alternate\" hreflang=\"en\"")
            .count(),
        1,
        "the English edition only beside the front page"
    );
    // Publishing another story alone reads the sitemap back, and keeps
    // them.
    publish(&Options {
        site_url: AR.into(),
        only: Some(Only::Article(arabic.another_story(ar_lead))),
        ..arabic.options()
    })
    .expect("publishes one story");
    assert_eq!(arabic.page("sitemap.xml"), sitemap);
}

#[test]
fn an_edition_that_cannot_be_linked_stops_the_publish() {
    let site = Fixture::new("bad-sibling");
    for (editions, said) in [
        (
            r#"[{ "language": "en", "url": "https://en.example/" }]"#,
            "this site's own",
        ),
        (
            r#"[{ "language": "ar" }]"#,
            "needs a `language` and a `url`",
        ),
        (
            r#"[{ "language": "ar", "url": "javascript:alert(1)" }]"#,
            "no http(s) address",
        ),
        (r#"{ "ar": "https://ar.example/" }"#, "must be a list"),
        // Its language names a file in lang/: never a path.
        (
            r#"[{ "language": "../../etc/passwd", "url": "https://ar.example/" }]"#,
            "not a language tag",
        ),
        (
            r#"[{ "language": "ar", "url": "https://ar.example/\u0000x" }]"#,
            "no http(s) address",
        ),
        (
            r#"[{ "language": "ar", "url": "https://ar.example/a\tb" }]"#,
            "no http(s) address",
        ),
    ] {
        fs::write(
            site.root.join("api/site.json"),
            format!(r#"{{ "editions": {editions} }}"#),
        )
        .expect("settings");
        let error = publish(&site.options()).expect_err(editions);
        assert!(error.to_string().contains(said), "{editions}: {error}");
    }
}

/// The settings the service worker is written with (its first line).
fn worker_settings(site: &Fixture) -> serde_json::Value {
    let worker = site.page("sw.js");
    let line = worker.lines().next().expect("a first line");
    serde_json::from_str(
        line.strip_prefix("const SETTINGS = ")
            .and_then(|json| json.strip_suffix(';'))
            .expect("settings"),
    )
    .expect("JSON")
}

#[test]
fn offline_reading_keeps_the_app_and_can_be_switched_off() {
    let site = Fixture::new("offline");
    fs::write(site.root.join("dist/dateline-0123456789abcdef.js"), "").expect("app");
    fs::write(
        site.root.join("api/logo.svg"),
        r#"<svg viewBox="0 0 100 50"></svg>"#,
    )
    .expect("logo");
    fs::write(
        site.root.join("api/site.json"),
        r##"{ "name": "The Herald", "accent": "#0b6e4f", "logo": "logo.svg" }"##,
    )
    .expect("settings");
    publish(&Options {
        site_url: "https://news.example/edition/".into(),
        ..site.options()
    })
    .expect("publishes");
    // The worker keeps the app's files: the shell, its loader, icon and
    // look, and Trunk's hashed files; and knows where the JSON is.
    let settings = worker_settings(&site);
    let files: Vec<&str> = settings["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(serde_json::Value::as_str)
        .collect();
    for kept in [
        "shell.html",
        "start.js",
        "favicon.svg",
        "dateline-0123456789abcdef.js",
    ] {
        assert!(files.contains(&kept), "{kept}: {files:?}");
    }
    assert!(
        files.iter().any(|file| file.starts_with("site.css?v=")),
        "{files:?}"
    );
    assert!(
        files
            .iter()
            .any(|file| file.starts_with("site-logo.svg?v=")),
        "{files:?}"
    );
    assert_eq!(settings["api"], "/edition/api/");
    let version = settings["version"].clone();
    // Every page links the manifest and has the bar's colours, and is
    // not told that offline reading is off.
    for page in [
        "index.html",
        &format!("news/{ARTICLE}/index.html"),
        "shell.html",
    ] {
        let html = site.page(page);
        let head = between(&html, "<head>", "</head>");
        assert!(
            head.contains(r#"<link rel="manifest" href="/edition/manifest.webmanifest">"#),
            "{page}"
        );
        assert!(
            head.contains(r##"<meta name="theme-color" media="(prefers-color-scheme: light)" content="#0b6e4f">"##),
            "{page}: {head}"
        );
        assert!(!head.contains("dateline:offline"), "{page}");
    }
    let manifest = json_file(&site.root.join("dist/manifest.webmanifest"));
    assert_eq!(manifest["name"], "The Herald");
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["theme_color"], "#0b6e4f");
    assert_eq!(manifest["icons"][0]["src"], "favicon.svg");
    // The same publish again: the same worker (no reader installs anew).
    publish(&Options {
        site_url: "https://news.example/edition/".into(),
        ..site.options()
    })
    .expect("publishes again");
    assert_eq!(worker_settings(&site)["version"], version);
    assert_eq!(
        site.page("shell.html").matches("rel=\"manifest\"").count(),
        1
    );
    // A new deploy of the app: a new version.
    fs::rename(
        site.root.join("dist/dateline-0123456789abcdef.js"),
        site.root.join("dist/dateline-fedcba9876543210.js"),
    )
    .expect("rename");
    publish(&Options {
        site_url: "https://news.example/edition/".into(),
        ..site.options()
    })
    .expect("publishes a new deploy");
    assert_ne!(worker_settings(&site)["version"], version);
    // Switched off (site.json, or --offline off): no worker, and every
    // page says so, for start.js to remove one an earlier publish left.
    fs::write(site.root.join("api/site.json"), r#"{ "offline": false }"#).expect("settings");
    publish(&site.options()).expect("publishes without it");
    assert!(!site.root.join("dist/sw.js").exists());
    for page in ["index.html", "shell.html"] {
        assert_eq!(
            site.page(page)
                .matches(r#"<meta name="dateline:offline" content="off">"#)
                .count(),
            1,
            "{page}"
        );
    }
    // Anything but on or off is refused.
    fs::write(
        site.root.join("api/site.json"),
        r#"{ "offline": "sometimes" }"#,
    )
    .expect("settings");
    let error = publish(&site.options()).expect_err("refused");
    assert!(error.to_string().contains("sometimes"), "{error}");
    // On again from the command line, whatever site.json says.
    fs::write(site.root.join("api/site.json"), r#"{ "offline": "off" }"#).expect("settings");
    publish(&Options {
        settings: Settings {
            offline: Some("on".into()),
            ..Settings::default()
        },
        ..site.options()
    })
    .expect("the command line wins");
    assert!(site.root.join("dist/sw.js").exists());
    assert!(!site.page("index.html").contains("dateline:offline"));
}
