//! The newsroom's home time zone, in which a pre-rendered page shows every
//! absolute time (the same zone on every page, whatever offset each JSON
//! file used) until the app knows the reader's own.
//!
//! The time-zone database is the publish step's alone: it names the zone
//! (`Europe/Istanbul`), and writes into each page the offset and name of
//! the zone at that page's times (`dateline:zone`), which is all the
//! browser needs to render the page as it was written while it takes over.

use chrono::{DateTime, FixedOffset, Utc};

/// `<meta name="dateline:zone" content="...">`: the home zone at the
/// page's times, as a JSON list of `[start, offset, name]` (start in Unix
/// seconds, offset in seconds east of UTC), oldest first.
pub const ZONE_META: &str = "dateline:zone";

/// The home zone's offset and name from `start` until the next entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub start: i64,
    pub offset: i32,
    pub name: String,
}

/// The newsroom's home zone, as far as a page needs it.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum HomeZone {
    /// None set: each time in the offset its JSON gave.
    #[default]
    Unset,
    /// What the publish step wrote into the page.
    Periods(Vec<Period>),
    /// A zone of the time-zone database (the publish step only).
    #[cfg(not(target_arch = "wasm32"))]
    Named(chrono_tz::Tz),
}

impl HomeZone {
    /// The zone's offset and the name to show at `at` (its usual name, or
    /// `UTC+03:00` where the database has only numbers for it), if it is
    /// known there.
    pub fn at(&self, at: DateTime<Utc>) -> Option<(i32, String)> {
        match self {
            HomeZone::Unset => None,
            HomeZone::Periods(periods) => {
                let seconds = at.timestamp();
                let period = periods.iter().rev().find(|p| p.start <= seconds)?;
                Some((period.offset, period.name.clone()))
            }
            #[cfg(not(target_arch = "wasm32"))]
            HomeZone::Named(tz) => {
                use chrono::{Offset, TimeZone};
                use chrono_tz::OffsetName;
                let zone = tz.offset_from_utc_datetime(&at.naive_utc());
                let offset = zone.fix().local_minus_utc();
                let name = match zone.abbreviation() {
                    Some(name) if !name.starts_with(['+', '-']) => name.to_owned(),
                    _ => offset_name(offset),
                };
                Some((offset, name))
            }
        }
    }

    /// The offset of `at` in the home zone, and the name to show with it;
    /// its own offset when the zone is not known there.
    pub fn offset_of(&self, at: DateTime<FixedOffset>) -> (FixedOffset, String) {
        let own = *at.offset();
        self.at(at.to_utc())
            .and_then(|(offset, name)| Some((FixedOffset::east_opt(offset)?, name)))
            .unwrap_or_else(|| (own, offset_name(own.local_minus_utc())))
    }

    /// Reads a page's `dateline:zone` setting: `[start, offset, name]`
    /// entries, oldest first; one that does not read costs only itself.
    pub fn parse(content: &str) -> HomeZone {
        let entries = serde_json::from_str::<serde_json::Value>(content).unwrap_or_default();
        let periods = entries
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| {
                Some(Period {
                    start: entry.get(0)?.as_i64()?,
                    offset: i32::try_from(entry.get(1)?.as_i64()?).ok()?,
                    name: entry.get(2)?.as_str()?.to_owned(),
                })
            });
        let mut periods: Vec<Period> = periods.collect();
        periods.sort_by_key(|period| period.start);
        HomeZone::Periods(periods)
    }
}

/// What the publish step writes into a page for `times` (each time shown
/// on it): one entry each time the zone's offset or name changes between
/// them, so that each time finds its own.
#[cfg(not(target_arch = "wasm32"))]
pub fn periods_for(zone: &HomeZone, times: impl IntoIterator<Item = DateTime<Utc>>) -> String {
    let mut times: Vec<DateTime<Utc>> = times.into_iter().collect();
    times.sort();
    let mut entries: Vec<serde_json::Value> = Vec::new();
    let mut last: Option<(i32, String)> = None;
    for at in times {
        let Some(here) = zone.at(at) else { continue };
        if last.as_ref() != Some(&here) {
            entries.push(serde_json::json!([at.timestamp(), here.0, here.1]));
            last = Some(here);
        }
    }
    if entries.is_empty() {
        return String::new();
    }
    serde_json::Value::Array(entries).to_string()
}

/// `UTC`, or `UTC+03:00`: an offset by its hours and minutes.
pub fn offset_name(offset: i32) -> String {
    if offset == 0 {
        return "UTC".to_owned();
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.unsigned_abs() / 60;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn time(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("a time")
    }

    fn hours(offset: FixedOffset) -> i32 {
        offset.local_minus_utc() / 3600
    }

    #[test]
    fn a_named_zone_gives_each_time_its_own_offset_and_name() {
        let london = HomeZone::Named(chrono_tz::Europe::London);
        let (winter, name) = london.offset_of(time("2026-11-28T17:59:00+03:00"));
        assert_eq!((hours(winter), name.as_str()), (0, "GMT"));
        let (summer, name) = london.offset_of(time("2026-07-01T12:00:00Z"));
        assert_eq!((hours(summer), name.as_str()), (1, "BST"));
        // A zone the database names only by its offset is shown by it.
        let istanbul = HomeZone::Named(chrono_tz::Europe::Istanbul);
        let (local, name) = istanbul.offset_of(time("2026-11-28T14:48:00Z"));
        assert_eq!((hours(local), name.as_str()), (3, "UTC+03:00"));
    }

    #[test]
    fn the_written_periods_give_the_browser_the_same_times() {
        let london = HomeZone::Named(chrono_tz::Europe::London);
        let times = [
            "2026-07-01T12:00:00Z",
            "2026-11-28T14:59:00Z",
            "2026-11-27T09:00:00+01:00",
            "2026-03-29T00:30:00Z",
        ];
        let written = periods_for(&london, times.iter().map(|t| time(t).to_utc()));
        let read = HomeZone::parse(&written);
        for t in times {
            assert_eq!(
                read.offset_of(time(t)),
                london.offset_of(time(t)),
                "{t} in {written}"
            );
        }
        // A change of offset between two of them gives a new entry; the
        // same period twice, none.
        let HomeZone::Periods(periods) = read else {
            panic!("periods")
        };
        assert_eq!(periods.len(), 3, "{written}");
        assert_eq!(periods_for(&HomeZone::Unset, [time(times[0]).to_utc()]), "");
    }

    #[test]
    fn without_a_zone_or_outside_what_the_page_knows_a_time_keeps_its_own_offset() {
        let at = time("2026-11-28T17:59:00+03:00");
        let own = (*at.offset(), "UTC+03:00".to_owned());
        assert_eq!(HomeZone::Unset.offset_of(at), own);
        assert_eq!(
            HomeZone::parse(r#"[[1800000000, 0, "GMT"]]"#).offset_of(at),
            own
        );
    }

    #[test]
    fn entries_that_do_not_read_cost_only_themselves() {
        let zone = HomeZone::parse(
            r#"[["x", 0, "GMT"], [1600000000, 0, "GMT"], 7, [1700000000, 3600, "CET"], [1700000100, 3600], [1, 99999999999, "X"]]"#,
        );
        let HomeZone::Periods(periods) = zone else {
            panic!("periods")
        };
        let starts: Vec<i64> = periods.iter().map(|p| p.start).collect();
        assert_eq!(starts, [1600000000, 1700000000]);
        assert_eq!(HomeZone::parse("not JSON"), HomeZone::Periods(Vec::new()));
        // An offset past a day is no offset: the time keeps its own, and
        // says so.
        let at = time("2026-11-28T17:59:00+03:00");
        assert_eq!(
            HomeZone::parse(r#"[[0, 90000, "X"]]"#).offset_of(at),
            (*at.offset(), "UTC+03:00".to_owned())
        );
        // Entries out of order are read in order.
        let zone = HomeZone::parse(r#"[[1700000000, 3600, "CET"], [1600000000, 0, "GMT"]]"#);
        assert_eq!(zone.offset_of(time("2023-12-01T00:00:00Z")).1, "CET");
    }
}
