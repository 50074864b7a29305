//! A story's time as "45 minutes ago", kept true by the shared clock.

use chrono::{DateTime, FixedOffset, Local, Utc};
use leptos::prelude::*;

use crate::config::Config;
use crate::text::page_strings;
use crate::time::ladder::{article_time, newsroom_time, relative_time};
use crate::time::zone::HomeZone;
use crate::time::{use_clock, Clock};

/// A `<time datetime>` whose text follows the clock. Only a change of the
/// text touches the DOM. The full date is there for every reader, not only
/// in a tooltip: read by screen readers, and shown (`.time__full`, see the
/// stylesheet) while the story's link has keyboard focus or the time is
/// tapped (it takes focus, `tabindex="-1"`, without joining the Tab
/// order). Until the app runs (a pre-rendered page) it shows the
/// newsroom's absolute time with its offset.
#[component]
pub fn RelativeTime(at: DateTime<FixedOffset>) -> impl IntoView {
    let clock = use_clock();
    let at_utc = at.with_timezone(&Utc);
    let strings = page_strings();
    let absolute = Memo::new(move |_| absolute_time(clock, at));
    let text = Memo::new(move |_| {
        if clock.live.get() {
            relative_time(clock.now.get(), at_utc, &Local, &strings)
        } else {
            absolute.get()
        }
    });
    let full = Memo::new(move |_| {
        absolute
            .with(|absolute| text.with(|text| (text != absolute).then(|| format!(" ({absolute})"))))
    });
    view! {
        <time datetime=at.to_rfc3339() title=absolute tabindex="-1">
            {text}
            <span class="time__full">{full}</span>
        </time>
    }
}

/// The article form of `at`: in the reader's zone once the app runs, in the
/// newsroom's home zone before.
pub fn absolute_time(clock: Clock, at: DateTime<FixedOffset>) -> String {
    let live = clock.live.get();
    let shown = |zone: &HomeZone| match live {
        true => article_time(at.with_timezone(&Utc), &Local),
        false => newsroom_time(at, zone),
    };
    // A view rendered on its own (a test) has no settings: no home zone.
    let text = with_context::<Config, _>(|config| shown(&config.zone))
        .unwrap_or_else(|| shown(&HomeZone::Unset));
    page_strings().digits.write(&text)
}
