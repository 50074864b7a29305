//! How a time is written: the relative ladder ("just now", "45 minutes
//! ago", "yesterday", "3 days ago", then the date) and the two absolute
//! forms, in whatever time zone the caller passes (the reader's).

use chrono::{DateTime, Datelike, FixedOffset, Offset, TimeZone, Timelike, Utc};

use crate::text::{Strings, JUST_NOW};
use crate::time::zone::HomeZone;

/// `DD.MM.YYYY HH:MM`, as on the article page and past a week old.
pub fn article_time<Tz: TimeZone>(at: DateTime<Utc>, zone: &Tz) -> String {
    day_and_time(at, zone, '.')
}

/// `DD.MM.YYYY HH:MM GMT`: the article form in the newsroom's home zone,
/// with the zone's name (or `UTC+03:00`: its offset), or without one in the
/// offset the newsroom gave. A pre-rendered page says this, true for every
/// reader and the same on every page, until the app knows the reader's own
/// zone.
pub fn newsroom_time(at: DateTime<FixedOffset>, zone: &HomeZone) -> String {
    let (offset, name) = zone.offset_of(at);
    format!("{} {name}", day_and_time(at.to_utc(), &offset, '.'))
}

/// `DD/MM/YYYY HH:MM`, as in the header clock.
pub fn clock_time<Tz: TimeZone>(at: DateTime<Utc>, zone: &Tz) -> String {
    day_and_time(at, zone, '/')
}

/// Day, month, year, hours and minutes in `zone`, the date parts joined by
/// `separator`. Written out by hand: chrono's `format` would bring its whole
/// strftime machinery into the download.
fn day_and_time<Tz: TimeZone>(at: DateTime<Utc>, zone: &Tz, separator: char) -> String {
    let t = at.with_timezone(zone);
    format!(
        "{:02}{separator}{:02}{separator}{:04} {:02}:{:02}",
        t.day(),
        t.month(),
        t.year(),
        t.hour(),
        t.minute()
    )
}

/// The instant to the minute in the reader's zone, as RFC 3339 for
/// `<time datetime>`: `2026-11-28T15:00:00+03:00`.
pub fn minute_stamp<Tz: TimeZone>(at: DateTime<Utc>, zone: &Tz) -> String {
    let t = at.with_timezone(zone);
    let offset = t.offset().fix();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:00{offset}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// A step of the relative ladder: how long ago a time was, as a reader is
/// told it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ago {
    /// Under a minute (or in the future: a clock a little behind).
    JustNow,
    Minutes(i64),
    Hours(i64),
    Yesterday,
    Days(i64),
    /// A week or more: the absolute form.
    Long,
}

/// The ladder's step for `at` seen from `now`: just now, minutes, hours,
/// yesterday, days, then the date.
pub fn ago(now: DateTime<Utc>, at: DateTime<Utc>) -> Ago {
    let minutes = (now - at).num_minutes();
    let hours = minutes / 60;
    let days = hours / 24;
    match (minutes, hours, days) {
        (..=0, _, _) => Ago::JustNow,
        (m, 0, _) => Ago::Minutes(m),
        (_, h, 0) => Ago::Hours(h),
        (_, _, 1) => Ago::Yesterday,
        (_, _, d @ 2..=6) => Ago::Days(d),
        _ => Ago::Long,
    }
}

/// The relative form of `at` seen from `now` in the edition's words: "just
/// now" from its strings, "45 minutes ago", "yesterday" and "3 days ago"
/// from the browser's `Intl` in its language and digits, and past a week
/// the absolute form in `zone`. (The host, which never shows a relative
/// time, the pre-render showing the absolute form, has no `Intl`: it says
/// the absolute form throughout.)
pub fn relative_time<Tz: TimeZone>(
    now: DateTime<Utc>,
    at: DateTime<Utc>,
    zone: &Tz,
    strings: &Strings,
) -> String {
    let (value, unit) = match ago(now, at) {
        Ago::JustNow => return strings.get(JUST_NOW).to_owned(),
        Ago::Minutes(m) => (m, "minute"),
        Ago::Hours(h) => (h, "hour"),
        Ago::Yesterday => (1, "day"),
        Ago::Days(d) => (d, "day"),
        Ago::Long => (0, ""),
    };
    #[cfg(target_arch = "wasm32")]
    if value > 0 {
        if let Some(text) = crate::time::intl::relative(&strings.locale(), -(value as f64), unit) {
            return text;
        }
    }
    let _ = (value, unit);
    strings.digits.write(&article_time(at, zone))
}

/// How long until the clock next crosses a minute boundary, in milliseconds
/// (never zero, so a timer set with it lands after the boundary).
pub fn ms_to_next_minute(now_ms: f64) -> u32 {
    let into_minute = now_ms.rem_euclid(60_000.0);
    (60_000.0 - into_minute).ceil().clamp(1.0, 60_000.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, FixedOffset};

    fn now() -> DateTime<Utc> {
        "2026-11-28T12:00:00Z".parse().expect("valid time")
    }

    #[test]
    fn years_print_with_four_digits() {
        let ancient = DateTime::parse_from_rfc3339("0033-04-03T09:05:00+00:00")
            .expect("valid time")
            .to_utc();
        assert_eq!(article_time(ancient, &Utc), "03.04.0033 09:05");
        assert_eq!(clock_time(ancient, &Utc), "03/04/0033 09:05");
        assert_eq!(minute_stamp(ancient, &Utc), "0033-04-03T09:05:00+00:00");
        let east = FixedOffset::east_opt(3 * 3600).expect("valid offset");
        assert_eq!(
            newsroom_time(ancient.with_timezone(&east), &HomeZone::Unset),
            "03.04.0033 12:05 UTC+03:00"
        );
    }

    #[test]
    fn ladder() {
        let cases: [(Duration, Ago); 19] = [
            (Duration::seconds(-90), Ago::JustNow),
            (Duration::zero(), Ago::JustNow),
            (Duration::seconds(59), Ago::JustNow),
            (Duration::seconds(60), Ago::Minutes(1)),
            (Duration::seconds(119), Ago::Minutes(1)),
            (Duration::minutes(2), Ago::Minutes(2)),
            (Duration::minutes(45), Ago::Minutes(45)),
            (Duration::seconds(59 * 60 + 59), Ago::Minutes(59)),
            (Duration::minutes(60), Ago::Hours(1)),
            (Duration::minutes(119), Ago::Hours(1)),
            (Duration::hours(2), Ago::Hours(2)),
            (Duration::minutes(23 * 60 + 59), Ago::Hours(23)),
            (Duration::hours(24), Ago::Yesterday),
            (Duration::minutes(47 * 60 + 59), Ago::Yesterday),
            (Duration::hours(48), Ago::Days(2)),
            (Duration::days(6), Ago::Days(6)),
            (Duration::minutes(7 * 24 * 60 - 1), Ago::Days(6)),
            (Duration::days(7), Ago::Long),
            (Duration::days(400), Ago::Long),
        ];
        for (age, step) in cases {
            assert_eq!(ago(now(), now() - age), step, "age {age}");
        }
    }

    #[test]
    fn the_ladders_words_come_from_the_edition() {
        let english = Strings::english();
        assert_eq!(relative_time(now(), now(), &Utc, &english), "just now");
        // Past a week, and on the host throughout: the absolute form, in
        // the edition's digits.
        let mut arabic = english.clone();
        arabic.digits = crate::text::Digits::ArabicIndic;
        assert_eq!(
            relative_time(now(), now() - Duration::days(7), &Utc, &arabic),
            "٢١.١١.٢٠٢٦ ١٢:٠٠"
        );
    }

    #[test]
    fn absolute_forms_use_the_readers_zone() {
        let istanbul = FixedOffset::east_opt(3 * 3600).expect("valid offset");
        let at: DateTime<Utc> = "2024-02-23T20:27:00Z".parse().expect("valid time");
        assert_eq!(article_time(at, &istanbul), "23.02.2024 23:27");
        assert_eq!(clock_time(at, &istanbul), "23/02/2024 23:27");
        assert_eq!(
            relative_time(at + Duration::days(9), at, &istanbul, &Strings::english()),
            "23.02.2024 23:27"
        );
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn newsroom_time_is_in_the_home_zone_or_without_one_its_own_offset() {
        let unset = HomeZone::Unset;
        let (london, istanbul) = (
            HomeZone::Named(chrono_tz::Europe::London),
            HomeZone::Named(chrono_tz::Europe::Istanbul),
        );
        let cases = [
            (
                "2024-02-23T23:27:10+03:00",
                &unset,
                "23.02.2024 23:27 UTC+03:00",
            ),
            ("2024-02-23T20:27:00Z", &unset, "23.02.2024 20:27 UTC"),
            (
                "2024-02-23T09:05:00-05:30",
                &unset,
                "23.02.2024 09:05 UTC-05:30",
            ),
            ("2026-11-28T17:59:00+03:00", &london, "28.11.2026 14:59 GMT"),
            ("2026-07-01T12:00:00Z", &london, "01.07.2026 13:00 BST"),
            (
                "2026-11-28T14:48:00Z",
                &istanbul,
                "28.11.2026 17:48 UTC+03:00",
            ),
        ];
        for (text, zone, shown) in cases {
            let at = DateTime::parse_from_rfc3339(text).expect("valid time");
            assert_eq!(newsroom_time(at, zone), shown, "{text}");
        }
    }

    #[test]
    fn minute_stamps_carry_the_offset() {
        let istanbul = FixedOffset::east_opt(3 * 3600).expect("valid offset");
        let at: DateTime<Utc> = "2024-02-23T20:27:59Z".parse().expect("valid time");
        assert_eq!(minute_stamp(at, &istanbul), "2024-02-23T23:27:00+03:00");
        assert_eq!(minute_stamp(at, &Utc), "2024-02-23T20:27:00+00:00");
    }

    #[test]
    fn next_minute() {
        assert_eq!(ms_to_next_minute(0.0), 60_000);
        assert_eq!(ms_to_next_minute(59_999.0), 1);
        assert_eq!(ms_to_next_minute(120_500.0), 59_500);
    }
}
