//! The site header: name and tagline, the home link with the reader's date
//! and time, and the section navigation.

use chrono::Local;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::home::use_home;

use crate::api::Translation;
use crate::config::{site_names, with_config};
use crate::routes::{link, section_path, FRONT_PATH};
use crate::text::{page_strings, t, EDITIONS, HOME_PAGE, SECTIONS};
use crate::time::ladder::{clock_time, minute_stamp};
use crate::time::use_clock;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let clock = use_clock();
    let digits = page_strings().digits;
    let now = Memo::new(move |_| {
        let now = clock.now.get();
        (
            minute_stamp(now, &Local),
            digits.write(&clock_time(now, &Local)),
        )
    });
    // The reader's time is theirs alone: a pre-rendered page leaves its
    // space empty, and it appears once the app runs.
    let time = move || {
        clock.live.get().then(|| {
            view! { <time datetime=move || now.with(|n| n.0.clone())>{move || now.with(|n| n.1.clone())}</time> }
        })
    };
    let (name, tagline) = site_names();
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <a class="brand" href=link(FRONT_PATH)>
                    <span class="brand__name">{name}</span>
                    <span class="brand__tagline">{tagline}</span>
                </a>
                <p class="site-header__now">
                    <a href=link(FRONT_PATH)>{t(HOME_PAGE)}</a>
                    <span class="site-header__clock">{time}</span>
                </p>
            </div>
            <SectionNav/>
            <EditionNav/>
        </header>
    }
}

/// The sections of `home.json`, in its order; the router's `<A>` marks the
/// one being read with `aria-current="page"`.
#[component]
fn SectionNav() -> impl IntoView {
    let home = use_home();
    // Drawn again only when the list changes, which is rare: a plain list,
    // not a keyed one, whose diffing would cost the download kilobytes.
    let sections = Memo::new(move |_| home.map(|home| home.sections()).unwrap_or_default());
    view! {
        <nav class="sections" aria-label=t(SECTIONS)>
            <ul>
                {move || {
                    sections
                        .get()
                        .into_iter()
                        .map(|category| {
                            view! {
                                <li>
                                    <A href=link(&section_path(category.slug.as_str()))>{category.name}</A>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </nav>
    }
}

/// The translations of the story being read (none on other pages), which
/// the header's edition links go to: seeded from a pre-rendered page's
/// story, so both sides render the same links, then set by each story's
/// page ([`offer_translations`]).
#[derive(Clone, Copy)]
pub struct Translated(pub RwSignal<Vec<Translation>>);

/// The site's sibling editions, each by its own name in its own language,
/// to the story's translation there when it has one, else its front page.
/// None without siblings. Each link is `rel="external"`: another app's
/// page, which this app's router must leave to the browser even when it
/// lies under this site's path (`/ar/` beside `/`).
#[component]
fn EditionNav() -> impl IntoView {
    let editions = with_config(|config| config.editions.clone());
    let translated = use_context::<Translated>().map_or_else(|| RwSignal::new(Vec::new()), |t| t.0);
    (!editions.is_empty()).then(move || {
        let links = editions
            .iter()
            .map(|edition| {
                let language = edition.language.clone();
                let name = edition.name.clone();
                let edition = edition.clone();
                let href =
                    move || translated.with(|list| edition.link(edition.translation(list)));
                view! {
                    <li>
                        <a href=href rel="external" hreflang=language.clone() lang=language dir="auto">
                            {name}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="editions" aria-label=t(EDITIONS)>
                <ul>{links}</ul>
            </nav>
        }
    })
}

/// Points the header's edition links at `own`, a story's translations,
/// while its page is shown, and back at the front pages after (unless
/// another story's page has pointed them since).
pub fn offer_translations(own: Vec<Translation>) {
    let Some(Translated(shown)) = use_context::<Translated>() else {
        return;
    };
    if shown.with_untracked(|now| *now != own) {
        shown.set(own.clone());
    }
    on_cleanup(move || {
        shown.try_update(|now| {
            if *now == own {
                now.clear();
            }
        });
    });
}
