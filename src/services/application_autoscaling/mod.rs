//! Application Auto Scaling: routed and validated from its model; no operation is emulated yet, so each
//! answers the uniform not-implemented error. It never fakes success.

#[rustfmt::skip]
pub mod api;

use crate::storage::Store;

/// The Application Auto Scaling service.
pub struct ApplicationAutoScaling {
    pub store: Store,
}

impl api::Api for ApplicationAutoScaling {}
