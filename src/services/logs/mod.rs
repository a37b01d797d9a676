//! CloudWatch Logs: routed and validated from its model; no operation is emulated yet, so each
//! answers the uniform not-implemented error. It never fakes success.

#[rustfmt::skip]
pub mod api;

use crate::storage::Store;

/// The CloudWatch Logs service.
pub struct Logs {
    pub store: Store,
}

impl api::Api for Logs {}
