//! The live Latest News feed, provided once at the root so it survives
//! navigation: one poller (`poll`), merged by `merge`.

use std::rc::Rc;

use leptos::prelude::*;

use chrono::{DateTime, FixedOffset};

use crate::api::{FetchError, LatestFeed};
use crate::components::announcer::Announcements;
use crate::config::Config;
use crate::connection::{use_connection, Connection};
use crate::live::merge::FeedState;
use crate::live::poll::{self, Refresh, Sink};

use crate::text::{page_strings, t, LATEST_STALE, NEW_STORIES};

/// The state of the Latest News feed, shared by every page.
#[derive(Clone, Copy)]
pub struct LiveFeed {
    pub state: RwSignal<FeedState>,
    /// The last refresh's failure, cleared by the next good answer.
    pub error: RwSignal<Option<FetchError>>,
    /// What the list's live region says: arrivals, or a failed refresh.
    pub announcements: Announcements,
    /// New stories that arrived while the tab was hidden.
    pub unseen: RwSignal<usize>,
    /// When the newsroom last updated the list shown (its `updated_at`).
    pub updated: RwSignal<Option<DateTime<FixedOffset>>>,
    /// The reader's connection: offline, the list says so and waits.
    connection: Option<Connection>,
    refresh: StoredValue<Option<Refresh>, LocalStorage>,
}

impl Default for LiveFeed {
    fn default() -> Self {
        LiveFeed::new()
    }
}

/// What the list should show about its feed.
#[derive(Clone, Debug, PartialEq)]
pub enum FeedStatus {
    Loading,
    Failed(FetchError),
    Shown {
        retrying: bool,
    },
    /// The last list, kept while the reader is offline.
    Offline,
}

impl LiveFeed {
    /// A feed that nothing polls yet: `provide_live_feed` starts one;
    /// tests fill one by hand with [`LiveFeed::receive`].
    pub fn new() -> LiveFeed {
        LiveFeed::with_state(FeedState::default(), None)
    }

    fn with_state(state: FeedState, updated: Option<DateTime<FixedOffset>>) -> LiveFeed {
        LiveFeed {
            state: RwSignal::new(state),
            error: RwSignal::new(None),
            announcements: Announcements::new(),
            unseen: RwSignal::new(0),
            updated: RwSignal::new(updated),
            connection: use_connection(),
            refresh: StoredValue::new_local(None),
        }
    }

    pub fn status(&self) -> FeedStatus {
        let loaded = self.state.with(FeedState::is_loaded);
        let offline = self.connection.is_some_and(|c| !c.online.get());
        match (loaded, self.error.get()) {
            (true, _) if offline => FeedStatus::Offline,
            (true, error) => FeedStatus::Shown {
                retrying: error.is_some(),
            },
            (false, Some(error)) => FeedStatus::Failed(error),
            (false, None) => FeedStatus::Loading,
        }
    }

    /// Asks for the feed now (the Retry button).
    pub fn refresh_now(&self) {
        if let Some(refresh) = self.refresh.get_value() {
            refresh.now();
        }
    }

    /// Takes a copy of the feed: merges it, announces arrivals, and counts
    /// them for the title while the tab is hidden.
    pub fn receive(&self, feed: LatestFeed, visible: bool) {
        if self.error.with_untracked(Option::is_some) {
            self.error.try_set(None);
            // The region no longer says the list is stale; taking the words
            // away is not announced.
            self.announcements.withdraw(&t(LATEST_STALE));
        }
        if feed.updated_at.is_some() {
            self.updated.try_set(feed.updated_at);
        }
        let arrived = self
            .state
            .try_update(|state| state.merge(feed.items))
            .unwrap_or(0);
        if arrived > 0 {
            let said = page_strings().count(NEW_STORIES, arrived);
            self.announcements.say(said);
            if !visible {
                self.unseen.try_update(|unseen| *unseen += arrived);
            }
        }
    }

    /// Takes a failed refresh: the list stays as it is and says so; the
    /// first failure after a good answer is announced, once.
    pub fn fail(&self, error: FetchError) {
        let was_failing = self.error.with_untracked(Option::is_some);
        self.error.try_set(Some(error));
        if !was_failing && self.state.with_untracked(FeedState::is_loaded) {
            self.announcements.say(t(LATEST_STALE));
        }
    }
}

pub fn use_live_feed() -> LiveFeed {
    use_context::<LiveFeed>().unwrap_or_default()
}

/// Creates the feed (showing what a pre-rendered page showed, if any),
/// provides it below, and (in the browser) starts polling.
pub fn provide_live_feed(config: Config, seed: Option<LatestFeed>) -> LiveFeed {
    let updated = seed.as_ref().and_then(|seed| seed.updated_at);
    let feed = LiveFeed::with_state(
        seed.map_or_else(FeedState::default, |seed| FeedState::seeded(seed.items)),
        updated,
    );
    provide_context(feed);
    Effect::new(move |_| {
        let refresh = poll::start::<LatestFeed>(
            config.latest_url(),
            config.poll_interval,
            true,
            Rc::new(feed),
        );
        feed.refresh.set_value(refresh);
        on_cleanup(move || {
            feed.refresh.try_set_value(None);
        });
    });
    feed
}

impl Sink<LatestFeed> for LiveFeed {
    fn receive(&self, latest: LatestFeed, visible: bool) -> bool {
        LiveFeed::receive(self, latest, visible);
        true
    }

    fn fail(&self, error: FetchError) {
        crate::dev_warn!("Latest News: {error}");
        LiveFeed::fail(self, error);
    }

    fn shown_again(&self) {
        self.unseen.try_set(0);
    }
}
