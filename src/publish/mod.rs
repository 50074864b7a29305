//! The publish step: reads a newsroom's JSON folder and Trunk's shell page,
//! and writes a complete page for every route, a not-found page, the
//! sitemap, robots.txt and the RSS feed into the site folder. Host only.
//!
//! Nothing half-written is left behind: every file is written beside its
//! place and renamed into it, and a front page that cannot be read stops
//! the publish before anything is written.

pub mod feeds;
pub mod head;
pub mod host;
pub mod render;
pub mod shell;

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::api::home::Front;
use crate::api::{parse, Article, ArticleSummary, CategoryPage, HomePage, LatestFeed};
use crate::config::{base_path, resolve_api_base, Config, DEFAULT_API, DEFAULT_POLL};
use crate::live::merge::SHOWN;
use crate::page_data::PageData;
use crate::routes::{article_path, is_valid_slug, section_path};
use head::{head_tags, Described, Site};
use render::render_page;
use shell::Shell;

/// What to publish and where.
#[derive(Clone, Debug)]
pub struct Options {
    /// The newsroom's JSON folder (`home.json`, `latest.json`,
    /// `articles/`, `categories/`).
    pub api_dir: PathBuf,
    /// The site folder: Trunk's output, with `shell.html` in it.
    pub dist: PathBuf,
    /// The site's public URL, such as `https://news.example/`.
    pub site_url: String,
    /// The `dateline:api` setting written into every page.
    pub api_setting: String,
    /// The `dateline:poll-seconds` setting written into every page.
    pub poll_seconds: u64,
    /// Only this story (and the pages that list it, the sitemap and feed).
    pub only_article: Option<String>,
    /// The host the site is for: which routing file it gets.
    pub host: host::Host,
}

/// The one place the publish step's defaults are set: the `prerender`
/// command starts from them and the Makefile passes only what it is told.
impl Default for Options {
    fn default() -> Options {
        Options {
            api_dir: "public/api".into(),
            dist: "dist".into(),
            site_url: "http://127.0.0.1:8090/".into(),
            api_setting: DEFAULT_API.into(),
            poll_seconds: DEFAULT_POLL.as_secs(),
            only_article: None,
            host: host::Host::default(),
        }
    }
}

/// What a publish did, for the newsroom to read.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    pub removed: usize,
    pub bytes: u64,
    /// Files and items that could not be used, each said in a sentence.
    pub problems: Vec<String>,
    pub elapsed: Duration,
}

/// Why a publish stopped without writing anything.
#[derive(Debug)]
pub enum PublishError {
    Shell(shell::ShellError),
    Home(String),
    Io(io::Error),
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PublishError::Shell(error) => write!(f, "{error}"),
            PublishError::Home(why) => write!(
                f,
                "home.json cannot be read ({why}); nothing was published and the site is as it was"
            ),
            PublishError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl From<io::Error> for PublishError {
    fn from(error: io::Error) -> Self {
        PublishError::Io(error)
    }
}

/// The name Trunk is told to give its page.
pub const SHELL: &str = "shell.html";

/// Publishes the whole site, or one story with `only_article`.
pub fn publish(options: &Options) -> Result<Report, PublishError> {
    let started = std::time::Instant::now();
    render::init_executor();
    let mut report = Report::default();
    let target = Target::new(options)?;
    let newsroom = Newsroom::read(&options.api_dir, &mut report.problems)?;
    let out = Output::new(&options.dist)?;
    let only = options.only_article.as_deref();
    let mut written = target.write_pages(&out, &newsroom, only)?;
    report.pages = written.len();
    written.extend(target.write_site_files(&out, &newsroom, options.host)?);
    if target.json_beside_pages() {
        written.push(copy_json(&out, &options.api_dir, only)?);
    }
    report.bytes = written.iter().sum();
    report.removed = remove_gone_pages(&out, &newsroom, only)?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Where the pages go and what they are written with: the site's URL and
/// base path, Trunk's shell with the settings applied, and the settings the
/// app is rendered with.
struct Target {
    site: Site,
    base: String,
    shell: Shell,
    config: Config,
}

impl Target {
    fn new(options: &Options) -> Result<Target, PublishError> {
        let site_url = if options.site_url.ends_with('/') {
            options.site_url.clone()
        } else {
            format!("{}/", options.site_url)
        };
        // The path of the site URL is the one place the base path is set.
        let base = base_path(Some(&site_url));
        let shell_html = fs::read_to_string(options.dist.join(SHELL))?;
        let shell = Shell::parse(
            &shell_html,
            &options.api_setting,
            options.poll_seconds,
            &base,
        )
        .map_err(PublishError::Shell)?;
        let api_base = resolve_api_base(Some(&site_url), &options.api_setting);
        let config = Config {
            base: base.clone(),
            api_base: api_base.clone(),
            poll_interval: crate::config::parse_poll(Some(&options.poll_seconds.to_string())),
        };
        Ok(Target {
            site: Site {
                url: site_url,
                api_base,
            },
            base,
            shell,
            config,
        })
    }

    /// Whether the pages look for the JSON in the site's own `api/`, where
    /// the publish copies it: any spelling of that place (`api`, `/api/`
    /// at a host's root, the site URL's own `api/`) counts.
    fn json_beside_pages(&self) -> bool {
        let beside = resolve_api_base(Some(&self.site.url), DEFAULT_API);
        let (origin, _) = crate::config::split_origin(&self.site.url);
        let api_base = self.site.api_base.as_str();
        api_base.strip_prefix(origin).unwrap_or(api_base) == beside
    }

    fn page(&self, described: &Described, data: PageData) -> String {
        render_page(
            &self.shell,
            &self.config,
            &head_tags(&self.site, described),
            data,
        )
    }

    /// The front page, the sections and the articles (with `only`, those
    /// that show that story) and the not-found page; returns each one's size.
    fn write_pages(
        &self,
        out: &Output,
        newsroom: &Newsroom,
        only: Option<&str>,
    ) -> Result<Vec<u64>, PublishError> {
        let shared = Shared::new(newsroom);
        let lists = |items: &[ArticleSummary]| {
            only.is_none_or(|slug| items.iter().any(|s| s.slug.as_str() == slug))
        };
        let home = &newsroom.home;
        let mut written = Vec::new();
        if lists(&home.top) || home.sections.iter().any(|s| lists(&s.items)) {
            let html = self.page(&Described::Front, shared.front());
            written.push(out.write("index.html", &html)?);
        }
        for section in newsroom.sections.iter().filter(|s| lists(&s.items)) {
            let path = section_path(section.category.slug.as_str());
            let described = Described::Section {
                name: &section.category.name,
                path: path.clone(),
            };
            let mut data = shared.outlined(&path);
            data.section = Some(section.clone());
            written.push(out.write(&page_file(&path), &self.page(&described, data))?);
        }
        let chosen = |a: &&Article| only.is_none_or(|slug| a.summary.slug.as_str() == slug);
        for article in newsroom.articles.iter().filter(chosen) {
            let path = article_path(article.summary.slug.as_str());
            let mut data = shared.outlined(&path);
            data.article = Some(article.clone());
            let html = self.page(&Described::Article(article), data);
            written.push(out.write(&page_file(&path), &html)?);
        }
        if only.is_none() {
            let html = self.page(&Described::NotFound, shared.outlined("/404"));
            written.push(out.write("404.html", &shell::without_base(&html))?);
        }
        Ok(written)
    }

    /// The sitemap, robots.txt, the feed, the shell and its loader, and the
    /// host's files: `_headers`, its routing file (removing another host's,
    /// which would misroute this one), and `.nojekyll` (GitHub Pages serves
    /// files whose names start with `_` only with it); returns each one's size.
    fn write_site_files(
        &self,
        out: &Output,
        newsroom: &Newsroom,
        host: host::Host,
    ) -> io::Result<Vec<u64>> {
        let Newsroom {
            sections, articles, ..
        } = newsroom;
        let site = &self.site;
        let headers = host::headers(&site.api_base, &out.root, &self.base)?;
        let files = [
            ("sitemap.xml", feeds::sitemap(site, sections, articles)),
            ("robots.txt", feeds::robots(site)),
            ("feed.xml", feeds::rss(site, articles)),
            (SHELL, self.shell.page.clone()),
            (shell::START_FILE, shell::start_script()),
            ("_headers", headers),
            (".nojekyll", String::new()),
        ];
        let routing = host.routing(&self.base);
        for name in host::ROUTING_FILES {
            if !routing.iter().any(|(own, _)| *own == name) {
                out.remove(name)?;
            }
        }
        files
            .iter()
            .chain(&routing)
            .map(|(path, contents)| out.write(path, contents))
            .collect()
    }
}

/// The file of a page's path: `/news/a-story` is `news/a-story/index.html`.
fn page_file(path: &str) -> String {
    format!("{}/index.html", path.trim_start_matches('/'))
}

/// Removes the pages of stories and sections whose JSON is gone (with
/// `only`, that story's page if its JSON is gone); returns how many.
fn remove_gone_pages(out: &Output, newsroom: &Newsroom, only: Option<&str>) -> io::Result<usize> {
    let published: HashSet<&str> = newsroom
        .articles
        .iter()
        .map(|a| a.summary.slug.as_str())
        .collect();
    match only {
        Some(slug) if !published.contains(slug) => out.remove_pages("news", |s| s == slug),
        Some(_) => Ok(0),
        None => {
            let sections: HashSet<&str> = newsroom
                .sections
                .iter()
                .map(|s| s.category.slug.as_str())
                .collect();
            Ok(out.remove_pages("news", |s| !published.contains(s))?
                + out.remove_pages("category", |s| !sections.contains(s))?)
        }
    }
}

/// What a newsroom's folder holds that the pages are made from.
struct Newsroom {
    home: HomePage,
    latest: Option<LatestFeed>,
    sections: Vec<CategoryPage>,
    articles: Vec<Article>,
}

impl Newsroom {
    /// Reads every file with the app's tolerant types; what cannot be used
    /// is said in `problems`. Only an unreadable front page is an error.
    fn read(api: &Path, problems: &mut Vec<String>) -> Result<Newsroom, PublishError> {
        let home = read_counted(&api.join("home.json"), "home.json", problems)
            .map_err(PublishError::Home)?;
        let latest = read_counted(&api.join("latest.json"), "latest.json", problems)
            .map_err(|why| {
                problems.push(format!(
                    "latest.json cannot be read ({why}): pages show Latest News once the browser loads it"
                ));
            })
            .ok();
        Ok(Newsroom {
            home,
            latest,
            sections: read_all(&api.join("categories"), problems),
            articles: read_all(&api.join("articles"), problems),
        })
    }
}

/// Copies the newsroom's folder into the site's `api/` (with `only`: the
/// feeds and that story), unless it is that folder already; an article
/// whose JSON is gone from the newsroom goes from the site too. Returns the
/// bytes copied.
fn copy_json(out: &Output, api: &Path, only: Option<&str>) -> io::Result<u64> {
    let target = out.root.join("api");
    if fs::canonicalize(api).ok() == fs::canonicalize(&target).ok() {
        return Ok(0);
    }
    let mut copied = 0;
    let mut folders = vec![PathBuf::new()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(api.join(&folder))?.flatten() {
            let relative = folder.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                folders.push(relative);
                continue;
            }
            let wanted = match only {
                Some(slug) => {
                    !relative.starts_with("articles") || relative.ends_with(format!("{slug}.json"))
                }
                None => true,
            };
            if wanted {
                let site_path = Path::new("api").join(&relative);
                copied += out.copy(&site_path.to_string_lossy(), &entry.path())?;
            }
        }
    }
    let gone = |name: &str| !api.join("articles").join(name).exists();
    let articles = target.join("articles");
    for entry in fs::read_dir(&articles).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let in_scope = only.is_none_or(|slug| name == format!("{slug}.json"));
        if in_scope && !name.starts_with('.') && gone(&name) {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(copied)
}

/// What every page embeds besides its own content: the Latest News it
/// shows, and the front page (whole on `/`, its outline elsewhere).
struct Shared {
    latest: Option<LatestFeed>,
    front: Front,
    outline: Front,
}

impl Shared {
    fn new(newsroom: &Newsroom) -> Shared {
        Shared {
            latest: newsroom.latest.clone().map(|mut feed| {
                feed.items.truncate(SHOWN);
                feed
            }),
            front: Front::Whole(newsroom.home.clone()),
            outline: Front::outline(&newsroom.home),
        }
    }

    fn data(&self, path: &str, front: &Front) -> PageData {
        PageData {
            path: path.to_owned(),
            latest: self.latest.clone(),
            home: Some(front.clone()),
            article: None,
            section: None,
        }
    }

    /// The front page's data.
    fn front(&self) -> PageData {
        self.data("/", &self.front)
    }

    /// The data of any other page, before its own content is added.
    fn outlined(&self, path: &str) -> PageData {
        self.data(path, &self.outline)
    }
}

/// Every `{slug}.json` in a folder that parses; the others are reported.
fn read_all<T: DeserializeOwned + Counted>(dir: &Path, problems: &mut Vec<String>) -> Vec<T> {
    let Ok(entries) = fs::read_dir(dir) else {
        problems.push(format!("{} cannot be read", dir.display()));
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            let slug = name.strip_suffix(".json")?;
            if !is_valid_slug(slug) {
                problems.push(format!("{name}: not a valid slug, skipped"));
                return None;
            }
            match read_counted::<T>(&path, &name, problems) {
                Ok(value) if value.slug() == slug => Some(value),
                Ok(_) => {
                    problems.push(format!(
                        "{name}: its slug is not its file name, so it was not published"
                    ));
                    None
                }
                Err(why) => {
                    problems.push(format!(
                        "{name} cannot be read ({why}): its page was not written, the shell serves it"
                    ));
                    None
                }
            }
        })
        .collect()
}

/// A parsed file: its slug (for files named by one), and how many stories
/// it lists, so stories the tolerant parse left out can be reported.
trait Counted: Sized {
    /// Whether the file lists stories (an article does not).
    const LISTS: bool = true;

    fn slug(&self) -> &str {
        ""
    }

    /// Stories kept, and stories in the file as written.
    fn stories(&self, _raw: &serde_json::Value) -> Option<(usize, usize)> {
        None
    }
}

fn raw_len(value: &serde_json::Value, key: &str) -> usize {
    value
        .get(key)
        .and_then(serde_json::Value::as_array)
        .map_or(0, Vec::len)
}

impl Counted for HomePage {
    fn stories(&self, raw: &serde_json::Value) -> Option<(usize, usize)> {
        let kept = self.top.len() + self.sections.iter().map(|s| s.items.len()).sum::<usize>();
        let sections = raw.get("sections").and_then(serde_json::Value::as_array);
        let written = raw_len(raw, "top")
            + sections.map_or(0, |all| all.iter().map(|s| raw_len(s, "items")).sum());
        Some((kept, written))
    }
}

impl Counted for LatestFeed {
    fn stories(&self, raw: &serde_json::Value) -> Option<(usize, usize)> {
        Some((self.items.len(), raw_len(raw, "items")))
    }
}

impl Counted for Article {
    const LISTS: bool = false;

    fn slug(&self) -> &str {
        self.summary.slug.as_str()
    }
}

impl Counted for CategoryPage {
    fn slug(&self) -> &str {
        self.category.slug.as_str()
    }

    fn stories(&self, raw: &serde_json::Value) -> Option<(usize, usize)> {
        Some((self.items.len(), raw_len(raw, "items")))
    }
}

/// Reads a file with the app's tolerant types, reporting stories it left out.
fn read_counted<T: DeserializeOwned + Counted>(
    path: &Path,
    name: &str,
    problems: &mut Vec<String>,
) -> Result<T, String> {
    let text = fs::read_to_string(path).map_err(|error| error.to_string())?;
    let value: T = parse(&text).map_err(|error| match error {
        crate::api::FetchError::Parse(why) => why,
        other => other.to_string(),
    })?;
    let raw = || serde_json::from_str::<serde_json::Value>(&text).unwrap_or_default();
    if let Some((kept, written)) = T::LISTS.then(|| value.stories(&raw())).flatten() {
        if kept < written {
            problems.push(format!(
                "{name}: {} of {written} stories left out (unreadable, listed twice, or over the contract's limit)",
                written - kept
            ));
        }
    }
    Ok(value)
}

/// The site folder. Every file is written beside its place under a
/// temporary name and renamed into it, so a reader (or an upload) never
/// sees half of one.
struct Output {
    root: PathBuf,
}

impl Output {
    fn new(root: &Path) -> io::Result<Output> {
        fs::create_dir_all(root)?;
        Ok(Output {
            root: root.to_owned(),
        })
    }

    /// A temporary name beside `target`, dotted so no host serves it.
    fn beside(target: &Path) -> PathBuf {
        let name = target
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        target.with_file_name(format!(".{name}.publishing-{}", std::process::id()))
    }

    fn place(&self, path: &str, fill: impl FnOnce(&Path) -> io::Result<u64>) -> io::Result<u64> {
        let target = self.root.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        let temporary = Output::beside(&target);
        let written = fill(&temporary).and_then(|bytes| {
            fs::rename(&temporary, &target)?;
            Ok(bytes)
        });
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        written
    }

    /// Writes a file of the site; returns its size.
    fn write(&self, path: &str, contents: &str) -> io::Result<u64> {
        self.place(path, |temporary| {
            fs::write(temporary, contents)?;
            Ok(contents.len() as u64)
        })
    }

    /// Copies a file into the site unless the copy there is already the
    /// same (same size, and newer); returns the bytes copied.
    fn copy(&self, path: &str, from: &Path) -> io::Result<u64> {
        let source = fs::metadata(from)?;
        if let Ok(existing) = fs::metadata(self.root.join(path)) {
            let newer = match (existing.modified(), source.modified()) {
                (Ok(copy), Ok(original)) => copy >= original,
                _ => false,
            };
            if newer && existing.len() == source.len() {
                return Ok(0);
            }
        }
        self.place(path, |temporary| fs::copy(from, temporary))
    }

    /// Removes a file of the site, if it is there.
    fn remove(&self, path: &str) -> io::Result<()> {
        match fs::remove_file(self.root.join(path)) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    /// Removes `{kind}/{slug}/` for every slug `gone` names.
    fn remove_pages(&self, kind: &str, gone: impl Fn(&str) -> bool) -> io::Result<usize> {
        let Ok(entries) = fs::read_dir(self.root.join(kind)) else {
            return Ok(0);
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() && gone(&name) {
                fs::remove_dir_all(entry.path())?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}
