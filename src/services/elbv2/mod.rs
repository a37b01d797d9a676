//! Elastic Load Balancing v2: routed and validated from its model; no operation is emulated yet, so each
//! answers the uniform not-implemented error. It never fakes success.

#[rustfmt::skip]
pub mod api;

use crate::storage::Store;

/// The Elastic Load Balancing v2 service.
pub struct Elbv2 {
    pub store: Store,
}

impl api::Api for Elbv2 {}
