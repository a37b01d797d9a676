//! ECS: clusters, task definitions, tasks and services with ECS's semantics, tasks run by a
//! runtime (the simulated one for now) and kept at their desired count by the scheduler.
//! State lives in memory and is written through to storage before each answer.
//!
//! It never speaks HTTP, and never fakes an operation: those not emulated yet answer 501.

#[rustfmt::skip]
pub mod api;
mod agent;
mod attributes;
mod capacity;
mod cluster;
mod daemon;
mod daemon_defs;
mod daemon_read;
mod events;
mod express;
mod express_config;
mod fargate;
mod gateway_routes;
mod gateways;
mod history;
mod ingress;
mod instance;
mod launcher;
pub mod lifecycle;
mod names;
mod ops;
mod ops_ingress;
mod paging;
mod placement;
mod placer;
mod protection;
mod provisioning;
mod query;
pub mod registries;
mod restore;
mod scheduler;
mod service;
mod settings;
pub mod state;
mod tags;
mod task;
mod task_definition;
mod tasksets;
#[cfg(test)]
mod tests;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use api::*;
use lifecycle::Env;
use state::{Region, State};

use crate::clock::Clock;
use crate::context::Context;
use crate::error::AwsResult;
use crate::runtime::simulated::Simulated;
use crate::storage::Store;

/// The ECS service.
#[derive(Clone)]
pub struct Ecs {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    clock: Clock,
    runtime: Arc<Simulated>,
    state: Mutex<State>,
    wake: tokio::sync::Notify,
    registrar: std::sync::OnceLock<registries::Registrar>,
    sink: std::sync::OnceLock<crate::services::events::emit::SharedSink>,
}

impl Inner {
    /// Hands queued Cloud Map registrations to the registrar.
    fn flush(&self, st: &mut State) {
        let regs: Vec<registries::Registration> = st
            .regions
            .values_mut()
            .flat_map(|r| std::mem::take(&mut r.registrations))
            .collect();
        if !regs.is_empty()
            && let Some(f) = self.registrar.get()
        {
            f(regs);
        }
        for r in st.regions.values_mut() {
            if r.emitted.is_empty() {
                continue;
            }
            let emitted = std::mem::take(&mut r.emitted);
            if let Some(sink) = self.sink.get()
                && sink.wants(&r.account, &r.region, "aws.ecs")
            {
                sink.emit(events::service_events(r, emitted));
            }
        }
    }
}

impl Ecs {
    /// Loads ECS state from storage and starts the background scheduler (when a Tokio
    /// runtime is there to run it).
    pub fn new(store: Store, clock: Clock, step: Duration) -> AwsResult<Ecs> {
        let state = State::load(&store)?;
        let ecs = Ecs {
            inner: Arc::new(Inner {
                store,
                clock,
                runtime: Arc::new(Simulated::new(step)),
                state: Mutex::new(state),
                wake: tokio::sync::Notify::new(),
                registrar: std::sync::OnceLock::new(),
                sink: std::sync::OnceLock::new(),
            }),
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(drive(Arc::downgrade(&ecs.inner)));
        }
        Ok(ecs)
    }

    /// Sets where ECS's EventBridge events go, once.
    pub fn set_sink(&self, s: crate::services::events::emit::SharedSink) {
        let _ = self.inner.sink.set(s);
    }

    /// Sets who applies service registries (Cloud Map), once.
    pub fn set_registrar(&self, f: registries::Registrar) {
        let _ = self.inner.registrar.set(f);
    }

    /// The simulated runtime, for failure injection.
    pub fn runtime(&self) -> &Simulated {
        &self.inner.runtime
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.inner.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the caller's region after applying whatever fell due, then writes what
    /// changed through to storage.
    fn with<R>(
        &self,
        ctx: &Context,
        f: impl FnOnce(&mut Region, &Env) -> AwsResult<R>,
    ) -> AwsResult<R> {
        let now = self.inner.clock.now_millis();
        let env = Env {
            now,
            runtime: &*self.inner.runtime,
        };
        let mut st = self.lock();
        for region in st.regions.values_mut() {
            scheduler::advance(region, &env);
        }
        let out = f(st.region(&ctx.account, &ctx.region), &env);
        if out.is_ok() {
            let region = st.region(&ctx.account, &ctx.region);
            scheduler::advance(region, &env);
        }
        self.inner.flush(&mut st);
        st.persist(&self.inner.store)?;
        drop(st);
        self.inner.wake.notify_one();
        out
    }

    /// Applies whatever fell due, in every region, and writes what changed: what the
    /// background scheduler does on each wake-up (benchmarks and tests call it directly).
    pub fn tick(&self) -> AwsResult<()> {
        let env = Env {
            now: self.inner.clock.now_millis(),
            runtime: &*self.inner.runtime,
        };
        let mut st = self.lock();
        for region in st.regions.values_mut() {
            scheduler::advance(region, &env);
        }
        self.inner.flush(&mut st);
        st.persist(&self.inner.store)
    }

    /// Marks a service as changed, so the next tick reconciles it.
    pub fn mark_changed(&self, account: &str, region: &str, cluster: &str, service: &str) {
        let mut st = self.lock();
        st.region(account, region)
            .reconcile
            .insert((cluster.to_string(), service.to_string()));
    }

    /// Forgets all state (after storage was reset).
    pub fn reset(&self) {
        *self.lock() = State::default();
        self.inner.runtime.clear();
    }

    /// Makes a task's container (or every container, if none is named) exit with `code`.
    pub fn inject_exit(
        &self,
        account: &str,
        region: &str,
        task: &str,
        container: Option<&str>,
        code: i32,
    ) -> AwsResult<()> {
        let now = self.inner.clock.now_millis();
        let mut st = self.lock();
        let r = st.region(account, region);
        let id = task.rsplit('/').next().unwrap_or(task).to_string();
        let running = r
            .tasks
            .get(&id)
            .is_some_and(|t| t.task.last_status.as_deref() == Some("RUNNING"));
        if !running {
            return Err(ErrorCode::InvalidParameterException
                .with(format!("No RUNNING task {id} in {account}/{region}.")));
        }
        lifecycle::container_exited(r, &id, container, code, now);
        let env = Env {
            now,
            runtime: &*self.inner.runtime,
        };
        scheduler::advance(r, &env);
        self.inner.flush(&mut st);
        st.persist(&self.inner.store)?;
        drop(st);
        self.inner.wake.notify_one();
        Ok(())
    }
}

/// The background scheduler: sleeps until the next task phase falls due (or the clock is
/// advanced, or a request changed something), then applies what fell due.
async fn drive(inner: std::sync::Weak<Inner>) {
    loop {
        let Some(me) = inner.upgrade() else { return };
        let next = {
            let st = me.state.lock().unwrap_or_else(|e| e.into_inner());
            st.regions.values().filter_map(Region::next_due).min()
        };
        let clock = me.clock.clone();
        let now = clock.now_millis();
        let until = next.unwrap_or(now + 1000).min(now + 1000);
        tokio::select! {
            _ = clock.sleep_until(until) => {}
            _ = me.wake.notified() => {}
        }
        let env = Env {
            now: clock.now_millis(),
            runtime: &*me.runtime,
        };
        let mut st = me.state.lock().unwrap_or_else(|e| e.into_inner());
        for region in st.regions.values_mut() {
            scheduler::advance(region, &env);
        }
        me.flush(&mut st);
        if let Err(e) = st.persist(&me.store) {
            tracing::error!("ecs scheduler could not write state: {e}");
        }
    }
}
