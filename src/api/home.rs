//! The front page's data (`home.json`), kept once at the root: the front
//! page shows it, the header's section navigation lists its sections and
//! other pages show its top stories. A pre-rendered page seeds it; the app
//! then revalidates it once, quietly, and again whenever the reader comes
//! back to the front page.

use leptos::prelude::*;

use crate::api::client::get_json;
use crate::api::{ArticleSummary, Category, FetchError, Freshness, HomePage};
use crate::config::Config;

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
    /// Where requests belong (the app's root), and the one in flight.
    owner: StoredValue<Option<Owner>, LocalStorage>,
    request: StoredValue<Option<Owner>, LocalStorage>,
}

impl HomeData {
    fn new(config: &Config, seed: Option<(HomePage, bool)>) -> HomeData {
        let (page, whole) = seed.map_or((None, false), |(page, whole)| (Some(page), whole));
        HomeData {
            page: RwSignal::new(page),
            whole: RwSignal::new(whole),
            error: RwSignal::new(None),
            url: StoredValue::new(config.home_url()),
            owner: StoredValue::new_local(Owner::current()),
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
        let Some(owner) = self.owner.get_value() else {
            return;
        };
        let request = owner.child();
        let answer =
            request.with(|| get_json::<HomePage>(self.url.get_value(), Freshness::Revalidate));
        self.request.set_value(Some(request));
        let home = *self;
        leptos::task::spawn_local(async move {
            let result = answer.await;
            // The request's owner goes; if the app went first, so did this.
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
                    leptos::logging::warn!("Front page: {error}");
                    home.error.try_set(Some(error));
                }
            }
        });
    }
}

/// Provides the front page's data below, seeded from a pre-rendered page
/// when there is one, and (in the browser) loads or revalidates it once the
/// app has started.
pub fn provide_home(config: &Config, seed: Option<(HomePage, bool)>) -> HomeData {
    let home = HomeData::new(config, seed);
    provide_context(home);
    Effect::new(move |_| home.refetch());
    home
}

pub fn use_home() -> Option<HomeData> {
    use_context::<HomeData>()
}
