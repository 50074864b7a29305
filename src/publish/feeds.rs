//! The files beside the pages that crawlers and feed readers ask for:
//! `sitemap.xml`, `robots.txt` (naming the sitemap) and an RSS 2.0 feed.

use std::fmt::Write;

use crate::api::{Article, CategoryPage};
use crate::escape::html_text as xml_text;
use crate::publish::head::Site;
use crate::routes::{article_path, section_path};
use crate::text::{SITE_NAME, TAGLINE};

/// How many stories the RSS feed carries.
pub const FEED_STORIES: usize = 50;

/// Every pre-rendered page, with the time it last changed where known.
pub fn sitemap(site: &Site, sections: &[CategoryPage], articles: &[Article]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |path: &str, changed: Option<String>| {
        let _ = write!(xml, "<url><loc>{}</loc>", xml_text(&site.absolute(path)));
        if let Some(changed) = changed {
            let _ = write!(xml, "<lastmod>{changed}</lastmod>");
        }
        xml.push_str("</url>\n");
    };
    url("/", None);
    for section in sections {
        url(
            &section_path(section.category.slug.as_str()),
            section.updated_at.map(|at| at.to_rfc3339()),
        );
    }
    for article in articles {
        let story = &article.summary;
        url(
            &article_path(story.slug.as_str()),
            Some(story.last_changed().to_rfc3339()),
        );
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.absolute("sitemap.xml")
    )
}

/// The newest stories as RSS 2.0, newest first.
pub fn rss(site: &Site, articles: &[Article]) -> String {
    let mut newest: Vec<&Article> = articles.iter().collect();
    newest.sort_by_key(|article| std::cmp::Reverse(article.summary.published_at));
    newest.truncate(FEED_STORIES);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n\
         <title>{SITE_NAME}</title>\n<link>{site_url}</link>\n\
         <description>{TAGLINE} from {SITE_NAME}</description>\n<language>en</language>\n\
         <atom:link href=\"{feed}\" rel=\"self\" type=\"application/rss+xml\"/>\n",
        site_url = xml_text(&site.url),
        feed = xml_text(&site.absolute("feed.xml")),
    );
    if let Some(latest) = newest.first() {
        let _ = writeln!(
            xml,
            "<lastBuildDate>{}</lastBuildDate>",
            latest.summary.published_at.to_rfc2822()
        );
    }
    for article in newest {
        let story = &article.summary;
        let link = xml_text(&site.absolute(&article_path(story.slug.as_str())));
        let _ = writeln!(
            xml,
            "<item><title>{}</title><link>{link}</link><guid isPermaLink=\"true\">{link}</guid>\
             <description>{}</description><category>{}</category><pubDate>{}</pubDate></item>",
            xml_text(&story.title),
            xml_text(&story.summary),
            xml_text(&story.category.name),
            story.published_at.to_rfc2822(),
        );
    }
    xml.push_str("</channel>\n</rss>\n");
    xml
}
