//! The one way a file is kept up to date while the page is open (Latest
//! News, a live page): asked for with `no-cache` (an unchanged file is a
//! 304), paced by `schedule` (the interval, the hidden-tab pace, jitter,
//! back-off), and asked again at once when the reader comes back and a
//! refresh is due. Its timer, its request and its reaction to the reader
//! coming back belong to the owner that started it and end with it.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use serde_json::Value;

use crate::api::client::{read, start_json, InFlight};
use crate::api::json::FromJson;
use crate::api::{FetchError, Freshness};
use crate::browser::{is_visible, now_ms, random_unit};
use crate::connection::{use_connection, Connection};
use crate::live::schedule::{due_on_return, next_wait};
use crate::visibility::use_visibility;

/// What a poller hands its answers to.
pub trait Sink<T>: 'static {
    /// A good answer. Returns whether to go on polling (a live page that
    /// has ended stops).
    fn receive(&self, value: T, visible: bool) -> bool;
    /// A failed request: what is shown stays.
    fn fail(&self, error: FetchError);
    /// The reader came back to the tab.
    fn shown_again(&self) {}
}

/// Asks for the file now (a Retry button), unless a request is out.
#[derive(Clone)]
pub struct Refresh(Rc<dyn Fn()>);

impl Refresh {
    pub fn now(&self) {
        (self.0)();
    }
}

/// What a poller does with an answer: reads it as its sink's type and
/// hands it over. One poller serves every type of file.
type Answered = Rc<dyn Fn(Result<Value, FetchError>, bool) -> Outcome>;

/// What became of an answer.
struct Outcome {
    /// It was a file of the expected type.
    read: bool,
    /// Polling goes on.
    go_on: bool,
}

struct Poller {
    url: String,
    interval: Duration,
    answered: Answered,
    shown_again: Rc<dyn Fn()>,
    /// The reader's connection: offline, the poller waits for it to come
    /// back instead of asking again.
    connection: Option<Connection>,
    asked: bool,
    /// The next request; dropping it cancels it.
    timer: Option<Timeout>,
    /// The request in flight; dropping it aborts it. Held here rather than
    /// by a child reactive owner per request, which the owner would
    /// remember for the life of the page (memory that grew with every poll).
    request: Option<InFlight>,
    last_fetch_ms: Option<f64>,
    failures: u32,
    stopped: bool,
}

type Shared = Rc<RefCell<Poller>>;

/// Starts polling `url` every `interval` (asking at once when `ask_now`;
/// else the file was just fetched, and the first ask waits), for as long
/// as the current owner lives; None outside one (nothing would stop it).
pub fn start<T: FromJson + 'static>(
    url: String,
    interval: Duration,
    ask_now: bool,
    sink: Rc<dyn Sink<T>>,
) -> Option<Refresh> {
    let _owner = Owner::current()?;
    let answered: Answered = {
        let sink = Rc::clone(&sink);
        Rc::new(move |answer, visible| match read::<T>(answer) {
            Ok(value) => Outcome {
                read: true,
                go_on: sink.receive(value, visible),
            },
            Err(error) => {
                sink.fail(error);
                Outcome {
                    read: false,
                    go_on: true,
                }
            }
        })
    };
    let poller: Shared = Rc::new(RefCell::new(Poller {
        url,
        interval,
        answered,
        shown_again: Rc::new(move || sink.shown_again()),
        connection: use_connection(),
        asked: false,
        timer: None,
        request: None,
        last_fetch_ms: Some(now_ms()),
        failures: 0,
        stopped: false,
    }));
    if ask_now {
        fetch(&poller);
    } else {
        schedule(&poller, Duration::ZERO);
    }
    if let Some(visibility) = use_visibility() {
        let poller = Rc::clone(&poller);
        visibility.on_change(move || returned(&poller));
    }
    if let Some(connection) = use_connection() {
        let poller = Rc::clone(&poller);
        connection.on_back_online(move || fetch(&poller));
    }
    let refresh = Refresh(Rc::new({
        let poller = Rc::clone(&poller);
        move || fetch(&poller)
    }));
    let poller = send_wrapper::SendWrapper::new(poller);
    on_cleanup(move || stop(&poller));
    Some(refresh)
}

fn stop(poller: &Shared) {
    let mut p = poller.borrow_mut();
    p.stopped = true;
    p.timer = None;
    // Dropping the request aborts it.
    p.request = None;
}

impl Poller {
    fn since_last(&self) -> Duration {
        self.last_fetch_ms
            .map(|at| Duration::from_millis((now_ms() - at).max(0.0) as u64))
            .unwrap_or(Duration::MAX)
    }
}

/// Asks for the file now, unless a request is already out; offline, asks
/// nothing more until the reader is back online.
fn fetch(poller: &Shared) {
    let mut p = poller.borrow_mut();
    if p.stopped || p.request.is_some() {
        return;
    }
    p.timer = None;
    // (The first ask goes out offline too: a kept copy may answer it.)
    if p.asked && p.connection.is_some_and(|c| !c.online.get_untracked()) {
        return;
    }
    p.asked = true;
    let (answer, request) = start_json(p.url.clone(), Freshness::Revalidate);
    p.request = Some(request);
    drop(p);
    let poller = Rc::clone(poller);
    leptos::task::spawn_local(async move {
        let result = answer.await;
        answered(&poller, result);
    });
}

fn answered(poller: &Shared, result: Result<Value, FetchError>) {
    let mut p = poller.borrow_mut();
    p.request = None;
    if p.stopped {
        return;
    }
    p.last_fetch_ms = Some(now_ms());
    let answered = Rc::clone(&p.answered);
    // The poller is released before the sink changes signals, so nothing
    // they set off can find it borrowed.
    drop(p);
    let Outcome { read, go_on } = answered(result, is_visible());
    let mut p = poller.borrow_mut();
    // A file that cannot be read as its type counts as a failure too.
    p.failures = if read {
        0
    } else {
        p.failures.saturating_add(1)
    };
    drop(p);
    if go_on {
        schedule(poller, Duration::ZERO);
    } else {
        stop(poller);
    }
}

/// Sets the next request, `elapsed` after the last one was answered.
fn schedule(poller: &Shared, elapsed: Duration) {
    let mut p = poller.borrow_mut();
    if p.stopped || p.request.is_some() {
        return;
    }
    p.timer = None;
    let wait =
        next_wait(p.interval, p.failures, is_visible(), random_unit()).saturating_sub(elapsed);
    let next = Rc::clone(poller);
    let millis = u32::try_from(wait.as_millis()).unwrap_or(u32::MAX);
    p.timer = Some(Timeout::new(millis, move || fetch(&next)));
}

/// The reader came back (or left): refresh at once when due, else re-pace.
fn returned(poller: &Shared) {
    let (since_last, interval, shown_again, stopped) = {
        let p = poller.borrow();
        (
            p.since_last(),
            p.interval,
            Rc::clone(&p.shown_again),
            p.stopped,
        )
    };
    if stopped {
        return;
    }
    if is_visible() {
        shown_again();
        if due_on_return(since_last, interval) {
            fetch(poller);
            return;
        }
    }
    schedule(poller, since_last);
}
