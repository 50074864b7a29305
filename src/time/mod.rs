//! Times as readers see them: the ladder and the one clock that drives them.

pub mod clock;
pub mod ladder;
pub mod zone;

pub use clock::{provide_clock, use_clock, Clock, PageClock};
#[cfg(target_arch = "wasm32")]
pub mod intl;
