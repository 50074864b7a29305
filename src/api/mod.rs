//! The newsroom's JSON: contract types and the client that fetches them.

pub mod client;
pub mod home;
pub mod json;
pub mod live;
mod repair;
pub mod rich;
pub mod types;

pub use client::{parse, FetchError, Freshness};
pub use types::*;
