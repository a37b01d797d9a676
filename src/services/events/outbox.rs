//! The delivery outbox: work that outlives the request that caused it (API destination calls,
//! AWS services' events) is written to storage before the request is answered, then done by
//! one worker in order, retried with back-off under the target's retry policy (185 attempts
//! or 24 hours by default, as EventBridge), and counted as a failed invocation when it gives
//! up. What is in it at shutdown is done after the next start.
//!
//! It never drops a job without counting it.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::api::RetryPolicy;
use super::bus::{NS, Tables};
use super::http::{self, Outcome};
use crate::clock::Clock;
use crate::storage::{Batch, Store};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Job {
    /// An event to deliver on a bus (an AWS service's event).
    Bus {
        account: String,
        region: String,
        bus: String,
        event: Value,
    },
    /// A rule target's API destination call.
    Call {
        account: String,
        region: String,
        bus: String,
        rule: String,
        target: String,
        call: http::Call,
        retry: Option<RetryPolicy>,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Item {
    job: Job,
    first_ms: i64,
    next_ms: i64,
    attempts: i32,
}

static SEQ: AtomicU64 = AtomicU64::new(0);

/// Writes a job to the outbox (applied to storage before this returns).
pub fn push(store: &Store, now: i64, job: Job) -> crate::storage::StorageResult<()> {
    let key = format!(
        "outbox\u{1f}{:016}{:010}{:08x}",
        now.max(0),
        SEQ.fetch_add(1, Ordering::Relaxed),
        fastrand::u32(..)
    );
    let item = Item {
        job,
        first_ms: now,
        next_ms: now,
        attempts: 0,
    };
    let mut b = Batch::default();
    b.put(
        key.into_bytes(),
        serde_json::to_vec(&item).unwrap_or_default(),
    );
    store.kv.apply(NS, b)
}

/// When attempt `n` (from 1) is retried: 1 s doubling to at most 5 minutes.
fn backoff(n: i32) -> i64 {
    1000 * (1i64 << n.clamp(1, 20).min(9)).min(300)
}

/// The worker: wakes when a job is pushed, or every 100 ms, while `alive` lives.
pub async fn work(
    store: Store,
    index: Arc<super::index::Index>,
    ecs: Arc<std::sync::OnceLock<super::put::EcsRunner>>,
    clock: Clock,
    wake: Arc<tokio::sync::Notify>,
    alive: std::sync::Weak<()>,
) {
    let client = http::client();
    // API destination → when its next call may start (its rate limit).
    let mut next_call: HashMap<String, tokio::time::Instant> = HashMap::new();
    loop {
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(std::time::Duration::from_millis(100)) => {}
        }
        if alive.upgrade().is_none() {
            return;
        }
        http::authorize_pending(&client, &store, clock.now_millis()).await;
        let Ok(items) = store.kv.scan(NS, b"outbox\x1f", None, usize::MAX) else {
            continue;
        };
        let mut changed = false;
        for (key, bytes) in items {
            let Ok(mut item) = serde_json::from_slice::<Item>(&bytes) else {
                let mut b = Batch::default();
                b.delete(key);
                let _ = store.kv.apply(NS, b);
                continue;
            };
            let now = clock.now_millis();
            if item.next_ms > now {
                continue;
            }
            changed = true;
            let d = super::put::Delivery {
                store: &store,
                now,
                ecs: ecs.get().cloned(),
                index: &index,
                wake: &wake,
            };
            let outcome = match &item.job {
                Job::Bus {
                    account,
                    region,
                    bus,
                    event,
                } => {
                    d.deliver(account, region, bus, event, 0, None).await;
                    Outcome::Done
                }
                Job::Call { call, .. } => {
                    let dest = call.destination_arn.clone();
                    if let Some(at) = next_call.get(&dest) {
                        tokio::time::sleep_until(*at).await;
                    }
                    let rate = super::api_destination::by_arn(&store, &dest)
                        .map_or(super::api_destination::DEFAULT_RATE, |x| x.rate);
                    let gap = std::time::Duration::from_secs(1) / rate.max(1) as u32;
                    next_call.insert(dest, tokio::time::Instant::now() + gap);
                    http::call(&client, &store, call, now).await
                }
            };
            let mut b = Batch::default();
            match outcome {
                Outcome::Done => {
                    b.delete(key);
                }
                Outcome::Retry(why) if within_policy(&item, now) => {
                    tracing::debug!("events outbox retry: {why}");
                    item.attempts += 1;
                    item.next_ms = now + backoff(item.attempts);
                    b.put(key, serde_json::to_vec(&item).unwrap_or_default());
                }
                Outcome::Retry(why) | Outcome::Fail(why) => {
                    tracing::warn!("events outbox gave up: {why}");
                    failed(&store, &item.job);
                    b.delete(key);
                }
            }
            if let Err(e) = store.kv.apply(NS, b) {
                tracing::error!("events outbox: {e}");
            }
        }
        if changed && let Err(e) = store.kv.persist() {
            tracing::error!("events outbox could not persist: {e}");
        }
    }
}

/// Whether another attempt is allowed by the target's retry policy.
fn within_policy(item: &Item, now: i64) -> bool {
    let Job::Call { retry, .. } = &item.job else {
        return false;
    };
    let p = retry.clone().unwrap_or_default();
    let attempts = p.maximum_retry_attempts.unwrap_or(185);
    let age = i64::from(p.maximum_event_age_in_seconds.unwrap_or(86_400)) * 1000;
    item.attempts < attempts && now - item.first_ms < age
}

fn failed(store: &Store, job: &Job) {
    if let Job::Call {
        account,
        region,
        bus,
        rule,
        target,
        ..
    } = job
    {
        let t = Tables::scoped(store, account, region);
        let _ = super::count_failure(&t, bus, rule, target);
    }
}
