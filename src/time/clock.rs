//! The one clock of the page. It ticks on minute boundaries, sleeps while the
//! tab is hidden and catches up at once when the reader comes back.

use chrono::{DateTime, Utc};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::browser::{is_visible, next_task, now_ms};
use crate::time::ladder::ms_to_next_minute;
use crate::visibility::use_visibility;

/// The current time, as every time on the page sees it.
#[derive(Clone, Copy)]
pub struct Clock {
    pub now: ReadSignal<DateTime<Utc>>,
    /// Whether the reader's clock and time zone may be shown. False in the
    /// pre-render and while the browser takes a pre-rendered page over (its
    /// first render must repeat the page exactly); true once the app runs.
    pub live: ReadSignal<bool>,
}

pub fn use_clock() -> Clock {
    use_context::<Clock>().unwrap_or_else(|| {
        // A component rendered on its own (a test) still gets a clock: live
        // in the browser, the pre-render's fixed form on the host.
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
pub fn provide_clock(taking_over: bool) -> Clock {
    let (now, set_now) = signal(Utc::now());
    let (live, set_live) = signal(false);
    let clock = Clock { now, live };
    provide_context(clock);
    // Effects run only in the browser, after the first render.
    Effect::new(move |_| {
        let go_live = move || {
            start(set_now);
            set_live.try_set(true);
        };
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

fn start(set_now: WriteSignal<DateTime<Utc>>) {
    let timer: Tick = StoredValue::new_local(None);

    fn cancel(timer: Tick) {
        timer.try_update_value(Option::take);
    }

    // Catches up now and sets the next tick, or stops while hidden.
    fn tick(set_now: WriteSignal<DateTime<Utc>>, timer: Tick) {
        cancel(timer);
        set_now.try_set(Utc::now());
        if !is_visible() {
            return;
        }
        let next = Timeout::new(ms_to_next_minute(now_ms()), move || tick(set_now, timer));
        timer.try_set_value(Some(next));
    }

    tick(set_now, timer);
    if let Some(visibility) = use_visibility() {
        visibility.on_change(move || tick(set_now, timer));
    }
    on_cleanup(move || cancel(timer));
}
