//! One page rendered on the host: the app at the page's route with the
//! page's data, its head tags gathered by leptos_meta, inside the shell.

use futures::executor::block_on;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::AppWith;
use crate::config::Config;
use crate::escape::html_text;
use crate::page_data::PageData;
use crate::publish::shell::Shell;
use crate::time::zone::{periods_for, HomeZone, ZONE_META};

/// Lets leptos_meta's head injection run its one async step (a "tick" that
/// completes at once) on the host, on this thread: a thread pool would cost
/// more in handing it over than the step itself.
pub fn init_executor() {
    // An error only says an executor is already set.
    let _ = any_spawner::Executor::init_custom_executor(Inline);
}

/// Runs a spawned task as far as it goes at once, and no further. The
/// render spawns only the tick, which finishes on its first poll (were a
/// task to wait, dropping it wakes its waiter with a cancellation).
struct Inline;

fn poll_once<F: std::future::Future<Output = ()> + ?Sized>(mut future: std::pin::Pin<Box<F>>) {
    let mut context = std::task::Context::from_waker(futures::task::noop_waker_ref());
    let _ = future.as_mut().poll(&mut context);
}

impl any_spawner::CustomExecutor for Inline {
    fn spawn(&self, future: any_spawner::PinnedFuture<()>) {
        poll_once(future);
    }

    fn spawn_local(&self, future: any_spawner::PinnedLocalFuture<()>) {
        poll_once(future);
    }

    fn poll_local(&self) {}
}

/// The whole HTML page for `data.path` (a site path, under the base path
/// of `config`).
pub fn render_page(shell: &Shell, config: &Config, head_tags: &str, data: PageData) -> String {
    let data_json = data.to_script_json();
    let (meta, meta_output) = ServerMetaContext::new();
    let owner = Owner::new();
    let app = owner.with(|| {
        provide_context(RequestUrl::new(&config.link(&data.path)));
        provide_context(meta);
        let config = config.clone();
        view! { <AppWith config data=Some(data)/> }.to_html()
    });
    // The render marks places for hydration with empty comments written
    // `<!>`, which HTML parses as an empty comment but calls a "bogus
    // comment" error; `<!---->` is the same node, and valid. Text cannot
    // hold `<!>`: the render writes `<` in text as `&lt;`.
    let app = app.replace("<!>", "<!---->");
    let head_tags = match &config.zone {
        HomeZone::Unset => head_tags.to_owned(),
        zone => format!("{head_tags}{}", zone_tag(zone, &app)),
    };
    let page = shell.page_with(&head_tags, &app, &data_json);
    let with_head = block_on(async move {
        meta_output
            .inject_meta_context(futures::stream::iter([page]))
            .await
            .collect::<String>()
            .await
    });
    drop(owner);
    with_head
}

/// The home zone at the times the page shows (every `<time datetime>` of
/// the rendered app), for the browser to render them the same while it
/// takes the page over.
fn zone_tag(zone: &HomeZone, app: &str) -> String {
    let times = app.split("datetime=\"").skip(1).filter_map(|rest| {
        let value = &rest[..rest.find('"')?];
        chrono::DateTime::parse_from_rfc3339(value)
            .ok()
            .map(|at| at.to_utc())
    });
    match periods_for(zone, times) {
        none if none.is_empty() => String::new(),
        periods => format!(
            "<meta name=\"{ZONE_META}\" content=\"{}\">\n",
            html_text(&periods)
        ),
    }
}
