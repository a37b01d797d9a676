//! EventBridge: routed and validated from its model; no operation is emulated yet, so each
//! answers the uniform not-implemented error. It never fakes success.

#[rustfmt::skip]
pub mod api;
pub mod pattern;
#[cfg(test)]
mod pattern_tests;

use crate::storage::Store;

/// The EventBridge service.
pub struct Events {
    pub store: Store,
}

impl api::Api for Events {}
