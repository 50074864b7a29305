//! `prerender`: the publish step. Reads a newsroom's JSON folder and the
//! site folder Trunk wrote (with its `shell.html`), and writes a complete
//! HTML page for every route, `404.html`, `sitemap.xml`, `robots.txt` and
//! `feed.xml`. See the README ("Publishing").

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let options = match cli::options(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}\n\n{}", cli::usage());
            return ExitCode::from(2);
        }
    };
    match dateline::publish::publish(&options) {
        Ok(report) => {
            for problem in &report.problems {
                eprintln!("warning: {problem}");
            }
            let seconds = report.elapsed.as_secs_f64();
            println!(
                "published {} page{} ({:.1} MB) into {} in {:.2} s ({:.0} pages a second){}",
                report.pages,
                if report.pages == 1 { "" } else { "s" },
                report.bytes as f64 / 1_000_000.0,
                options.dist.display(),
                seconds,
                report.pages as f64 / seconds.max(1e-9),
                match report.removed {
                    0 => String::new(),
                    n => format!("; removed {n} pages whose JSON is gone"),
                }
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use dateline::publish::shard::Part;
    use dateline::publish::{Only, Options};

    /// The options and their defaults (the library's, `Options::default`).
    pub fn usage() -> String {
        let defaults = Options::default();
        format!(
            "usage: prerender [--api DIR] [--dist DIR] [--site-url URL] \
[--api-url URL] [--poll-seconds N] [--only news/SLUG|live/SLUG]
                 [--host HOST] [--jobs N] [--shard K/N | --shard-finish]
                 [--name NAME] [--tagline TEXT] [--zone ZONE]
                 [--language CODE] [--digits latn|arab|arabext]
                 [--accent #RRGGBB] [--logo FILE] [--offline on|off]

  --api DIR           the newsroom's JSON folder (default: {api})
  --dist DIR          the site folder with Trunk's shell.html (default: {dist})
  --site-url URL      the site's public URL (default: {site});
                      its path (such as /edition/) is where the site is served
  --api-url URL       where readers' browsers find the JSON, written into
                      every page (default: {api_url}, beside the pages)
  --poll-seconds N    how often Latest News refreshes (default: {poll})
  --name NAME         the site's name (default: site.json's, or Dateline)
  --tagline TEXT      the words beside it (default: site.json's, or the
                      language's for Latest News)
  --zone ZONE         the home time zone of the pre-rendered pages' times,
                      an IANA name such as Europe/Istanbul (default:
                      site.json's, or none: each time in its JSON's offset)
  --language CODE     the edition's language: its words are lang/CODE.json
                      (default: site.json's, or en; one without a file is
                      English, and said)
  --digits NAME       the digits numbers are shown in: latn (0-9), arab
                      (Arabic-Indic) or arabext (Persian) (default:
                      site.json's, or latn)
  --accent #RRGGBB    the accent colour (default: site.json's, or the
                      app's red), made darker or lighter where a colour
                      scheme could not read it, and said
  --logo FILE         an SVG or PNG in the newsroom's folder, drawn before
                      the name in the header and the publisher's logo in
                      the structured data and the feed when a PNG
                      (default: site.json's)
  --offline on|off    offline reading: a service worker (sw.js) keeps the
                      app and what each reader opens (default: site.json's,
                      or on); off removes it from readers' browsers
  --only news/SLUG    only this story, the pages that list it, the sitemap
                      and the feed; a story whose JSON is gone loses its page
  --only live/SLUG    the same for a live page, with every page of its posts
  --host HOST         the host's routing file: netlify (_redirects, the
                      default), cloudflare (_worker.js) or static (none:
                      nginx, a bucket, GitHub Pages; docs/deploy.md)
  --jobs N            pages rendered at once (default: one per core)
  --shard K/N         only the K-th of N shares of the pages (split by
                      path), and no site-wide file: for N machines at once
  --shard-finish      only the site-wide files (sitemaps, feed, host
                      files, the shell, the JSON), once every share is done",
            api = defaults.api_dir.display(),
            dist = defaults.dist.display(),
            site = defaults.site_url,
            api_url = defaults.api_setting,
            poll = defaults.poll_seconds,
        )
    }

    pub fn options(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
        let mut options = Options::default();
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or(format!("{flag} needs a value"));
            match flag.as_str() {
                "--api" => options.api_dir = value()?.into(),
                "--dist" => options.dist = value()?.into(),
                "--site-url" => options.site_url = value()?,
                "--api-url" => options.api_setting = value()?,
                "--poll-seconds" => {
                    options.poll_seconds = value()?
                        .parse()
                        .map_err(|_| "--poll-seconds takes a number of seconds".to_owned())?
                }
                "--only" => {
                    let page = value()?;
                    options.only = Some(
                        Only::parse(&page)
                            .ok_or(format!("--only takes news/SLUG or live/SLUG, not {page}"))?,
                    );
                }
                "--name" => options.settings.name = Some(value()?),
                "--tagline" => options.settings.tagline = Some(value()?),
                "--zone" => options.settings.zone = Some(value()?),
                "--language" => options.settings.language = Some(value()?),
                "--digits" => options.settings.digits = Some(value()?),
                "--accent" => options.settings.accent = Some(value()?),
                "--logo" => options.settings.logo = Some(value()?),
                "--offline" => options.settings.offline = Some(value()?),
                "--host" => {
                    let name = value()?;
                    options.host = dateline::publish::host::Host::parse(&name).ok_or(format!(
                        "--host takes {}, not {name}",
                        dateline::publish::host::Host::NAMES
                    ))?;
                }
                "--jobs" => {
                    options.jobs = Some(
                        value()?
                            .parse()
                            .ok()
                            .filter(|&n: &usize| n > 0)
                            .ok_or("--jobs takes a number of pages at once, 1 or more")?,
                    )
                }
                "--shard" => {
                    let share = value()?;
                    options.part = Part::shard(&share)
                        .ok_or(format!("--shard takes K/N with 1 <= K <= N, not {share}"))?;
                }
                "--shard-finish" => options.part = Part::Finish,
                "-h" | "--help" => return Err(String::new()),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        if options.only.is_some() && options.part != Part::Whole {
            return Err(
                "--only publishes one story whole: not with --shard or --shard-finish".into(),
            );
        }
        if !(options.site_url.starts_with("https://") || options.site_url.starts_with("http://")) {
            return Err("--site-url must be an http or https URL".into());
        }
        Ok(options)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
