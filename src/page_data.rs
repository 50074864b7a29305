//! The data a pre-rendered page carries, so the browser takes the page over
//! without asking for it again: the page's own article or section, the
//! Latest News it shows, the top stories and the section list. The
//! pre-render writes it into a `<script type="application/json">`; the app
//! reads it once at start-up and each part is taken by whoever shows it.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::home::Front;
use crate::api::json::{self, FromJson, Obj};
use crate::api::live::LivePage;
use crate::api::{Article, CategoryPage, LatestFeed};
use crate::routes::{Listing, Route};

/// The `id` of the `<script type="application/json">` that holds it.
pub const ELEMENT_ID: &str = "dateline-data";

/// The attribute that marks a pre-rendered page's head tags that describe
/// that page alone (canonical URL, Open Graph, Twitter card, JSON-LD).
pub const PAGE_HEAD_MARK: &str = "data-page-head";

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct PageData {
    /// The path the page was rendered for: the app takes a page over only
    /// at the route it names.
    pub path: String,
    pub latest: Option<LatestFeed>,
    /// The whole front page on `/`, its outline on other pages.
    pub home: Option<Front>,
    pub article: Option<Article>,
    pub section: Option<CategoryPage>,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub live: Option<LivePage>,
}

/// Each part that the page carries must be readable: a page whose data
/// is broken is taken over as if it had none.
impl FromJson for PageData {
    fn from_json(value: &Value) -> Result<Self, String> {
        let json = Obj::of(value)?;
        fn part<T: FromJson>(json: Obj, key: &str) -> Result<Option<T>, String> {
            json.get(key).map(|_| json.need(key)).transpose()
        }
        Ok(PageData {
            path: json.need("path")?,
            latest: part(json, "latest")?,
            home: part(json, "home")?,
            article: part(json, "article")?,
            section: part(json, "section")?,
            live: part(json, "live")?,
        })
    }
}

impl PageData {
    pub fn route(&self) -> Route {
        Route::from_path(&self.path)
    }

    /// Whether the page the app runs in was pre-rendered (it carries data,
    /// readable or not).
    pub fn is_on_page() -> bool {
        data_element().is_some()
    }

    /// Reads the data of the page the app runs in, if it has any.
    pub fn from_page() -> Option<PageData> {
        let text = data_element()?.text_content()?;
        match json::read(&text) {
            Ok(data) => Some(data),
            Err(error) => {
                crate::dev_warn!("The page's embedded data cannot be read: {error}");
                None
            }
        }
    }

    /// The JSON for the page's `<script>` element: `<` is written as
    /// `\u003c`, so no string can close the element.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_script_json(&self) -> String {
        crate::escape::script_safe_json(self)
    }
}

fn data_element() -> Option<web_sys::Element> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.document()?.get_element_by_id(ELEMENT_ID)
}

/// The embedded data, handed out once: a page that takes its part leaves
/// nothing behind, so a later visit to the same address fetches afresh.
#[derive(Clone, Copy)]
pub struct Preloaded(StoredValue<Option<PageData>, LocalStorage>);

pub fn provide_preloaded(data: Option<PageData>) -> Preloaded {
    let preloaded = Preloaded(StoredValue::new_local(data));
    provide_context(preloaded);
    preloaded
}

impl Preloaded {
    /// The latest feed and the front page, taken by the shell at start-up.
    pub fn take_shared(&self) -> (Option<LatestFeed>, Option<Front>) {
        self.0
            .try_update_value(|data| match data {
                Some(data) => (data.latest.take(), data.home.take()),
                None => (None, None),
            })
            .unwrap_or_default()
    }

    pub fn take_article(&self, slug: &str) -> Option<Article> {
        self.take(|data| {
            data.article
                .take_if(|article| article.summary.slug.as_str() == slug)
        })
    }

    /// A section's or topic's page, if the page was rendered for it.
    pub fn take_list(&self, list: &Listing) -> Option<CategoryPage> {
        self.take(|data| {
            let ours = data.route() == Route::List(list.clone());
            data.section.take_if(|_| ours)
        })
    }

    /// A live page's page of posts, if the page was rendered for it.
    pub fn take_live(&self, list: &Listing) -> Option<LivePage> {
        self.take(|data| {
            let ours = data.route() == Route::Live(list.clone());
            data.live.take_if(|_| ours)
        })
    }

    fn take<T>(&self, part: impl FnOnce(&mut PageData) -> Option<T>) -> Option<T> {
        self.0
            .try_update_value(|data| data.as_mut().and_then(part))
            .flatten()
    }
}

/// The part of the embedded data for a page, if the page was pre-rendered.
pub fn use_preloaded() -> Option<Preloaded> {
    use_context::<Preloaded>()
}
