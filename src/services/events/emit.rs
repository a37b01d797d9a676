//! Events AWS services put on the default bus of their account and region (ECS task state
//! changes and service actions, ECR image actions): a sink the services hand them to, which
//! says whether any rule could want them (so nobody pays for events no rule reads) and
//! writes them to the delivery outbox, which delivers them in order.
//!
//! It never builds a service's detail; each service shapes its own.

use std::sync::Arc;

use serde_json::{Value, json};

use super::bus::{DEFAULT, Tables};
use crate::clock::Clock;
use crate::storage::Store;
use crate::types::Timestamp;

/// One event from an AWS service.
#[derive(Debug, Clone)]
pub struct ServiceEvent {
    pub account: String,
    pub region: String,
    pub source: &'static str,
    pub detail_type: &'static str,
    pub resources: Vec<String>,
    pub detail: Value,
}

/// Where services hand their events.
pub trait Sink: Send + Sync {
    /// Whether a rule on the default bus of (account, region) could match events of `source`.
    fn wants(&self, account: &str, region: &str, source: &str) -> bool;
    /// Queues events for delivery, in order.
    fn emit(&self, events: Vec<ServiceEvent>);
}

pub type SharedSink = Arc<dyn Sink>;

/// The sink EventBridge gives out.
pub struct Emitter {
    pub store: Store,
    pub index: Arc<super::index::Index>,
    pub wake: Arc<tokio::sync::Notify>,
    pub clock: Clock,
}

impl Sink for Emitter {
    fn wants(&self, account: &str, region: &str, source: &str) -> bool {
        let t = Tables::scoped(&self.store, account, region);
        self.index
            .bus(&t, DEFAULT)
            .is_ok_and(|b| b.may_match_source(source))
    }

    fn emit(&self, events: Vec<ServiceEvent>) {
        let now = self.clock.now_millis();
        for e in events {
            let job = super::outbox::Job::Bus {
                account: e.account.clone(),
                region: e.region.clone(),
                bus: DEFAULT.into(),
                event: envelope(&e, now),
            };
            if let Err(err) = super::outbox::push(&self.store, now, job) {
                tracing::error!("{} event lost: {err}", e.source);
            }
        }
        self.wake.notify_one();
    }
}

/// Turns epoch-second numbers under keys ending in `At` into ISO 8601 strings, as event
/// details carry them.
pub fn iso_times(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if k.ends_with("At")
                    && let Some(secs) = x.as_f64()
                {
                    *x = json!(Timestamp::from_secs_f64(secs).to_iso8601());
                } else {
                    iso_times(x);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(iso_times),
        _ => {}
    }
}

/// The event EventBridge builds for a service's event at `now`.
pub fn envelope(e: &ServiceEvent, now: i64) -> Value {
    json!({
        "version": "0",
        "id": crate::context::new_request_id(),
        "detail-type": e.detail_type,
        "source": e.source,
        "account": e.account,
        "time": Timestamp::from_millis(now - now % 1000).to_iso8601(),
        "region": e.region,
        "resources": e.resources,
        "detail": e.detail,
    })
}
