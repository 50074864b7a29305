//! The site header: name and tagline, the home link with the reader's date
//! and time, and the section navigation.

use chrono::Local;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::home::use_home;
use wasm_bindgen::JsCast;

use crate::api::Translation;
use crate::config::{edition_link, site_names, with_config};
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

/// The translations of the story a pre-rendered page shows, for the
/// edition links it is rendered with (both the pre-render and the
/// browser's take-over render them so); after a client navigation a
/// story's page points the links itself ([`point_edition_links`]).
#[derive(Clone)]
pub struct Translated(pub Vec<Translation>);

/// The site's sibling editions, each by its own name in its own language,
/// to the story's translation there when it has one. None without
/// siblings. Each link keeps its edition's front page (`data-front`), and
/// is `rel="external"`: another app's page, which this app's router must
/// leave to the browser even when it lies under this site's path (`/ar/`
/// beside `/`).
#[component]
fn EditionNav() -> impl IntoView {
    let editions = with_config(|config| config.editions.clone());
    let translated = use_context::<Translated>()
        .map(|Translated(list)| list)
        .unwrap_or_default();
    (!editions.is_empty()).then(move || {
        let links = editions
            .iter()
            .map(|edition| {
                let slug = translated
                    .iter()
                    .find(|t| t.language == edition.language)
                    .map(|t| t.slug.as_str());
                let language = edition.language.clone();
                view! {
                    <li>
                        <a href=edition.link(slug) rel="external" data-front=edition.url.clone() hreflang=language.clone() lang=language dir="auto">
                            {edition.name.clone()}
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

/// Points each edition link at `translations`' story in that edition, or
/// its front page; a link that does not point at `unless` (another
/// story's page has pointed it since) is left as it is.
pub fn point_edition_links(translations: &[Translation], unless: Option<&[Translation]>) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let Some(links) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .query_selector_all("nav.editions a[data-front]")
                .ok()
        })
    else {
        return;
    };
    let target = |list: &[Translation], language: &str, front: &str| {
        let slug = list.iter().find(|t| t.language == language);
        edition_link(front, slug.map(|t| t.slug.as_str()))
    };
    for i in 0..links.length() {
        let Some(link) = links
            .get(i)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let (Some(language), Some(front)) = (
            link.get_attribute("hreflang"),
            link.get_attribute("data-front"),
        ) else {
            continue;
        };
        if let Some(set) = unless {
            if link.get_attribute("href") != Some(target(set, &language, &front)) {
                continue;
            }
        }
        let _ = link.set_attribute("href", &target(translations, &language, &front));
    }
}
