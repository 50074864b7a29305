//! The one clock of the page. It ticks on minute boundaries, sleeps while the
//! tab is hidden and catches up at once when the reader comes back.

use chrono::{DateTime, Utc};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::browser::{is_visible, next_task, now_ms};
use crate::time::ladder::ms_to_next_minute;
use crate::visibility::use_visibility;
use crate::watchers::Watchers;

/// The current time, as a view sees it: signals of the view's own, which
/// the page's one clock sets on every tick and which end with the view.
#[derive(Clone, Copy)]
pub struct Clock {
    pub now: ReadSignal<DateTime<Utc>>,
    /// Whether the reader's clock and time zone may be shown. False in the
    /// pre-render and while the browser takes a pre-rendered page over (its
    /// first render must repeat the page exactly); true once the app runs.
    pub live: ReadSignal<bool>,
}

/// The page's one clock, provided once at the root. Views never read it
/// directly but through [`use_clock`]: a signal keeps its memory of every
/// memo that ever read it (see `watchers`), so times on pages and in rows
/// that come and go each get their own signals, set by a watcher that goes
/// with them.
#[derive(Clone, Copy)]
pub struct PageClock {
    now: StoredValue<DateTime<Utc>>,
    live: StoredValue<bool>,
    watchers: Watchers,
}

impl PageClock {
    fn new() -> PageClock {
        PageClock {
            now: StoredValue::new(Utc::now()),
            live: StoredValue::new(false),
            watchers: Watchers::new(),
        }
    }

    fn set(&self, now: DateTime<Utc>, live: bool) {
        self.now.try_set_value(now);
        self.live.try_set_value(live);
        self.watchers.call();
    }

    /// Signals for the calling view, kept up to date until its owner goes.
    pub fn for_view(&self) -> Clock {
        let now = RwSignal::new(self.now.get_value());
        let live = RwSignal::new(self.live.get_value());
        let clock = *self;
        self.watchers.watch(move || {
            let (at, shown) = (clock.now.get_value(), clock.live.get_value());
            // Only a change touches what reads them.
            if now.try_get_untracked().is_some_and(|was| was != at) {
                now.try_set(at);
            }
            if live.try_get_untracked().is_some_and(|was| was != shown) {
                live.try_set(shown);
            }
        });
        Clock {
            now: now.read_only(),
            live: live.read_only(),
        }
    }
}

/// The clock for the calling view: its own signals of the page's clock, or
/// a clock a test provided, or (a component rendered on its own) one that
/// is live in the browser and the pre-render's fixed form on the host.
pub fn use_clock() -> Clock {
    if let Some(page) = use_context::<PageClock>() {
        return page.for_view();
    }
    use_context::<Clock>().unwrap_or_else(|| {
        let (now, _) = signal(Utc::now());
        let (live, _) = signal(cfg!(target_arch = "wasm32"));
        Clock { now, live }
    })
}

/// Creates the clock, provides it to the tree below, and (in the browser,
/// once the page is the app's) starts it. Its timer and listeners end with
/// the calling owner. After taking a pre-rendered page over, the switch to
/// the reader's times waits for a task of its own (`taking_over`), so the
/// takeover is no single long task; a page the app rendered itself has its
/// times right from the first paint.
pub fn provide_clock(taking_over: bool) -> PageClock {
    let clock = PageClock::new();
    provide_context(clock);
    // Effects run only in the browser, after the first render.
    Effect::new(move |_| {
        let go_live = move || start(clock);
        match (taking_over, Owner::current()) {
            (true, Some(owner)) => leptos::task::spawn_local(async move {
                next_task().await;
                owner.with(go_live);
            }),
            _ => go_live(),
        }
    });
    clock
}

/// The pending tick; dropping it cancels it. (gloo's timer keeps the id as
/// the browser gave it, which a JavaScript clock may make larger than i32.)
type Tick = StoredValue<Option<Timeout>, LocalStorage>;

fn start(clock: PageClock) {
    let timer: Tick = StoredValue::new_local(None);

    fn cancel(timer: Tick) {
        timer.try_update_value(Option::take);
    }

    // Catches up now and sets the next tick, or stops while hidden.
    fn tick(clock: PageClock, timer: Tick) {
        cancel(timer);
        clock.set(Utc::now(), true);
        if !is_visible() {
            return;
        }
        let next = Timeout::new(ms_to_next_minute(now_ms()), move || tick(clock, timer));
        timer.try_set_value(Some(next));
    }

    tick(clock, timer);
    if let Some(visibility) = use_visibility() {
        visibility.on_change(move || tick(clock, timer));
    }
    on_cleanup(move || cancel(timer));
}
