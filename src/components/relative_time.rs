//! A story's time as "45 minutes ago", kept true by the shared clock.

use chrono::{DateTime, FixedOffset, Local, Utc};
use leptos::prelude::*;

use crate::time::ladder::{article_time, relative_time};
use crate::time::use_clock;

/// A `<time datetime>` whose text follows the clock. Only a change of the
/// text touches the DOM; the full date is there for every reader, not only
/// in a tooltip.
#[component]
pub fn RelativeTime(at: DateTime<FixedOffset>) -> impl IntoView {
    let clock = use_clock();
    let at_utc = at.with_timezone(&Utc);
    let absolute = article_time(at_utc, &Local);
    let text = Memo::new(move |_| relative_time(clock.now.get(), at_utc, &Local));
    let full = {
        let absolute = absolute.clone();
        Memo::new(move |_| text.with(|text| (*text != absolute).then(|| format!(" ({absolute})"))))
    };
    view! {
        <time datetime=at.to_rfc3339() title=absolute>
            {text}
            <span class="visually-hidden">{full}</span>
        </time>
    }
}
