//! When Latest News asks for the feed next: the steady pace while visible and
//! hidden, the back-off after failures, and the jitter that keeps a million
//! tabs from polling in step.

use std::time::Duration;

/// The pace while the tab is hidden.
pub const HIDDEN_INTERVAL: Duration = Duration::from_secs(300);
/// The first wait after a failure; it doubles up to [`MAX_BACKOFF`].
pub const FIRST_RETRY: Duration = Duration::from_secs(30);
pub const MAX_BACKOFF: Duration = Duration::from_secs(300);

const POLL_JITTER: f64 = 0.10;
const RETRY_JITTER: f64 = 0.20;

/// `base` moved by up to `±fraction` of itself; `unit` is a random number
/// in `[0, 1)`.
pub fn jittered(base: Duration, fraction: f64, unit: f64) -> Duration {
    let factor = 1.0 + fraction * (2.0 * unit.clamp(0.0, 1.0) - 1.0);
    base.mul_f64(factor)
}

/// The wait before the next request.
pub fn next_wait(interval: Duration, failures: u32, visible: bool, unit: f64) -> Duration {
    if failures == 0 {
        let base = if visible {
            interval
        } else {
            HIDDEN_INTERVAL.max(interval)
        };
        return jittered(base, POLL_JITTER, unit);
    }
    let doublings = (failures - 1).min(16);
    let backoff = FIRST_RETRY.saturating_mul(1 << doublings).min(MAX_BACKOFF);
    let wait = jittered(backoff, RETRY_JITTER, unit);
    if visible {
        wait
    } else {
        wait.max(jittered(HIDDEN_INTERVAL, POLL_JITTER, unit))
    }
}

/// Whether a reader coming back to the tab should get a refresh at once.
pub fn due_on_return(since_last: Duration, interval: Duration) -> bool {
    since_last >= interval
}

#[cfg(test)]
mod tests {
    use super::*;

    const THIRTY: Duration = Duration::from_secs(30);

    #[test]
    fn steady_pace_with_ten_percent_jitter() {
        assert_eq!(next_wait(THIRTY, 0, true, 0.5), THIRTY);
        assert_eq!(next_wait(THIRTY, 0, true, 0.0), Duration::from_secs(27));
        assert_eq!(next_wait(THIRTY, 0, true, 1.0), Duration::from_secs(33));
        assert_eq!(next_wait(THIRTY, 0, false, 0.5), HIDDEN_INTERVAL);
        assert_eq!(next_wait(THIRTY, 0, false, 0.0), Duration::from_secs(270));
    }

    #[test]
    fn backoff_doubles_to_a_cap_with_twenty_percent_jitter() {
        let waits: Vec<u64> = (1..=7)
            .map(|f| next_wait(THIRTY, f, true, 0.5).as_secs())
            .collect();
        assert_eq!(waits, [30, 60, 120, 240, 300, 300, 300]);
        assert_eq!(next_wait(THIRTY, 1, true, 0.0), Duration::from_secs(24));
        assert_eq!(next_wait(THIRTY, 1, true, 1.0), Duration::from_secs(36));
        assert_eq!(next_wait(THIRTY, 40, true, 1.0), Duration::from_secs(360));
        // Hidden, failures never poll faster than the hidden pace.
        assert_eq!(next_wait(THIRTY, 1, false, 0.5), HIDDEN_INTERVAL);
    }

    #[test]
    fn return_refreshes_when_due() {
        assert!(due_on_return(THIRTY, THIRTY));
        assert!(!due_on_return(Duration::from_secs(29), THIRTY));
    }
}
