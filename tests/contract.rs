//! The contract's tolerance rules (contract.md, "What the app does with bad data").
#![cfg(not(target_arch = "wasm32"))]

use dateline::api::rich::Text;
use dateline::api::{
    image_url, parse, Article, Block, CategoryPage, FetchError, HomePage, LatestFeed, RENDITIONS,
};

const STORY: &str = r#"{"slug":"a-story","title":"T","summary":"S",
  "category":{"slug":"world","name":"World"},"published_at":"2026-11-28T16:05:00+03:00"}"#;

fn feed(items: &[&str]) -> String {
    format!(
        r#"{{"updated_at":"2026-11-28T16:05:00+03:00","items":[{}]}}"#,
        items.join(",")
    )
}

/// A section of `home.json`, or a category page: the category and its
/// stories (`items`, JSON already joined).
fn section(slug: &str, name: &str, items: &str) -> String {
    format!(r#"{{"category":{{"slug":"{slug}","name":"{name}"}},"items":[{items}]}}"#)
}

/// A `home.json` with these top stories and sections (JSON already joined).
fn home_json(top: &str, sections: &[String]) -> String {
    format!(r#"{{"top":[{top}],"sections":[{}]}}"#, sections.join(","))
}

#[test]
fn unknown_fields_are_ignored_and_optional_fields_may_be_missing_or_null() {
    let story = STORY.replace(
        r#""title":"T""#,
        r#""title":"T","kicker":"new","updated_at":null"#,
    );
    let latest: LatestFeed = parse(&feed(&[&story])).expect("parses");
    assert_eq!(latest.items.len(), 1);
    assert_eq!(latest.items[0].updated_at, None);
    assert_eq!(latest.items[0].image, None);
}

#[test]
fn a_broken_item_is_dropped_and_the_rest_are_shown() {
    let no_title = STORY
        .replace(r#""title":"T","#, "")
        .replace("a-story", "b-story");
    let bad_time = STORY
        .replace("2026-11-28T16:05:00+03:00", "yesterday")
        .replace("a-story", "c-story");
    let bad_slug = STORY.replace("a-story", "../../etc/passwd");
    let latest: LatestFeed =
        parse(&feed(&[&no_title, STORY, &bad_time, &bad_slug, "42"])).expect("parses");
    let slugs: Vec<_> = latest.items.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(slugs, ["a-story"]);
}

#[test]
fn duplicate_slugs_are_shown_once() {
    let again = STORY.replace(r#""title":"T""#, r#""title":"Again""#);
    let latest: LatestFeed = parse(&feed(&[STORY, &again])).expect("parses");
    assert_eq!(latest.items.len(), 1);
    assert_eq!(latest.items[0].title, "T");
}

#[test]
fn a_malformed_image_is_dropped_but_keeps_the_story() {
    let story = STORY.replace(r#""title":"T""#, r#""title":"T","image":{"src":"x.png"}"#);
    let latest: LatestFeed = parse(&feed(&[&story])).expect("parses");
    assert_eq!(latest.items[0].image, None);
}

#[test]
fn unknown_blocks_are_skipped_and_broken_blocks_dropped() {
    let article = STORY.replace(
        r#""title":"T""#,
        r#""title":"T","byline":"Writing by A","body":[
          {"type":"paragraph","text":"one"},
          {"type":"video","src":"v.mp4"},
          {"type":"heading"},
          {"type":"quote","text":"q"},
          {"type":"list","items":["x","y"]},
          {"type":"image","src":"images/a.svg","alt":"A","width":10,"height":5}
        ],"tags":["a", 3]"#,
    );
    let article: Article = parse(&article).expect("parses");
    assert_eq!(article.body.len(), 4);
    assert!(matches!(&article.body[0], Block::Paragraph { text } if text.plain() == "one"));
    assert!(matches!(
        &article.body[1],
        Block::Quote {
            attribution: None,
            ..
        }
    ));
    assert!(matches!(&article.body[2], Block::List { items } if items.len() == 2));
    assert!(matches!(&article.body[3], Block::Image(image) if image.width == 10));
    let tags: Vec<&str> = article.tags.iter().map(|tag| tag.name.as_str()).collect();
    assert_eq!(tags, ["a"]);
}

#[test]
fn the_wrong_shape_is_a_parse_error_not_a_panic() {
    for body in [
        "",
        "null",
        "[]",
        "{\"items\":3}",
        "<html>",
        "{\"top\":[],\"sections\":{}}",
    ] {
        assert!(
            matches!(parse::<LatestFeed>(body), Err(FetchError::Parse(_))),
            "{body}"
        );
        assert!(
            matches!(parse::<HomePage>(body), Err(FetchError::Parse(_))),
            "{body}"
        );
        assert!(
            matches!(parse::<CategoryPage>(body), Err(FetchError::Parse(_))),
            "{body}"
        );
        assert!(
            matches!(parse::<Article>(body), Err(FetchError::Parse(_))),
            "{body}"
        );
    }
}

#[test]
fn text_stays_text() {
    let hostile = STORY.replace(r#""title":"T""#, r#""title":"<script>alert(1)</script>""#);
    let latest: LatestFeed = parse(&feed(&[&hostile])).expect("parses");
    assert_eq!(latest.items[0].title, "<script>alert(1)</script>");
}

#[test]
fn image_sources_are_https_or_relative_to_the_api() {
    let api = "/api/";
    assert_eq!(
        image_url(api, "images/a.svg").as_deref(),
        Some("/api/images/a.svg")
    );
    assert_eq!(
        image_url(api, "https://cdn.example/a.jpg").as_deref(),
        Some("https://cdn.example/a.jpg")
    );
    for refused in [
        "javascript:alert(1)",
        "http://x/a.png",
        "//evil/a.png",
        "/etc/a.png",
        "../a.png",
        "data:x",
        "",
        "images/%2e%2e/%2e%2e/secret.png",
        "images/%2E./secret.png",
        "images/.%2e/secret.png",
        "images/./a.png",
        "images\\..\\a.png",
        "images/..%5C..%5Ca.png",
        "images%2f..%2fa.png",
        "images/a\u{0}.png",
        "images/a\n.png",
        "https://cdn.example/a\u{7f}.png",
    ] {
        assert_eq!(image_url(api, refused), None, "{refused:?}");
    }
    assert_eq!(
        image_url(api, "images/a%20b.png").as_deref(),
        Some("/api/images/a%20b.png"),
        "other escapes are fine"
    );
}

#[test]
fn a_section_listed_twice_on_the_front_page_is_shown_once() {
    let home: HomePage = parse(&home_json(
        STORY,
        &[
            section("world", "World", STORY),
            section("sport", "Sport", ""),
            section("world", "World again", STORY),
        ],
    ))
    .expect("parses");
    let names: Vec<&str> = home
        .sections
        .iter()
        .map(|s| s.category.name.as_str())
        .collect();
    assert_eq!(names, ["World", "Sport"]);
}

#[test]
fn not_found_is_told_apart_from_other_failures() {
    assert!(FetchError::Status(404).is_not_found());
    assert!(!FetchError::Status(500).is_not_found());
    assert!(!FetchError::Network.is_not_found());
}

#[test]
fn authors_are_optional_and_an_unreadable_name_costs_only_itself() {
    let article = |extra: &str| {
        STORY.replace(
            r#""summary":"S","#,
            &format!(r#""summary":"S","byline":"Writing by A and B","body":[]{extra},"#),
        )
    };
    let without: Article = parse(&article("")).expect("parses");
    assert!(without.authors.is_empty());
    assert_eq!(without.byline, "Writing by A and B");
    let with: Article = parse(&article(
        r#","authors":["A",7,{"name":"B","url":"https://news.example/staff/b"},{"url":"no name"},{"name":"C","url":5}]"#,
    ))
    .expect("parses");
    let names: Vec<(&str, Option<&str>)> = with
        .authors
        .iter()
        .map(|a| (a.name.as_str(), a.url.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("A", None),
            ("B", Some("https://news.example/staff/b")),
            ("C", None)
        ]
    );
    let null: Article = parse(&article(r#","authors":null"#)).expect("parses");
    assert!(null.authors.is_empty());
}

#[test]
fn text_cut_through_an_emoji_is_repaired_and_the_rest_of_the_file_is_shown() {
    // What JavaScript's JSON.stringify writes for a string cut between the
    // two halves of an emoji: an unpaired surrogate escape.
    let cut = STORY
        .replace(r#""title":"T""#, r#""title":"Cut \ud83d""#)
        .replace("a-story", "cut-story");
    let low = STORY
        .replace(
            r#""summary":"S""#,
            r#""summary":"\ude00 low, then a pair \ud83d\ude00""#,
        )
        .replace("a-story", "low-story");
    let latest: LatestFeed = parse(&feed(&[&cut, STORY, &low])).expect("parses");
    let titles: Vec<&str> = latest.items.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Cut \u{fffd}", "T", "T"]);
    assert_eq!(
        latest.items[2].summary,
        "\u{fffd} low, then a pair \u{1f600}"
    );
}

#[test]
fn an_unreadable_update_time_costs_that_field_not_the_story() {
    for bad in [r#""soon""#, "42", r#""2026-13-45T99:00:00Z""#] {
        let story = STORY.replace(
            r#""title":"T""#,
            &format!(r#""title":"T","updated_at":{bad}"#),
        );
        let latest: LatestFeed = parse(&feed(&[&story])).expect("parses");
        assert_eq!(latest.items.len(), 1, "{bad}");
        assert_eq!(latest.items[0].updated_at, None, "{bad}");
    }
}

#[test]
fn an_unreadable_caption_or_attribution_costs_that_field_not_its_block() {
    let article = STORY.replace(
        r#""title":"T""#,
        r#""title":"T","byline":"B","body":[
          {"type":"image","src":"a.jpg","alt":"A","width":4,"height":3,"caption":5,"credit":["x"]},
          {"type":"quote","text":"q","attribution":{"name":"N"}}
        ]"#,
    );
    let article: Article = parse(&article).expect("parses");
    let Block::Image(image) = &article.body[0] else {
        panic!("the image is kept: {:?}", article.body)
    };
    assert_eq!(
        (image.caption.as_deref(), image.credit.as_deref()),
        (None, None)
    );
    assert!(matches!(
        &article.body[1],
        Block::Quote { attribution: None, text } if text.plain() == "q"
    ));
}

#[test]
fn a_file_of_the_wrong_shape_says_which_field_is_wrong() {
    let Err(FetchError::Parse(why)) =
        parse::<Article>(&STORY.replace(r#""title":"T""#, r#""title":7"#))
    else {
        panic!("an article with a numeric title is refused")
    };
    assert!(why.contains("`title`"), "{why}");
    let Err(FetchError::Parse(why)) = parse::<LatestFeed>(r#"{"items":{}}"#) else {
        panic!("a feed whose items are not a list is refused")
    };
    assert!(why.contains("`items`"), "{why}");
}

/// `count` stories with distinct slugs.
fn stories(count: usize) -> Vec<String> {
    (0..count)
        .map(|n| STORY.replace("a-story", &format!("story-{n}")))
        .collect()
}

fn joined(items: &[String]) -> String {
    items.join(",")
}

#[test]
fn lists_are_cut_at_the_contract_limits() {
    let latest: LatestFeed = parse(&feed(
        &stories(60).iter().map(String::as_str).collect::<Vec<_>>(),
    ))
    .expect("parses");
    assert_eq!(latest.items.len(), 50);
    assert_eq!(latest.items[49].slug.as_str(), "story-49");

    let page: CategoryPage =
        parse(&section("world", "World", &joined(&stories(150)))).expect("parses");
    assert_eq!(page.items.len(), 100);

    let sections: Vec<String> = (0..25)
        .map(|n| section(&format!("section-{n}"), "S", &joined(&stories(25))))
        .collect();
    let home: HomePage = parse(&home_json(&joined(&stories(15)), &sections)).expect("parses");
    assert_eq!(home.top.len(), 10);
    assert_eq!(home.sections.len(), 20);
    assert!(home.sections.iter().all(|s| s.items.len() == 20));
}

#[test]
fn a_list_of_nothing_but_bad_items_fails_like_an_unreadable_file() {
    let bad = STORY.replace(r#""title":"T","#, "");
    assert!(matches!(
        parse::<LatestFeed>(&feed(&[&bad, "42", "null"])),
        Err(FetchError::Parse(_))
    ));
    assert!(matches!(
        parse::<CategoryPage>(&section("world", "World", &bad)),
        Err(FetchError::Parse(_))
    ));
    // A section whose stories are all bad is left out, with its heading...
    let home: HomePage = parse(&home_json(
        STORY,
        &[section("world", "N", &bad), section("sport", "N", STORY)],
    ))
    .expect("parses");
    let slugs: Vec<&str> = home
        .sections
        .iter()
        .map(|s| s.category.slug.as_str())
        .collect();
    assert_eq!(slugs, ["sport"]);
    // ...and when no section is left, the front page is an error.
    assert!(matches!(
        parse::<HomePage>(&home_json(STORY, &[section("world", "N", &bad)])),
        Err(FetchError::Parse(_))
    ));
    // A front page whose top stories are all bad is an error too.
    assert!(matches!(
        parse::<HomePage>(&home_json(&bad, &[])),
        Err(FetchError::Parse(_))
    ));
    // An empty list is simply empty.
    let empty: LatestFeed = parse(&feed(&[])).expect("parses");
    assert!(empty.items.is_empty());
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let padding = " ".repeat(dateline::api::client::MAX_FILE_BYTES);
    let body = format!("{}{padding}", feed(&[STORY]));
    match parse::<LatestFeed>(&body) {
        Err(FetchError::Parse(why)) => assert!(why.contains("over the limit"), "{why}"),
        other => panic!("refused, not {other:?}"),
    }
    let just_under = format!("{}{}", feed(&[STORY]), " ".repeat(1024));
    assert!(parse::<LatestFeed>(&just_under).is_ok());
}

#[test]
fn rich_text_corrections_and_related_stories_cost_only_themselves() {
    let article = STORY.replace(
        r#""title":"T""#,
        r#""title":"T","byline":"B","body":[
          {"type":"paragraph","text":[{"text":"Read "},{"text":"this","em":true,"link":"/news/other"},{"text":7},{"text":" now","link":"javascript:alert(1)"}]},
          {"type":"heading","text":[{"text":"Plain "},{"text":"heading","strong":true}]},
          {"type":"list","items":["x",[{"text":"y","strong":true}],{"no":"text"}]}
        ],
        "corrections":[{"at":"2026-11-29T10:00:00Z","text":"Second."},{"at":"nope","text":"Broken."},{"at":"2026-11-28T10:00:00Z","text":"First."}],
        "related":[{"slug":"a","title":"A","summary":"s","category":{"slug":"world","name":"World"},"published_at":"2026-11-28T10:00:00Z"},{"slug":"BAD"}]"#,
    );
    let article: Article = parse(&article).expect("parses");
    let Block::Paragraph {
        text: Text::Spans(spans),
    } = &article.body[0]
    else {
        panic!("a paragraph of spans: {:?}", article.body[0]);
    };
    assert_eq!(spans.len(), 3, "the span without text is left out");
    assert_eq!(spans[1].link.as_deref(), Some("/news/other"));
    assert_eq!(article.refused_links(), ["javascript:alert(1)"]);
    assert!(matches!(&article.body[1], Block::Heading { text } if text == "Plain heading"));
    assert!(matches!(&article.body[2], Block::List { items } if items.len() == 2));
    let corrections: Vec<&str> = article
        .corrections
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        corrections,
        ["First.", "Second."],
        "oldest first, the unreadable one left out"
    );
    assert_eq!(article.related.len(), 1);

    // Of the wrong shape, each optional list is simply not there.
    let article = STORY.replace(
        r#""title":"T""#,
        r#""title":"T","byline":"B","body":[],"corrections":{"at":"2026-11-29T10:00:00Z"},"related":"all","tags":"one","authors":7"#,
    );
    let article: Article = parse(&article).expect("parses");
    assert!(article.corrections.is_empty() && article.related.is_empty());
    assert!(article.tags.is_empty() && article.authors.is_empty());
}

#[test]
fn photos_topics_video_and_embeds_cost_only_themselves() {
    let rendition = |width: u32| format!(r#"{{"src":"images/a-{width}.jpg","width":{width}}}"#);
    let many: Vec<String> = (1..=20).map(|n| rendition(n * 100)).collect();
    let article = STORY.replace(
        r#""title":"T""#,
        &format!(
            r#""title":"T","byline":"B",
        "image":{{"src":"images/a.jpg","alt":"A","width":1600,"height":900,"credit":"Photo: K. Ito",
          "renditions":[{{"src":"images/a-480.webp","width":480,"type":"image/webp"}},{{"src":"images/a-800.jpg"}},{{"width":800}},{{"src":"images/a-0.jpg","width":0}},{{"src":"images/a-800.jpg","width":800,"type":7}}]}},
        "tags":["Plain",{{"slug":"climate","name":"Climate"}},{{"slug":"Not A Slug","name":"Loose"}},{{"slug":"x"}}],
        "body":[
          {{"type":"image","src":"images/b.jpg","alt":"B","width":10,"height":5,"renditions":[{}],"credit":["not","text"]}},
          {{"type":"video","src":"video/a.mp4","width":1280,"height":720,"poster":"images/p.jpg","captions":{{"src":"video/a.vtt","lang":"en","label":"English"}}}},
          {{"type":"video","src":"video/b.mp4","width":1280,"height":720,"captions":{{"src":"video/b.vtt"}}}},
          {{"type":"video","src":"video/c.mp4"}},
          {{"type":"embed","provider":"YouTube","url":"https://www.youtube.com/watch?v=aaaaaaaaaaa","title":"A film","thumbnail":{{"src":"images/t.jpg"}}}},
          {{"type":"embed","provider":"Elsewhere","title":"No address"}}
        ]"#,
            many.join(",")
        ),
    );
    let article: Article = parse(&article).expect("parses");
    let image = article.summary.image.as_ref().expect("the picture");
    assert_eq!(image.credit.as_deref(), Some("Photo: K. Ito"));
    let kept: Vec<(&str, u32, Option<&str>)> = image
        .renditions
        .iter()
        .map(|r| (r.src.as_str(), r.width, r.kind.as_deref()))
        .collect();
    assert_eq!(
        kept,
        [
            ("images/a-480.webp", 480, Some("image/webp")),
            ("images/a-800.jpg", 800, None)
        ],
        "a rendition without its src or width, of no width, or with a type that is not a string costs only itself (the type)"
    );
    let tags: Vec<(&str, Option<&str>)> = article
        .tags
        .iter()
        .map(|t| (t.name.as_str(), t.slug.as_ref().map(|s| s.as_str())))
        .collect();
    assert_eq!(
        tags,
        [
            ("Plain", None),
            ("Climate", Some("climate")),
            ("Loose", None)
        ],
        "a bad slug leaves the tag plain; a tag without a name is left out"
    );

    assert_eq!(
        article.body.len(),
        4,
        "the video without its size and the embed without its address are left out"
    );
    let Block::Image(inline) = &article.body[0] else {
        panic!("{:?}", article.body[0]);
    };
    assert_eq!(
        inline.renditions.len(),
        RENDITIONS,
        "renditions past the limit are ignored"
    );
    assert_eq!(inline.credit, None);
    let Block::Video(video) = &article.body[1] else {
        panic!("{:?}", article.body[1]);
    };
    assert_eq!(
        video.captions.as_ref().map(|t| t.label.as_str()),
        Some("English")
    );
    assert!(
        matches!(&article.body[2], Block::Video(video) if video.captions.is_none() && video.poster.is_none())
    );
    let Block::Embed(embed) = &article.body[3] else {
        panic!("{:?}", article.body[3]);
    };
    assert_eq!(embed.title, "A film");
    assert_eq!(
        embed.thumbnail, None,
        "a thumbnail without its size is left out"
    );
}

#[test]
fn a_topic_file_is_a_section_file_that_names_its_topic_and_next_is_optional() {
    let topic: CategoryPage = parse(
        r#"{"topic":{"slug":"climate","name":"Climate"},"items":[],"next":"topics/climate/2.json"}"#,
    )
    .expect("parses");
    assert_eq!(topic.category.name, "Climate");
    assert_eq!(topic.next.as_deref(), Some("topics/climate/2.json"));
    let odd: CategoryPage =
        parse(&section("world", "World", "").replace(r#""items""#, r#""next":2,"items""#))
            .expect("a next that is not a string is no next");
    assert_eq!(odd.next, None);
}
