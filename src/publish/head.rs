//! The head tags that search engines and link previews read: canonical URL,
//! Open Graph, Twitter card and JSON-LD. Written by the pre-render only;
//! the app's own head tags (title, description) come from its views. Each
//! tag that describes only this page carries [`PAGE_HEAD_MARK`], so the app
//! removes exactly these once the reader moves to another page.

use std::fmt::Write;

use serde_json::json;

use crate::api::live::{LivePage, Status};
use crate::api::{image_url, Article, Block, Image};
use crate::components::picture::{sources, Slot};
use crate::escape::{html_text, script_safe_json};
use crate::page_data::PAGE_HEAD_MARK;
use crate::routes::Listing;
use crate::text::{list_description, list_title, FRONT_DESCRIPTION};

/// The site's card image in `public/`, for pages without a picture.
pub const CARD_IMAGE: (&str, u32, u32) = ("card.png", 1200, 630);

/// Where the site lives and where its JSON is, both as absolute URLs.
#[derive(Clone, Debug)]
pub struct Site {
    /// Ends in `/`.
    pub url: String,
    /// The API base as the app resolves it (a path or a URL).
    pub api_base: String,
    /// The site's name and tagline (the newsroom's settings).
    pub name: String,
    pub tagline: String,
    /// The edition's words and language.
    pub strings: std::sync::Arc<crate::text::Strings>,
    /// The newsroom's logo beside the pages with its own size in pixels,
    /// when it is a picture (PNG): the publisher's logo in structured data
    /// and the feed, neither of which takes a drawing (SVG).
    pub logo: Option<(String, u32, u32)>,
    /// The site's sibling editions in other languages.
    pub editions: std::sync::Arc<Vec<crate::config::Edition>>,
}

impl Site {
    /// The absolute URL of a site path such as `/news/a-story` (a path
    /// within the site, under the site URL's own path).
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.url, path.trim_start_matches('/'))
    }

    /// The absolute URL of a path on the site's host, such as an image's
    /// `/edition/api/images/a.jpg`.
    fn on_host(&self, path: &str) -> String {
        format!("{}{path}", crate::config::split_origin(&self.url).0)
    }

    /// The absolute URL of a feed image, if its `src` is one the contract
    /// allows.
    pub fn image(&self, image: &Image) -> Option<String> {
        let src = image_url(&self.api_base, &image.src)?;
        Some(if src.starts_with('/') {
            self.on_host(&src)
        } else {
            src
        })
    }
}

/// What a page is, for the tags that describe it.
pub enum Described<'a> {
    /// The not-found page: kept out of search, so only the feed link.
    NotFound,
    Front,
    /// A section's or topic's page of stories, named `name`.
    List {
        name: &'a str,
        list: &'a Listing,
    },
    Article(&'a Article),
    /// One page of a live page's posts.
    Live {
        page: &'a LivePage,
        list: &'a Listing,
    },
}

/// Whether an image's address names a raster format that link previews show.
fn is_raster(src: &str) -> bool {
    let path = src
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]
        .iter()
        .any(|ext| path.ends_with(ext))
}

/// The picture a link preview shows: its largest raster file (a
/// rendition of 1200 px or more when there is one), in absolute form.
pub struct Shared {
    pub src: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// The largest of an image's files that link previews show (a raster
/// format: a drawing gives way to the site's card), or None.
pub fn share_image(site: &Site, image: &Image) -> Option<Shared> {
    let raster = |kind: &Option<String>| {
        kind.as_deref()
            .is_none_or(|kind| matches!(kind, "image/jpeg" | "image/png"))
    };
    let own = std::iter::once((image.src.as_str(), image.width));
    let sized = image
        .renditions
        .iter()
        .filter(|rendition| raster(&rendition.kind))
        .map(|rendition| (rendition.src.as_str(), rendition.width));
    let (src, width) = own
        .chain(sized)
        .filter_map(|(src, width)| {
            let absolute = site.image(&Image {
                src: src.to_owned(),
                ..image.clone()
            })?;
            is_raster(&absolute).then_some((absolute, width))
        })
        .max_by_key(|(_, width)| *width)?;
    let height = u64::from(width) * u64::from(image.height) / u64::from(image.width.max(1));
    Some(Shared {
        src,
        width,
        height: u32::try_from(height).unwrap_or(u32::MAX),
        alt: image.alt.clone(),
    })
}

/// The article's first picture (its own, or the first in its text),
/// asked for before the app or the style sheets are: the same file the
/// page's `<picture>` picks for the reader's screen.
fn preload(site: &Site, article: &Article) -> String {
    let first = article.summary.image.as_ref().or_else(|| {
        article.body.iter().find_map(|block| match block {
            Block::Image(image) => Some(image),
            _ => None,
        })
    });
    let Some(files) = first.and_then(|image| sources(&site.api_base, image)) else {
        return String::new();
    };
    let sizes = Slot::Article.sizes();
    let (kind, srcset) = match files.typed.first() {
        Some((kind, srcset)) => (Some(kind.as_str()), Some(srcset.as_str())),
        None => (None, files.srcset.as_deref()),
    };
    let mut link = format!(
        "<link rel=\"preload\" as=\"image\" href=\"{}\" fetchpriority=\"high\"",
        html_text(&files.src)
    );
    if let Some(srcset) = srcset {
        let _ = write!(
            link,
            " imagesrcset=\"{}\" imagesizes=\"{sizes}\"",
            html_text(srcset)
        );
    }
    if let Some(kind) = kind {
        let _ = write!(link, " type=\"{}\"", html_text(kind));
    }
    link.push_str(&format!(" {PAGE_HEAD_MARK}>\n"));
    link
}

/// The page's `hreflang` alternates: for the front page (`None`), itself
/// and each sibling edition's front page; for a story, itself and its
/// translations in the sibling editions. None for other pages (a sibling
/// has no page known to be theirs), nor for a story no sibling has.
pub fn alternates(
    site: &Site,
    own_url: &str,
    translations: Option<&[crate::api::Translation]>,
) -> Vec<(String, String)> {
    let siblings: Vec<_> = site
        .editions
        .iter()
        .filter_map(|edition| {
            let href = match translations {
                None => edition.link(None),
                Some(list) => edition.link(Some(edition.translation(list)?)),
            };
            Some((edition.language.clone(), href))
        })
        .collect();
    if siblings.is_empty() {
        return siblings;
    }
    let mut links = vec![(site.strings.language.clone(), own_url.to_owned())];
    links.extend(siblings);
    links
}

/// The site as a publisher, for structured data: the front page's
/// `NewsMediaOrganization`, which every article names as its publisher.
fn organization(site: &Site) -> serde_json::Value {
    let (card, width, height) = site
        .logo
        .as_ref()
        .map_or(CARD_IMAGE, |(file, width, height)| {
            (file.as_str(), *width, *height)
        });
    json!({
        "@type": "NewsMediaOrganization",
        "@id": format!("{}#organization", site.url),
        "name": site.name,
        "url": site.url,
        "logo": { "@type": "ImageObject", "url": site.absolute(card), "width": width, "height": height },
    })
}

/// The link to the site's RSS feed, on every page.
fn feed_link(site: &Site) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{}\" href=\"{}\">\n",
        html_text(&site.name),
        html_text(&site.absolute("feed.xml"))
    )
}

/// The tags for one page, each value escaped for its attribute.
pub fn head_tags(site: &Site, page: &Described) -> String {
    let (title, description, path, image) = match page {
        Described::NotFound => return feed_link(site),
        Described::Front => (
            site.tagline.clone(),
            site.strings.get(FRONT_DESCRIPTION).to_owned(),
            "/".to_owned(),
            None,
        ),
        Described::List { name, list } => (
            list_title(&site.strings, name, list.page),
            list_description(&site.strings, list.kind, name, list.page),
            list.path(),
            None,
        ),
        Described::Article(article) => (
            article.summary.title.clone(),
            article.summary.summary.clone(),
            crate::routes::article_path(article.summary.slug.as_str()),
            article.summary.image.as_ref(),
        ),
        Described::Live { page, list } => (
            list_title(&site.strings, &page.summary.title, list.page),
            page.summary.summary.clone(),
            list.path(),
            page.summary.image.as_ref(),
        ),
    };
    let url = site.absolute(&path);
    // Link previews show raster images only: a drawing (SVG) gives way to
    // the site's card.
    let picture = image.and_then(|image| share_image(site, image));
    let mut tags = feed_link(site);
    if let Described::Article(article) = page {
        tags.push_str(&preload(site, article));
    }
    let _ = writeln!(
        tags,
        "<link rel=\"canonical\" href=\"{}\" {PAGE_HEAD_MARK}>",
        html_text(&url)
    );
    let alternate = match page {
        Described::Front => alternates(site, &url, None),
        Described::Article(article) => alternates(site, &url, Some(&article.translations)),
        _ => Vec::new(),
    };
    for (language, href) in alternate {
        let _ = writeln!(
            tags,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" {PAGE_HEAD_MARK}>",
            html_text(&language),
            html_text(&href)
        );
    }
    let mut meta = |attr: &str, name: &str, content: &str| {
        let _ = writeln!(
            tags,
            "<meta {attr}=\"{name}\" content=\"{}\" {PAGE_HEAD_MARK}>",
            html_text(content)
        );
    };
    let kind = if matches!(page, Described::Article(_) | Described::Live { .. }) {
        "article"
    } else {
        "website"
    };
    meta("property", "og:type", kind);
    meta("property", "og:site_name", &site.name);
    meta("property", "og:title", &title);
    meta("property", "og:description", &description);
    meta("property", "og:url", &url);
    match &picture {
        Some(shared) => {
            meta("property", "og:image", &shared.src);
            meta("property", "og:image:width", &shared.width.to_string());
            meta("property", "og:image:height", &shared.height.to_string());
            meta("property", "og:image:alt", &shared.alt);
            meta("name", "twitter:card", "summary_large_image");
        }
        None => {
            let (card, width, height) = CARD_IMAGE;
            meta("property", "og:image", &site.absolute(card));
            meta("property", "og:image:width", &width.to_string());
            meta("property", "og:image:height", &height.to_string());
            meta("name", "twitter:card", "summary");
        }
    }
    meta("name", "twitter:title", &title);
    meta("name", "twitter:description", &description);
    if let Described::Article(article) = page {
        let story = &article.summary;
        meta(
            "property",
            "article:published_time",
            &story.published_at.to_rfc3339(),
        );
        meta(
            "property",
            "article:modified_time",
            &article.summary.last_changed().to_rfc3339(),
        );
        meta("property", "article:section", &story.category.name);
        for tag in &article.tags {
            meta("property", "article:tag", &tag.name);
        }
        let _ = writeln!(
            tags,
            "<script type=\"application/ld+json\" {PAGE_HEAD_MARK}>{}</script>",
            script_safe_json(&news_article(
                site,
                article,
                &url,
                picture.as_ref().map(|p| p.src.clone())
            ))
        );
        let _ = writeln!(
            tags,
            "<script type=\"application/ld+json\" {PAGE_HEAD_MARK}>{}</script>",
            script_safe_json(&breadcrumbs(site, article))
        );
    }
    if let Described::Live { page, .. } = page {
        let _ = writeln!(
            tags,
            "<script type=\"application/ld+json\" {PAGE_HEAD_MARK}>{}</script>",
            script_safe_json(&live_blog(
                site,
                page,
                &url,
                picture.as_ref().map(|p| p.src.clone())
            ))
        );
    }
    if matches!(page, Described::Front) {
        let mut publisher = organization(site);
        publisher["@context"] = "https://schema.org".into();
        let website = json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": site.name,
            "url": site.url,
            "publisher": { "@id": format!("{}#organization", site.url) },
        });
        for value in [website, publisher] {
            let _ = writeln!(
                tags,
                "<script type=\"application/ld+json\" {PAGE_HEAD_MARK}>{}</script>",
                script_safe_json(&value)
            );
        }
    }
    tags
}

fn news_article(
    site: &Site,
    article: &Article,
    url: &str,
    image: Option<String>,
) -> serde_json::Value {
    let story = &article.summary;
    let publisher = organization(site);
    let author = if article.authors.is_empty() {
        vec![publisher.clone()]
    } else {
        article
            .authors
            .iter()
            .map(|author| {
                let mut person = json!({ "@type": "Person", "name": author.name });
                // A writer's page, when it is a web address the contract allows.
                let page = author.url.as_deref().and_then(crate::api::rich::safe_link);
                if let Some(crate::api::rich::Href::External(url)) = page {
                    person["url"] = url.into();
                }
                person
            })
            .collect()
    };
    let image = image.unwrap_or_else(|| site.absolute(CARD_IMAGE.0));
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "description": story.summary,
        "datePublished": story.published_at.to_rfc3339(),
        "dateModified": story.last_changed().to_rfc3339(),
        "author": author,
        "image": [image],
        "articleSection": story.category.name,
        "mainEntityOfPage": { "@type": "WebPage", "@id": url },
        "publisher": publisher,
    });
    if !article.corrections.is_empty() {
        value["correction"] = article
            .corrections
            .iter()
            .map(|correction| {
                json!({
                    "@type": "CorrectionComment",
                    "text": correction.text,
                    "datePublished": correction.at.to_rfc3339(),
                })
            })
            .collect();
    }
    value
}

/// A live page's structured data: the coverage's start (and end, once it
/// has ended) and the posts on this page.
fn live_blog(site: &Site, page: &LivePage, url: &str, image: Option<String>) -> serde_json::Value {
    let story = &page.summary;
    let publisher = organization(site);
    let updates: Vec<serde_json::Value> = page
        .posts
        .iter()
        .map(|post| {
            let mut update = json!({
                "@type": "BlogPosting",
                "headline": post.label().unwrap_or_else(|| story.title.clone()),
                "datePublished": post.published_at.to_rfc3339(),
                "url": format!("{url}#{}", post.id.anchor()),
                "articleBody": post.text(),
            });
            if let Some(updated) = post.updated_at {
                update["dateModified"] = updated.to_rfc3339().into();
            }
            update
        })
        .collect();
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": story.title,
        "description": story.summary,
        "datePublished": story.published_at.to_rfc3339(),
        "dateModified": story.last_changed().to_rfc3339(),
        "coverageStartTime": page.started_at.to_rfc3339(),
        "author": [publisher.clone()],
        "image": [image.unwrap_or_else(|| site.absolute(CARD_IMAGE.0))],
        "articleSection": story.category.name,
        "mainEntityOfPage": { "@type": "WebPage", "@id": url },
        "publisher": publisher,
        "liveBlogUpdate": updates,
    });
    if page.status == Status::Ended {
        value["coverageEndTime"] = story.last_changed().to_rfc3339().into();
    }
    value
}

fn breadcrumbs(site: &Site, article: &Article) -> serde_json::Value {
    let category = &article.summary.category;
    json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            { "@type": "ListItem", "position": 1, "name": site.strings.get(crate::text::NEWS), "item": site.absolute("/") },
            {
                "@type": "ListItem",
                "position": 2,
                "name": category.name,
                "item": site.absolute(&crate::routes::section_path(category.slug.as_str())),
            },
            { "@type": "ListItem", "position": 3, "name": article.summary.title },
        ],
    })
}
