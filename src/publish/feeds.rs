//! The files beside the pages that feed readers and crawlers ask for:
//! `robots.txt` (naming the sitemap, `sitemap.rs`) and an RSS 2.0 feed.

use std::fmt::Write;

use crate::api::ArticleSummary;
use crate::escape::html_text as xml_text;
use crate::publish::head::Site;

/// How many stories the RSS feed carries.
pub const FEED_STORIES: usize = 50;

pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\nSitemap: {}\n",
        site.absolute(super::sitemap::INDEX),
        site.absolute(super::sitemap::NEWS)
    )
}

/// The newest stories (given newest first) as RSS 2.0.
pub fn rss(site: &Site, newest: &[ArticleSummary]) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n\
         <title>{name}</title>\n<link>{site_url}</link>\n\
         <description>{description}</description>\n<language>{language}</language>\n\
         <atom:link href=\"{feed}\" rel=\"self\" type=\"application/rss+xml\"/>\n",
        name = xml_text(&site.name),
        description = xml_text(&site.strings.fill(
            crate::text::FEED_DESCRIPTION,
            &[("tagline", &site.tagline), ("name", &site.name)]
        )),
        language = xml_text(&site.strings.language),
        site_url = xml_text(&site.url),
        feed = xml_text(&site.absolute("feed.xml")),
    );
    if let Some((logo, _, _)) = &site.logo {
        let _ = writeln!(
            xml,
            "<image><url>{}</url><title>{}</title><link>{}</link></image>",
            xml_text(&site.absolute(logo)),
            xml_text(&site.name),
            xml_text(&site.url)
        );
    }
    if let Some(latest) = newest.first() {
        let _ = writeln!(
            xml,
            "<lastBuildDate>{}</lastBuildDate>",
            latest.published_at.to_rfc2822()
        );
    }
    for story in newest {
        let link = xml_text(&site.absolute(&story.path()));
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
