//! The sitemap: one `sitemap.xml` while the site has at most 50,000
//! addresses; past that, `sitemap.xml` is a sitemap index over
//! `sitemaps/pages.xml` (the front page and the sections) and one file per
//! month of publication (`sitemaps/news-2026-11.xml`, then `-2`, `-3`...
//! for a month past 50,000 stories), each well under the 50 MB limit.
//!
//! A story keeps its month, so publishing one story (`--only`) changes one
//! month's file and the index, and the publish writes only the files whose
//! text changed: it reads the sitemap it wrote last time back (its own
//! one-line-per-address format), changes that story's entry, and lays the
//! files out again.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::fs;
use std::path::Path;

use chrono::{DateTime, FixedOffset};

use crate::escape::html_text as xml_text;

/// The most addresses one sitemap file may list (the sitemap protocol's limit).
pub const MAX_URLS: usize = 50_000;
/// The index, at the place `robots.txt` names.
pub const INDEX: &str = "sitemap.xml";
/// The folder of the index's files.
pub const PARTS: &str = "sitemaps";

/// One address: its `<loc>`, `<lastmod>` and the address of its picture
/// (`<image:loc>`), as written (XML-escaped).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub loc: String,
    pub lastmod: Option<String>,
    pub image: Option<String>,
    /// Its `hreflang` alternates (`<xhtml:link>`s), as written.
    pub alternates: Option<String>,
}

impl Entry {
    pub fn new(url: &str, lastmod: Option<DateTime<FixedOffset>>) -> Entry {
        Entry {
            loc: xml_text(url),
            lastmod: lastmod.map(|at| at.to_rfc3339()),
            image: None,
            alternates: None,
        }
    }

    /// With the page in other languages (`(language, URL)`, itself among
    /// them), for search engines.
    pub fn with_alternates(mut self, links: &[(String, String)]) -> Entry {
        self.alternates = (!links.is_empty()).then(|| {
            links
                .iter()
                .map(|(language, url)| {
                    format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        xml_text(language),
                        xml_text(url)
                    )
                })
                .collect()
        });
        self
    }

    /// With a picture (an absolute URL), for image search.
    pub fn with_image(mut self, image: Option<&str>) -> Entry {
        self.image = image.map(xml_text);
        self
    }

    fn line(&self) -> String {
        let mut line = format!("<url><loc>{}</loc>", self.loc);
        if let Some(at) = &self.lastmod {
            let _ = write!(line, "<lastmod>{at}</lastmod>");
        }
        if let Some(image) = &self.image {
            let _ = write!(
                line,
                "<image:image><image:loc>{image}</image:loc></image:image>"
            );
        }
        if let Some(links) = &self.alternates {
            line.push_str(links);
        }
        line.push_str("</url>\n");
        line
    }
}

/// The month a story's sitemap file is named by: its publication's, in its
/// own offset (`2026-11`).
pub fn month(published: DateTime<FixedOffset>) -> String {
    published.format("%Y-%m").to_string()
}

/// A story's entry and the month it is filed under (None: not known, from
/// a single-file sitemap read back).
pub type Story = (Entry, Option<String>);

/// What the sitemap lists: the pages (front, sections) in order, and the
/// stories in the order of their slugs.
#[derive(Debug, Default)]
pub struct Listing {
    pub pages: Vec<Entry>,
    pub stories: Vec<Story>,
}

impl Listing {
    pub fn count(&self) -> usize {
        self.pages.len() + self.stories.len()
    }

    /// Whether the files are an index and its parts, for which every story's
    /// month must be known.
    pub fn needs_index(&self) -> bool {
        self.count() > MAX_URLS
    }

    /// The files, by path in the site, with their text. `base_url` is the
    /// site's URL (the parts are addressed under it).
    pub fn files(&self, base_url: &str) -> Vec<(String, String)> {
        if !self.needs_index() {
            let mut xml = urlset_start();
            for entry in self.pages.iter().chain(self.stories.iter().map(|(e, _)| e)) {
                xml.push_str(&entry.line());
            }
            xml.push_str("</urlset>\n");
            return vec![(INDEX.to_owned(), xml)];
        }
        let mut parts: Vec<(String, Vec<&Entry>)> =
            vec![(format!("{PARTS}/pages.xml"), self.pages.iter().collect())];
        let mut months: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
        for (entry, month) in &self.stories {
            months
                .entry(month.as_deref().unwrap_or("undated"))
                .or_default()
                .push(entry);
        }
        for (month, entries) in months {
            for (n, chunk) in entries.chunks(MAX_URLS).enumerate() {
                let name = match n {
                    0 => format!("{PARTS}/news-{month}.xml"),
                    n => format!("{PARTS}/news-{month}-{}.xml", n + 1),
                };
                parts.push((name, chunk.to_vec()));
            }
        }
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        let mut files = Vec::with_capacity(parts.len() + 1);
        for (name, entries) in parts {
            let mut xml = urlset_start();
            for entry in &entries {
                xml.push_str(&entry.line());
            }
            xml.push_str("</urlset>\n");
            let _ = write!(index, "<sitemap><loc>{}{name}</loc>", xml_text(base_url));
            // RFC 3339 times in one offset compare as text; in several, the
            // latest by instant is the one to give.
            let newest = entries
                .iter()
                .filter_map(|e| e.lastmod.as_deref())
                .filter_map(|at| DateTime::parse_from_rfc3339(at).ok())
                .max();
            if let Some(at) = newest {
                let _ = write!(index, "<lastmod>{}</lastmod>", at.to_rfc3339());
            }
            index.push_str("</sitemap>\n");
            files.push((name, xml));
        }
        index.push_str("</sitemapindex>\n");
        files.insert(0, (INDEX.to_owned(), index));
        files
    }
}

/// The Google News sitemap, which `robots.txt` names beside the sitemap:
/// the stories of the last [`NEWS_WINDOW_HOURS`] hours, newest first, at
/// most [`NEWS_MAX`] (the news sitemap rules).
pub const NEWS: &str = "news-sitemap.xml";
pub const NEWS_WINDOW_HOURS: i64 = 48;
pub const NEWS_MAX: usize = 1000;

/// A story as the news sitemap lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewsStory {
    pub url: String,
    pub title: String,
    pub published: DateTime<FixedOffset>,
}

/// Whether a story published at `published` belongs in the news sitemap
/// written at `now`.
pub fn is_news(published: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> bool {
    published <= now && now - published <= chrono::Duration::hours(NEWS_WINDOW_HOURS)
}

/// A publication's language as news sitemaps name it: its ISO 639 code
/// (`pt` for `pt-BR`), but Chinese as `zh-cn` or, when Traditional (Hant,
/// or Taiwan's, Hong Kong's or Macau's), `zh-tw`.
fn news_language(tag: &str) -> String {
    let mut parts = tag.split('-').map(str::to_ascii_lowercase);
    let primary = parts.next().unwrap_or_default();
    if primary != "zh" {
        return primary;
    }
    let traditional = parts.any(|part| matches!(part.as_str(), "hant" | "tw" | "hk" | "mo"));
    if traditional { "zh-tw" } else { "zh-cn" }.to_owned()
}

/// The news sitemap of `stories` (any order; those outside the window at
/// `now` are left out), for the publication `name` in `language` (a BCP
/// 47 tag).
pub fn news(
    mut stories: Vec<NewsStory>,
    now: DateTime<FixedOffset>,
    name: &str,
    language: &str,
) -> String {
    stories.retain(|story| is_news(story.published, now));
    stories.sort_by(|a, b| b.published.cmp(&a.published).then(a.url.cmp(&b.url)));
    stories.dedup_by(|a, b| a.url == b.url);
    stories.truncate(NEWS_MAX);
    let language = news_language(language);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n",
    );
    for story in &stories {
        let _ = writeln!(
            xml,
            "<url><loc>{}</loc><news:news><news:publication><news:name>{}</news:name>\
             <news:language>{}</news:language></news:publication>\
             <news:publication_date>{}</news:publication_date>\
             <news:title>{}</news:title></news:news></url>",
            xml_text(&story.url),
            xml_text(name),
            xml_text(&language),
            story.published.to_rfc3339(),
            xml_text(&story.title),
        );
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The slugs of the stories the news sitemap in `root` lists, for a
/// publish of one story, which lists them again with it. `stories_url` is
/// the escaped prefix of every story's address, as for [`read_back`].
pub fn read_back_news(root: &Path, stories_url: &str) -> Vec<String> {
    let text = fs::read_to_string(root.join(NEWS)).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("<url><loc>")?.strip_prefix(stories_url)?;
            Some(rest.split_once("</loc>")?.0.to_owned())
        })
        .collect()
}

fn urlset_start() -> String {
    String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    )
}

/// The entries of one sitemap file as this module writes them.
fn entries(text: &str) -> impl Iterator<Item = Entry> + '_ {
    text.lines().filter_map(|line| {
        let rest = line.strip_prefix("<url><loc>")?;
        let (loc, rest) = rest.split_once("</loc>")?;
        let between = |start: &str, end: &str| {
            let (_, after) = rest.split_once(start)?;
            Some(after.split_once(end)?.0.to_owned())
        };
        Some(Entry {
            loc: loc.to_owned(),
            lastmod: between("<lastmod>", "</lastmod>"),
            image: between("<image:loc>", "</image:loc>"),
            alternates: rest.find("<xhtml:link").and_then(|at| {
                let links = &rest[at..];
                Some(links[..links.rfind("</url>")?].to_owned())
            }),
        })
    })
}

/// The stories of the sitemap the last publish wrote into `root`, each
/// with its month when the sitemap was an index; the pages' entries are
/// left out (the publish lists them again). `stories_url` is the escaped
/// prefix of every story's address (`https://news.example/news/`).
pub fn read_back(root: &Path, stories_url: &str) -> Vec<Story> {
    let Ok(index) = fs::read_to_string(root.join(INDEX)) else {
        return Vec::new();
    };
    let story = |entry: &Entry| entry.loc.starts_with(stories_url);
    if !index.contains("<sitemapindex") {
        return entries(&index)
            .filter(story)
            .map(|entry| (entry, None))
            .collect();
    }
    let mut stories = Vec::new();
    let Ok(folder) = fs::read_dir(root.join(PARTS)) else {
        return stories;
    };
    let mut names: Vec<String> = folder
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let Some(month) = name
            .strip_prefix("news-")
            .and_then(|n| n.strip_suffix(".xml"))
            .map(|n| n.get(..7).unwrap_or(n).to_owned())
        else {
            continue;
        };
        if let Ok(text) = fs::read_to_string(root.join(PARTS).join(&name)) {
            stories.extend(
                entries(&text)
                    .filter(story)
                    .map(|e| (e, Some(month.clone()))),
            );
        }
    }
    stories.sort();
    stories
}

/// The parts of an index that a new layout no longer has.
pub fn stale_parts(root: &Path, files: &[(String, String)]) -> Vec<String> {
    let Ok(folder) = fs::read_dir(root.join(PARTS)) else {
        return Vec::new();
    };
    folder
        .flatten()
        .map(|entry| format!("{PARTS}/{}", entry.file_name().to_string_lossy()))
        .filter(|path| path.ends_with(".xml") && !files.iter().any(|(name, _)| name == path))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("a time")
    }

    fn listing(stories: usize) -> Listing {
        Listing {
            pages: vec![Entry::new("https://news.example/", None)],
            stories: (0..stories)
                .map(|n| {
                    let published = if n % 3 == 0 {
                        at("2026-10-31T23:30:00-05:00")
                    } else {
                        at("2026-11-02T08:00:00Z")
                    };
                    let url = format!("https://news.example/news/story-{n:06}");
                    let image =
                        (n % 2 == 0).then(|| format!("https://img.example/{n}.jpg?w=1&h=2"));
                    let entry = Entry::new(&url, Some(published)).with_image(image.as_deref());
                    (entry, Some(month(published)))
                })
                .collect(),
        }
    }

    #[test]
    fn one_file_up_to_the_limit_then_an_index_by_month() {
        let small = listing(10).files("https://news.example/");
        assert_eq!(small.len(), 1);
        assert!(small[0].1.contains("<urlset"));
        assert_eq!(small[0].1.matches("<url>").count(), 11);
        assert!(small[0].1.contains(
            "<url><loc>https://news.example/news/story-000000</loc><lastmod>2026-10-31T23:30:00-05:00</lastmod><image:image><image:loc>https://img.example/0.jpg?w=1&amp;h=2</image:loc></image:image></url>"
        ));

        let big = listing(MAX_URLS).files("https://news.example/");
        let names: Vec<&str> = big.iter().map(|(name, _)| name.as_str()).collect();
        // A story is filed by the month of its own offset: 31 October in
        // New York, though 1 November in UTC.
        assert_eq!(
            names,
            [
                "sitemap.xml",
                "sitemaps/pages.xml",
                "sitemaps/news-2026-10.xml",
                "sitemaps/news-2026-11.xml"
            ]
        );
        assert!(big[0].1.contains(
            "<sitemap><loc>https://news.example/sitemaps/news-2026-11.xml</loc><lastmod>2026-11-02T08:00:00+00:00</lastmod></sitemap>"
        ));
        for (name, xml) in &big[1..] {
            assert!(xml.matches("<url>").count() <= MAX_URLS, "{name}");
        }
        let total: usize = big[1..]
            .iter()
            .map(|(_, xml)| xml.matches("<url>").count())
            .sum();
        assert_eq!(total, MAX_URLS + 1);
    }

    #[test]
    fn a_month_past_the_limit_is_split() {
        let mut many = listing(0);
        let published = at("2026-11-02T08:00:00Z");
        many.stories = (0..MAX_URLS + 5)
            .map(|n| {
                let url = format!("https://news.example/news/s-{n:06}");
                (Entry::new(&url, Some(published)), Some(month(published)))
            })
            .collect();
        let files = many.files("https://news.example/");
        let counts: Vec<(&str, usize)> = files[1..]
            .iter()
            .map(|(name, xml)| (name.as_str(), xml.matches("<url>").count()))
            .collect();
        assert_eq!(
            counts,
            [
                ("sitemaps/pages.xml", 1),
                ("sitemaps/news-2026-11.xml", MAX_URLS),
                ("sitemaps/news-2026-11-2.xml", 5)
            ]
        );
    }

    #[test]
    fn the_news_language_is_the_code_news_sitemaps_take() {
        for (tag, code) in [
            ("en", "en"),
            ("pt-BR", "pt"),
            ("ar", "ar"),
            ("FIL", "fil"),
            ("zh", "zh-cn"),
            ("zh-Hans-CN", "zh-cn"),
            ("zh-Hant", "zh-tw"),
            ("zh-HK", "zh-tw"),
            ("zh-TW", "zh-tw"),
        ] {
            assert_eq!(news_language(tag), code, "{tag}");
        }
    }

    #[test]
    fn a_hand_edited_line_reads_back_without_harm() {
        let text = "<url><loc>https://news.example/news/a</loc></url><xhtml:link rel=\"alternate\"\n\
                    <url><loc>https://news.example/news/b</loc><xhtml:link rel=\"alternate\" hreflang=\"tr\" href=\"https://tr.example/\"/></url>\n";
        let read: Vec<Entry> = entries(text).collect();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].alternates, None);
        assert_eq!(
            read[1].alternates.as_deref(),
            Some("<xhtml:link rel=\"alternate\" hreflang=\"tr\" href=\"https://tr.example/\"/>")
        );
    }

    #[test]
    fn what_is_written_reads_back() {
        let root = std::env::temp_dir().join(format!("dateline-sitemap-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join(PARTS)).expect("folder");
        let listing = listing(MAX_URLS + 2);
        for (name, xml) in listing.files("https://news.example/") {
            fs::write(root.join(name), xml).expect("write");
        }
        let mut written = listing.stories.clone();
        written.sort();
        assert_eq!(read_back(&root, "https://news.example/news/"), written);
        fs::remove_dir_all(&root).expect("clean");
    }
}
