//! The live Latest News feed, provided once at the root so it survives
//! navigation: one poller, paced by `schedule`, merged by `merge`.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::api::client::{start_json, InFlight};
use crate::api::{FetchError, Freshness, LatestFeed};
use crate::browser::{is_visible, now_ms, random_unit};
use crate::config::Config;
use crate::live::merge::{announcement, FeedState};
use crate::live::schedule::{due_on_return, next_wait};
use crate::visibility::use_visibility;

/// What the live region says when a refresh of a shown list fails.
pub const STALE: &str = "Latest News could not be updated";

/// The state of the Latest News feed, shared by every page.
#[derive(Clone, Copy)]
pub struct LiveFeed {
    pub state: RwSignal<FeedState>,
    /// The last refresh's failure, cleared by the next good answer.
    pub error: RwSignal<Option<FetchError>>,
    /// The latest announcement (arrivals, or a failed refresh), numbered so
    /// each one is new.
    pub announcement: RwSignal<Option<(u32, String)>>,
    /// New stories that arrived while the tab was hidden.
    pub unseen: RwSignal<usize>,
    /// How many announcements have been made: the next one's number, so
    /// each is a new node even after the region was emptied.
    announced: StoredValue<u32>,
    refresh: StoredValue<Option<Rc<dyn Fn()>>, LocalStorage>,
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
    Shown { retrying: bool },
}

impl LiveFeed {
    /// A feed that nothing polls yet: `provide_live_feed` starts one;
    /// tests fill one by hand with [`LiveFeed::receive`].
    pub fn new() -> LiveFeed {
        LiveFeed::with_state(FeedState::default())
    }

    fn with_state(state: FeedState) -> LiveFeed {
        LiveFeed {
            state: RwSignal::new(state),
            error: RwSignal::new(None),
            announcement: RwSignal::new(None),
            unseen: RwSignal::new(0),
            announced: StoredValue::new(0),
            refresh: StoredValue::new_local(None),
        }
    }

    pub fn status(&self) -> FeedStatus {
        let loaded = self.state.with(FeedState::is_loaded);
        match (loaded, self.error.get()) {
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
            refresh();
        }
    }

    /// Takes a copy of the feed: merges it, announces arrivals, and counts
    /// them for the title while the tab is hidden.
    pub fn receive(&self, feed: LatestFeed, visible: bool) {
        if self.error.with_untracked(Option::is_some) {
            self.error.try_set(None);
            // The region no longer says the list is stale; taking the words
            // away is not announced.
            let stale = self
                .announcement
                .with_untracked(|said| said.as_ref().is_some_and(|(_, words)| words == STALE));
            if stale {
                self.announcement.try_set(None);
            }
        }
        let arrived = self
            .state
            .try_update(|state| state.merge(feed.items))
            .unwrap_or(0);
        if arrived > 0 {
            self.announce(announcement(arrived));
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
            self.announce(STALE.to_owned());
        }
    }

    /// Says `words` in the polite live region, as a new node each time.
    fn announce(&self, words: String) {
        let seq = self.announced.get_value();
        self.announced.set_value(seq.wrapping_add(1));
        self.announcement.try_set(Some((seq, words)));
    }
}

pub fn use_live_feed() -> LiveFeed {
    use_context::<LiveFeed>().unwrap_or_default()
}

/// Creates the feed (showing what a pre-rendered page showed, if any),
/// provides it below, and (in the browser) starts polling.
pub fn provide_live_feed(config: Config, seed: Option<LatestFeed>) -> LiveFeed {
    let feed = LiveFeed::with_state(
        seed.map_or_else(FeedState::default, |seed| FeedState::seeded(seed.items)),
    );
    provide_context(feed);
    Effect::new(move |_| Poller::start(feed, config.clone()));
    feed
}

/// The one poller: its timer, its request and its reaction to the reader
/// coming back belong to the effect that started it and end with it.
struct Poller {
    feed: LiveFeed,
    config: Config,
    /// The next request; dropping it cancels it.
    timer: Option<Timeout>,
    /// The request in flight; dropping it aborts it. Held here rather than
    /// by a child reactive owner per request, which the effect's owner would
    /// remember for the life of the page (memory that grew with every poll).
    request: Option<InFlight>,
    last_fetch_ms: Option<f64>,
    failures: u32,
    stopped: bool,
}

type Shared = Rc<RefCell<Poller>>;

impl Poller {
    fn start(feed: LiveFeed, config: Config) {
        // Its cleanup (which stops it) needs an owner to belong to.
        if Owner::current().is_none() {
            return;
        }
        let poller: Shared = Rc::new(RefCell::new(Poller {
            feed,
            config,
            timer: None,
            request: None,
            last_fetch_ms: None,
            failures: 0,
            stopped: false,
        }));
        feed.refresh.set_value(Some(Rc::new({
            let poller = Rc::clone(&poller);
            move || fetch(&poller)
        })));
        fetch(&poller);

        if let Some(visibility) = use_visibility() {
            let poller = Rc::clone(&poller);
            visibility.on_change(move || returned(&poller));
        }
        let poller = send_wrapper::SendWrapper::new(poller);
        on_cleanup(move || {
            feed.refresh.try_set_value(None);
            let mut p = poller.borrow_mut();
            p.stopped = true;
            p.timer = None;
            // Dropping the request aborts it.
            p.request = None;
        });
    }

    fn since_last(&self) -> Duration {
        self.last_fetch_ms
            .map(|at| Duration::from_millis((now_ms() - at).max(0.0) as u64))
            .unwrap_or(Duration::MAX)
    }
}

/// Asks for the feed now, unless a request is already out.
fn fetch(poller: &Shared) {
    let mut p = poller.borrow_mut();
    if p.stopped || p.request.is_some() {
        return;
    }
    p.timer = None;
    let (answer, request) = start_json::<LatestFeed>(p.config.latest_url(), Freshness::Revalidate);
    p.request = Some(request);
    drop(p);
    let poller = Rc::clone(poller);
    leptos::task::spawn_local(async move {
        let result = answer.await;
        answered(&poller, result);
    });
}

fn answered(poller: &Shared, result: Result<LatestFeed, FetchError>) {
    let mut p = poller.borrow_mut();
    p.request = None;
    if p.stopped {
        return;
    }
    p.last_fetch_ms = Some(now_ms());
    p.failures = match result {
        Ok(_) => 0,
        Err(_) => p.failures.saturating_add(1),
    };
    let feed = p.feed;
    // The poller is released before the signals change, so nothing they
    // set off can find it borrowed.
    drop(p);
    match result {
        Ok(latest) => feed.receive(latest, is_visible()),
        Err(error) => {
            leptos::logging::warn!("Latest News: {error}");
            feed.fail(error);
        }
    }
    schedule(poller, Duration::ZERO);
}

/// Sets the next request, `elapsed` after the last one was answered.
fn schedule(poller: &Shared, elapsed: Duration) {
    let mut p = poller.borrow_mut();
    if p.stopped || p.request.is_some() {
        return;
    }
    p.timer = None;
    let wait = next_wait(
        p.config.poll_interval,
        p.failures,
        is_visible(),
        random_unit(),
    )
    .saturating_sub(elapsed);
    let next = Rc::clone(poller);
    let millis = u32::try_from(wait.as_millis()).unwrap_or(u32::MAX);
    p.timer = Some(Timeout::new(millis, move || fetch(&next)));
}

/// The reader came back (or left): refresh at once when due, else re-pace.
fn returned(poller: &Shared) {
    let since_last = poller.borrow().since_last();
    if is_visible() {
        let feed = poller.borrow().feed;
        feed.unseen.try_set(0);
        let interval = poller.borrow().config.poll_interval;
        if due_on_return(since_last, interval) {
            fetch(poller);
            return;
        }
    }
    schedule(poller, since_last);
}
