//! The one JSON client: every request revalidates or caches as its file
//! deserves, gives up after ten seconds, and is aborted when its owner (the
//! page or the poll that asked for it) goes away.

use std::cell::Cell;
use std::fmt;
use std::future::Future;
use std::rc::Rc;

use gloo_net::http::Request;
use leptos::prelude::{on_cleanup, Owner};
use send_wrapper::SendWrapper;
use web_sys::{AbortController, RequestCache};

use serde_json::Value;

use super::json::FromJson;

/// How long a request may take before it is abandoned.
pub const TIMEOUT_MS: u32 = 10_000;

/// What went wrong while fetching a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, DNS, CORS, or the request was aborted.
    Network,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// An answer with a status other than 2xx.
    Status(u16),
    /// A 2xx answer whose body is not the expected JSON.
    Parse(String),
}

impl FetchError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, FetchError::Status(404 | 410))
    }
}

impl FetchError {
    /// What went wrong, in the edition's words, for the reader.
    pub fn words(&self, strings: &crate::text::Strings) -> String {
        use crate::text::{ERROR_DATA, ERROR_NETWORK, ERROR_STATUS, ERROR_TIMEOUT};
        match self {
            FetchError::Network => strings.get(ERROR_NETWORK).to_owned(),
            FetchError::Timeout => strings.get(ERROR_TIMEOUT).to_owned(),
            FetchError::Status(code) => {
                strings.fill(ERROR_STATUS, &[("code", &strings.number(code))])
            }
            FetchError::Parse(_) => strings.get(ERROR_DATA).to_owned(),
        }
    }
}

/// What went wrong, for the console and the publish report.
impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network => f.write_str("network error"),
            FetchError::Timeout => f.write_str("timed out"),
            FetchError::Status(code) => write!(f, "HTTP {code}"),
            FetchError::Parse(why) => write!(f, "unreadable data: {why}"),
        }
    }
}

impl std::error::Error for FetchError {}

/// How a file may be served from the browser's cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    /// Feeds: always revalidate, so an unchanged feed costs a 304.
    Revalidate,
    /// Articles: whatever the server's caching headers allow.
    Cached,
}

/// The largest file the contract allows (contract.md, "Limits").
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Parses a body as `T`, unpaired surrogate escapes repaired first; the
/// error says why, for the console. A body over the contract's
/// size limit is refused before it is parsed.
pub fn parse<T: FromJson>(body: &str) -> Result<T, FetchError> {
    T::from_json(&parse_value(body)?).map_err(FetchError::Parse)
}

/// Parses a body as JSON, as [`parse`] does before it reads its type.
pub fn parse_value(body: &str) -> Result<serde_json::Value, FetchError> {
    if body.len() > MAX_FILE_BYTES {
        return Err(FetchError::Parse(format!(
            "the file is {} bytes, over the limit of {MAX_FILE_BYTES}",
            body.len()
        )));
    }
    serde_json::from_str(&super::repair::repair_surrogates(body))
        .map_err(|error| FetchError::Parse(crate::api::json::why(error)))
}

/// A request in flight: dropping it aborts the request (a no-op once it
/// has been answered).
pub struct InFlight(Option<AbortController>);

impl InFlight {
    /// Lets the request run to its end, whatever happens to this handle.
    fn detach(mut self) {
        self.0 = None;
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }
}

/// Starts fetching `url` as JSON. The request is tied to the current
/// reactive owner: when that owner is cleaned up, the request is aborted.
/// The answer is the parsed value, which each type reads for itself
/// ([`read`]): one fetch for every type, not one per type.
pub fn get_json(
    url: String,
    freshness: Freshness,
) -> impl Future<Output = Result<Value, FetchError>> {
    let (answer, in_flight) = start_json(url, freshness);
    if Owner::current().is_some() {
        let in_flight = SendWrapper::new(in_flight);
        on_cleanup(move || drop(in_flight));
    } else {
        in_flight.detach();
    }
    answer
}

/// Reads a fetched value as `T`.
pub fn read<T: FromJson>(answer: Result<Value, FetchError>) -> Result<T, FetchError> {
    T::from_json(&answer?).map_err(FetchError::Parse)
}

/// Starts fetching `url` as JSON, owned by the returned handle rather than
/// by a reactive owner: a long-lived poller keeps one handle at a time
/// instead of adding a child owner (which its parent remembers) per request.
pub fn start_json(
    url: String,
    freshness: Freshness,
) -> (impl Future<Output = Result<Value, FetchError>>, InFlight) {
    // Only the browser fetches; on the host (rendering views) a request
    // never completes, so pages render their loading state.
    let in_browser = cfg!(target_arch = "wasm32");
    let controller = in_browser.then(|| AbortController::new().ok()).flatten();
    let in_flight = InFlight(controller.clone());
    (fetch_json(url, freshness, controller), in_flight)
}

async fn fetch_json(
    url: String,
    freshness: Freshness,
    controller: Option<AbortController>,
) -> Result<Value, FetchError> {
    if !cfg!(target_arch = "wasm32") {
        std::future::pending::<()>().await;
    }
    let timed_out = Rc::new(Cell::new(false));
    let _deadline = controller.clone().map(|controller| {
        let timed_out = Rc::clone(&timed_out);
        gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        })
    });
    let cache = match freshness {
        Freshness::Revalidate => RequestCache::NoCache,
        Freshness::Cached => RequestCache::Default,
    };
    let signal = controller.as_ref().map(AbortController::signal);
    let failed = |_| {
        if timed_out.get() {
            FetchError::Timeout
        } else {
            FetchError::Network
        }
    };
    let response = Request::get(&url)
        .cache(cache)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(failed)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = response.text().await.map_err(failed)?;
    parse_value(&body)
}
