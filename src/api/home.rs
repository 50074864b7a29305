//! The front page's data (`home.json`), kept once at the root: the front
//! page shows it, the header's section navigation lists its sections and
//! other pages show its top stories. A pre-rendered page seeds it; the app
//! then revalidates it once, quietly, and again whenever the reader comes
//! back to the front page.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::client::{read, start_json, InFlight};
use crate::api::json::{FromJson, Obj};
use crate::api::{ArticleSummary, Category, FetchError, Freshness, HomePage, Section};
use crate::config::Config;

/// What a page knows of the front page: the whole of it on `/`; on every
/// other page only what that page shows of it, the top stories and the
/// sections (without their stories) that the navigation lists.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Front {
    Whole(HomePage),
    Outline(HomePage),
}

/// `{ "whole": home }` or `{ "outline": home }`, as the pre-render writes it.
impl FromJson for Front {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        match json.get("whole") {
            Some(_) => json.need("whole").map(Front::Whole),
            None => json.need("outline").map(Front::Outline),
        }
    }
}

impl Front {
    /// What a page other than the front page needs of `home`.
    pub fn outline(home: &HomePage) -> Front {
        Front::Outline(HomePage {
            updated_at: home.updated_at,
            top: home.top.clone(),
            sections: home
                .sections
                .iter()
                .map(|section| Section {
                    category: section.category.clone(),
                    items: Vec::new(),
                })
                .collect(),
        })
    }
}

#[derive(Clone, Copy)]
pub struct HomeData {
    /// The last front page that loaded, kept while a refresh fails.
    page: RwSignal<Option<HomePage>>,
    /// Whether `page` holds every section's stories (a page other than the
    /// front page embeds only the section list).
    whole: RwSignal<bool>,
    /// The failure of the latest load, cleared by the next good one.
    error: RwSignal<Option<FetchError>>,
    url: StoredValue<String>,
    /// The request in flight; dropping it aborts it. One handle, not a
    /// child reactive owner per request, which the app's root would
    /// remember for the life of the page.
    request: StoredValue<Option<InFlight>, LocalStorage>,
}

impl HomeData {
    fn new(config: &Config, seed: Option<Front>) -> HomeData {
        let (page, whole) = match seed {
            Some(Front::Whole(page)) => (Some(page), true),
            Some(Front::Outline(page)) => (Some(page), false),
            None => (None, false),
        };
        HomeData {
            page: RwSignal::new(page),
            whole: RwSignal::new(whole),
            error: RwSignal::new(None),
            url: StoredValue::new(config.home_url()),
            request: StoredValue::new_local(None),
        }
    }

    /// The whole front page, if one has loaded.
    pub fn page(&self) -> Option<HomePage> {
        if self.whole.get() {
            self.page.get()
        } else {
            None
        }
    }

    /// Whether the whole front page has loaded.
    pub fn has_page(&self) -> bool {
        self.whole.get() && self.page.with(Option::is_some)
    }

    /// The top stories of the last front page that loaded.
    pub fn top_stories(&self) -> Option<Vec<ArticleSummary>> {
        self.page
            .with(|home| home.as_ref().map(|home| home.top.clone()))
    }

    /// The failure of the latest load, if it failed.
    pub fn error(&self) -> Option<FetchError> {
        self.error.get()
    }

    pub fn sections(&self) -> Vec<Category> {
        self.page.with(|home| {
            home.as_ref()
                .map(|home| home.sections.iter().map(|s| s.category.clone()).collect())
                .unwrap_or_default()
        })
    }

    /// Asks for `home.json` (a 304 when unchanged), unless a request is
    /// already out. Only the browser fetches.
    pub fn refetch(&self) {
        if !cfg!(target_arch = "wasm32") || self.request.with_value(Option::is_some) {
            return;
        }
        let (answer, request) = start_json(self.url.get_value(), Freshness::Revalidate);
        self.request.set_value(Some(request));
        let home = *self;
        leptos::task::spawn_local(async move {
            let result = read::<HomePage>(answer.await);
            // The request's handle goes; if the app went first, so did this.
            if home.request.try_update_value(Option::take).is_none() {
                return;
            }
            match result {
                Ok(page) => {
                    // An unchanged front page (the usual answer) changes
                    // nothing on screen.
                    if home
                        .page
                        .try_with_untracked(|shown| shown.as_ref() != Some(&page))
                        == Some(true)
                    {
                        home.page.try_set(Some(page));
                    }
                    if home.whole.try_get_untracked() == Some(false) {
                        home.whole.try_set(true);
                    }
                    if home.error.try_with_untracked(Option::is_some) == Some(true) {
                        home.error.try_set(None);
                    }
                }
                Err(error) => {
                    crate::dev_warn!("Front page: {error}");
                    home.error.try_set(Some(error));
                }
            }
        });
    }
}

/// Provides the front page's data below, seeded from a pre-rendered page
/// when there is one, and (in the browser) loads or revalidates it once the
/// app has started.
pub fn provide_home(config: &Config, seed: Option<Front>) -> HomeData {
    let home = HomeData::new(config, seed);
    provide_context(home);
    Effect::new(move |_| home.refetch());
    // A request still out when the app goes is aborted.
    on_cleanup(move || drop(home.request.try_update_value(Option::take)));
    home
}

pub fn use_home() -> Option<HomeData> {
    use_context::<HomeData>()
}
