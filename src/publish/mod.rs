//! The publish step: reads a newsroom's JSON folder and Trunk's shell page,
//! and writes a complete page for every route, a not-found page, the
//! sitemap, robots.txt and the RSS feed into the site folder. Host only.
//!
//! Nothing half-written is left behind: every file is written beside its
//! place and renamed into it, and a front page that cannot be read stops
//! the publish before anything is written.

pub mod dropped;
pub mod feeds;
pub mod head;
pub mod host;
pub mod look;
pub mod offline;
pub mod render;
pub mod settings;
pub mod shard;
pub mod shell;
pub mod sitemap;

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::api::json::FromJson;
use rayon::prelude::*;

use crate::api::client::parse_value;
use crate::api::home::Front;
use crate::api::live::LivePage;
use crate::api::{Article, ArticleSummary, Block, CategoryPage, HomePage, LatestFeed};
use crate::components::embed::{youtube_id, YOUTUBE_PLAYER};
use crate::config::{base_path, resolve_api_base, Config, DEFAULT_API, DEFAULT_POLL};
use crate::live::merge::SHOWN;
use crate::page_data::PageData;
use crate::routes::{article_path, is_valid_slug, ListKind, Listing, Route};
use head::{head_tags, Described, Site};
use render::render_page;
use shell::{Shell, Words};

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
    pub only: Option<Only>,
    /// The newsroom's own site, as the command line gives it: each one
    /// set overrides `site.json`'s.
    pub settings: settings::Settings,
    /// The host the site is for: which routing file it gets.
    pub host: host::Host,
    /// How many pages render at once (None: one per core).
    pub jobs: Option<usize>,
    /// Which part of a publish this is: all of it, one share of the pages
    /// (`--shard K/N`), or the site-wide files once the shares are done.
    pub part: shard::Part,
    /// When the publish happens: the news sitemap lists the stories of
    /// the two days before it.
    pub now: chrono::DateTime<chrono::FixedOffset>,
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
            only: None,
            settings: settings::Settings::default(),
            host: host::Host::default(),
            jobs: None,
            part: shard::Part::Whole,
            now: chrono::Utc::now().fixed_offset(),
        }
    }
}

/// The one story a publish renders again (`--only news/SLUG` or
/// `--only live/SLUG`), with the pages that list it and the site-wide
/// files; a story whose JSON is gone loses its pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Only {
    /// An article: its page.
    Article(String),
    /// A live page: every page of its posts.
    Live(String),
}

impl Only {
    /// `news/SLUG` or `live/SLUG` (a page's path, as the router reads it).
    pub fn parse(page: &str) -> Option<Only> {
        match Route::from_path(page) {
            Route::Article(slug) => Some(Only::Article(slug)),
            Route::Live(list) if list.page == 1 => Some(Only::Live(list.slug)),
            _ => None,
        }
    }

    fn slug(&self) -> &str {
        match self {
            Only::Article(slug) | Only::Live(slug) => slug,
        }
    }

    fn article(&self) -> Option<&str> {
        match self {
            Only::Article(slug) => Some(slug),
            Only::Live(_) => None,
        }
    }

    fn live(&self) -> Option<&str> {
        match self {
            Only::Live(slug) => Some(slug),
            Only::Article(_) => None,
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
    Settings(String),
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
            PublishError::Settings(why) => write!(
                f,
                "the site's settings cannot be used: {why}; nothing was published and the site is as it was"
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

/// Publishes the whole site, or one story with `only`, or one
/// part of the whole (`options.part`).
pub fn publish(options: &Options) -> Result<Report, PublishError> {
    let started = std::time::Instant::now();
    render::init_executor();
    let jobs = options
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
        .map_err(|error| PublishError::Io(io::Error::other(error)))?;
    pool.install(|| publish_with(options, started))
}

fn publish_with(options: &Options, started: std::time::Instant) -> Result<Report, PublishError> {
    let mut report = Report::default();
    let target = Target::new(options)?;
    report.problems.extend(target.notes.iter().cloned());
    let newsroom = Newsroom::read(&options.api_dir, &mut report.problems)?;
    let out = Output::new(&options.dist)?;
    let only = options.only.as_ref();
    let part = options.part;
    let mut written = target.write_pages(&out, &newsroom, only, part)?;
    let stories = match only {
        Some(Only::Article(slug)) => {
            let (story, page) = target.write_story(&out, &newsroom, slug, &mut report.problems)?;
            written.extend(page);
            story
        }
        Some(Only::Live(_)) => Stories::Kept,
        None => {
            let scan = target.write_stories(&out, &newsroom, part)?;
            report.problems.extend(scan.problems);
            written.extend(scan.written);
            scan.stories
        }
    };
    report.pages = written.len();
    if part.writes_site_files() {
        let article = only.and_then(Only::article);
        written.extend(target.write_site_files(
            &out,
            &newsroom,
            &stories,
            article,
            options.host,
        )?);
        if target.json_beside_pages() {
            written.push(copy_json(&out, &options.api_dir, only)?);
        }
    }
    report.bytes = written.iter().sum();
    report.removed = remove_gone_pages(&out, &newsroom, &stories, only, part)?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Where the pages go and what they are written with: the site's URL and
/// base path, Trunk's shell with the settings applied, and the settings the
/// app is rendered with.
struct Target {
    site: Site,
    now: chrono::DateTime<chrono::FixedOffset>,
    base: String,
    shell: Shell,
    config: Config,
    /// What the settings made the publish say (a language with no file).
    notes: Vec<String>,
    /// The newsroom's stylesheet and logo, written beside the pages.
    look: Option<(String, Option<look::Logo>)>,
    /// The addresses of the stylesheet and logo (`?v=`), among the files
    /// offline reading keeps.
    look_files: Vec<String>,
    /// Whether offline reading is on.
    offline: bool,
    /// The web app manifest.
    manifest: String,
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
        let own = settings::Settings::resolve(&options.api_dir, &options.settings)
            .map_err(PublishError::Settings)?;
        let shell_html = fs::read_to_string(options.dist.join(SHELL))?;
        let editions_meta = (!own.editions.is_empty()).then(|| {
            let list: Vec<[&str; 3]> = own
                .editions
                .iter()
                .map(|e| [e.language.as_str(), e.name.as_str(), e.url.as_str()])
                .collect();
            serde_json::to_string(&list).unwrap_or_default()
        });
        let look = (own.accent.is_some() || own.logo.is_some())
            .then(|| look::stylesheet(own.accent.as_ref(), own.logo.as_ref()));
        // Named by its content, so a new look is never read from a cache.
        let look_href = look
            .as_ref()
            .map(|css| format!("{}?v={}", look::STYLESHEET, look::version(css.as_bytes())));
        let theme = own
            .accent
            .as_ref()
            .map(|accent| (accent.light.hex(), accent.dark.hex()));
        let shell = Shell::parse(
            &shell_html,
            &options.api_setting,
            options.poll_seconds,
            &base,
            &Words {
                name: &own.name,
                tagline: &own.tagline,
                strings: &own.strings_json,
                language: &own.strings.language,
                dir: own.strings.dir(),
                look: look_href.as_deref(),
                editions: editions_meta.as_deref(),
                offline: own.offline,
                theme: theme
                    .as_ref()
                    .map_or(offline::APP_COLOURS, |(light, dark)| {
                        offline::ThemeColours { light, dark }
                    }),
            },
        )
        .map_err(PublishError::Shell)?;
        let manifest = offline::manifest(
            &own.name,
            &own.tagline,
            &own.strings.language,
            own.strings.dir(),
            theme
                .as_ref()
                .map_or(offline::APP_COLOURS.light, |(light, _)| light),
        );
        let api_base = resolve_api_base(Some(&site_url), &options.api_setting);
        let config = Config {
            base: base.clone(),
            api_base: api_base.clone(),
            poll_interval: crate::config::parse_poll(Some(&options.poll_seconds.to_string())),
            name: own.name.clone(),
            tagline: own.tagline.clone(),
            zone: own.zone,
            strings: std::sync::Arc::new(own.strings),
            editions: std::sync::Arc::new(own.editions.clone()),
        };
        Ok(Target {
            now: options.now,
            site: Site {
                url: site_url,
                api_base,
                name: own.name,
                tagline: own.tagline,
                strings: config.strings.clone(),
                logo: own.logo.as_ref().and_then(|logo| {
                    let (width, height) = logo.pixels?;
                    Some((logo.href.clone(), width, height))
                }),
                editions: config.editions.clone(),
            },
            base,
            shell,
            config,
            notes: own.notes,
            look_files: look_href
                .into_iter()
                .chain(own.logo.as_ref().map(|logo| logo.href.clone()))
                .collect(),
            offline: own.offline,
            manifest,
            look: look.map(|css| (css, own.logo)),
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

    /// The front page, the sections and live pages (with `only`, those
    /// that show that story, and its own live pages) and the not-found
    /// page, as far as `part` renders them; returns each one's size.
    fn write_pages(
        &self,
        out: &Output,
        newsroom: &Newsroom,
        only: Option<&Only>,
        part: shard::Part,
    ) -> Result<Vec<u64>, PublishError> {
        let shared = &newsroom.shared;
        let lists = |items: &[ArticleSummary]| {
            only.is_none_or(|only| items.iter().any(|s| s.slug.as_str() == only.slug()))
        };
        let own_live = |list: &Listing| only.is_none_or(|only| only.live() == Some(&list.slug));
        let home = &newsroom.home;
        let mut written = Vec::new();
        let front_lists = lists(&home.top) || home.sections.iter().any(|s| lists(&s.items));
        if front_lists && part.renders("/") {
            let html = self.page(&Described::Front, shared.front());
            written.push(out.write("index.html", &html)?);
        }
        for (list, page) in newsroom.lists.iter().filter(|(_, page)| lists(&page.items)) {
            let path = list.path();
            if !part.renders(&path) {
                continue;
            }
            let described = Described::List {
                name: &page.category.name,
                list,
            };
            let mut data = shared.outlined(&path);
            data.section = Some(page.clone());
            written.push(out.write(&page_file(&path), &self.page(&described, data))?);
        }
        for (list, page) in newsroom.live.iter().filter(|(list, _)| own_live(list)) {
            let path = list.path();
            if !part.renders(&path) {
                continue;
            }
            let described = Described::Live { page, list };
            let mut data = shared.outlined(&path);
            data.live = Some(page.clone());
            written.push(out.write(&page_file(&path), &self.page(&described, data))?);
        }
        if only.is_none() && part.renders("/404") {
            let html = self.page(&Described::NotFound, shared.outlined("/404"));
            written.push(out.write("404.html", &shell::without_base(&html))?);
        }
        Ok(written)
    }

    /// One article's page, written if `render`; its record, or why it has none.
    fn write_article(
        &self,
        out: &Output,
        shared: &Shared,
        file: &Path,
        render: impl Fn(&str) -> bool,
    ) -> Article1 {
        let mut problems = Vec::new();
        let Some(article) = read_named::<Article>(file, &mut problems) else {
            return Article1 {
                record: None,
                written: None,
                problems,
            };
        };
        let story = &article.summary;
        for refused in article.refused_links() {
            problems.push(format!(
                "{}.json: the link {refused:?} is not one the contract allows (https, http, mailto or a path on this site): shown as its text",
                story.slug
            ));
        }
        let record = Record {
            slug: story.slug.as_str().to_owned(),
            news_title: sitemap::is_news(story.published_at, self.now).then(|| story.title.clone()),
            frames: plays_elsewhere(&article),
            image: story
                .image
                .as_ref()
                .and_then(|image| head::share_image(&self.site, image))
                .map(|shared| shared.src),
            published: story.published_at,
            changed: story.last_changed(),
            alternates: head::alternates(
                &self.site,
                &self.site.absolute(&article_path(story.slug.as_str())),
                Some(&article.translations),
            ),
        };
        let path = article_path(story.slug.as_str());
        let written = render(&path).then(|| {
            let described = Described::Article(&article);
            let html = self.page(&described, shared.outlined_with(&path, &article));
            out.write(&page_file(&path), &html)
        });
        Article1 {
            record: Some(record),
            written,
            problems,
        }
    }

    /// Every article in turn, on every core: each read, rendered (as far
    /// as `part` renders it) and written, then let go, so memory holds
    /// only what every page shares and one small record per story.
    fn write_stories(
        &self,
        out: &Output,
        newsroom: &Newsroom,
        part: shard::Part,
    ) -> Result<Scan, PublishError> {
        let mut problems = Vec::new();
        let files = json_files(&newsroom.articles, &mut problems);
        let outcomes: Vec<Article1> = files
            .par_iter()
            .map(|file| self.write_article(out, &newsroom.shared, file, |path| part.renders(path)))
            .collect();
        let mut records = Vec::with_capacity(outcomes.len());
        let mut written = Vec::new();
        for outcome in outcomes {
            problems.extend(outcome.problems);
            records.extend(outcome.record);
            if let Some(bytes) = outcome.written {
                written.push(bytes?);
            }
        }
        Ok(Scan {
            stories: Stories::All(records),
            written,
            problems,
        })
    }

    /// `only`'s article: its page (and the page's size), if it can be read.
    fn write_story(
        &self,
        out: &Output,
        newsroom: &Newsroom,
        slug: &str,
        problems: &mut Vec<String>,
    ) -> Result<(Stories, Option<u64>), PublishError> {
        let file = newsroom.articles.join(format!("{slug}.json"));
        let gone = Stories::One {
            slug: slug.to_owned(),
            record: None,
        };
        if !file.exists() {
            return Ok((gone, None));
        }
        let outcome = self.write_article(out, &newsroom.shared, &file, |_| true);
        problems.extend(outcome.problems);
        let page = outcome.written.transpose()?;
        let story = Stories::One {
            slug: slug.to_owned(),
            record: outcome.record,
        };
        Ok((story, page))
    }

    /// The sitemap, robots.txt, the feed, the shell and its loader, and the
    /// host's files: `_headers`, its routing file (removing another host's,
    /// which would misroute this one), and `.nojekyll` (GitHub Pages serves
    /// files whose names start with `_` only with it); returns each one's
    /// size. A sitemap file whose text is unchanged is not written again.
    fn write_site_files(
        &self,
        out: &Output,
        newsroom: &Newsroom,
        stories: &Stories,
        only: Option<&str>,
        host: host::Host,
    ) -> io::Result<Vec<u64>> {
        let site = &self.site;
        let listing = self.listing(out, newsroom, stories);
        let sitemaps = listing.files(&site.url);
        let mut written = Vec::new();
        for (path, xml) in &sitemaps {
            if fs::read_to_string(out.root.join(path)).ok().as_deref() != Some(xml.as_str()) {
                written.push(out.write(path, xml)?);
            }
        }
        for stale in sitemap::stale_parts(&out.root, &sitemaps) {
            out.remove(&stale)?;
        }
        let newest = newest_stories(newsroom, &listing, stories, only);
        let frames = self.frames(out, stories);
        let assets = host::hashed_assets(&out.root)?;
        let headers = host::headers(&site.api_base, &frames, &assets, &self.base);
        let mut files = vec![
            ("robots.txt", feeds::robots(site)),
            (sitemap::NEWS, self.news_sitemap(out, newsroom, stories)),
            ("feed.xml", feeds::rss(site, &newest)),
            (SHELL, self.shell.page.clone()),
            (shell::START_FILE, shell::start_script()),
            ("_headers", headers),
            (".nojekyll", String::new()),
            (offline::MANIFEST, self.manifest.clone()),
        ];
        // Offline reading keeps the app's files: the shell, its loader,
        // icon and look, and Trunk's hashed files.
        if self.offline {
            let kept: Vec<String> = [SHELL, shell::START_FILE, offline::ICON]
                .into_iter()
                .map(str::to_owned)
                .chain(assets)
                .chain(self.look_files.iter().cloned())
                .collect();
            files.push((
                offline::WORKER,
                offline::worker(&kept, &site.api_base, &self.shell.page),
            ));
        } else {
            out.remove(offline::WORKER)?;
        }
        let routing = host.routing(&self.base);
        for name in host::ROUTING_FILES {
            if !routing.iter().any(|(own, _)| *own == name) {
                out.remove(name)?;
            }
        }
        for (path, contents) in files.iter().chain(&routing) {
            written.push(out.write(path, contents)?);
        }
        // The newsroom's look, or none left from an earlier publish.
        let logo = self.look.as_ref().and_then(|(_, logo)| logo.as_ref());
        for old in ["site-logo.svg", "site-logo.png"] {
            if logo.is_none_or(|logo| logo.file != old) {
                out.remove(old)?;
            }
        }
        match &self.look {
            Some((css, _)) => written.push(out.write(look::STYLESHEET, css)?),
            None => out.remove(look::STYLESHEET)?,
        }
        if let Some(logo) = logo {
            written.push(out.copy(&logo.file, &logo.source)?);
        }
        Ok(written)
    }

    /// The hosts whose players a published page loads (`frame-src`): from
    /// every story, or with `only`, that story's and the ones the site's
    /// `_headers` already allowed (a full publish drops one no page needs).
    fn frames(&self, out: &Output, stories: &Stories) -> Vec<&'static str> {
        let needed = match stories {
            Stories::All(records) => records.iter().any(|record| record.frames),
            Stories::One { .. } | Stories::Kept => {
                stories.one().is_some_and(|record| record.frames)
                    || fs::read_to_string(out.root.join("_headers"))
                        .is_ok_and(|text| text.contains(&format!("frame-src {YOUTUBE_PLAYER}")))
            }
        };
        if needed {
            vec![YOUTUBE_PLAYER]
        } else {
            Vec::new()
        }
    }

    /// The news sitemap: the last two days' stories, from the scan, or
    /// (with `only`) those the last news sitemap listed and that story,
    /// each read again.
    fn news_sitemap(&self, out: &Output, newsroom: &Newsroom, stories: &Stories) -> String {
        let site = &self.site;
        let listed: Vec<sitemap::NewsStory> = match stories {
            Stories::All(records) => records
                .iter()
                .filter_map(|record| {
                    Some(sitemap::NewsStory {
                        url: site.absolute(&article_path(&record.slug)),
                        title: record.news_title.clone()?,
                        published: record.published,
                    })
                })
                .collect(),
            Stories::One { .. } | Stories::Kept => {
                let prefix = crate::escape::html_text(&site.absolute("/news/"));
                let mut slugs = sitemap::read_back_news(&out.root, &prefix);
                if let Stories::One { slug, .. } = stories {
                    slugs.push(slug.clone());
                }
                slugs
                    .par_iter()
                    .filter_map(|slug| {
                        let file = newsroom.articles.join(format!("{slug}.json"));
                        let story = read_named::<Article>(&file, &mut Vec::new())?.summary;
                        Some(sitemap::NewsStory {
                            url: site.absolute(&article_path(story.slug.as_str())),
                            title: story.title,
                            published: story.published_at,
                        })
                    })
                    .collect()
            }
        };
        sitemap::news(
            listed,
            self.now,
            &self.site.name,
            &self.site.strings.language,
        )
    }

    /// What the sitemap lists: the front page and the sections, then every
    /// story: from the scan, or (with `only`) the sitemap written last time
    /// with that story's entry changed.
    fn listing(&self, out: &Output, newsroom: &Newsroom, stories: &Stories) -> sitemap::Listing {
        let site = &self.site;
        let front = site.absolute("/");
        let mut pages = vec![sitemap::Entry::new(&front, newsroom.home.updated_at)
            .with_alternates(&head::alternates(site, &front, None))];
        pages.extend(newsroom.lists.iter().map(|(list, page)| {
            sitemap::Entry::new(&site.absolute(&list.path()), page.updated_at)
        }));
        pages.extend(newsroom.live.iter().map(|(list, page)| {
            let changed = Some(page.summary.last_changed());
            let image = (list.page == 1)
                .then_some(page.summary.image.as_ref())
                .flatten()
                .and_then(|image| head::share_image(site, image));
            sitemap::Entry::new(&site.absolute(&list.path()), changed)
                .with_image(image.map(|shared| shared.src).as_deref())
        }));
        let entry = |record: &Record| {
            let url = site.absolute(&article_path(&record.slug));
            (
                sitemap::Entry::new(&url, Some(record.changed))
                    .with_image(record.image.as_deref())
                    .with_alternates(&record.alternates),
                Some(sitemap::month(record.published)),
            )
        };
        let stories = match stories {
            // In the order of their addresses, as a sitemap read back is.
            Stories::All(records) => {
                let mut stories: Vec<sitemap::Story> = records.iter().map(entry).collect();
                stories.sort_by(|a, b| a.0.loc.cmp(&b.0.loc));
                stories
            }
            Stories::One { .. } | Stories::Kept => {
                let prefix = crate::escape::html_text(&site.absolute("/news/"));
                let mut listed = sitemap::read_back(&out.root, &prefix);
                if let Stories::One { slug, record } = stories {
                    let loc = crate::escape::html_text(&site.absolute(&article_path(slug)));
                    listed.retain(|(entry, _)| entry.loc != loc);
                    if let Some(record) = record {
                        let at = listed.partition_point(|(entry, _)| entry.loc < loc);
                        listed.insert(at, entry(record));
                    }
                }
                let mut listing = sitemap::Listing {
                    pages,
                    stories: listed,
                };
                if listing.needs_index() {
                    fill_months(&mut listing, &newsroom.articles, &prefix);
                }
                return listing;
            }
        };
        sitemap::Listing { pages, stories }
    }
}

/// What the scan of every article gives the site-wide files.
struct Scan {
    stories: Stories,
    written: Vec<u64>,
    problems: Vec<String>,
}

/// One article's outcome in the scan.
struct Article1 {
    record: Option<Record>,
    written: Option<io::Result<u64>>,
    problems: Vec<String>,
}

/// What the site-wide files need of a published story.
#[derive(Clone, Debug)]
struct Record {
    slug: String,
    /// Its headline, when it is news enough for the news sitemap.
    news_title: Option<String>,
    /// Whether its page plays another service's player (`frame-src`).
    frames: bool,
    /// Its picture's absolute URL, for the sitemap.
    image: Option<String>,
    published: chrono::DateTime<chrono::FixedOffset>,
    changed: chrono::DateTime<chrono::FixedOffset>,
    /// The story in the site's other languages, itself among them, when it
    /// has translations (sitemap `xhtml:link`s).
    alternates: Vec<(String, String)>,
}

/// The stories the site-wide files list: every published story, or, with
/// `only`, the one story (None: its JSON is gone or unreadable), or none
/// changed (`--only live/SLUG`: the articles as the last publish listed
/// them).
enum Stories {
    All(Vec<Record>),
    One {
        slug: String,
        record: Option<Record>,
    },
    Kept,
}

impl Stories {
    /// The one story's record, when there is one.
    fn one(&self) -> Option<&Record> {
        match self {
            Stories::One { record, .. } => record.as_ref(),
            Stories::All(_) | Stories::Kept => None,
        }
    }
}

/// The months of stories read back from a single-file sitemap, which
/// holds none: each story's JSON is read again (once, when a site grows
/// past one file).
fn fill_months(listing: &mut sitemap::Listing, articles: &Path, prefix: &str) {
    listing.stories.par_iter_mut().for_each(|(entry, month)| {
        if month.is_some() {
            return;
        }
        let slug = entry.loc.strip_prefix(prefix).unwrap_or_default();
        let file = articles.join(format!("{slug}.json"));
        *month = read_named::<Article>(&file, &mut Vec::new())
            .map(|article| sitemap::month(article.summary.published_at));
    });
}

/// The newest stories for the feed, newest first: the newest records of
/// the scan, or with `only`, the stories of the newest months' sitemap
/// files (a story's month is its publication's, so no older month holds a
/// newer story), each read again for its summary.
fn newest_stories(
    newsroom: &Newsroom,
    listing: &sitemap::Listing,
    stories: &Stories,
    only: Option<&str>,
) -> Vec<ArticleSummary> {
    let slugs: Vec<String> = match stories {
        Stories::All(records) => {
            let mut newest: Vec<&Record> = records.iter().collect();
            newest.sort_by(|a, b| b.published.cmp(&a.published).then(a.slug.cmp(&b.slug)));
            newest.truncate(feeds::FEED_STORIES);
            newest.into_iter().map(|r| r.slug.clone()).collect()
        }
        Stories::One { .. } | Stories::Kept => {
            let mut by_month: Vec<(&Option<String>, &str)> = listing
                .stories
                .iter()
                .map(|(entry, month)| (month, entry.loc.rsplit('/').next().unwrap_or_default()))
                .collect();
            by_month.sort_by(|a, b| b.0.cmp(a.0));
            let mut slugs = Vec::new();
            let mut last_month = None;
            for (month, slug) in by_month {
                if slugs.len() >= feeds::FEED_STORIES
                    && month.is_some()
                    && last_month != Some(month)
                {
                    break;
                }
                last_month = Some(month);
                slugs.push(slug.to_owned());
            }
            slugs.extend(only.map(str::to_owned));
            slugs
        }
    };
    let mut newest: Vec<ArticleSummary> = slugs
        .par_iter()
        .filter_map(|slug| {
            let file = newsroom.articles.join(format!("{slug}.json"));
            read_named::<Article>(&file, &mut Vec::new()).map(|article| article.summary)
        })
        .collect();
    // Live pages are stories too.
    let live = newsroom.live.iter().filter(|(list, _)| list.page == 1);
    newest.extend(live.map(|(_, page)| page.summary.clone()));
    newest.sort_by(|a, b| {
        b.published_at
            .cmp(&a.published_at)
            .then(a.slug.as_str().cmp(b.slug.as_str()))
    });
    newest.dedup_by(|a, b| a.slug == b.slug);
    newest.truncate(feeds::FEED_STORIES);
    newest
}

/// The file of a page's path: `/news/a-story` is `news/a-story/index.html`.
fn page_file(path: &str) -> String {
    format!("{}/index.html", path.trim_start_matches('/'))
}

/// Removes the pages of stories and sections whose JSON is gone (with
/// `only`, that story's pages if its JSON is gone, and a live page's
/// older pages it no longer has; in a shard, the gone pages of its
/// share); returns how many.
fn remove_gone_pages(
    out: &Output,
    newsroom: &Newsroom,
    stories: &Stories,
    only: Option<&Only>,
    part: shard::Part,
) -> io::Result<usize> {
    match (stories, only) {
        (Stories::One { slug, record: None }, Some(_)) => out.remove_pages("news", |s| s == slug),
        (Stories::Kept, Some(Only::Live(slug))) => {
            remove_gone_lists(out, newsroom, ListKind::Live, |s| s == slug, |_| true)
        }
        (Stories::All(records), None) if part != shard::Part::Finish => {
            let published: HashSet<&str> = records.iter().map(|r| r.slug.as_str()).collect();
            let owned = |path: String| part.renders(&path);
            let mut removed =
                out.remove_pages("news", |s| !published.contains(s) && owned(article_path(s)))?;
            for kind in [ListKind::Section, ListKind::Topic, ListKind::Live] {
                removed += remove_gone_lists(out, newsroom, kind, |_| true, owned)?;
            }
            Ok(removed)
        }
        _ => Ok(0),
    }
}

/// Removes the pages of one kind of list (those whose slug is `in_scope`
/// and whose path is `owned`) that the newsroom no longer has: a whole
/// list whose JSON is gone, and older pages past a list's last.
fn remove_gone_lists(
    out: &Output,
    newsroom: &Newsroom,
    kind: ListKind,
    in_scope: impl Fn(&str) -> bool,
    owned: impl Fn(String) -> bool,
) -> io::Result<usize> {
    // Each list's pages, by slug: how many it has now.
    let mut pages: HashMap<&str, u16> = HashMap::new();
    for list in newsroom.listings().filter(|list| list.kind == kind) {
        let last = pages.entry(list.slug.as_str()).or_default();
        *last = (*last).max(list.page);
    }
    let folder = Listing::first(kind, "").path();
    let folder = folder.trim_matches('/');
    let mut removed = out.remove_pages(folder, |slug| {
        in_scope(slug) && !pages.contains_key(slug) && owned(Listing::first(kind, slug).path())
    })?;
    for (slug, last) in pages.iter().filter(|(slug, _)| in_scope(slug)) {
        let older = |n: &str| {
            let page = n.parse::<u16>().ok().filter(|n| *n > *last);
            // An older page of its own that the list no longer has.
            page.is_none_or(|page| {
                owned(
                    Listing {
                        kind,
                        slug: (*slug).to_owned(),
                        page,
                    }
                    .path(),
                )
            })
        };
        let kept = |n: &str| n.parse::<u16>().is_ok_and(|n| n <= *last);
        removed += out.remove_pages(&format!("{folder}/{slug}/page"), |n| !kept(n) && older(n))?;
    }
    Ok(removed)
}

/// What a newsroom's folder holds that every page is made from; the
/// articles stay in their folder until each one's turn.
struct Newsroom {
    home: HomePage,
    /// Every page of every section's and topic's stories.
    lists: Vec<(Listing, CategoryPage)>,
    /// Every page of every live page's posts.
    live: Vec<(Listing, LivePage)>,
    articles: PathBuf,
    shared: Shared,
}

impl Newsroom {
    /// Every page of every list: sections', topics' and live pages'.
    fn listings(&self) -> impl Iterator<Item = &Listing> {
        let lists = self.lists.iter().map(|(list, _)| list);
        lists.chain(self.live.iter().map(|(list, _)| list))
    }

    /// Reads every shared file with the app's tolerant types; what cannot
    /// be used is said in `problems`. Only an unreadable front page is an
    /// error.
    fn read(api: &Path, problems: &mut Vec<String>) -> Result<Newsroom, PublishError> {
        let home: HomePage = read_counted(&api.join("home.json"), "home.json", problems)
            .map_err(PublishError::Home)?;
        let latest = read_counted(&api.join("latest.json"), "latest.json", problems)
            .map_err(|why| {
                problems.push(format!(
                    "latest.json cannot be read ({why}): pages show Latest News once the browser loads it"
                ));
            })
            .ok();
        let mut lists = read_lists(api, ListKind::Section, problems);
        lists.extend(read_lists(api, ListKind::Topic, problems));
        Ok(Newsroom {
            shared: Shared::new(&home, latest),
            home,
            lists,
            live: read_lists(api, ListKind::Live, problems),
            articles: api.join("articles"),
        })
    }
}

/// Whether an article plays another service's player once the reader asks.
fn plays_elsewhere(article: &Article) -> bool {
    article
        .body
        .iter()
        .any(|block| matches!(block, Block::Embed(embed) if youtube_id(&embed.url).is_some()))
}

/// Every section's (or topic's, or live page's) pages: each list's first
/// page, then each older page its `next` names, for as long as each can be
/// read. A `next` the contract does not follow, or a page that cannot be
/// read, ends that list there, and is reported. Topics and live pages are
/// optional: a newsroom without a `topics/` or `live/` folder has none.
fn read_lists<T: FromJson + Counted>(
    api: &Path,
    kind: ListKind,
    problems: &mut Vec<String>,
) -> Vec<(Listing, T)> {
    let folder = api.join(Listing::first(kind, "x").file());
    let folder = folder.parent().unwrap_or(api);
    if kind != ListKind::Section && !folder.exists() {
        return Vec::new();
    }
    let mut lists = Vec::new();
    for file in json_files(folder, problems) {
        let Some(mut page) = read_named::<T>(&file, problems) else {
            continue;
        };
        let mut list = Listing::first(kind, page.slug());
        loop {
            let next = page.next().map(str::to_owned);
            let following = list.next(next.as_deref());
            lists.push((list.clone(), page));
            let (Some(next), Some(following)) = (next.as_deref(), following) else {
                if let Some(next) = next {
                    problems.push(format!(
                        "{}: its next page {next:?} is not {:?} (the contract's name for it), so the list ends there",
                        list.file(),
                        Listing { page: list.page.saturating_add(1), ..list.clone() }.file(),
                    ));
                }
                break;
            };
            let name = following.file();
            match read_counted::<T>(&api.join(next), &name, problems) {
                Ok(older) if older.slug() == list.slug => page = older,
                Ok(_) => {
                    problems.push(format!(
                        "{name}: it names another list, so {} ends before it",
                        list.file()
                    ));
                    break;
                }
                Err(why) => {
                    problems.push(format!(
                        "{name} cannot be read ({why}): {} ends before it",
                        list.file()
                    ));
                    break;
                }
            }
            list = following;
        }
    }
    lists
}

/// Copies the newsroom's folder into the site's `api/` (with `only`: the
/// feeds, the lists and live pages, and that story), unless it is that
/// folder already; an article or live page file whose JSON is gone from
/// the newsroom goes from the site too. Returns the bytes copied.
fn copy_json(out: &Output, api: &Path, only: Option<&Only>) -> io::Result<u64> {
    let target = out.root.join("api");
    if fs::canonicalize(api).ok() == fs::canonicalize(&target).ok() {
        return Ok(0);
    }
    let article = |relative: &Path| relative.strip_prefix("articles").ok().map(Path::to_owned);
    let mut copied = 0;
    for relative in files_under(api, Path::new(""))? {
        let wanted = match (only.map(|only| only.article()), article(&relative)) {
            (Some(slug), Some(name)) => {
                slug.is_some_and(|slug| name == Path::new(&format!("{slug}.json")))
            }
            _ => true,
        };
        if wanted {
            let site_path = Path::new("api").join(&relative);
            copied += out.copy(&site_path.to_string_lossy(), &api.join(&relative))?;
        }
    }
    // A live page's files are named by its slug: `live/SLUG.json` and
    // `live/SLUG/N.json`.
    let in_scope = |relative: &Path| {
        let name = relative.to_string_lossy();
        let Some(only) = only else { return true };
        let (folder, slug) = match only {
            Only::Article(slug) => ("articles/", slug),
            Only::Live(slug) => ("live/", slug),
        };
        name.strip_prefix(folder).is_some_and(|rest| {
            rest == format!("{slug}.json") || rest.starts_with(&format!("{slug}/"))
        })
    };
    for folder in ["articles", "live"] {
        for relative in files_under(&target, Path::new(folder))? {
            let hidden = relative
                .file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with('.'));
            if in_scope(&relative) && !hidden && !api.join(&relative).exists() {
                fs::remove_file(target.join(&relative))?;
            }
        }
    }
    Ok(copied)
}

/// Every file under `root`'s `folder`, by its path from `root` (none when
/// there is no such folder).
fn files_under(root: &Path, folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = fs::read_dir(root.join(&folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let relative = folder.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                folders.push(relative);
            } else {
                files.push(relative);
            }
        }
    }
    Ok(files)
}

/// What every page embeds besides its own content: the Latest News it
/// shows, and the front page (whole on `/`, its outline elsewhere).
struct Shared {
    latest: Option<LatestFeed>,
    front: Front,
    outline: Front,
}

impl Shared {
    fn new(home: &HomePage, latest: Option<LatestFeed>) -> Shared {
        Shared {
            latest: latest.map(|mut feed| {
                feed.items.truncate(SHOWN);
                feed
            }),
            front: Front::Whole(home.clone()),
            outline: Front::outline(home),
        }
    }

    fn data(&self, path: &str, front: &Front) -> PageData {
        PageData {
            path: path.to_owned(),
            latest: self.latest.clone(),
            home: Some(front.clone()),
            article: None,
            section: None,
            live: None,
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

    /// An article page's data.
    fn outlined_with(&self, path: &str, article: &Article) -> PageData {
        let mut data = self.outlined(path);
        data.article = Some(article.clone());
        data
    }
}

/// Every `{slug}.json` in a folder, in the order of their names; files
/// whose names are not slugs are reported and left out.
fn json_files(dir: &Path, problems: &mut Vec<String>) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        problems.push(format!("{} cannot be read", dir.display()));
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let slug = name.strip_suffix(".json").unwrap_or_default();
            let valid = is_valid_slug(slug);
            if !valid {
                problems.push(format!("{name}: not a valid slug, skipped"));
            }
            valid
        })
        .collect();
    files.sort();
    files
}

/// A `{slug}.json` file that parses and names its own slug; otherwise the
/// reason is reported.
fn read_named<T: FromJson + Counted>(file: &Path, problems: &mut Vec<String>) -> Option<T> {
    let name = file.file_name()?.to_string_lossy().into_owned();
    let slug = name.strip_suffix(".json")?;
    match read_counted::<T>(file, &name, problems) {
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
}

/// A parsed file: its slug (for files named by one), and how many stories
/// it lists, so stories the tolerant parse left out can be reported.
trait Counted: Sized {
    fn slug(&self) -> &str {
        ""
    }

    /// Stories kept, and stories in the file as written (for a file that
    /// lists stories).
    fn stories(&self, _raw: &serde_json::Value) -> Option<(usize, usize)> {
        None
    }

    /// What else the tolerant reading left out, and why.
    fn dropped(_raw: &serde_json::Value) -> Vec<String> {
        Vec::new()
    }

    /// The next page of a list, as written.
    fn next(&self) -> Option<&str> {
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
    fn slug(&self) -> &str {
        self.summary.slug.as_str()
    }

    fn dropped(raw: &serde_json::Value) -> Vec<String> {
        dropped::dropped(raw)
    }
}

impl Counted for CategoryPage {
    fn slug(&self) -> &str {
        self.category.slug.as_str()
    }

    fn stories(&self, raw: &serde_json::Value) -> Option<(usize, usize)> {
        Some((self.items.len(), raw_len(raw, "items")))
    }

    fn next(&self) -> Option<&str> {
        self.next.as_deref()
    }
}

impl Counted for LivePage {
    fn slug(&self) -> &str {
        self.summary.slug.as_str()
    }

    fn dropped(raw: &serde_json::Value) -> Vec<String> {
        dropped::dropped_posts(raw)
    }

    fn next(&self) -> Option<&str> {
        self.next.as_deref()
    }
}

/// Reads a file with the app's tolerant types, reporting what they left out.
fn read_counted<T: FromJson + Counted>(
    path: &Path,
    name: &str,
    problems: &mut Vec<String>,
) -> Result<T, String> {
    let text = fs::read_to_string(path).map_err(|error| error.to_string())?;
    let why = |error| match error {
        crate::api::FetchError::Parse(why) => why,
        other => other.to_string(),
    };
    let raw = parse_value(&text).map_err(why)?;
    let value = T::from_json(&raw)?;
    if let Some((kept, written)) = value.stories(&raw) {
        if kept < written {
            problems.push(format!(
                "{name}: {} of {written} stories left out (unreadable, listed twice, or over the contract's limit)",
                written - kept
            ));
        }
    }
    problems.extend(
        T::dropped(&raw)
            .into_iter()
            .map(|what| format!("{name}: {what}")),
    );
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
