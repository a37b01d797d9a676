//! The clock every lifecycle and background job reads, and the declarative lifecycle helper.
//!
//! Time is the wall clock plus an offset that the admin API can advance, or, in manual
//! mode, a value that moves only when advanced. It never sleeps on behalf of a request:
//! lifecycles are computed from timestamps, so answers stay deterministic.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::types::Timestamp;

/// A shared handle to Dockside's notion of now.
#[derive(Clone)]
pub struct Clock {
    inner: Arc<Inner>,
}

struct Inner {
    /// Milliseconds added to the wall clock (real mode) or the current time (manual mode).
    offset_ms: AtomicI64,
    manual: AtomicBool,
    changed: tokio::sync::watch::Sender<u64>,
}

/// What `GET /_dockside/clock` reports.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClockState {
    pub now: String,
    pub now_millis: i64,
    pub offset_millis: i64,
    pub mode: &'static str,
}

fn wall_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Default for Clock {
    fn default() -> Self {
        Clock::real()
    }
}

impl Clock {
    /// The wall clock, advanceable by an offset.
    pub fn real() -> Self {
        let (changed, _) = tokio::sync::watch::channel(0);
        Clock {
            inner: Arc::new(Inner {
                offset_ms: AtomicI64::new(0),
                manual: AtomicBool::new(false),
                changed,
            }),
        }
    }

    /// A clock standing still at `millis` until advanced.
    pub fn manual(millis: i64) -> Self {
        let clock = Clock::real();
        clock.inner.manual.store(true, Ordering::SeqCst);
        clock.inner.offset_ms.store(millis, Ordering::SeqCst);
        clock
    }

    pub fn now_millis(&self) -> i64 {
        let offset = self.inner.offset_ms.load(Ordering::SeqCst);
        if self.inner.manual.load(Ordering::SeqCst) {
            offset
        } else {
            wall_millis() + offset
        }
    }

    pub fn now(&self) -> Timestamp {
        Timestamp::from_millis(self.now_millis())
    }

    /// Moves time forward (never back: negative amounts are ignored) and wakes sleepers.
    pub fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX / 4);
        self.inner.offset_ms.fetch_add(ms, Ordering::SeqCst);
        self.inner.changed.send_modify(|n| *n += 1);
    }

    /// Switches between the wall clock and manual time, keeping the current instant.
    pub fn set_manual(&self, manual: bool) {
        let now = self.now_millis();
        let was = self.inner.manual.swap(manual, Ordering::SeqCst);
        if was != manual {
            let offset = if manual { now } else { now - wall_millis() };
            self.inner.offset_ms.store(offset, Ordering::SeqCst);
        }
        self.inner.changed.send_modify(|n| *n += 1);
    }

    pub fn state(&self) -> ClockState {
        let now = self.now();
        let manual = self.inner.manual.load(Ordering::SeqCst);
        ClockState {
            now: now.to_iso8601(),
            now_millis: now.millis(),
            offset_millis: if manual {
                0
            } else {
                self.inner.offset_ms.load(Ordering::SeqCst)
            },
            mode: if manual { "manual" } else { "real" },
        }
    }

    /// Waits until the clock reads at least `at_millis`, waking early when it is advanced.
    pub async fn sleep_until(&self, at_millis: i64) {
        let mut changed = self.inner.changed.subscribe();
        loop {
            let now = self.now_millis();
            if now >= at_millis {
                return;
            }
            let manual = self.inner.manual.load(Ordering::SeqCst);
            // In manual mode only an advance can move time, but poll now and then so a
            // mode switch is noticed even if its notification raced with subscribe().
            let wait = if manual {
                Duration::from_secs(1)
            } else {
                Duration::from_millis((at_millis - now) as u64)
            };
            let _ = tokio::time::timeout(wait, changed.changed()).await;
        }
    }
}

/// One declared transition: a resource in `from` moves to `to` once `after` has passed.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub from: &'static str,
    pub to: &'static str,
    pub after: Duration,
}

/// A resource's lifecycle as data (`CREATING → ACTIVE after 2 s`), evaluated against the clock.
#[derive(Debug, Clone, Copy)]
pub struct Lifecycle {
    pub steps: &'static [Step],
}

impl Lifecycle {
    /// The state reached from `state` (entered at `since`) by `now`, and when it was entered.
    /// Chains transitions: CREATING→PENDING→ACTIVE all at once if enough time passed.
    pub fn settle<'a>(&self, state: &'a str, since: i64, now: i64) -> (&'a str, i64) {
        let (mut state, mut since) = (state, since);
        // A lifecycle with a cycle of zero delays would never settle; cap the walk.
        for _ in 0..=self.steps.len() {
            match self.steps.iter().find(|s| s.from == state) {
                Some(step) if since + step.after.as_millis() as i64 <= now => {
                    since += step.after.as_millis() as i64;
                    state = step.to;
                }
                _ => break,
            }
        }
        (state, since)
    }

    /// When the next transition out of `state` (entered at `since`) falls due, if any.
    pub fn next_due(&self, state: &str, since: i64) -> Option<i64> {
        self.steps
            .iter()
            .find(|s| s.from == state)
            .map(|s| since + s.after.as_millis() as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLUSTER: Lifecycle = Lifecycle {
        steps: &[
            Step {
                from: "CREATING",
                to: "ACTIVE",
                after: Duration::from_secs(10),
            },
            Step {
                from: "DELETING",
                to: "DELETED",
                after: Duration::from_secs(5),
            },
        ],
    };

    #[test]
    fn manual_clock_moves_only_when_advanced() {
        let clock = Clock::manual(1_000);
        assert_eq!(clock.now_millis(), 1_000);
        clock.advance(Duration::from_secs(2));
        assert_eq!(clock.now_millis(), 3_000);
        clock.set_manual(false);
        assert!(clock.now_millis() > 1_000_000_000_000 || clock.now_millis() >= 3_000);
    }

    #[test]
    fn real_clock_offset_advances() {
        let clock = Clock::real();
        let before = clock.now_millis();
        clock.advance(Duration::from_secs(3600));
        assert!(clock.now_millis() >= before + 3_600_000);
        assert_eq!(clock.state().mode, "real");
    }

    #[test]
    fn lifecycle_settles_by_the_clock() {
        assert_eq!(CLUSTER.settle("CREATING", 0, 9_999), ("CREATING", 0));
        assert_eq!(CLUSTER.settle("CREATING", 0, 10_000), ("ACTIVE", 10_000));
        assert_eq!(CLUSTER.settle("ACTIVE", 0, 99_999), ("ACTIVE", 0));
        assert_eq!(CLUSTER.next_due("DELETING", 100), Some(5_100));
        assert_eq!(CLUSTER.next_due("ACTIVE", 100), None);
    }

    #[tokio::test]
    async fn sleepers_wake_on_advance() {
        let clock = Clock::manual(0);
        let c2 = clock.clone();
        let sleeper = tokio::spawn(async move { c2.sleep_until(60_000).await });
        tokio::task::yield_now().await;
        clock.advance(Duration::from_secs(61));
        tokio::time::timeout(Duration::from_secs(2), sleeper)
            .await
            .expect("woke")
            .unwrap();
    }
}
