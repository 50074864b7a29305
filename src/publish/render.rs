//! One page rendered on the host: the app at the page's route with the
//! page's data, its head tags gathered by leptos_meta, inside the shell.

use futures::executor::block_on;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::AppWith;
use crate::config::Config;
use crate::page_data::PageData;
use crate::publish::shell::Shell;

/// Lets leptos_meta's head injection run its one async step on the host.
pub fn init_executor() {
    // An error only says an executor is already set.
    let _ = any_spawner::Executor::init_futures_executor();
}

/// The whole HTML page for `data.path`.
pub fn render_page(shell: &Shell, config: &Config, head_tags: &str, data: PageData) -> String {
    let data_json = data.to_script_json();
    let (meta, meta_output) = ServerMetaContext::new();
    let owner = Owner::new();
    let app = owner.with(|| {
        provide_context(RequestUrl::new(&data.path));
        provide_context(meta);
        let config = config.clone();
        view! { <AppWith config data=Some(data)/> }.to_html()
    });
    let page = shell.page_with(head_tags, &app, &data_json);
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
