//! The site header: name and tagline, the home link with the reader's date
//! and time, and the section navigation.

use chrono::Local;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::home::use_home;
use crate::api::Translation;
use crate::config::{site_names, with_config};
use crate::routes::{link, section_path, FRONT_PATH};
use crate::text::{t, EDITIONS, HOME_PAGE, SECTIONS};
use crate::time::ladder::{clock_time, minute_stamp};
use crate::time::use_clock;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let clock = use_clock();
    let digits = with_config(|config| config.strings.digits);
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

/// The translations of the story being read, which its page sets, for the
/// edition links: a translation is offered in place of that edition's
/// front page.
#[derive(Clone, Copy)]
pub struct Translated(pub RwSignal<Vec<Translation>>);

/// The site's sibling editions, each by its own name in its own language,
/// to the story's translation there when it has one. None without
/// siblings.
#[component]
fn EditionNav() -> impl IntoView {
    let editions = with_config(|config| config.editions.clone());
    let translated = use_context::<Translated>();
    (!editions.is_empty()).then(move || {
        let links = move || {
            editions
                .iter()
                .map(|edition| {
                    let slug = translated.and_then(|Translated(shown)| {
                        shown.with(|shown| {
                            shown
                                .iter()
                                .find(|t| t.language == edition.language)
                                .map(|t| t.slug.to_string())
                        })
                    });
                    let language = edition.language.clone();
                    view! {
                        <li>
                            <a href=edition.link(slug.as_deref()) hreflang=language.clone() lang=language dir="auto">
                                {edition.name.clone()}
                            </a>
                        </li>
                    }
                })
                .collect_view()
        };
        view! {
            <nav class="editions" aria-label=t(EDITIONS)>
                <ul>{links}</ul>
            </nav>
        }
    })
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
