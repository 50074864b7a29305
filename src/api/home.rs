//! The front page's data (`home.json`), fetched once at the root: the front
//! page shows it and the header's section navigation lists its sections.

use leptos::prelude::*;

use crate::api::client::get_json;
use crate::api::{ArticleSummary, Category, FetchError, Freshness, HomePage};
use crate::config::Config;

#[derive(Clone, Copy)]
pub struct HomeData {
    resource: LocalResource<Result<HomePage, FetchError>>,
    /// The last front page that loaded, kept while a refresh fails.
    last_good: Memo<Option<HomePage>>,
}

impl HomeData {
    pub fn new(config: &Config) -> HomeData {
        let url = config.home_url();
        let resource =
            LocalResource::new(move || get_json::<HomePage>(url.clone(), Freshness::Revalidate));
        let last_good =
            Memo::new(
                move |previous: Option<&Option<HomePage>>| match resource.get() {
                    Some(Ok(home)) => Some(home),
                    _ => previous.cloned().flatten(),
                },
            );
        HomeData {
            resource,
            last_good,
        }
    }

    /// The front page if one has loaded.
    pub fn page(&self) -> Option<HomePage> {
        self.last_good.get()
    }

    /// Whether a front page has loaded.
    pub fn has_page(&self) -> bool {
        self.last_good.with(Option::is_some)
    }

    /// Whether a front page has loaded, without subscribing to it.
    pub fn is_loaded(&self) -> bool {
        self.last_good.with_untracked(Option::is_some)
    }

    /// The top stories of the last front page that loaded.
    pub fn top_stories(&self) -> Option<Vec<ArticleSummary>> {
        self.last_good
            .with(|home| home.as_ref().map(|home| home.top.clone()))
    }

    /// The failure of the latest load, if it failed.
    pub fn error(&self) -> Option<FetchError> {
        self.resource.with(|answer| {
            answer
                .as_ref()
                .and_then(|answer| answer.as_ref().err().cloned())
        })
    }

    pub fn sections(&self) -> Vec<Category> {
        self.last_good.with(|home| {
            home.as_ref()
                .map(|home| home.sections.iter().map(|s| s.category.clone()).collect())
                .unwrap_or_default()
        })
    }

    pub fn refetch(&self) {
        self.resource.refetch();
    }
}

pub fn provide_home(config: &Config) -> HomeData {
    let home = HomeData::new(config);
    provide_context(home);
    home
}

pub fn use_home() -> Option<HomeData> {
    use_context::<HomeData>()
}
